// Versions in the field, end to end on the server side: consent 1.0.0 is published, then a
// 2.0.0 that asks a new required question; both are built as `caf-forms build` builds them
// (the current form and every published version). A family's 1.0.0 submission is then checked
// against 1.0.0's own validator and accepted for the window after 2.0.0 was published, and
// refused once the window has passed, with a message that says why and what to do and that
// carries none of the answers. The receiver's clock is injected: no test waits.
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { FormDefinition, SubmissionEnvelope } from '@caf-forms/core';
import { type RunningReceiver, loadForms, parseVersionWindow, startReceiver, versionRefusal } from '@caf-forms/server';
import { buildForms } from '../../packages/cli/src/build.js';
import { buildPublishedVersions } from '../../packages/cli/src/build-versions.js';
import { publishForms } from '../../packages/cli/src/publish.js';

const TOKEN = 'versions-test-token-0123456789';
const DAY = 86_400_000;
const PUBLISHED_1 = new Date('2026-10-01T09:00:00.000Z');
const PUBLISHED_2 = new Date('2026-11-20T12:00:00.000Z');
const today = (): string => '2026-11-23';

const consent = JSON.parse(readFileSync('forms/consent.json', 'utf8')) as FormDefinition;
const sample = JSON.parse(readFileSync('forms/samples/consent.valid.json', 'utf8')) as SubmissionEnvelope;
/** 2.0.0: a new required question (breaking), so a 1.0.0 submission is not a valid 2.0.0 one. */
const consent2 = ((): FormDefinition => {
  const next = structuredClone(consent) as FormDefinition & { sections: { id: string; items: unknown[] }[] };
  next.version = '2.0.0';
  next.sections.find((s) => s.id === 'youngPerson')!.items.push({ type: 'tel', id: 'contactPhone', label: 'Contact telephone number', required: true });
  return next;
})();
const old = (): SubmissionEnvelope => ({ ...structuredClone(sample), submissionId: randomUUID() });
const current = (): SubmissionEnvelope => {
  const envelope = old();
  envelope.formVersion = '2.0.0';
  envelope.data.youngPerson!.contactPhone = '0121 496 0000';
  return envelope;
};

let work: string;
let out: string;
let clock: Date;
let running: RunningReceiver;

const post = (envelope: SubmissionEnvelope): Promise<Response> =>
  fetch(`${running.url}/submissions`, {
    method: 'POST',
    body: JSON.stringify(envelope),
    headers: { 'Content-Type': 'application/json', 'Idempotency-Key': envelope.submissionId },
  });
const replyOf = async (response: Response): Promise<Record<string, unknown>> => (await response.json()) as Record<string, unknown>;

before(async () => {
  work = mkdtempSync(join(tmpdir(), 'caf-versions-'));
  const src = join(work, 'forms');
  const versionsDir = join(src, 'versions');
  mkdirSync(src);
  const file = join(src, 'consent.json');
  writeFileSync(file, JSON.stringify(consent, null, 2));
  publishForms([file], { versionsDir, now: () => PUBLISHED_1 });
  writeFileSync(file, JSON.stringify(consent2, null, 2));
  publishForms([file], { versionsDir, now: () => PUBLISHED_2 });
  out = join(work, 'dist');
  const built = await buildForms([file], out);
  await buildPublishedVersions(versionsDir, out, built);
  clock = new Date(PUBLISHED_2.getTime() + DAY);
  running = await startReceiver({ formsDir: out, dataDir: join(work, 'data'), port: 0, token: TOKEN, env: {}, log: () => {}, today, now: () => clock });
});

after(async () => {
  await running?.close();
  rmSync(work, { recursive: true, force: true });
});

