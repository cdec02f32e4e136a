// The reference receiver over real HTTP on 127.0.0.1: it accepts and stores the consent and
// V&R samples once, answers a retry with the first result, refuses what it must (unknown form
// or version, schema violations with field paths, oversized bodies, non-JSON), keeps its read
// API and admin pages behind the token, sends no permissive CORS header, and what it stored is
// still there after closing and reopening. The forms are built into a temp folder by the CLI's
// own build function, so the test needs no earlier step. The same tests run against
// PostgreSQL when CAF_TEST_DATABASE_URL names a database they may empty (its table is dropped
// first); without it that part is skipped, saying so.
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import pg from 'pg';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { SubmissionEnvelope } from '@caf-forms/core';
import { type RunningReceiver, type StoredSubmission, createReceiver, startReceiver } from '@caf-forms/server';
import { buildForms } from '../../packages/cli/src/build.js';
import { type FormFixture, formFixtures } from '../support/samples.js';

const TOKEN = 'test-admin-token-0123456789';
const fixtures = new Map<string, FormFixture>(formFixtures().map((f) => [f.definition.id, f]));
const sample = (id: string): FormFixture => fixtures.get(id)!;
const withNewId = (envelope: SubmissionEnvelope): SubmissionEnvelope => ({ ...structuredClone(envelope), submissionId: randomUUID() });

let formsDir: string;
let dataDir: string;
let running: RunningReceiver;
let responses: Response[] = [];

/** Every response goes through here, so that the CORS check sees them all. */
async function request(path: string, init: RequestInit & { duplex?: 'half' } = {}): Promise<Response> {
  const response = await fetch(`${running.url}${path}`, init);
  responses.push(response);
  return response;
}

const post = (envelope: unknown, headers: Record<string, string> = {}): Promise<Response> =>
  request('/submissions', {
    method: 'POST',
    body: JSON.stringify(envelope),
    headers: { 'Content-Type': 'application/json', ...(isEnvelope(envelope) ? { 'Idempotency-Key': envelope.submissionId } : {}), ...headers },
  });
const isEnvelope = (v: unknown): v is SubmissionEnvelope => typeof (v as SubmissionEnvelope)?.submissionId === 'string';
const bearer = { Authorization: `Bearer ${TOKEN}` };
const pgUrl = process.env.CAF_TEST_DATABASE_URL;
let databaseUrl: string | undefined;
const open = (dir: string): Promise<RunningReceiver> =>
  startReceiver({ formsDir, dataDir: dir, databaseUrl, port: 0, token: TOKEN, env: {}, log: () => {}, today });
// the samples' dates are checked against a fixed today, as test/forms does
const today = (): string => '2026-11-23';

before(async () => {
  formsDir = mkdtempSync(join(tmpdir(), 'caf-forms-built-'));
  await buildForms(['forms/consent.json', 'forms/vulnerability-resilience.json'], formsDir);
});

after(() => rmSync(formsDir, { recursive: true, force: true }));

for (const store of ['SQLite', 'PostgreSQL'] as const) {
  const skip = store === 'PostgreSQL' && !pgUrl ? 'set CAF_TEST_DATABASE_URL to a PostgreSQL database these tests may empty' : false;
  describe(`the receiver, storing in ${store}`, { skip }, () => {
    before(async () => {
      databaseUrl = store === 'PostgreSQL' ? pgUrl : undefined;
      if (databaseUrl) {
        const client = new pg.Client({ connectionString: databaseUrl });
        await client.connect();
        await client.query('DROP TABLE IF EXISTS caf_submissions, caf_audit, caf_corrections');
        await client.end();
      }
      responses = [];
      dataDir = mkdtempSync(join(tmpdir(), 'caf-forms-data-'));
      running = await open(dataDir);
    });
    after(async () => {
      await running.close();
      rmSync(dataDir, { recursive: true, force: true });
    });
    receiverTests(store);
  });
}

