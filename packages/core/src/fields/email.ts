// An email address, checked leniently as GOV.UK advises (something@something.something).
import type { EmailField } from '../definition.js';
import { DEFAULT_MAX_LENGTH, EMAIL_PATTERN, isEmail } from '../formats.js';
import type { FieldModule, AnswerSchema } from './field-module.js';
import { asTyped, checkFormatted, textSchema, trimmed } from './typed-text.js';

export const email: FieldModule<EmailField> = {
  ...asTyped,
  check: (field, input, required, ctx, path) => checkFormatted(field, trimmed(input), required, ctx, path, DEFAULT_MAX_LENGTH.email, isEmail, 'error.email'),
  maxLength: () => DEFAULT_MAX_LENGTH.email,
};

/** The answer's JSON Schema: the compiler's (answer-schemas.ts collects it), not the page's. */
export const emailAnswerSchema: AnswerSchema<EmailField> = () => ({ ...(textSchema(DEFAULT_MAX_LENGTH.email) as object), pattern: EMAIL_PATTERN });
