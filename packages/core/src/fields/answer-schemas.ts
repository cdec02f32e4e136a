// The JSON Schema of each field type's answer, collected for the compiler (compile/
// submission-schema.ts) from the types' own modules. Only the compiler imports this table, so
// the schemas stay out of a page's bundle while each type is still written in one place.
import type { AnswerField, AnswerFieldOf, AnswerFieldType, AnswerSchema, JsonSchema } from './field-module.js';
import { checkboxesAnswerSchema } from './checkboxes.js';
import { dateAnswerSchema } from './date.js';
import { emailAnswerSchema } from './email.js';
import { gridAnswerSchema } from './grid.js';
import { numberAnswerSchema } from './number.js';
import { postcodeAnswerSchema } from './postcode.js';
import { ratingAnswerSchema } from './rating.js';
import { optionChoiceSchema } from './single-choice.js';
import { signatureAnswerSchema } from './signature.js';
import { telAnswerSchema } from './tel.js';
import { textAnswerSchema } from './text.js';
import { textareaAnswerSchema } from './textarea.js';
import { timeAnswerSchema } from './time.js';
import { yesnoAnswerSchema } from './yesno.js';

/** The schemas by type; the type checker holds the keys to exactly the field types (as FIELD_MODULES). */
export const ANSWER_SCHEMAS: { readonly [T in AnswerFieldType]: AnswerSchema<AnswerFieldOf<T>> } = {
  text: textAnswerSchema,
  textarea: textareaAnswerSchema,
  date: dateAnswerSchema,
  time: timeAnswerSchema,
  email: emailAnswerSchema,
  tel: telAnswerSchema,
  postcode: postcodeAnswerSchema,
  number: numberAnswerSchema,
  radios: optionChoiceSchema,
  checkboxes: checkboxesAnswerSchema,
  select: optionChoiceSchema,
  yesno: yesnoAnswerSchema,
  grid: gridAnswerSchema,
  rating: ratingAnswerSchema,
  scale: optionChoiceSchema,
  signature: signatureAnswerSchema,
};

/** The JSON Schema of a field's answer. */
export function answerSchemaOf(field: AnswerField): JsonSchema {
  // One cast here, as fieldModule's: the table's type ties each key to its schema.
  return (ANSWER_SCHEMAS[field.type] as AnswerSchema<AnswerField>)(field);
}
