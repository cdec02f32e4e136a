// Answers are stored in Unicode NFC, so that "é" typed as one character and "é" typed as "e"
// plus a combining accent are the same answer: compared, searched and counted (maxLength) alike.

/** A copy of a JSON value with every string (and object key) in NFC. Throws RangeError if nested too deeply. */
export function normaliseStrings(value: unknown): unknown {
  if (typeof value === 'string') return value.normalize('NFC');
  if (Array.isArray(value)) return value.map(normaliseStrings);
  if (typeof value === 'object' && value !== null) {
    const out: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value)) out[key.normalize('NFC')] = normaliseStrings(item);
    return out;
  }
  return value;
}
