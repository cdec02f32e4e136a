// Reading what an admin request says, strictly: anything malformed is a 400 with a plain
// message (never a 500, never a stack in the log), before it reaches the store.
import type { IncomingMessage } from 'node:http';
import { HttpError } from '../http.js';

const MAX_OFFSET = 1_000_000_000;
const MAX_LIMIT = 500;

/** limit (1–500, default 50) and offset (0 up to a billion, default 0), as whole decimal numbers. */
export function pageParams(query: URLSearchParams, defaultLimit = 50): { limit: number; offset: number } {
  const whole = (name: string, fallback: number, min: number, max: number): number => {
    const raw = query.get(name);
    if (raw === null || raw === '') return fallback;
    if (!/^\d{1,10}$/.test(raw) || Number(raw) < min || Number(raw) > max) throw new HttpError(400, `"${name}" must be a whole number from ${min} to ${max}.`);
    return Number(raw);
  };
  return { limit: whole('limit', defaultLimit, 1, MAX_LIMIT), offset: whole('offset', 0, 0, MAX_OFFSET) };
}

/** A submission id from a path segment: percent-decoded, at most 200 characters, no controls. */
export function idFromPath(segment: string): string {
  let id: string;
  try {
    id = decodeURIComponent(segment);
  } catch {
    throw new HttpError(400, 'The submission id in the address is not correctly percent-encoded.');
  }
  return checkedId(id);
}

export function checkedId(id: string): string {
  // eslint-disable-next-line no-control-regex
  if (id.length === 0 || id.length > 200 || /[\u0000-\u001f\u007f]/.test(id)) throw new HttpError(400, 'That is not a submission id.');
  return id;
}

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A real calendar date, YYYY-MM-DD, as midnight UTC in milliseconds. */
function dayStart(value: string, name: string): number {
  const m = DAY.exec(value);
  const time = m ? Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])) : NaN;
  if (!m || Number.isNaN(time) || new Date(time).toISOString().slice(0, 10) !== value) {
    throw new HttpError(400, `"${name}" must be a date written YYYY-MM-DD, e.g. 2026-04-01.`);
  }
  return time;
}

/**
 * An export's range of days on which submissions were received (UTC), both ends included:
 * from (default: the beginning) to (default: today). Returned as [from, to) ISO date-times.
 */
export function dayRange(query: URLSearchParams, now: Date): { from: string; to: string; fromDay: string; toDay: string } {
  const fromDay = query.get('from') || '1970-01-01';
  const toDay = query.get('to') || now.toISOString().slice(0, 10);
  const from = dayStart(fromDay, 'from');
  const to = dayStart(toDay, 'to') + 86_400_000;
  if (to <= from) throw new HttpError(400, '"to" must not be before "from".');
  return { from: new Date(from).toISOString(), to: new Date(to).toISOString(), fromDay, toDay };
}

/** An admin form's fields (application/x-www-form-urlencoded, UTF-8, at most 16 KB). */
export async function readForm(req: IncomingMessage, limit = 16 * 1024): Promise<URLSearchParams> {
  const type = (req.headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase();
  if (type !== 'application/x-www-form-urlencoded') throw new HttpError(415, 'Send the form as application/x-www-form-urlencoded.');
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > limit) throw new HttpError(413, 'That form is too large.', { Connection: 'close' });
    chunks.push(chunk);
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(Buffer.concat(chunks));
  } catch {
    throw new HttpError(400, 'The form is not valid UTF-8.');
  }
  return new URLSearchParams(text);
}
