// When a submissionId arrives a second time, is it the same submission? The element re-sends
// the envelope it froze before the first attempt, but a receiver cannot count on the times in
// it (another device, a draft re-sent from the outbox, a client that restamps on retry): what
// makes it the same submission is what was answered. So the comparison covers formId,
// formVersion, data and computed, and not submittedAt or startedAt.
import { createHash } from 'node:crypto';

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Stored hashes carry this prefix; older rows hold a hash of the whole envelope, without one. */
const PREFIX = 'answers:';

/** SHA-256 of JSON with object keys sorted: the same value, however it was serialised. Throws RangeError if nested too deeply. */
function canonicalHash(value: unknown): string {
  const canonical = (v: unknown): unknown =>
    Array.isArray(v)
      ? v.map(canonical)
      : isRecord(v)
        ? Object.fromEntries(
            Object.keys(v)
              .sort()
              .map((k) => [k, canonical(v[k])]),
          )
        : v;
  // JSON.stringify(undefined) is undefined, whatever its type says.
  const json = JSON.stringify(canonical(value)) as string | undefined;
  return createHash('sha256')
    .update(json ?? 'undefined')
    .digest('hex');
}

/** What is stored with a submission to recognise its repeats. */
export function answersHash(envelope: Record<string, unknown>): string {
  const { formId, formVersion, data, computed } = envelope;
  return PREFIX + canonicalHash({ formId, formVersion, data, computed });
}

/** Whether `envelope` repeats the submission stored with `storedHash`. */
export function isRepeatOf(storedHash: string, envelope: Record<string, unknown>, hash: string): boolean {
  // A row stored before answers were compared held a hash of the whole envelope as received.
  return storedHash.startsWith(PREFIX) ? storedHash === hash : storedHash === canonicalHash(envelope);
}
