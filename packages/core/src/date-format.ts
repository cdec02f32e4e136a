// A date in words in the reader's language, from the platform's own locale data
// (Intl.DateTimeFormat): "27 March 2014", "27 Mawrth 2014", "27 مارچ، 2014". English is
// British English, the GOV.UK style (day month year), not the US order. Browsers ship trimmed
// locale data (Chromium has no Welsh dates: it answers in US English), so for a language
// caf-forms ships and the platform lacks, the month names are here.

const formats = new Map<string, Intl.DateTimeFormat>();

/** Month names for shipped languages that some platforms' locale data lacks. */
const MONTHS: Record<string, readonly string[]> = {
  cy: ['Ionawr', 'Chwefror', 'Mawrth', 'Ebrill', 'Mai', 'Mehefin', 'Gorffennaf', 'Awst', 'Medi', 'Hydref', 'Tachwedd', 'Rhagfyr'],
};

function supported(tag: string): boolean {
  try {
    return Intl.DateTimeFormat.supportedLocalesOf([tag]).length > 0;
  } catch {
    return false; // a malformed lang attribute
  }
}

function formatFor(tag: string): Intl.DateTimeFormat {
  let format = formats.get(tag);
  if (!format) {
    format = new Intl.DateTimeFormat(tag, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
    formats.set(tag, format);
  }
  return format;
}

/**
 * Year, month (1–12) and day as a long date in this language. `platformHas` says whether the
 * platform's locale data covers a language (tests pass one that says no).
 */
export function longDate(year: number, month: number, day: number, lang: string, platformHas: (tag: string) => boolean = supported): string {
  const tag = !lang || lang.toLowerCase() === 'en' ? 'en-GB' : lang;
  const primary = tag.toLowerCase().split('-')[0] ?? '';
  const known = tag === 'en-GB' || platformHas(tag);
  const months = MONTHS[primary];
  if (!known && months) return `${day} ${months[month - 1]} ${year}`;
  const date = new Date(Date.UTC(2000, month - 1, day));
  date.setUTCFullYear(year); // Date.UTC maps years 0–99 to 1900–1999
  return formatFor(known ? tag : 'en-GB').format(date); // British English is in every platform's data
}
