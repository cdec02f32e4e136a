// What a form shows that the seed does not say must be declared, so that a practitioner's copy
// never carries an invention nobody knows about. A definition declares it in its notes: a note
// that starts with "Added" (new text) or "Reworded" (the seed's text changed) names each text
// between curly quotes, e.g. `Added (national CAF form, not in the seeds): “For example, 27 3 2012”`.

/** A note that declares texts the seed does not have. */
export const DECLARATION = /^(Added|Reworded)\b/;

/** The texts a declaration note names, between “ and ”. */
export function declaredTexts(notes: readonly string[] = []): string[] {
  return notes.filter((note) => DECLARATION.test(note)).flatMap((note) => [...note.matchAll(/“([^”]+)”/g)].map((m) => m[1]!));
}

export interface CheckedText {
  /** JSON pointer to the text in the definition, for the failure message. */
  path: string;
  text: string;
}

/**
 * The texts that come from the seed or are declared: hints, option and column labels, the end
 * labels of ratings, what a signature confirms, and content (paragraphs, insets, warnings,
 * headings, details, letter paragraphs, section guidance). Questions' own labels and section
 * titles are product wording where the seed has only a description, and are not checked.
 */
export function checkedTexts(node: unknown, path = '', parentKey = '', out: CheckedText[] = []): CheckedText[] {
  if (Array.isArray(node)) node.forEach((n, i) => checkedTexts(n, `${path}/${i}`, parentKey, out));
  else if (node && typeof node === 'object') {
    for (const [key, value] of Object.entries(node)) {
      // notes, the source and the computed values' own texts are not seen as the form's wording
      if (key === 'notes' || key === 'source' || (key === 'computed' && Array.isArray(value))) continue;
      const at = `${path}/${key}`;
      if (typeof value === 'string') {
        const isOptionLabel = key === 'label' && (parentKey === 'options' || parentKey === 'columns');
        if (isOptionLabel || ['hint', 'text', 'summary', 'guidance', 'lowLabel', 'highLabel', 'confirmation'].includes(key))
          out.push({ path: at, text: value });
      } else checkedTexts(value, at, key, out);
    }
  }
  return out;
}

/**
 * What is left of a text once a letter's {placeholders} (answers, not wording) and then every
 * seed phrase and every declared phrase are taken out (longest first, so a phrase inside a longer
 * one does not break it up). Nothing but punctuation and spaces may be left.
 */
export function undeclaredRest(text: string, phrases: readonly string[]): string {
  // placeholders first: a phrase such as 'assessment' must not break up '{assessmentOrInvolvement}'
  let rest = text.replace(/\{[A-Za-z0-9_.]+\}/g, ' ');
  for (const phrase of [...phrases].sort((a, b) => b.length - a.length)) rest = rest.split(phrase).join(' ');
  return /[\p{L}\p{N}]/u.test(rest) ? rest.replace(/\s+/g, ' ').trim() : '';
}
