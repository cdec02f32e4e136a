// A full UK postcode, answered in its normal form: 'mk429ap' is 'MK42 9AP'.
import type { PostcodeField } from '../definition.js';
import { DEFAULT_MAX_LENGTH, POSTCODE_PATTERN, isPostcode, normalisePostcode } from '../formats.js';
import type { FieldModule, AnswerSchema } from './field-module.js';
import { asTyped, checkFormatted, textSchema, trimmed } from './typed-text.js';

export const postcode: FieldModule<PostcodeField> = {
  ...asTyped,
  check: (field, input, required, ctx, path) =>
    checkFormatted(field, normalisePostcode(trimmed(input)), required, ctx, path, DEFAULT_MAX_LENGTH.postcode, isPostcode, 'error.postcode'),
  maxLength: () => DEFAULT_MAX_LENGTH.postcode,
};

/** The answer's JSON Schema: the compiler's (answer-schemas.ts collects it), not the page's. */
export const postcodeAnswerSchema: AnswerSchema<PostcodeField> = () => ({ ...(textSchema(DEFAULT_MAX_LENGTH.postcode) as object), pattern: POSTCODE_PATTERN });
