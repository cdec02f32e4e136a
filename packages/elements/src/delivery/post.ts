// Posts one submission envelope to the host's action URL.
//
// The Idempotency-Key is the envelope's submissionId, identical on every attempt, so a server
// that saw an attempt whose answer never came back can recognise the retry and keep one copy.
// Failures that may pass (network down, a timeout, a 5xx, 408, 429) are retried with capped
// exponential backoff and jitter; other answers are not: the same request would get the same one.
//
// Delivered means confirmed: only a 2xx JSON reply naming the same submissionId counts (see
// response.ts). A sign-in page reached by a redirect, a proxy's HTML page or an empty 200 does not.
import type { SubmissionEnvelope } from '@caf-forms/core/runtime';
import { type ServerResponse, confirms, readResponse } from './response.js';
export interface RetryPolicy {
  /** Attempts in all, the first included. */
  attempts: number;
  /** Delay before the first retry, in ms; it doubles for each retry after that. */
  baseDelay: number;
  /** No delay is longer than this, in ms (a Retry-After the server sends included). */
  maxDelay: number;
  /** How long one attempt may take before it is given up (aborted), in ms. */
  timeout: number;
}

export const defaultRetry: RetryPolicy = { attempts: 5, baseDelay: 1000, maxDelay: 30_000, timeout: 30_000 };

export type PostResult =
  /** The server confirmed it has the submission. */
  { ok: true; response: ServerResponse } | { ok: false; kind: Failure; response?: ServerResponse; detail: string };

/**
 * Why a submission was not delivered:
 * - 'refused': a 4xx saying the server will not take it as it is (400, 409, 413, 422…); sending it
 *   again unchanged would not help.
 * - 'signed-out': 401, 403 or 419 (a session or CSRF token that expired): sign in, then send again.
 * - 'unconfirmed': an answer that is not the receiver's (a redirect, HTML, a 2xx without the id):
 *   it may not have arrived, so it is kept.
 * - 'network': no answer, or 5xx/408/429 on every attempt.
 */
export type Failure = 'refused' | 'signed-out' | 'unconfirmed' | 'network';

export interface PostOptions {
  /** Extra request headers from the host (a CSRF token, say). */
  headers?: Record<string, string>;
  retry?: Partial<RetryPolicy>;
  /** Called after each failed attempt that may pass (before any retry), with what went wrong; awaited. */
  onRetryableFailure?: (attempt: number, reason: string) => void | Promise<void>;
  // Injectable so that tests run without waiting and without a real clock.
  fetch?: typeof fetch;
  sleep?: (ms: number) => Promise<void>;
  random?: () => number;
}

const sleepFor = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/** Statuses worth retrying: the server is down, busy or slow, not refusing this submission. */
const retryable = (status: number): boolean => status >= 500 || status === 408 || status === 429;

export async function postEnvelope(action: string, envelope: SubmissionEnvelope, options: PostOptions = {}): Promise<PostResult> {
  const policy = { ...defaultRetry, ...options.retry };
  const doFetch = options.fetch ?? globalThis.fetch.bind(globalThis);
  const sleep = options.sleep ?? sleepFor;
  const random = options.random ?? Math.random;
  const body = JSON.stringify(envelope);
  let last: PostResult = { ok: false, kind: 'network', detail: 'not attempted' };
  for (let attempt = 1; attempt <= Math.max(1, policy.attempts); attempt++) {
    let retryAfter: number | undefined;
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), policy.timeout);
    try {
      const raw = await doFetch(action, {
        method: 'POST',
        headers: { ...hostHeaders(options.headers), 'Content-Type': 'application/json', Accept: 'application/json', 'Idempotency-Key': envelope.submissionId },
        body,
        cache: 'no-store',
        // A redirect is never followed: a POST redirected to a sign-in page would end in that
        // page's 200, which says nothing about the submission.
        redirect: 'manual',
        signal: controller.signal,
      });
      const response = await readResponse(raw);
      const outcome = classify(raw, response, envelope.submissionId);
      if (outcome !== 'retry') return outcome;
      last = { ok: false, kind: 'network', detail: `HTTP ${raw.status}`, response };
      retryAfter = retryAfterMs(raw.headers.get('Retry-After'));
    } catch (error) {
      const detail = controller.signal.aborted ? `no answer within ${policy.timeout} ms` : error instanceof Error ? error.message : String(error);
      last = { ok: false, kind: 'network', detail };
    } finally {
      clearTimeout(timer);
    }
    await options.onRetryableFailure?.(attempt, last.detail);
    if (attempt < policy.attempts) await sleep(backoff(policy, attempt, random, retryAfter));
  }
  return last;
}

/** What one answer means; 'retry' for those worth another attempt now. */
function classify(raw: Response, response: ServerResponse, submissionId: string): PostResult | 'retry' {
  if (raw.type === 'opaqueredirect' || (raw.status >= 300 && raw.status < 400)) {
    return { ok: false, kind: 'unconfirmed', detail: 'the server answered with a redirect (often to a sign-in page)', response };
  }
  if (raw.ok) {
    return confirms(response, submissionId)
      ? { ok: true, response }
      : { ok: false, kind: 'unconfirmed', detail: `HTTP ${raw.status} without a JSON reply naming submission ${submissionId}`, response };
  }
  if (retryable(raw.status)) return 'retry';
  if (signedOut(raw.status)) return { ok: false, kind: 'signed-out', detail: `HTTP ${raw.status}`, response };
  return { ok: false, kind: 'refused', detail: `HTTP ${raw.status}`, response };
}

/** 401 Unauthorized, 403 Forbidden, and 419 (Laravel's, and others', expired session or CSRF token). */
const signedOut = (status: number): boolean => status === 401 || status === 403 || status === 419;

/** The host's headers, less those it must not replace (header names ignore case). */
function hostHeaders(headers: Record<string, string> = {}): Record<string, string> {
  const reserved = new Set(['content-type', 'accept', 'idempotency-key']);
  return Object.fromEntries(Object.entries(headers).filter(([name]) => !reserved.has(name.toLowerCase())));
}

/**
 * The wait before retry number `attempt`: base × 2^(attempt-1), capped, half of it fixed and
 * half random ("equal jitter"), so that many devices coming back online do not retry in step.
 */
export function backoff(policy: RetryPolicy, attempt: number, random: () => number, retryAfter?: number): number {
  const exponential = Math.min(policy.maxDelay, policy.baseDelay * 2 ** (attempt - 1));
  const jittered = exponential / 2 + random() * (exponential / 2);
  return Math.min(policy.maxDelay, Math.max(jittered, retryAfter ?? 0));
}

/** Retry-After as seconds or an HTTP date, in ms from now. */
function retryAfterMs(header: string | null): number | undefined {
  if (!header) return undefined;
  const seconds = Number(header);
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
  const date = Date.parse(header);
  return Number.isNaN(date) ? undefined : Math.max(0, date - Date.now());
}
