// Long text: several lines, up to maxLength (5,000 by default); tabs and newlines allowed.
import type { TextareaField } from '../definition.js';
import { DEFAULT_MAX_LENGTH } from '../formats.js';
import type { FieldModule, AnswerSchema } from './field-module.js';
import { asTyped, checkText, textSchema, trimmed } from './typed-text.js';

const max = (field: TextareaField): number => field.maxLength ?? DEFAULT_MAX_LENGTH.textarea;

export const textarea: FieldModule<TextareaField> = {
  ...asTyped,
  check: (field, input, required, ctx, path) => checkText(field, trimmed(input), required, ctx, path, DEFAULT_MAX_LENGTH.textarea),
  maxLength: max,
};

/** The answer's JSON Schema: the compiler's (answer-schemas.ts collects it), not the page's. */
export const textareaAnswerSchema: AnswerSchema<TextareaField> = (field) => textSchema(max(field), 1, true);
