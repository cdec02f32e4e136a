// Formats and default limits shared by the browser's checks and the compiled schema, so that
// both accept exactly the same answers.

/** A full UK postcode, upper case, one space before the inward code (answers are normalised to this). */
export const POSTCODE_PATTERN = '^(GIR 0AA|[A-PR-UWYZ]([0-9]{1,2}|[A-HK-Y][0-9]{1,2}|[0-9][A-HJKPSTUW]|[A-HK-Y][0-9][ABEHMNPRV-Y]) [0-9][ABD-HJLNP-UW-Z]{2})$';

/** Digits, spaces, brackets and hyphens, optionally starting with +; 10 to 20 characters. */
export const TEL_PATTERN = '^\\+?[0-9][0-9 ()-]{8,18}[0-9]$';

/**
 * Characters no typed answer holds, which only paste, a script or an attack puts there: C0 and
 * C1 control codes (NUL, BEL, escape…), DEL, the bidirectional embeddings, overrides and
 * isolates (U+202A–U+202E, U+2066–U+2069: they make a name read differently from what is
 * stored), and the invisible zero-width space, word joiner and friends (U+200B, U+2060–U+2065)
 * and byte-order mark (U+FEFF). Kept: the zero-width joiner and non-joiner (U+200C, U+200D),
 * which emoji and Persian or Indic writing need, and the left-to-right and right-to-left marks
 * (U+200E, U+200F), which right-to-left names may need. As a character class body, shared by the
 * patterns below so that every backend's regular expressions say the same.
 */
const HIDDEN = '\\u0000-\\u001F\\u007F-\\u009F\\u200B\\u202A-\\u202E\\u2060-\\u2069\\uFEFF';
/** The same, allowing the tab and the newline (U+0009, U+000A) that long text may hold. */
const HIDDEN_EXCEPT_LINES = '\\u0000-\\u0008\\u000B-\\u001F\\u007F-\\u009F\\u200B\\u202A-\\u202E\\u2060-\\u2069\\uFEFF';

/** One line of text with none of the hidden characters (the compiled schema's `pattern` for short text). */
export const LINE_TEXT_PATTERN = `^[^${HIDDEN}]*$`;
/** Long text: the same, plus tabs and newlines. */
export const LONG_TEXT_PATTERN = `^[^${HIDDEN_EXCEPT_LINES}]*$`;

/** Deliberately lenient, as GOV.UK advises: something@something.something, no spaces (nor hidden characters). */
export const EMAIL_PATTERN = `^[^\\s@${HIDDEN}]+@[^\\s@${HIDDEN}]+\\.[^\\s@${HIDDEN}]+$`;

export const DATE_PATTERN = '^[0-9]{4}-[0-9]{2}-[0-9]{2}$';

/**
 * The most rows a repeatable group takes when its definition sets no maxItems: every group is
 * bounded, so that a submission's cost to check is bounded by its form.
 */
export const DEFAULT_MAX_ROWS = 100;

/** The most rows this group takes: its maxItems, or DEFAULT_MAX_ROWS. */
export const maxRowsOf = (field: { maxItems?: number }): number => field.maxItems ?? DEFAULT_MAX_ROWS;

export const DEFAULT_MAX_LENGTH = {
  text: 500,
  textarea: 5000,
  email: 254,
  tel: 20,
  postcode: 8,
  specify: 500,
  signatureName: 200,
} as const;

const postcode = new RegExp(POSTCODE_PATTERN, 'u');
const tel = new RegExp(TEL_PATTERN, 'u');
const email = new RegExp(EMAIL_PATTERN, 'u');

/** 'mk429ap' → 'MK42 9AP'; other text is upper-cased and trimmed. */
export function normalisePostcode(text: string): string {
  const compact = text.replace(/\s+/g, '').toUpperCase();
  return compact.length >= 5 ? `${compact.slice(0, -3)} ${compact.slice(-3)}` : compact;
}

export const isPostcode = (text: string): boolean => postcode.test(text);
export const isTelephone = (text: string): boolean => tel.test(text);
export const isEmail = (text: string): boolean => email.test(text);

const lineText = new RegExp(LINE_TEXT_PATTERN, 'u');
const longText = new RegExp(LONG_TEXT_PATTERN, 'u');
/** Whether text is free of hidden characters (see HIDDEN); `multiline` allows tabs and newlines. */
export const isCleanText = (text: string, multiline = false): boolean => (multiline ? longText : lineText).test(text);

/** String length as JSON Schema counts it: in code points, not UTF-16 units. */
export function codePointLength(text: string): number {
  let n = 0;
  for (const _ of text) n++;
  return n;
}