function receiverTests(store: 'SQLite' | 'PostgreSQL'): void {
  it('listens on 127.0.0.1', () => {
    assert.match(running.url, /^http:\/\/127\.0\.0\.1:\d+$/);
  });

  it('accepts the valid consent and V&R samples with 201 and stores each once', async () => {
    for (const id of ['consent', 'vulnerability-resilience']) {
      const { valid } = sample(id);
      const response = await post(valid);
      const body = (await response.json()) as Record<string, unknown>;
      assert.equal(response.status, 201, JSON.stringify(body));
      assert.equal(body.submissionId, valid.submissionId);
      assert.equal(body.formId, id);
    }
    const list = await request('/submissions', { headers: bearer });
    const { items, total } = (await list.json()) as { items: { formId: string }[]; total: number };
    assert.equal(total, 2);
    assert.deepEqual(items.map((i) => i.formId).sort(), ['consent', 'vulnerability-resilience']);
  });

  it("stores the computed values it computed itself, not the browser's", async () => {
    const { valid } = sample('vulnerability-resilience');
    const tampered = { ...withNewId(valid), computed: { vulnerabilityYes: 99, resilienceYes: 0, adversityYes: 0, protectiveYes: 0 } };
    assert.equal((await post(tampered)).status, 201);
    const stored = (await (await request(`/submissions/${tampered.submissionId}`, { headers: bearer })).json()) as StoredSubmission;
    assert.deepEqual(stored.envelope.computed, valid.computed);
    assert.deepEqual(stored.envelope.data, valid.data);
  });

  it('answers a repeated Idempotency-Key with the first result (200, the same JSON) and stores nothing new', async () => {
    const envelope = withNewId(sample('consent').valid);
    const first = await post(envelope);
    assert.equal(first.status, 201);
    const firstBody = (await first.json()) as Record<string, unknown>;
    assert.equal(firstBody.submissionId, envelope.submissionId);
    const before = ((await (await request('/submissions', { headers: bearer })).json()) as { total: number }).total;
    const again = await post(envelope);
    assert.equal(again.status, 200);
    assert.match(again.headers.get('content-type') ?? '', /^application\/json/);
    assert.deepEqual(await again.json(), firstBody);
    assert.equal(again.headers.get('idempotent-replayed'), 'true');
    const after = ((await (await request('/submissions', { headers: bearer })).json()) as { total: number }).total;
    assert.equal(after, before);
  });

  it('compares what was answered, not the times: new submittedAt and startedAt with the same answers is a repeat; other answers under the id are 409', async () => {
    const envelope = withNewId(sample('consent').valid);
    const first = await post(envelope);
    assert.equal(first.status, 201);
    const firstBody = await first.json();
    // the same answers, sent again later from another attempt: restamped, keys in another order
    const restamped = {
      computed: envelope.computed,
      data: envelope.data,
      submittedAt: new Date().toISOString(),
      startedAt: '2026-11-01T09:00:00.000Z',
      submissionId: envelope.submissionId,
      formVersion: envelope.formVersion,
      formId: envelope.formId,
    };
    const again = await post(restamped);
    assert.equal(again.status, 200);
    assert.deepEqual(await again.json(), firstBody);
    const stored = (await (await request(`/submissions/${envelope.submissionId}`, { headers: bearer })).json()) as StoredSubmission;
    assert.equal(stored.envelope.submittedAt, envelope.submittedAt, 'the first copy is the one kept');
    // a different answer under the same id, with the first one's times: not a repeat
    const changed = structuredClone(envelope);
    changed.data.signing!.signature = { ...(changed.data.signing!.signature as object), name: 'Someone Else' };
    const conflict = await post(changed);
    assert.equal(conflict.status, 409);
    assert.match(((await conflict.json()) as { message: string }).message, /already been received/);
  });

  it('refuses a different submission reusing a stored submissionId (409), and a key that is not the submissionId (400)', async () => {
    const envelope = structuredClone(sample('consent').valid);
    envelope.data.youngPerson!.childName = 'Someone Else';
    const reused = await post(envelope);
    assert.equal(reused.status, 409);
    assert.match(((await reused.json()) as { message: string }).message, /already been received/);
    const mismatched = await post(withNewId(sample('consent').valid), { 'Idempotency-Key': randomUUID() });
    assert.equal(mismatched.status, 400);
    assert.match(((await mismatched.json()) as { message: string }).message, /Idempotency-Key/);
  });

  it('refuses an unknown form id (404) and an unknown version (409), saying which', async () => {
    const unknownForm = await post({ ...withNewId(sample('consent').valid), formId: 'no-such-form' });
    assert.equal(unknownForm.status, 404);
    assert.match(((await unknownForm.json()) as { message: string }).message, /does not accept the form "no-such-form"/);
    const unknownVersion = await post({ ...withNewId(sample('consent').valid), formVersion: '9.9.9' });
    assert.equal(unknownVersion.status, 409);
    assert.match(((await unknownVersion.json()) as { message: string }).message, /accepts version 1\.0\.0 of the form "consent", not version 9\.9\.9/);
  });

  for (const id of ['consent', 'vulnerability-resilience']) {
    for (const invalid of sample(id).invalid) {
      it(`answers 422 with the field errors <caf-form> shows: ${id}, ${invalid.description}`, async () => {
        const response = await post(withNewId(invalid.envelope));
        assert.equal(response.status, 422);
        assert.match(response.headers.get('content-type') ?? '', /^application\/json/);
        const body = (await response.json()) as { message: string; errors: { path: string; message: string }[] };
        assert.deepEqual(body.errors, invalid.errors);
        assert.equal(typeof body.message, 'string');
      });
    }
  }

  it('answers 413 to a body over the limit, whether its length is declared or not', async () => {
    const big = JSON.stringify({ ...sample('consent').valid, padding: 'x'.repeat(1024 * 1024) });
    const declared = await request('/submissions', { method: 'POST', body: big, headers: { 'Content-Type': 'application/json' } });
    assert.equal(declared.status, 413);
    assert.match(((await declared.json()) as { message: string }).message, /larger than this server accepts/);
    const bytes = new TextEncoder().encode(big);
    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        for (let i = 0; i < bytes.length; i += 64 * 1024) controller.enqueue(bytes.slice(i, i + 64 * 1024));
        controller.close();
      },
    });
    const chunked = await request('/submissions', { method: 'POST', body: stream, duplex: 'half', headers: { 'Content-Type': 'application/json' } });
    assert.equal(chunked.status, 413);
  });

  it('answers 415 to a body that is not JSON, and 400 to JSON that does not parse', async () => {
    const text = await request('/submissions', { method: 'POST', body: 'name=Kayla', headers: { 'Content-Type': 'application/x-www-form-urlencoded' } });
    assert.equal(text.status, 415);
    assert.match(((await text.json()) as { message: string }).message, /application\/json/);
    const broken = await request('/submissions', { method: 'POST', body: '{"formId": ', headers: { 'Content-Type': 'application/json' } });
    assert.equal(broken.status, 400);
    const deep = await request('/submissions', {
      method: 'POST',
      body: `${'['.repeat(200_000)}${']'.repeat(200_000)}`,
      headers: { 'Content-Type': 'application/json' },
    });
    assert.equal(deep.status, 400);
  });

  it('keeps the read API behind the token: 401 without it or with a wrong one, 200 with it', async () => {
    const id = sample('consent').valid.submissionId;
    for (const path of ['/submissions', `/submissions/${id}`]) {
      const none = await request(path);
      assert.equal(none.status, 401);
      assert.match(none.headers.get('www-authenticate') ?? '', /^Bearer/);
      assert.equal((await request(path, { headers: { Authorization: 'Bearer wrong-token-of-some-length' } })).status, 401);
      assert.equal((await request(path, { headers: bearer })).status, 200);
    }
    const one = (await (await request(`/submissions/${id}`, { headers: bearer })).json()) as StoredSubmission;
    assert.equal(one.envelope.data.youngPerson?.childName, 'Kayla Example');
    assert.equal((await request(`/submissions/${randomUUID()}`, { headers: bearer })).status, 404);
  });

  it("keeps the admin pages behind a sign-in: the development token's form starts a session (no HTTP Basic)", async () => {
    const denied = await request('/admin', { redirect: 'manual' });
    assert.equal(denied.status, 303);
    assert.match(denied.headers.get('location') ?? '', /^\/admin\/sign-in\?returnTo=/);
    const basic = { Authorization: `Basic ${Buffer.from(`admin:${TOKEN}`).toString('base64')}` };
    assert.equal((await request('/admin', { headers: basic, redirect: 'manual' })).status, 303, 'Basic credentials are not accepted');
    const form = await request('/admin/sign-in');
    assert.equal(form.status, 200);
    assert.match(await form.text(), /Development mode/);
    const signIn = await request('/admin/sign-in', { method: 'POST', body: new URLSearchParams({ token: TOKEN }), redirect: 'manual' });
    assert.equal(signIn.status, 303);
    const setCookie = signIn.headers.get('set-cookie') ?? '';
    assert.match(setCookie, /caf_admin=[^;]+; Path=\/; Max-Age=\d+; HttpOnly; SameSite=Lax/);
    const session = { Cookie: setCookie.split(';')[0]! };
    const list = await request('/admin', { headers: session });
    assert.equal(list.status, 200);
    assert.match(list.headers.get('content-security-policy') ?? '', /default-src 'none'/);
    assert.match(await list.text(), /Consent to information sharing/);
    const id = sample('consent').valid.submissionId;
    assert.equal((await request(`/admin/submissions/${id}`, { redirect: 'manual' })).status, 303);
    const page = await request(`/admin/submissions/${id}`, { headers: session });
    assert.equal(page.status, 200);
    assert.match(await page.text(), /Kayla Example/);
  });

  it('refuses a cross-origin preflight, with no CORS headers', async () => {
    const preflight = await request('/submissions', {
      method: 'OPTIONS',
      headers: { Origin: 'https://elsewhere.example', 'Access-Control-Request-Method': 'POST' },
    });
    assert.equal(preflight.status, 405);
  });

  it('sends no Access-Control-Allow-Origin header on any response', () => {
    assert.ok(responses.length > 20);
    for (const response of responses) assert.equal(response.headers.get('access-control-allow-origin'), null, response.url);
  });

  it('keeps what it stored when closed and reopened', async () => {
    const listed = async (): Promise<unknown> => (await request('/submissions?limit=500', { headers: bearer })).json();
    const before = await listed();
    const consent = await (await request(`/submissions/${sample('consent').valid.submissionId}`, { headers: bearer })).json();
    await running.close();
    running = await open(dataDir);
    assert.deepEqual(await listed(), before);
    assert.deepEqual(await (await request(`/submissions/${sample('consent').valid.submissionId}`, { headers: bearer })).json(), consent);
    // ...and a retry of a submission made before the restart still finds its first copy
    const again = await post(sample('consent').valid);
    assert.equal(again.status, 200);
    assert.equal(again.headers.get('idempotent-replayed'), 'true');
  });

  if (store !== 'SQLite') return;

  it('refuses a second receiver on the same data folder while the first is open', async () => {
    await assert.rejects(open(dataDir), /already open in this process/);
  });

  it('takes over a data folder left by a receiver that was killed (stale pid file and SQLite lock)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'caf-forms-data-'));
    const first = await open(dir);
    await first.close();
    writeFileSync(join(dir, 'receiver.pid'), '2147483646'); // no such process
    mkdirSync(join(dir, 'submissions.sqlite.lock'));
    const second = await open(dir);
    try {
      const response = await fetch(`${second.url}/submissions`, {
        method: 'POST',
        body: JSON.stringify(sample('consent').valid),
        headers: { 'Content-Type': 'application/json' },
      });
      assert.equal(response.status, 201);
    } finally {
      await second.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
}

describe('the receiver mounted under a path prefix', () => {
  it('handles its own paths and leaves the rest to the host', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'caf-forms-data-'));
    const lines: string[] = [];
    const receiver = await createReceiver({ formsDir, dataDir: dir, basePath: '/api', env: {}, log: (line) => lines.push(line), today });
    const server = createServer((req, res) => {
      void receiver.handle(req, res).then((handled) => {
        if (!handled) res.writeHead(200, { 'Content-Type': 'text/plain' }).end('the host page');
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    try {
      assert.ok((receiver.token ?? '').length >= 32, 'a token is generated when none is given');
      // ...written for its owner only, never logged in full
      assert.equal(statSync(join(dir, 'admin-token')).mode & 0o777, 0o600);
      assert.equal(readFileSync(join(dir, 'admin-token'), 'utf8').trim(), receiver.token);
      assert.ok(lines.length === 1 && !lines[0]!.includes(receiver.token!) && lines[0]!.includes('admin-token'), lines.join('\n'));
      const accepted = await fetch(`${base}/api/submissions`, {
        method: 'POST',
        body: JSON.stringify(sample('consent').valid),
        headers: { 'Content-Type': 'application/json' },
      });
      assert.equal(accepted.status, 201);
      assert.equal(accepted.headers.get('location'), `/api/submissions/${sample('consent').valid.submissionId}`);
      assert.equal(await (await fetch(`${base}/consent.html`)).text(), 'the host page');
      assert.equal(await (await fetch(`${base}/submissions`)).text(), 'the host page');
      assert.equal((await fetch(`${base}/api/submissions`, { headers: { Authorization: `Bearer ${receiver.token}` } })).status, 200);
    } finally {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
      await receiver.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
