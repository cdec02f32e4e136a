// GOV.UK date input: day, month and year typed separately; month names are accepted.

export interface DateInput {
  day: string;
  month: string;
  year: string;
}

export type DatePart = keyof DateInput;
export const DATE_PARTS: readonly DatePart[] = ['day', 'month', 'year'];

/**
 * Month names people type, in the languages caf-forms ships: English, Welsh, Urdu. No prefix of
 * three letters or more means two months across them, so a name is read whatever the form's
 * language (a Welsh speaker on the English form may type "Mawrth").
 */
const MONTH_NAMES: readonly (readonly string[])[] = [
  'january february march april may june july august september october november december'.split(' '),
  'ionawr chwefror mawrth ebrill mai mehefin gorffennaf awst medi hydref tachwedd rhagfyr'.split(' '),
  'جنوری فروری مارچ اپریل مئی جون جولائی اگست ستمبر اکتوبر نومبر دسمبر'.split(' '),
];

/** Arabic-Indic and Extended Arabic-Indic digits (as an Urdu keyboard types them) as ASCII digits. */
export function asciiDigits(text: string): string {
  return text.replace(/[\u0660-\u0669\u06f0-\u06f9]/g, (d) => String(d.charCodeAt(0) & 0xf));
}

/** '2', '02', '۲', 'Feb', 'february', 'Sept', 'Chwef' and 'فروری' all give 2 (or 9); anything else NaN. `text` is already trimmed. */
function monthNumber(text: string): number {
  const t = text.toLowerCase().replace(/\.$/, '');
  if (/^\d{1,2}$/.test(t)) return Number(t);
  if (t.length < 3) return NaN;
  for (const names of MONTH_NAMES) {
    const index = names.findIndex((name) => name.startsWith(t));
    if (index >= 0) return index + 1;
  }
  return NaN;
}

export type DateParse = { kind: 'empty' } | { kind: 'missing'; parts: DatePart[] } | { kind: 'invalid'; parts: DatePart[] } | { kind: 'date'; iso: string };

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  return month === 2 ? (isLeapYear(year) ? 29 : 28) : [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** Parses the three inputs in the order GOV.UK reports date problems: missing parts, then unreal dates. */
export function parseDateInput(input: Partial<DateInput> | undefined): DateParse {
  const parts = { day: asciiDigits(input?.day ?? '').trim(), month: asciiDigits(input?.month ?? '').trim(), year: asciiDigits(input?.year ?? '').trim() };
  const missing = DATE_PARTS.filter((p) => parts[p] === '');
  if (missing.length === 3) return { kind: 'empty' };
  if (missing.length > 0) return { kind: 'missing', parts: missing };
  const day = /^\d{1,2}$/.test(parts.day) ? Number(parts.day) : NaN;
  const month = monthNumber(parts.month);
  const year = /^\d{4}$/.test(parts.year) ? Number(parts.year) : NaN;
  const invalid: DatePart[] = [];
  if (!(month >= 1 && month <= 12)) invalid.push('month');
  if (!(year >= 1000)) invalid.push('year');
  if (!(day >= 1 && day <= (invalid.length ? 31 : daysInMonth(year, month)))) invalid.unshift('day');
  if (invalid.length) return { kind: 'invalid', parts: invalid };
  return { kind: 'date', iso: `${parts.year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}` };
}

/** The inputs that show an ISO date, for prefilled answers. */
export function dateInputOf(iso: unknown): DateInput {
  const m = typeof iso === 'string' ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso) : null;
  return m ? { day: String(Number(m[3])), month: String(Number(m[2])), year: m[1]! } : { day: '', month: '', year: '' };
}

/** Today's date as an ISO string, in the user's time zone. */
export function todayIso(now: Date = new Date()): string {
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
}
