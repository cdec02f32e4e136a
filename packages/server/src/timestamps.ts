// The envelope's own times, startedAt and submittedAt, come from the sender's clock. They are
// kept with the record, so they must at least be real date-times (RFC 3339, with a time zone)
// and not in the future: a little ahead is allowed, since device clocks drift.
import type { FieldError } from './validate.js';

/** How far ahead of this server's clock a submission's times may be (default 5 minutes). */
export const DEFAULT_CLOCK_SKEW_MS = 5 * 60 * 1000;

// RFC 3339's date-time (what JSON Schema's "date-time" format means): a time zone is required.
const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})[Tt](\d{2}):(\d{2}):(\d{2})(\.\d{1,9})?([Zz]|[+-]\d{2}:\d{2})$/;

/** Whether `text` names a real instant: a day that exists in its month, hours below 24 and so on. */
export function isRealDateTime(text: string): boolean {
  const m = DATE_TIME.exec(text);
  if (!m) return false;
  const [year, month, day, hour, minute, second] = m.slice(1, 7).map(Number) as [number, number, number, number, number, number];
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  // 60 seconds: a leap second, as RFC 3339 allows
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth && hour <= 23 && minute <= 59 && second <= 60 && Number.isFinite(Date.parse(text));
}

export function checkTimestamps(envelope: Record<string, unknown>, now: Date, skewMs: number): FieldError[] {
  const errors: FieldError[] = [];
  for (const name of ['startedAt', 'submittedAt'] as const) {
    const value = envelope[name];
    if (typeof value !== 'string') continue; // missing or not text: the compiled schema says so
    if (!isRealDateTime(value)) {
      errors.push({ path: name, message: `The submission's "${name}" must be a real date and time with a time zone, like 2026-11-23T10:15:00Z` });
    } else if (Date.parse(value.replace(/(\.\d{3})\d+/, '$1')) > now.getTime() + skewMs) {
      errors.push({ path: name, message: `The submission's "${name}" is in the future: check the date and time on this device, then send the form again` });
    }
  }
  return errors;
}
