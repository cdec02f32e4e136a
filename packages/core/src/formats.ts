// Formats and default limits shared by the browser's checks and the compiled schema, so that
// both accept exactly the same answers.

/** A full UK postcode, upper case, one space before the inward code (answers are normalised to this). */
export const POSTCODE_PATTERN =
  '^(GIR 0AA|[A-PR-UWYZ]([0-9]{1,2}|[A-HK-Y][0-9]{1,2}|[0-9][A-HJKPSTUW]|[A-HK-Y][0-9][ABEHMNPRV-Y]) [0-9][ABD-HJLNP-UW-Z]{2})$';

/** Digits, spaces, brackets and hyphens, optionally starting with +; 10 to 20 characters. */
export const TEL_PATTERN = '^\\+?[0-9][0-9 ()-]{8,18}[0-9]$';

/** Deliberately lenient, as GOV.UK advises: something@something.something, no spaces. */
export const EMAIL_PATTERN = '^[^\\s@]+@[^\\s@]+\\.[^\\s@]+$';

export const DATE_PATTERN = '^[0-9]{4}-[0-9]{2}-[0-9]{2}$';

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

/** String length as JSON Schema counts it: in code points, not UTF-16 units. */
export function codePointLength(text: string): number {
  let n = 0;
  for (const _ of text) n++;
  return n;
}
