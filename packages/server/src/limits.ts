// What a reply may carry: a bounded number of errors, and client values echoed only in part.
// A hostile submission can hold 60,000 wrong answers or a megabyte-long "formVersion"; the reply
// says how many problems there were, shows the first few, and never repeats a megabyte back.

/** At most this many errors in a 422 (the reply also gives their total, errorCount). */
export const MAX_REPORTED_ERRORS = 50;

/** A client's text as it may appear in a message or path: at most `max` characters, then "…". */
export function clip(text: string, max = 60): string {
  if (text.length <= max) return text;
  return `${Array.from(text.slice(0, max + 1))
    .slice(0, max)
    .join('')}…`;
}
