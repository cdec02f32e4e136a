// postEnvelope through its seams (fetch, sleep, random): which answers count as delivered, which
// are retried and how long it waits between tries (backoff with jitter, Retry-After, the cap),
// and that a redirect is never followed. No network and no clock: every answer is scripted.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { SubmissionEnvelope } from '@caf-forms/core';
import { backoff, defaultRetry, postEnvelope } from '../../packages/elements/src/delivery/post.js';

const envelope: SubmissionEnvelope = {
  formId: 'consent',
  formVersion: '1.0.0',
  submissionId: '3f0c2a7e-1111-4222-8333-444455556666',
  startedAt: '2026-12-01T10:00:00.000Z',
  submittedAt: '2026-12-01T10:05:00.000Z',
  data: { s: { name: 'Sally Example' } },
  computed: {},
};
const json = (status: number, body: unknown, headers: Record<string, string> = {}): Response =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json', ...headers } });
const confirmed = (): Response => json(201, { submissionId: envelope.submissionId });

/** A fetch that answers from a script, recording each request. */
function scripted(...answers: (Response | Error | (() => Response))[]) {
  const calls: RequestInit[] = [];
  const fetch = async (_url: string | URL | Request, init?: RequestInit): Promise<Response> => {
    calls.push(init!);
    const next = answers.shift();
    if (next === undefined) throw new Error('no more answers scripted');
    if (next instanceof Error) throw next;
    return typeof next === 'function' ? next() : next;
  };
  return { fetch: fetch, calls };
}

const retry = { attempts: 4, baseDelay: 1000, maxDelay: 8000, timeout: 5000 };

