// A telephone number: digits, spaces, brackets and hyphens, optionally starting with +.
import type { TelField } from '../definition.js';
import { DEFAULT_MAX_LENGTH, TEL_PATTERN, isTelephone } from '../formats.js';
import type { FieldModule, AnswerSchema } from './field-module.js';
import { asTyped, checkFormatted, textSchema, trimmed } from './typed-text.js';

export const tel: FieldModule<TelField> = {
  ...asTyped,
  check: (field, input, required, ctx, path) => checkFormatted(field, trimmed(input), required, ctx, path, DEFAULT_MAX_LENGTH.tel, isTelephone, 'error.tel'),
  maxLength: () => DEFAULT_MAX_LENGTH.tel,
};

/** The answer's JSON Schema: the compiler's (answer-schemas.ts collects it), not the page's. */
export const telAnswerSchema: AnswerSchema<TelField> = () => ({ ...(textSchema(DEFAULT_MAX_LENGTH.tel) as object), pattern: TEL_PATTERN });
