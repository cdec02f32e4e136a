// Letters: paragraphs with {placeholders} filled from the answers, for the standard letters
// whose record is the letter itself. {fieldId} is an answer in words; {groupId.fieldId} joins
// that field's answers across the rows of a repeatable group; {{ and }} are literal braces.
import type { FormModel } from './model.js';
import type { Translate } from './i18n.js';
import type { FormStore } from './store.js';

/** What filling a letter reads of a store. */
export type LetterReader = Pick<FormStore, 'isContentVisible' | 'model' | 'answer'>;
import type { LetterContent } from './definition.js';
import { answerLines } from './fields/index.js';

export type LetterPart = { text: string } | { ref: string };

/** A paragraph's text split into literal text and placeholders. */
export function letterParts(text: string): LetterPart[] {
  const parts: LetterPart[] = [];
  let literal = '';
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if ((c === '{' || c === '}') && text[i + 1] === c) {
      literal += c;
      i++;
    } else if (c === '{') {
      const end = text.indexOf('}', i);
      if (end < 0) {
        literal += text.slice(i);
        break;
      }
      if (literal) parts.push({ text: literal });
      literal = '';
      parts.push({ ref: text.slice(i + 1, end).trim() });
      i = end;
    } else {
      literal += c;
    }
  }
  if (literal) parts.push({ text: literal });
  return parts;
}

/** Why a placeholder cannot be filled, or undefined when it names a field the letter can read. */
export function placeholderProblem(model: FormModel, ref: string): string | undefined {
  const [groupOrField, rowField, ...rest] = ref.split('.');
  const node = model.fields.get(groupOrField ?? '');
  if (!node || rest.length) return `there is no field '${ref}'`;
  if (node.repeat) return `'${ref}' is inside the repeatable group '${node.repeat.id}': write {${node.repeat.id}.${ref}} to list every row's answer`;
  if (rowField === undefined)
    return node.field.type === 'repeat'
      ? `'${ref}' is a repeatable group: name one of its fields, like {${ref}.${model.rowFields.get(ref)?.[0]?.id ?? 'field'}}`
      : undefined;
  if (node.field.type !== 'repeat') return `'${groupOrField}' is not a repeatable group, so '${ref}' cannot be read`;
  return model.rowFields.get(node.id)?.some((f) => f.id === rowField) ? undefined : `repeatable group '${node.id}' has no field '${rowField}'`;
}

/**
 * The letter's shown paragraphs with the answers filled in; a question not yet answered
 * shows its label in square brackets, as the paper letter's blanks did.
 */
export function fillLetter(letter: LetterContent, store: LetterReader, t: Translate): string[] {
  return letter.paragraphs
    .filter((p) => store.isContentVisible(p))
    .map((p) =>
      letterParts(p.text)
        .map((part) => ('text' in part ? part.text : fill(part.ref, store, t)))
        .join(''),
    );
}

function fill(ref: string, store: LetterReader, t: Translate): string {
  const [id = '', rowField] = ref.split('.');
  const node = store.model.fields.get(rowField ?? id);
  if (!node) return `{${ref}}`;
  const blank = node.field.label.startsWith('[') ? node.field.label : `[${node.field.label}]`;
  if (rowField === undefined) {
    const words = answerLines(node.field, store.answer(id), t).join(', ');
    return words || blank;
  }
  const rows = (store.answer(id) ?? []) as Record<string, unknown>[];
  const words = rows.map((row) => answerLines(node.field, row[rowField], t).join(', ')).filter(Boolean);
  return words.length ? joinWithAnd(words, t) : blank;
}

/** "Ann", "Ann and Bo", "Ann, Bo and Cy". */
function joinWithAnd(items: string[], t: Translate): string {
  if (items.length < 2) return items.join('');
  return `${items.slice(0, -1).join(', ')} ${t('form.and')} ${items[items.length - 1]}`;
}
