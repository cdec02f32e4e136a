// Every text a person filling in a form sees, in document order: what the seed-wording test
// compares with the seed documents, and what the designer's wording guard watches an edit for.

const TEXT_KEYS = new Set(['title', 'guidance', 'label', 'hint', 'text', 'summary', 'confirmation', 'itemLabel', 'lowLabel', 'highLabel', 'description']);

export function definitionTexts(node: unknown, out: string[] = []): string[] {
  if (Array.isArray(node)) node.forEach((n) => definitionTexts(n, out));
  else if (node && typeof node === 'object') {
    for (const [key, value] of Object.entries(node)) {
      // designers' notes, the source and computed values' own labels are not shown to the person filling in
      if (key === 'notes' || key === 'source' || (key === 'computed' && Array.isArray(value))) continue;
      if (TEXT_KEYS.has(key) && typeof value === 'string') out.push(value);
      else definitionTexts(value, out);
    }
  }
  return out;
}
