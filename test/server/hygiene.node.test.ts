// Input hygiene on the receiver's POST path (issue 14): bytes that are not UTF-8 are refused,
// not replaced; hidden characters (control, bidi and zero-width codes) are refused in answers,
// with the engine's GOV.UK-style message; text is stored in NFC; the envelope's times must be
// real and not in the future (the clock is injected); a request target must start with a
// single "/"; what a client sent is echoed back only in part; /healthz answers; the server has
// its timeouts; the demo's 404 names no file.
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { SubmissionEnvelope } from '@caf-forms/core';
import { type RunningReceiver, SERVER_TIMEOUTS, type StoredSubmission, startReceiver } from '@caf-forms/server';
import { buildForms } from '../../packages/cli/src/build.js';
import { startDemo } from '../../demo/server.js';
import { formFixtures } from '../support/samples.js';

const TOKEN = 'test-admin-token-0123456789';
const bearer = { Authorization: `Bearer ${TOKEN}` };
const consent = formFixtures().find((f) => f.definition.id === 'consent')!.valid;
const NOW = new Date('2026-11-23T12:00:00.000Z');

let formsDir: string;
let dataDir: string;
let running: RunningReceiver;

const withNewId = (change: (e: SubmissionEnvelope) => void = () => {}): SubmissionEnvelope => {
  const envelope = { ...structuredClone(consent), submissionId: randomUUID() };
  change(envelope);
  return envelope;
};
const post = (body: string | Blob): Promise<Response> =>
  fetch(`${running.url}/submissions`, { method: 'POST', body, headers: { 'Content-Type': 'application/json' } });
const postEnvelope = (envelope: unknown): Promise<Response> => post(JSON.stringify(envelope));
type Refusal = { message: string; errors: { path: string; message: string }[]; errorCount?: number };

