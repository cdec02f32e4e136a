// Every field type the engine knows, in one table: the rules (store, server), the compiler,
// the document and the definition checks all read a type's module from here, so a type's
// meaning is written once. A repeatable group is the one field that is not here: it holds
// other fields' answers, row by row (see field-module.ts, AnswerField).
import type { Field } from '../definition.js';
import { isEmptyAnswer } from '../conditions.js';
import type { Translate } from '../i18n.js';
import { checkboxes } from './checkboxes.js';
import { date } from './date.js';
import { email } from './email.js';
import type { AnswerField, AnswerFieldOf, AnswerFieldType, FieldModule } from './field-module.js';
import { grid } from './grid.js';
import { number } from './number.js';
import { postcode } from './postcode.js';
import { radios } from './radios.js';
import { rating } from './rating.js';
import { scale } from './scale.js';
import { select } from './select.js';
import { signature } from './signature.js';
import { tel } from './tel.js';
import { text } from './text.js';
import { textarea } from './textarea.js';
import { time } from './time.js';
import { yesno } from './yesno.js';

/** The modules by type; the type checker holds the keys to exactly the meta-schema's field types. */
export const FIELD_MODULES: { readonly [T in AnswerFieldType]: FieldModule<AnswerFieldOf<T>> } = {
  text,
  textarea,
  date,
  time,
  email,
  tel,
  postcode,
  number,
  radios,
  checkboxes,
  select,
  yesno,
  grid,
  rating,
  scale,
  signature,
};

/** Every field type, the repeatable group included. */
export const FIELD_TYPES: readonly Field['type'][] = [...(Object.keys(FIELD_MODULES) as AnswerFieldType[]), 'repeat'];

/** The module of a field's type, typed by that field. */
export function fieldModule<F extends AnswerField>(field: F): FieldModule<F> {
  // One cast here instead of one per consumer: the table's type ties each key to its module.
  return FIELD_MODULES[field.type] as unknown as FieldModule<F>;
}

export const isAnswerField = (field: Field): field is AnswerField => field.type !== 'repeat';

/** An answer as lines of text: several for checkboxes and signatures, none when empty. */
export function answerLines(field: Field, answer: unknown, t: Translate): string[] {
  if (isEmptyAnswer(answer)) return [];
  if (!isAnswerField(field)) return [String(answer)]; // the document shows a group row by row
  return fieldModule(field).answerLines(field, answer, t);
}

/** The values a field's answer can take, when it is a choice; undefined otherwise. */
export function possibleValues(field: Field): readonly (string | number)[] | undefined {
  return isAnswerField(field) ? fieldModule(field).choices?.(field) : undefined;
}

/**
 * The most characters (code points) a typed answer of this field may have: its maxLength or its
 * type's default; undefined for a field that is not typed text. The compiled schema's maxLength.
 */
export function maxTextLength(field: Field): number | undefined {
  return isAnswerField(field) ? fieldModule(field).maxLength?.(field) : undefined;
}

/** The input that takes focus when the whole answer is at fault ('day' of a date), if not the field's own. */
export function focusPartOf(field: Field): string | undefined {
  return isAnswerField(field) ? fieldModule(field).focusPart?.(field) : undefined;
}
