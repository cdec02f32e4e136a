// Posts one submission envelope to the host's action URL.
//
// The Idempotency-Key is the envelope's submissionId, identical on every attempt, so a server
// that saw an attempt whose answer never came back can recognise the retry and keep one copy.
// Failures that may pass (network down, a timeout, a 5xx, 408, 429) are retried with capped
// exponential backoff and jitter; other 4xx are not: the same request would get the same answer.
import type { SubmissionEnvelope } from '@caf-forms/core/runtime';
import { type ServerResponse, readResponse } from './response.js';

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
  /** A 2xx: the server has the submission. */
  | { ok: true; response: ServerResponse }
  /** A 4xx: the server will not take it as it is; sending it again would not help. */
  | { ok: false; kind: 'rejected'; response: ServerResponse }
  /** Every attempt failed in a way that may pass: keep it and try again later. */
  | { ok: false; kind: 'unreachable'; reason: string; response?: ServerResponse };

export interface PostOptions {
  /** Extra request headers from the host (a CSRF token, say). */
  headers?: Record<string, string>;
  retry?: Partial<RetryPolicy>;
  /** Called after each failed attempt that may pass (before any retry); awaited. */
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
  let last: PostResult = { ok: false, kind: 'unreachable', reason: 'not attempted' };
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
        signal: controller.signal,
      });
      const response = await readResponse(raw);
      if (raw.ok) return { ok: true, response };
      if (!retryable(raw.status)) return { ok: false, kind: 'rejected', response };
      last = { ok: false, kind: 'unreachable', reason: `HTTP ${raw.status}`, response };
      retryAfter = retryAfterMs(raw.headers.get('Retry-After'));
    } catch (error) {
      const reason = controller.signal.aborted ? `no answer within ${policy.timeout} ms` : error instanceof Error ? error.message : String(error);
      last = { ok: false, kind: 'unreachable', reason };
    } finally {
      clearTimeout(timer);
    }
    await options.onRetryableFailure?.(attempt, last.reason);
    if (attempt < policy.attempts) await sleep(backoff(policy, attempt, random, retryAfter));
  }
  return last;
}

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
