// What the typed-text fields share (text, textarea, email, tel, postcode): trimmed input,
// a length bound in code points, no hidden characters, and for some a format.
import { LINE_TEXT_PATTERN, LONG_TEXT_PATTERN, codePointLength, isCleanText } from '../formats.js';
import type { MessageKey } from '../i18n.js';
import { type AnswerField, type Checked, type JsonSchema, type RuleContext, message, refused, str, unanswered } from './field-module.js';

type TextLike = AnswerField & { maxLength?: number; minLength?: number };

export function checkText(field: TextLike, text: string, required: boolean, ctx: RuleContext, path: string, defaultMax: number): Checked {
  if (text === '') return unanswered(path, required, () => message(field, 'required', ctx, 'error.enter'));
  const max = field.maxLength ?? defaultMax;
  const length = codePointLength(text);
  if (length > max) return refused(path, message(field, 'tooLong', ctx, 'error.tooLong', { max }));
  if (field.minLength && length < field.minLength) return refused(path, message(field, 'tooShort', ctx, 'error.tooShort', { min: field.minLength }));
  // The compiled schema's LINE_TEXT_PATTERN / LONG_TEXT_PATTERN say the same.
  if (!isCleanText(text, field.type === 'textarea')) return refused(path, message(field, 'invalid', ctx, 'error.hiddenCharacters'));
  return { answer: text, problems: [] };
}

/** Text that must also match a format (an email address, a telephone number, a postcode). */
export function checkFormatted(
  field: TextLike,
  text: string,
  required: boolean,
  ctx: RuleContext,
  path: string,
  max: number,
  valid: (s: string) => boolean,
  key: MessageKey,
): Checked {
  const checked = checkText(field, text, required, ctx, path, max);
  if (checked.answer !== undefined && !valid(text)) return refused(path, message(field, 'invalid', ctx, key));
  return checked;
}

export const trimmed = (input: unknown): string => str(input).trim();

/** Typed text: bounded, and free of hidden characters (control, bidi and zero-width codes; long text may hold tabs and newlines). */
export function textSchema(max: number, min = 1, multiline = false): JsonSchema {
  return { type: 'string', minLength: min, maxLength: max, pattern: multiline ? LONG_TEXT_PATTERN : LINE_TEXT_PATTERN };
}

/** The answer is the text itself, in words too. */
export const asTyped = {
  inputOf: (_field: unknown, answer: unknown): unknown => answer,
  answerLines: (_field: unknown, answer: unknown): string[] => [str(answer)],
};
