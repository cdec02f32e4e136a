// A telephone number: digits, spaces, brackets and hyphens, optionally starting with +.
import type { TelField } from '../definition.js';
import { DEFAULT_MAX_LENGTH, TEL_PATTERN, isTelephone } from '../formats.js';
import type { FieldModule } from './field-module.js';
import { asTyped, checkFormatted, textSchema, trimmed } from './typed-text.js';

export const tel: FieldModule<TelField> = {
  ...asTyped,
  check: (field, input, required, ctx, path) => checkFormatted(field, trimmed(input), required, ctx, path, DEFAULT_MAX_LENGTH.tel, isTelephone, 'error.tel'),
  answerSchema: () => ({ ...(textSchema(DEFAULT_MAX_LENGTH.tel) as object), pattern: TEL_PATTERN }),
  maxLength: () => DEFAULT_MAX_LENGTH.tel,
};