describe('a receiver with consent 2.0.0 current and 1.0.0 published before it (window 30 days, the default)', () => {
  let acceptedOld: SubmissionEnvelope;

  it('accepts a 1.0.0 submission 29 days after 2.0.0 was published, checked against 1.0.0 (which does not ask the new question)', async () => {
    clock = new Date(PUBLISHED_2.getTime() + 29 * DAY);
    acceptedOld = old();
    const response = await post(acceptedOld);
    const body = await replyOf(response);
    assert.equal(response.status, 201, JSON.stringify(body));
    assert.equal(body.formVersion, '1.0.0');
    const stored = await running.receiver.store.get(acceptedOld.submissionId);
    assert.equal(stored?.formVersion, '1.0.0');
  });

  it('checks a 2.0.0 submission against 2.0.0: the same answers without the new question are refused (422), with it accepted', async () => {
    const missing = { ...old(), formVersion: '2.0.0' };
    const refused = await post(missing);
    assert.equal(refused.status, 422);
    assert.ok(((await replyOf(refused)).errors as { path: string }[]).some((e) => e.path === 'contactPhone'));
    assert.equal((await post(current())).status, 201);
  });

  it('refuses a 1.0.0 submission once the window has passed (409), saying when the form changed and what to do, with none of the answers', async () => {
    clock = new Date(PUBLISHED_2.getTime() + 30 * DAY + 1);
    const envelope = old();
    const response = await post(envelope);
    const text = await response.text();
    assert.equal(response.status, 409);
    const body = JSON.parse(text) as Record<string, unknown>;
    assert.equal(
      body.message,
      'This form was updated on 20 November 2026, and the version you filled in (1.0.0) could only be sent until 20 December 2026. ' +
        'Your answers are still here: keep a note of them, then reload the page to fill in the current version of the form.',
    );
    assert.deepEqual(
      {
        formId: body.formId,
        formVersion: body.formVersion,
        acceptedVersions: body.acceptedVersions,
        acceptedUntil: body.acceptedUntil,
        replacedBy: body.replacedBy,
      },
      {
        formId: 'consent',
        formVersion: '1.0.0',
        acceptedVersions: ['2.0.0'],
        acceptedUntil: new Date(PUBLISHED_2.getTime() + 30 * DAY).toISOString(),
        replacedBy: '2.0.0',
      },
    );
    for (const answer of ['Kayla Example', 'Example Road', 'Mother']) assert.ok(!text.includes(answer), `the reply does not carry "${answer}"`);
    assert.equal(await running.receiver.store.get(envelope.submissionId), undefined, 'nothing stored');
  });

  it('still answers a repeat of the 1.0.0 submission it stored in time as a repeat (200), after the window', async () => {
    const again = await post(acceptedOld);
    assert.equal(again.status, 200);
    assert.equal(again.headers.get('idempotent-replayed'), 'true');
  });

  it('names only the versions accepted now when a submission names one it does not have', async () => {
    const response = await post({ ...old(), formVersion: '9.9.9' });
    assert.equal(response.status, 409);
    assert.match((await replyOf(response)).message as string, /accepts version 2\.0\.0 of the form "consent", not version 9\.9\.9/);
  });

  it("shows each submission's version in the admin list", async () => {
    const signIn = await fetch(`${running.url}/admin/sign-in`, { method: 'POST', body: new URLSearchParams({ token: TOKEN }), redirect: 'manual' });
    const cookie = (signIn.headers.get('set-cookie') ?? '').split(';')[0]!;
    const html = await (await fetch(`${running.url}/admin`, { headers: { Cookie: cookie } })).text();
    const rows = [...html.matchAll(/<td><code>([0-9a-f-]{36})<\/code><\/td>/g)].length;
    assert.equal(rows, 2);
    assert.match(html, new RegExp(`<td>1\\.0\\.0</td><td>[^<]+</td><td><code>${acceptedOld.submissionId}</code>`));
    assert.match(html, /<td>2\.0\.0<\/td>/);
  });
});

describe('the version window setting', () => {
  it('takes a duration, or one per form with * for the rest; refuses anything else', () => {
    assert.equal(parseVersionWindow(undefined)('consent'), 30 * DAY);
    assert.equal(parseVersionWindow('12h')('consent'), 12 * 3_600_000);
    const perForm = parseVersionWindow('{"consent": "0", "*": "90m"}');
    assert.equal(perForm('consent'), 0);
    assert.equal(perForm('caf'), 90 * 60_000);
    assert.equal(parseVersionWindow({ caf: '7d' })('consent'), 30 * DAY, 'without *, the default');
    for (const bad of ['30', '-1d', '3 weeks', '{"consent": "soon"}', '{oops']) assert.throws(() => parseVersionWindow(bad), /version window/, bad);
  });

  it('with a window of 0 for consent, refuses 1.0.0 from the moment 2.0.0 was published, and accepts it a moment before', async () => {
    const forms = await loadForms(out);
    const window = parseVersionWindow({ consent: '0' });
    assert.equal(versionRefusal(forms, old(), new Date(PUBLISHED_2.getTime() - 1), window), undefined);
    assert.equal(versionRefusal(forms, old(), PUBLISHED_2, window)?.status, 409);
    assert.equal(versionRefusal(forms, current(), new Date(PUBLISHED_2.getTime() + 3650 * DAY), window), undefined, 'the current version, always');
  });

  it('reads CAF_VERSION_WINDOW from the environment, and will not start with one it cannot read', async () => {
    const strict = await startReceiver({
      formsDir: out,
      dataDir: join(work, 'data-strict'),
      port: 0,
      token: TOKEN,
      env: { CAF_VERSION_WINDOW: '{"consent": "0"}' },
      log: () => {},
      today,
      now: () => new Date(PUBLISHED_2.getTime() + 1),
    });
    try {
      const response = await fetch(`${strict.url}/submissions`, {
        method: 'POST',
        body: JSON.stringify(old()),
        headers: { 'Content-Type': 'application/json' },
      });
      assert.equal(response.status, 409);
    } finally {
      await strict.close();
    }
    await assert.rejects(
      startReceiver({ formsDir: out, dataDir: join(work, 'data-bad'), port: 0, token: TOKEN, env: { CAF_VERSION_WINDOW: 'a month' }, log: () => {} }),
      /the version window must be a duration such as 30d, 12h or 90m \(or 0\), not "a month"/,
    );
  });

  it('loads the published versions beside the build, each with when it was published', async () => {
    const forms = await loadForms(out);
    assert.deepEqual(forms.versions('consent'), ['1.0.0', '2.0.0']);
    assert.equal(forms.get('consent', '1.0.0')?.publishedAt, PUBLISHED_1.toISOString());
    assert.equal(forms.get('consent', '1.0.0')?.archived, true);
    assert.equal(forms.get('consent', '2.0.0')?.publishedAt, PUBLISHED_2.toISOString());
    assert.equal(forms.get('consent', '2.0.0')?.archived, undefined);
  });
});
