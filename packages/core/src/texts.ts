// Every text a person filling in a form sees, in document order: what the seed-wording test
// compares with the seed documents, what the designer's wording guard watches an edit for, and
// (with the words that only appear inside messages) what a translation translates.

const TEXT_KEYS = new Set(['title', 'guidance', 'label', 'hint', 'text', 'summary', 'confirmation', 'itemLabel', 'lowLabel', 'highLabel', 'description']);

/**
 * Shown too, but not as a text of their own: the words put into messages ("Enter {errorSubject}"),
 * a number's unit, the matrix's quadrant meanings and a field's own messages. A translation must
 * cover them, or a Welsh message would carry an English subject.
 */
const MESSAGE_TEXT_KEYS = new Set([...TEXT_KEYS, 'errorSubject', 'suffix', 'upLeft', 'upRight', 'downLeft', 'downRight']);

/** One text of a definition: where it is (a JSON path), and a key for it made of ids, which survives reordering. */
export interface TextUnit {
  /** e.g. 'onBehalf.completingFor.options.myChild.label', 'withdrawal.2.text' (content has no id: its position) */
  key: string;
  path: readonly (string | number)[];
  text: string;
}

/** Arrays whose members are items: their key segment is the item's id alone. */
const ITEM_ARRAYS = new Set(['sections', 'items', 'reveal']);

function identity(node: unknown, index: number): string {
  if (node && typeof node === 'object') {
    const { id, value } = node as { id?: unknown; value?: unknown };
    if (typeof id === 'string') return id;
    if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return String(value);
  }
  return String(index);
}

/**
 * The texts of a definition with their keys, in document order. `withMessageTexts` adds the
 * texts that only appear inside messages (errorSubject, a field's own messages…), as a
 * translation needs them.
 */
export function definitionTextUnits(definition: unknown, withMessageTexts = false): TextUnit[] {
  const keys = withMessageTexts ? MESSAGE_TEXT_KEYS : TEXT_KEYS;
  const out: TextUnit[] = [];
  const walk = (node: unknown, key: readonly string[], path: readonly (string | number)[], inMessages: boolean): void => {
    if (!node || typeof node !== 'object' || Array.isArray(node)) return;
    for (const [name, value] of Object.entries(node)) {
      // designers' notes, the source and computed values' own labels are not shown to the person filling in
      if (name === 'notes' || name === 'source' || (name === 'computed' && Array.isArray(value))) continue;
      if (typeof value === 'string') {
        if (keys.has(name) || (inMessages && withMessageTexts)) out.push({ key: [...key, name].join('.'), path: [...path, name], text: value });
      } else if (Array.isArray(value)) {
        value.forEach((member, index) => {
          const segment = identity(member, index);
          walk(member, ITEM_ARRAYS.has(name) ? [...key, segment] : [...key, name, segment], [...path, name, index], false);
        });
      } else walk(value, [...key, name], [...path, name], name === 'messages');
    }
  };
  walk(definition, [], [], false);
  return out;
}

export function definitionTexts(node: unknown): string[] {
  return definitionTextUnits(node).map((unit) => unit.text);
}
