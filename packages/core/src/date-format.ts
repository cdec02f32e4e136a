// A date in words in the reader's language, from the platform's own locale data
// (Intl.DateTimeFormat): "27 March 2014", "27 Mawrth 2014", "27 مارچ، 2014". English is
// British English, the GOV.UK style (day month year), not the US order.

const formats = new Map<string, Intl.DateTimeFormat>();

function formatFor(lang: string): Intl.DateTimeFormat {
  const tag = !lang || lang.toLowerCase() === 'en' ? 'en-GB' : lang;
  let format = formats.get(tag);
  if (!format) {
    const options: Intl.DateTimeFormatOptions = { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' };
    try {
      format = new Intl.DateTimeFormat(tag, options);
    } catch {
      format = new Intl.DateTimeFormat('en-GB', options); // a malformed lang attribute
    }
    formats.set(tag, format);
  }
  return format;
}

/** Year, month (1–12) and day as a long date in this language. */
export function longDate(year: number, month: number, day: number, lang: string): string {
  const date = new Date(Date.UTC(2000, month - 1, day));
  date.setUTCFullYear(year); // Date.UTC maps years 0–99 to 1900–1999
  return formatFor(lang).format(date);
}
