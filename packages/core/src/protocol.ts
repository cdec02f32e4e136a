// What travels between <caf-form> and a receiver, in one module that both sides import: the
// envelope posted, the reply that confirms it, the body that refuses it, and how a refusal
// names an answer (an engine path, or a JSON pointer into the envelope).
import type { ComputedResult } from './computed.js';
import type { Answers } from './store.js';

/** What <caf-form> emits and posts, and what a server validates. */
export interface SubmissionEnvelope {
  formId: string;
  formVersion: string;
  /** Made once per submission (crypto.randomUUID) and reused on every retry: the Idempotency-Key. */
  submissionId: string;
  /** When the form was opened (or its draft started), ISO date-time. */
  startedAt: string;
  /** When the user submitted, ISO date-time. */
  submittedAt: string;
  /**
   * The language the form was filled in (a BCP 47 tag: 'en', 'cy', 'ur'). Answers are
   * the same ids and values in every language; free text is as the person typed it, in this one.
   */
  lang?: string;
  /** Answers keyed by section id, then field id. Hidden and empty answers are left out. */
  data: Answers;
  /** Computed values, by id, as the browser computed them (a server may recompute them). */
  computed: Record<string, ComputedResult>;
}

/**
 * A 2xx JSON reply that confirms delivery: it names the envelope's own submissionId. Nothing
 * else counts as delivered (a sign-in page, a proxy's 200, a reply without the id).
 */
export interface Confirmation {
  submissionId: string;
  [member: string]: unknown;
}

/** One answer at fault: where (an engine path such as 'dob' or 'people.0.who', or a JSON pointer such as '/data/child/dob') and what to do. */
export interface FieldError {
  path: string;
  /** A GOV.UK-style error message, shown at the field and in the error summary. */
  message: string;
}

/** A 4xx JSON body: a message for the person, and for a 422 the answers at fault. */
export interface Refusal {
  message?: string;
  errors?: FieldError[];
  /** How many problems there were in all, when `errors` holds only the first ones. */
  errorCount?: number;
}

/** Whether a reply's JSON confirms the submission with this id. */
export function confirms(body: unknown, submissionId: string): body is Confirmation {
  return typeof body === 'object' && body !== null && (body as { submissionId?: unknown }).submissionId === submissionId;
}

/** One JSON pointer segment, unescaped (RFC 6901: '~1' is '/', '~0' is '~'). */
export function unescapePointerSegment(segment: string): string {
  return segment.replace(/~1/g, '/').replace(/~0/g, '~');
}

/** A JSON pointer's segments, unescaped: '/data/a~1b' → ['data', 'a/b']. '' (the whole document) → []. */
export function pointerSegments(pointer: string): string[] {
  return pointer === '' ? [] : pointer.split('/').slice(1).map(unescapePointerSegment);
}