/** A raw request, so that the target is sent exactly as written. */
function rawGet(url: string, target: string): Promise<{ status: number; body: string }> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve, reject) => {
    const req = httpRequest({ host: hostname, port, path: target, method: 'GET', headers: bearer }, (res) => {
      let body = '';
      res
        .setEncoding('utf8')
        .on('data', (chunk: string) => (body += chunk))
        .on('end', () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.on('error', reject).end();
  });
}

before(async () => {
  formsDir = mkdtempSync(join(tmpdir(), 'caf-forms-built-'));
  dataDir = mkdtempSync(join(tmpdir(), 'caf-forms-data-'));
  await buildForms(['forms/consent.json'], formsDir);
  running = await startReceiver({
    formsDir,
    dataDir,
    port: 0,
    token: TOKEN,
    env: {},
    log: () => {},
    today: () => '2026-11-23',
    now: () => NOW,
    basePath: '/api',
  });
});

after(async () => {
  await running.close();
  rmSync(formsDir, { recursive: true, force: true });
  rmSync(dataDir, { recursive: true, force: true });
});

describe("the receiver's input hygiene", () => {
  it('refuses a body that is not valid UTF-8 (400), instead of replacing the bytes', async () => {
    const text = JSON.stringify(withNewId((e) => void (e.data.youngPerson!.childName = 'Kayla MARK')));
    const [head, tail] = text.split('MARK') as [string, string];
    const bytes = Buffer.concat([Buffer.from(head), Buffer.from([0xc3, 0x28]), Buffer.from(tail)]);
    const response = await post(new Blob([bytes]));
    assert.equal(response.status, 400);
    assert.match(((await response.json()) as Refusal).message, /not valid UTF-8/);
  });

  for (const [name, text] of [
    ['a NUL', 'Kayla\u0000Example'],
    ['a bell', 'Kayla\u0007'],
    ['a right-to-left override', 'Kayla \u202Eelpmaxe'],
    ['an isolate', 'Kayla \u2066Example\u2069'],
    ['a zero-width space', 'Kay\u200Bla Example'],
  ] as const) {
    it(`refuses ${name} in a name (422, at the field, the engine's words) and stores nothing`, async () => {
      const envelope = withNewId((e) => void (e.data.youngPerson!.childName = text));
      const response = await postEnvelope(envelope);
      assert.equal(response.status, 422);
      const body = (await response.json()) as Refusal;
      assert.deepEqual(body.errors, [
        {
          path: 'childName',
          message:
            'The name of the child or young person must not include hidden characters, such as control or text direction codes: type it in again rather than pasting it',
        },
      ]);
      assert.equal(body.errorCount, 1);
      assert.equal((await fetch(`${running.url}/submissions/${envelope.submissionId}`, { headers: bearer })).status, 404);
    });
  }

  it('keeps emoji and the joiners they need', async () => {
    const envelope = withNewId((e) => void (e.data.youngPerson!.childName = 'Kayla 👩\u200D👧 Example'));
    assert.equal((await postEnvelope(envelope)).status, 201);
  });

  it('stores text in NFC, and a repeat typed the other way is the same submission', async () => {
    const decomposed = 'Zoe\u0301 Example';
    const envelope = withNewId((e) => void (e.data.youngPerson!.childName = decomposed));
    assert.equal((await postEnvelope(envelope)).status, 201);
    const stored = (await (await fetch(`${running.url}/submissions/${envelope.submissionId}`, { headers: bearer })).json()) as StoredSubmission;
    assert.equal(stored.envelope.data.youngPerson!.childName, 'Zo\u00E9 Example');
    const composed = structuredClone(envelope);
    composed.data.youngPerson!.childName = 'Zo\u00E9 Example';
    const again = await postEnvelope(composed);
    assert.equal(again.status, 200);
    assert.equal(((await again.json()) as { submissionId: string }).submissionId, envelope.submissionId);
  });

  it('refuses times that are not real date-times, or in the future beyond 5 minutes (clock injected)', async () => {
    const at = (submittedAt: string, startedAt = '2026-11-23T11:00:00Z'): SubmissionEnvelope => withNewId((e) => Object.assign(e, { submittedAt, startedAt }));
    const refusal = async (envelope: SubmissionEnvelope): Promise<Refusal> => {
      const response = await postEnvelope(envelope);
      assert.equal(response.status, 422);
      return (await response.json()) as Refusal;
    };
    const future = await refusal(at('2999-01-01T00:00:00Z'));
    assert.deepEqual(
      future.errors.map((e) => e.path),
      ['submittedAt'],
    );
    assert.match(future.errors[0]!.message, /in the future: check the date and time on this device/);
    assert.deepEqual(
      (await refusal(at('2026-11-23T12:05:01Z'))).errors.map((e) => e.path),
      ['submittedAt'],
    );
    assert.deepEqual(
      (await refusal(at('2026-11-23T12:00:00Z', '2026-11-23T13:00:00+00:00'))).errors.map((e) => e.path),
      ['startedAt'],
    );
    for (const unreal of ['2026-02-30T10:00:00Z', '2026-11-23T24:00:00Z', '2026-11-23T10:00:00', 'yesterday']) {
      const body = await refusal(at(unreal));
      assert.equal(body.errors[0]!.path, 'submittedAt', unreal);
      assert.match(body.errors[0]!.message, /real date and time/, unreal);
    }
    // within the allowed skew, and with an offset: accepted
    assert.equal((await postEnvelope(at('2026-11-23T12:04:59Z'))).status, 201);
    assert.equal((await postEnvelope(at('2026-11-23T13:03:00+01:00'))).status, 201);
  });

  it('refuses a request target that does not start with a single "/" (//host/api/admin is not a path)', async () => {
    for (const target of ['//evil.example/api/admin', '//evil.example/api/submissions', '/\\evil.example/api/submissions']) {
      const response = await rawGet(running.url, target);
      assert.equal(response.status, 400, target);
      assert.match((JSON.parse(response.body) as Refusal).message, /single "\/"/);
    }
    // the same request with a proper target reaches the admin list
    assert.equal((await rawGet(running.url, '/api/submissions')).status, 200);
  });

  it('echoes what the client sent only in part', async () => {
    const long = '9'.repeat(100_000);
    const version = await postEnvelope(withNewId((e) => void (e.formVersion = long)));
    assert.equal(version.status, 409);
    const { message } = (await version.json()) as Refusal;
    assert.ok(message.length < 300, `a message of ${message.length} characters`);
    assert.match(message, /not version 9{60}…/);
    const key = await postEnvelope(withNewId((e) => void (e.data.youngPerson![`x${'y'.repeat(100_000)}`] = 1)));
    assert.equal(key.status, 422);
    const [error] = ((await key.json()) as Refusal).errors;
    assert.ok(error!.path.length <= 201 && error!.message.length < 200, 'path and message are clipped');
  });

  it('answers GET /healthz with 200 {status: "ok"}, and nothing else there', async () => {
    const response = await fetch(`${running.url}/healthz`);
    assert.equal(response.status, 200);
    assert.deepEqual(await response.json(), { status: 'ok' });
    assert.equal(response.headers.get('cache-control'), 'no-store');
    assert.equal((await fetch(`${running.url}/healthz`, { method: 'POST' })).status, 405);
  });

  it('runs its server with request, header, keep-alive and idle timeouts', () => {
    assert.equal(running.server.headersTimeout, SERVER_TIMEOUTS.headersTimeout);
    assert.equal(running.server.requestTimeout, SERVER_TIMEOUTS.requestTimeout);
    assert.equal(running.server.keepAliveTimeout, SERVER_TIMEOUTS.keepAliveTimeout);
    assert.equal(running.server.timeout, SERVER_TIMEOUTS.socketTimeout);
    assert.ok(SERVER_TIMEOUTS.headersTimeout <= 15_000 && SERVER_TIMEOUTS.requestTimeout <= 60_000);
  });
});

describe('the demo site', () => {
  it('answers a missing file with a 404 that says nothing about the file system', async () => {
    const demoData = mkdtempSync(join(tmpdir(), 'caf-forms-demo-'));
    const bundleDir = mkdtempSync(join(tmpdir(), 'caf-forms-nobundle-'));
    const logged: unknown[] = [];
    const original = console.error;
    console.error = (...args: unknown[]) => void logged.push(...args); // the operator is told, in the log
    const demo = await startDemo({ port: 0, formsDir, bundleDir, dataDir: demoData, token: TOKEN, env: {} });
    try {
      const response = await fetch(`${demo.url}/caf-forms.js`);
      assert.equal(response.status, 404);
      const text = await response.text();
      assert.match(text, /^Not found/);
      for (const leak of [bundleDir, tmpdir(), process.cwd(), 'caf-forms.js']) assert.ok(!text.includes(leak), `the 404 names ${leak}`);
      assert.ok(
        logged.some((line) => String(line).includes(bundleDir)),
        'the log says which file is missing',
      );
    } finally {
      console.error = original;
      await demo.close();
      rmSync(demoData, { recursive: true, force: true });
      rmSync(bundleDir, { recursive: true, force: true });
    }
  });
});
