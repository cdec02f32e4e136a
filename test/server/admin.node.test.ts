// The receiver's admin side as information governance needs it, over real HTTP on 127.0.0.1,
// with the development token (every role): each read, list, export, erasure, correction,
// sign-in, failed sign-in and sign-out lands in the append-only audit trail; erasure really
// removes the row; exports stream a CSV (header of field paths, one line per submission,
// formulas defused) or JSON for a date range; retention purges at start-up and on its daily run
// (the clock injected); malformed admin input gets 400 with nothing logged; wrong tokens are
// logged without the token and throttled with 429. The audit rows and every log line are
// searched for the samples' children's names. The same tests run against PostgreSQL (in a schema
// of their own) when CAF_TEST_DATABASE_URL is set, and that part is skipped, saying so, if not.
// Every assert.ok has a message: without one, node builds it by re-reading the source, which
// under tsx's transform can spin for minutes.
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { copyFileSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import pg from 'pg';
import type { SubmissionEnvelope } from '@caf-forms/core';
import { type AuditRecord, type RunningReceiver, type StoredSubmission, fingerprint, startReceiver } from '@caf-forms/server';
import { buildForms } from '../../packages/cli/src/build.js';
import { parseCsv } from '../support/csv.js';
import { formFixtures } from '../support/samples.js';

const TOKEN = 'admin-test-token-0123456789';
const fixtures = new Map(formFixtures().map((f) => [f.definition.id, f]));
const consent = fixtures.get('consent')!.valid;
const vr = fixtures.get('vulnerability-resilience')!.valid;
/** Every child's name these tests send: none may appear in the audit trail or the logs. */
const CHILD_NAMES = ['Kayla Example', 'Leo Marsh', 'Zebedee Erasable', 'Corrected Child'];
const today = (): string => '2026-11-23';
const START = new Date('2026-11-23T10:00:00.000Z').getTime();
const DAY = 86_400_000;

const pgBase = process.env.CAF_TEST_DATABASE_URL;
/** A schema of this file's own, so that it never disturbs another test file's tables. */
const pgUrl = pgBase && `${pgBase}${pgBase.includes('?') ? '&' : '?'}options=${encodeURIComponent('-c search_path=caf_admin_test')}`;

let formsDir: string;
before(async () => {
  formsDir = mkdtempSync(join(tmpdir(), 'caf-forms-built-'));
  await buildForms(['forms/consent.json', 'forms/vulnerability-resilience.json'], formsDir);
});
after(() => rmSync(formsDir, { recursive: true, force: true }));

function withName(envelope: SubmissionEnvelope, name: string): SubmissionEnvelope {
  const copy = structuredClone(envelope);
  copy.submissionId = randomUUID();
  copy.data.youngPerson!.childName = name;
  return copy;
}

for (const storeName of ['SQLite', 'PostgreSQL'] as const) {
  const skip = storeName === 'PostgreSQL' && !pgUrl ? 'set CAF_TEST_DATABASE_URL to a PostgreSQL database these tests may empty' : false;
  describe(`the admin side, storing in ${storeName}`, { skip }, () => {
    const databaseUrl = storeName === 'PostgreSQL' ? pgUrl : undefined;
    let dataDir: string;
    let running: RunningReceiver;
    let now = START;
    const logs: string[] = [];
    const open = (retention?: Record<string, number>): Promise<RunningReceiver> =>
      startReceiver({
        formsDir,
        dataDir,
        databaseUrl,
        port: 0,
        token: TOKEN,
        env: {},
        today,
        retention,
        now: () => new Date(now),
        log: (line) => logs.push(line),
      });
    const url = (path: string): string => `${running.url}${path}`;
    const bearer = { Authorization: `Bearer ${TOKEN}` };
    const post = (envelope: SubmissionEnvelope): Promise<Response> =>
      fetch(url('/submissions'), { method: 'POST', body: JSON.stringify(envelope), headers: { 'Content-Type': 'application/json' } });
    const auditRows = async (): Promise<AuditRecord[]> => (await running.receiver.store.listAudit({ limit: 500 })).items;
    let session: { Cookie: string };
    let csrf: string;

    const erasable = withName(consent, 'Zebedee Erasable');
    const correction = withName(consent, 'Corrected Child');

    before(async () => {
      if (databaseUrl) {
        const client = new pg.Client({ connectionString: pgBase });
        await client.connect();
        await client.query('DROP SCHEMA IF EXISTS caf_admin_test CASCADE');
        await client.query('CREATE SCHEMA caf_admin_test');
        await client.end();
      }
      dataDir = mkdtempSync(join(tmpdir(), 'caf-forms-admin-'));
      running = await open();
      for (const envelope of [consent, vr, erasable]) assert.equal((await post(envelope)).status, 201);
      now += 1000;
      assert.equal((await post(correction)).status, 201);
    });
    after(async () => {
      await running.close();
      rmSync(dataDir, { recursive: true, force: true });
    });

    it('never logs the development token, only its fingerprint', () => {
      const line = logs.find((l) => l.includes('development admin token'));
      assert.ok(line?.includes(fingerprint(TOKEN)), line);
      assert.ok(
        logs.every((l) => !l.includes(TOKEN)),
        'a log line holds the token',
      );
    });

    it('records a list and a read by the bearer token in the audit trail', async () => {
      assert.equal((await fetch(url('/submissions?formId=consent'), { headers: bearer })).status, 200);
      const one = await fetch(url(`/submissions/${consent.submissionId}`), { headers: bearer });
      assert.equal(((await one.json()) as StoredSubmission).envelope.data.youngPerson?.childName, 'Kayla Example');
      const [read, list] = await auditRows();
      assert.deepEqual([read?.action, read?.actor, read?.formId, read?.submissionIds], ['read', 'development token', 'consent', [consent.submissionId]]);
      assert.deepEqual([list?.action, list?.formId, list?.detail.shown], ['list', 'consent', 3]);
    });

    it("signs in with the development token's form, as a session with a CSRF token", async () => {
      for (const origin of ['https://elsewhere.example', 'not a url']) {
        const crossSite = await fetch(url('/admin/sign-in'), {
          method: 'POST',
          body: new URLSearchParams({ token: TOKEN }),
          redirect: 'manual',
          headers: { Origin: origin },
        });
        assert.equal(crossSite.status, 403, origin);
      }
      const signIn = await fetch(url('/admin/sign-in'), { method: 'POST', body: new URLSearchParams({ token: TOKEN }), redirect: 'manual' });
      assert.equal(signIn.status, 303);
      session = { Cookie: (signIn.headers.get('set-cookie') ?? '').split(';')[0]! };
      const page = await (await fetch(url('/admin'), { headers: session })).text();
      csrf = /name="csrf" value="([^"]+)"/.exec(page)?.[1] ?? '';
      assert.ok(csrf.length > 20, 'the page carries a CSRF token');
      assert.equal((await auditRows())[1]?.action, 'sign-in'); // then the list of /admin
    });

    it('answers malformed admin input with 400, never 500, and logs nothing', async () => {
      const before = logs.length;
      const cases = [
        '/submissions/%E0%A4%A',
        '/submissions?limit=-1',
        '/submissions?limit=0',
        '/submissions?limit=100000',
        '/submissions?offset=99999999999999999999',
        '/submissions?offset=1e3',
        '/submissions?formId=%3Cscript%3E',
        '/admin/export?formId=consent&from=2026-02-30',
        '/admin/export?formId=consent&from=yesterday',
        '/admin/export?formId=consent&from=2026-05-01&to=2026-04-01',
        '/admin/export?formId=consent&format=xml',
        '/admin/export?from=2026-01-01',
        '/admin/audit?offset=-5',
        '/admin/submissions/%ZZ',
        '/admin?limit=abc',
      ];
      for (const path of cases) {
        const response = await fetch(url(path), { headers: path.startsWith('/admin') ? session : bearer });
        assert.equal(response.status, 400, path);
        await response.arrayBuffer();
      }
      const erase = await fetch(url('/admin/submissions/%ZZ/erase'), {
        method: 'POST',
        headers: { ...session, 'Content-Type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({ csrf, reason: 'x' }),
      });
      assert.equal(erase.status, 400);
      assert.deepEqual(logs.slice(before), []);
    });

    it('exports a form as CSV: a header row of field paths, one line per submission, formulas defused, streamed', async () => {
      const formula = withName(consent, 'Formula Child');
      formula.data.onBehalf!.relationship = '=HYPERLINK("http://evil.example","x")';
      assert.equal((await post(formula)).status, 201);
      const response = await fetch(url('/admin/export?formId=consent&from=2026-11-23&to=2026-11-23&format=csv'), { headers: session });
      assert.equal(response.status, 200);
      assert.match(response.headers.get('content-type') ?? '', /^text\/csv/);
      assert.match(response.headers.get('content-disposition') ?? '', /attachment; filename="consent-2026-11-23-to-2026-11-23\.csv"/);
      // streamed: sent in chunks as rows are read, with no length known up front
      assert.equal(response.headers.get('content-length'), null);
      assert.equal(response.headers.get('transfer-encoding'), 'chunked');
      const rows = parseCsv((await response.text()).replace(/^\uFEFF/, ''));
      const [header, ...lines] = rows;
      assert.deepEqual(header?.slice(0, 8), [
        'submissionId',
        'formVersion',
        'startedAt',
        'submittedAt',
        'receivedAt',
        'supersedes',
        'onBehalf.completingFor',
        'onBehalf.relationship',
      ]);
      assert.ok(
        header?.includes('youngPerson.childName') && header.includes('sharing.agencies') && header.includes('signing.signature'),
        'every field has a column',
      );
      assert.equal(lines.length, 4, 'one line per consent submission');
      const column = (name: string): number => header.indexOf(name);
      const byId = new Map(lines.map((l) => [l[0], l]));
      assert.equal(byId.get(consent.submissionId)?.[column('youngPerson.childName')], 'Kayla Example');
      assert.equal(byId.get(consent.submissionId)?.[column('youngPerson.address')], '14 Example Road\nHarborne\nBirmingham\nB17 0XX');
      assert.equal(byId.get(formula.submissionId)?.[column('onBehalf.relationship')], '\'=HYPERLINK("http://evil.example","x")');
      const [exported] = await auditRows();
      assert.equal(exported?.action, 'export');
      assert.deepEqual([...exported.submissionIds].sort(), lines.map((l) => l[0]).sort());
      assert.deepEqual(exported?.detail, { format: 'csv', from: '2026-11-23', to: '2026-11-23', count: 4, complete: true });
    });

    it('exports JSON, and only the range asked for', async () => {
      const json = await fetch(url('/admin/export?formId=consent&format=json'), { headers: session });
      const body = (await json.json()) as { formId: string; submissions: StoredSubmission[] };
      assert.equal(body.formId, 'consent');
      assert.equal(body.submissions.length, 4);
      assert.equal(body.submissions.find((s) => s.submissionId === consent.submissionId)?.envelope.data.youngPerson?.childName, 'Kayla Example');
      const earlier = await fetch(url('/admin/export?formId=consent&from=2026-01-01&to=2026-11-22'), { headers: session });
      assert.equal(parseCsv((await earlier.text()).replace(/^\uFEFF/, '')).length, 1, 'only the header');
    });

    it('reads an export from the store a batch at a time, not all at once', async () => {
      const rows = running.receiver.store.exportRange({ formId: 'consent', from: '2026-01-01T00:00:00.000Z', to: '2027-01-01T00:00:00.000Z', batchSize: 1 });
      const iterator = rows[Symbol.asyncIterator]();
      const first = await iterator.next();
      assert.equal(first.done, false);
      // A submission received after the export began, but before its batch is read, is in it:
      // the rows were not all read into memory at the start.
      now += 1000;
      const late = withName(consent, 'Late Child');
      assert.equal((await post(late)).status, 201);
      const rest: string[] = [];
      for (let next = await iterator.next(); !next.done; next = await iterator.next()) rest.push(next.value.submissionId);
      assert.equal(rest.at(-1), late.submissionId);
      assert.equal(rest.length, 4);
    });

    it('erases one submission with a reason, for good, and records it', async () => {
      const id = erasable.submissionId;
      const noReason = await fetch(url(`/submissions/${id}`), { method: 'DELETE', headers: { ...bearer, 'Content-Type': 'application/json' }, body: '{}' });
      assert.equal(noReason.status, 400);
      const viaApi = { ...structuredClone(vr), submissionId: randomUUID() };
      assert.equal((await post(viaApi)).status, 201);
      const deleted = await fetch(url(`/submissions/${viaApi.submissionId}`), {
        method: 'DELETE',
        headers: { ...bearer, 'Content-Type': 'application/json' },
        body: JSON.stringify({ reason: 'Test record' }),
      });
      assert.equal(deleted.status, 200);
      assert.equal(await running.receiver.store.get(viaApi.submissionId), undefined);
      const wrongCsrf = await fetch(url(`/admin/submissions/${id}/erase`), {
        method: 'POST',
        headers: { ...session, 'Content-Type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({ csrf: 'forged', reason: 'Duplicate' }),
      });
      assert.equal(wrongCsrf.status, 403);
      const erased = await fetch(url(`/admin/submissions/${id}/erase`), {
        method: 'POST',
        headers: { ...session, 'Content-Type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({ csrf, reason: 'Sent in error: duplicate referral' }),
      });
      assert.equal(erased.status, 200);
      assert.match(await erased.text(), /has been erased/);
      assert.equal((await fetch(url(`/submissions/${id}`), { headers: bearer })).status, 404);
      const [row] = await auditRows();
      assert.deepEqual([row?.action, row?.actor, row?.submissionIds, row?.reason], ['erase', 'development token', [id], 'Sent in error: duplicate referral']);
      if (storeName === 'SQLite') {
        // secure_delete: the answers are not left behind in the file's free pages
        const files = readdirSync(dataDir).filter((f) => f.startsWith('submissions.sqlite'));
        for (const f of files) if (statSync(join(dataDir, f)).isFile()) assert.ok(!readFileSync(join(dataDir, f)).includes('Zebedee Erasable'), f);
      } else {
        const client = new pg.Client({ connectionString: pgUrl });
        await client.connect();
        const { rows } = await client.query('SELECT COUNT(*) AS n FROM caf_submissions WHERE submission_id = $1', [id]);
        await client.end();
        assert.equal(Number(rows[0].n), 0);
      }
    });

    it('links a correction to the submission it supersedes, keeping both, and shows the link both ways', async () => {
      const linked = await fetch(url(`/admin/submissions/${correction.submissionId}/supersede`), {
        method: 'POST',
        redirect: 'manual',
        headers: { ...session, 'Content-Type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({ csrf, supersedes: consent.submissionId }),
      });
      assert.equal(linked.status, 303);
      const newer = await (await fetch(url(`/admin/submissions/${correction.submissionId}`), { headers: session })).text();
      assert.match(newer, new RegExp(`supersedes <a href="/admin/submissions/${consent.submissionId}">`));
      const older = await (await fetch(url(`/admin/submissions/${consent.submissionId}`), { headers: session })).text();
      assert.match(older, new RegExp(`Superseded by <a href="/admin/submissions/${correction.submissionId}">`));
      assert.match(older, /Kayla Example/);
      const again = await fetch(url(`/admin/submissions/${correction.submissionId}/supersede`), {
        method: 'POST',
        headers: { ...session, 'Content-Type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({ csrf, supersedes: vr.submissionId }),
      });
      assert.equal(again.status, 400, 'a correction must be of the same form');
      const exported = (await (await fetch(url('/admin/export?formId=consent&format=json'), { headers: session })).json()) as {
        submissions: { submissionId: string; supersedes?: string }[];
      };
      assert.equal(exported.submissions.find((r) => r.submissionId === correction.submissionId)?.supersedes, consent.submissionId);
      assert.equal(exported.submissions.find((r) => r.submissionId === consent.submissionId)?.supersedes, undefined);
      const rows = await auditRows();
      assert.ok(
        rows.some((r) => r.action === 'supersede' && r.submissionIds.join() === `${correction.submissionId},${consent.submissionId}`),
        'the link is audited',
      );
    });

    it('keeps the audit trail append-only, in the database too', async () => {
      const statements = ["UPDATE caf_audit SET actor = 'someone else'", 'DELETE FROM caf_audit'];
      if (storeName === 'SQLite') {
        // The receiver holds its file exclusively (WAL without shared memory): test a copy of it.
        const copy = mkdtempSync(join(tmpdir(), 'caf-audit-copy-'));
        for (const f of readdirSync(dataDir).filter((name) => name.startsWith('submissions.sqlite') && statSync(join(dataDir, name)).isFile()))
          copyFileSync(join(dataDir, f), join(copy, f));
        const { Database } = createRequire(import.meta.url)('node-sqlite3-wasm') as typeof import('node-sqlite3-wasm');
        const db = new Database(join(copy, 'submissions.sqlite'));
        db.exec('PRAGMA locking_mode = EXCLUSIVE');
        try {
          for (const sql of statements) assert.throws(() => db.run(sql), /append-only/);
        } finally {
          db.close();
        }
      } else {
        const client = new pg.Client({ connectionString: pgUrl });
        await client.connect();
        try {
          for (const sql of [...statements, 'TRUNCATE caf_audit']) await assert.rejects(client.query(sql), /append-only/);
        } finally {
          await client.end();
        }
      }
      assert.ok(
        (await auditRows()).every((r) => r.actor !== 'someone else'),
        'an audit row was changed',
      );
    });

    it('shows the audit trail in pages', async () => {
      const { total } = await running.receiver.store.listAudit();
      const first = await (await fetch(url('/admin/audit?limit=2'), { headers: session })).text();
      assert.match(first, new RegExp(`1–2 of ${total} entries`));
      assert.match(first, /href="\/admin\/audit\?limit=2&amp;offset=2">Older/);
      const second = await (await fetch(url('/admin/audit?limit=2&offset=2'), { headers: session })).text();
      assert.match(second, new RegExp(`3–4 of ${total}`));
      assert.match(second, />Newer</);
      // the entries about one submission: who has seen or changed this child's record
      const about = await (await fetch(url(`/admin/audit?submissionId=${consent.submissionId}`), { headers: session })).text();
      const named = (await auditRows()).filter((r) => r.submissionIds.includes(consent.submissionId));
      assert.ok(named.length >= 3, 'read, export and supersede name it');
      assert.match(about, new RegExp(`1–${named.length} of ${named.length} entries naming submission`));
      const wildcard = await (await fetch(url('/admin/audit?submissionId=%25'), { headers: session })).text();
      assert.match(wildcard, /0 entries naming submission/, 'LIKE wildcards in the id are taken literally');
    });

    it('logs and throttles wrong development tokens (429 after five in a row), without the token', async () => {
      const guesses = Array.from({ length: 6 }, (_, i) => `wrong-guess-number-${i}-abcdef`);
      const statuses: number[] = [];
      let retryAfter = '';
      for (const guess of guesses) {
        const response = await fetch(url('/submissions'), { headers: { Authorization: `Bearer ${guess}` } });
        statuses.push(response.status);
        retryAfter = response.headers.get('retry-after') ?? retryAfter;
      }
      assert.deepEqual(statuses, [401, 401, 401, 401, 401, 429]);
      assert.equal(retryAfter, '1');
      // even the right token waits out the delay
      assert.equal((await fetch(url('/submissions'), { headers: bearer })).status, 429);
      const failures = logs.filter((l) => l.includes('failed admin sign-in'));
      assert.equal(failures.length, 5);
      assert.match(failures[4]!, /from 127\.0\.0\.1 \(5 in a row\)/);
      assert.ok(
        logs.every((l) => guesses.every((g) => !l.includes(g))),
        'a log line holds a guessed token',
      );
      const rows = (await auditRows()).filter((r) => r.action === 'failed-sign-in');
      assert.equal(rows.length, 5);
      assert.equal(rows[0]?.actor, 'anonymous');
      now += 2000; // the injected clock moves past the delay
      assert.equal((await fetch(url('/submissions'), { headers: bearer })).status, 200);
    });

    it('signs out: the session ends, and the sign-out is recorded', async () => {
      const forged = await fetch(url('/admin/sign-out'), {
        method: 'POST',
        headers: { ...session, 'Content-Type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({ csrf: 'nope' }),
      });
      assert.equal(forged.status, 403);
      const out = await fetch(url('/admin/sign-out'), {
        method: 'POST',
        headers: { ...session, 'Content-Type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({ csrf }),
      });
      assert.equal(out.status, 200);
      assert.match(out.headers.get('set-cookie') ?? '', /caf_admin=; Path=\/; Max-Age=0/);
      assert.equal((await fetch(url('/admin'), { headers: session, redirect: 'manual' })).status, 303);
      assert.equal((await auditRows())[0]?.action, 'sign-out');
    });

    it("purges each form's submissions past its retention period at start-up and on the daily run, with counts in the audit trail", async () => {
      await running.close();
      now = START + 31 * DAY;
      running = await open({ consent: 30 });
      const left = await running.receiver.store.list({ limit: 500 });
      assert.deepEqual(
        left.items.map((i) => i.formId),
        ['vulnerability-resilience'],
        'every consent is over 30 days old; the V&R tool has no retention',
      );
      const [purge] = await auditRows();
      assert.deepEqual([purge?.action, purge?.actor, purge?.formId, purge?.detail.purged, purge?.detail.retentionDays], ['purge', 'system', 'consent', 4, 30]);
      const fresh = withName(consent, 'Kayla Example');
      assert.equal((await post(fresh)).status, 201);
      now += 29 * DAY;
      assert.deepEqual(await running.receiver.retention!.run(), { consent: 0 });
      now += 2 * DAY;
      assert.deepEqual(await running.receiver.retention!.run(), { consent: 1 });
      assert.equal(await running.receiver.store.get(fresh.submissionId), undefined);
    });

    it('has no answer in the audit trail or in any log line', async () => {
      const rows = await auditRows();
      assert.ok(rows.length > 15, `${rows.length} audit rows`);
      const audit = JSON.stringify(rows);
      for (const name of CHILD_NAMES) {
        assert.ok(!audit.includes(name), `the audit trail mentions ${name}`);
        assert.ok(
          logs.every((l) => !l.includes(name)),
          `a log line mentions ${name}`,
        );
      }
    });
  });
}
