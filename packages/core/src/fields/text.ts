// A one-line text answer: trimmed, up to maxLength (500 by default), optionally minLength.
import type { TextField } from '../definition.js';
import { DEFAULT_MAX_LENGTH } from '../formats.js';
import type { FieldModule, AnswerSchema } from './field-module.js';
import { asTyped, checkText, textSchema, trimmed } from './typed-text.js';

const max = (field: TextField): number => field.maxLength ?? DEFAULT_MAX_LENGTH.text;

export const text: FieldModule<TextField> = {
  ...asTyped,
  check: (field, input, required, ctx, path) => checkText(field, trimmed(input), required, ctx, path, DEFAULT_MAX_LENGTH.text),
  maxLength: max,
};

/** The answer's JSON Schema: the compiler's (answer-schemas.ts collects it), not the page's. */
export const textAnswerSchema: AnswerSchema<TextField> = (field) => textSchema(max(field), field.minLength);
