// A full UK postcode, answered in its normal form: 'mk429ap' is 'MK42 9AP'.
import type { PostcodeField } from '../definition.js';
import { DEFAULT_MAX_LENGTH, POSTCODE_PATTERN, isPostcode, normalisePostcode } from '../formats.js';
import type { FieldModule } from './field-module.js';
import { asTyped, checkFormatted, textSchema, trimmed } from './typed-text.js';

export const postcode: FieldModule<PostcodeField> = {
  ...asTyped,
  check: (field, input, required, ctx, path) =>
    checkFormatted(field, normalisePostcode(trimmed(input)), required, ctx, path, DEFAULT_MAX_LENGTH.postcode, isPostcode, 'error.postcode'),
  answerSchema: () => ({ ...(textSchema(DEFAULT_MAX_LENGTH.postcode) as object), pattern: POSTCODE_PATTERN }),
  maxLength: () => DEFAULT_MAX_LENGTH.postcode,
};