describe('postEnvelope', () => {
  it('is delivered only by a 2xx JSON reply naming the submission', async () => {
    const { fetch, calls } = scripted(confirmed());
    const sleeps: number[] = [];
    const result = await postEnvelope('/api', envelope, { fetch, retry, sleep: async (ms) => void sleeps.push(ms) });
    assert.equal(result.ok, true);
    assert.equal(calls.length, 1);
    assert.equal(calls[0]!.redirect, 'manual', 'a redirect is never followed');
    assert.equal((calls[0]!.headers as Record<string, string>)['Idempotency-Key'], envelope.submissionId);
    assert.deepEqual(sleeps, []);
  });

  for (const [name, response] of [
    ['200 HTML', new Response('<html>Sign in</html>', { status: 200, headers: { 'Content-Type': 'text/html' } })],
    ['200 JSON naming another id', json(200, { submissionId: 'someone-else' })],
    ['200 JSON with no id', json(200, { ok: true })],
    ['204 with no body', new Response(null, { status: 204 })],
    ['a 302', new Response(null, { status: 302, headers: { Location: '/signin' } })],
  ] as const) {
    it(`calls ${name} unconfirmed, without retrying`, async () => {
      const { fetch, calls } = scripted(response);
      const result = await postEnvelope('/api', envelope, { fetch, retry, sleep: async () => undefined });
      assert.equal(result.ok, false);
      assert.equal(!result.ok && result.kind, 'unconfirmed');
      assert.equal(calls.length, 1);
    });
  }

  for (const status of [401, 403, 419]) {
    it(`calls ${status} signed-out, without retrying`, async () => {
      const { fetch, calls } = scripted(json(status, { message: 'Sign in' }));
      const result = await postEnvelope('/api', envelope, { fetch, retry, sleep: async () => undefined });
      assert.equal(!result.ok && result.kind, 'signed-out');
      assert.equal(calls.length, 1);
    });
  }

  for (const status of [400, 404, 409, 413, 422]) {
    it(`calls ${status} refused, without retrying`, async () => {
      const { fetch, calls } = scripted(json(status, { message: 'No' }));
      const result = await postEnvelope('/api', envelope, { fetch, retry, sleep: async () => undefined });
      assert.equal(!result.ok && result.kind, 'refused');
      assert.equal(!result.ok && result.response?.message, 'No');
      assert.equal(calls.length, 1);
    });
  }

  it('retries 408, 429, 5xx and network errors with doubling, jittered waits, then delivers', async () => {
    const { fetch, calls } = scripted(json(408, {}), json(429, {}), new TypeError('Failed to fetch'), confirmed());
    const sleeps: number[] = [];
    const failures: string[] = [];
    const result = await postEnvelope('/api', envelope, {
      fetch,
      retry,
      random: () => 0.5,
      sleep: async (ms) => void sleeps.push(ms),
      onRetryableFailure: (attempt, detail) => void failures.push(`${attempt}: ${detail}`),
    });
    assert.equal(result.ok, true);
    assert.equal(calls.length, 4);
    // equal jitter: half fixed, half random (0.5 here): 0.75 of 1000, 2000, 4000
    assert.deepEqual(sleeps, [750, 1500, 3000]);
    assert.deepEqual(failures, ['1: HTTP 408', '2: HTTP 429', '3: Failed to fetch']);
  });

  it('waits as long as Retry-After asks (seconds or a date), never past maxDelay', async () => {
    const inTwentySeconds = new Date(Date.now() + 20_000).toUTCString();
    const { fetch } = scripted(json(503, {}, { 'Retry-After': '3' }), json(503, {}, { 'Retry-After': inTwentySeconds }), json(503, {}), json(503, {}));
    const sleeps: number[] = [];
    const result = await postEnvelope('/api', envelope, { fetch, retry, random: () => 0, sleep: async (ms) => void sleeps.push(ms) });
    assert.equal(!result.ok && result.kind, 'network');
    assert.equal(!result.ok && result.detail, 'HTTP 503');
    assert.equal(sleeps.length, 3, 'no wait after the last attempt');
    assert.equal(sleeps[0], 3000);
    assert.equal(sleeps[1], 8000, 'a Retry-After beyond maxDelay is capped');
    assert.equal(sleeps[2], 2000, 'without Retry-After: base × 4, half of it at random 0');
  });

  it('gives up an attempt that gets no answer within the timeout, and says so', async () => {
    const hanging = (_url: string | URL | Request, init?: RequestInit): Promise<Response> =>
      new Promise((_resolve, reject) => init!.signal!.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError'))));
    const result = await postEnvelope('/api', envelope, { fetch: hanging, retry: { attempts: 1, timeout: 20 }, sleep: async () => undefined });
    assert.equal(!result.ok && result.kind, 'network');
    assert.equal(!result.ok && result.detail, 'no answer within 20 ms');
  });

  it("keeps the host's headers but not those it must not replace", async () => {
    const { fetch, calls } = scripted(confirmed());
    await postEnvelope('/api', envelope, { fetch, headers: { 'X-CSRF-Token': 't', 'idempotency-key': 'forged', 'Content-Type': 'text/plain' } });
    const headers = calls[0]!.headers as Record<string, string>;
    assert.equal(headers['X-CSRF-Token'], 't');
    assert.equal(headers['Idempotency-Key'], envelope.submissionId);
    assert.equal(headers['Content-Type'], 'application/json');
    assert.equal(Object.keys(headers).filter((h) => h.toLowerCase() === 'idempotency-key').length, 1);
  });
});

describe('backoff', () => {
  it('doubles from the base, caps at maxDelay, and stays within [half, whole] of it', () => {
    const policy = { ...defaultRetry, baseDelay: 100, maxDelay: 1000 };
    assert.deepEqual(
      [1, 2, 3, 4, 5].map((n) => backoff(policy, n, () => 1)),
      [100, 200, 400, 800, 1000],
    );
    assert.deepEqual(
      [1, 2, 3, 4, 5].map((n) => backoff(policy, n, () => 0)),
      [50, 100, 200, 400, 500],
    );
  });
});
