// When the database is unavailable or too slow, the receiver answers 503 with Retry-After
// (which <caf-form> retries, keeping the submission in its outbox meanwhile) within its
// timeouts, and recovers when the database does. On PostgreSQL (CAF_TEST_DATABASE_URL; skipped
// without it) through a TCP proxy the test stops and freezes (see test/support/tcp-proxy.ts
// for why a proxy and not the shared server itself), and with a lock held on the table (a
// statement slower than statement_timeout). Also: the ssl option reaches pg, and SQLite runs
// with the settings that make a 201 survive a power cut, committing concurrent inserts together.
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { after, before, describe, it } from 'node:test';
import pg from 'pg';
import { type RunningReceiver, type StoredSubmission, openPostgresStore, openSqliteStore, startReceiver } from '@caf-forms/server';
import { buildForms } from '../../packages/cli/src/build.js';
import { main } from '../../packages/server/src/main.js';
import { formFixtures } from '../support/samples.js';
import { spawnReceiver } from '../support/spawn-receiver.js';
import { type TcpProxy, startTcpProxy } from '../support/tcp-proxy.js';

const pgUrl = process.env.CAF_TEST_DATABASE_URL;
const TIMEOUT_MS = 1000;
// The 503 must come within the timeout; the margin is for a loaded machine (timed on purpose:
// bounded waits are the feature).
const WITHIN_MS = TIMEOUT_MS + 1500;
// The tests' own schema, so that other test files emptying caf_submissions do not meet these.
const SCHEMA = 'caf_faults';

const consent = formFixtures().find((f) => f.definition.id === 'consent')!.valid;
const fresh = (): string => JSON.stringify({ ...consent, submissionId: randomUUID() });

let formsDir: string;

before(async () => {
  formsDir = mkdtempSync(join(tmpdir(), 'caf-forms-built-'));
  await buildForms(['forms/consent.json'], formsDir);
});
after(() => rmSync(formsDir, { recursive: true, force: true }));

/** A URL for the same database, through the proxy and in the tests' own schema. */
function viaProxy(url: string, port: number): string {
  const u = new URL(url);
  u.hostname = '127.0.0.1';
  u.port = String(port);
  u.searchParams.set('options', `-c search_path=${SCHEMA}`);
  return u.toString();
}

async function timedPost(url: string): Promise<{ status: number; ms: number; retryAfter: string | null; body: { message?: string; submissionId?: string } }> {
  const start = performance.now();
  const response = await fetch(`${url}/submissions`, { method: 'POST', body: fresh(), headers: { 'Content-Type': 'application/json' } });
  const body = (await response.json()) as { message?: string };
  return { status: response.status, ms: performance.now() - start, retryAfter: response.headers.get('retry-after'), body };
}

function assertUnavailable(result: Awaited<ReturnType<typeof timedPost>>): void {
  assert.equal(result.status, 503, JSON.stringify(result.body));
  assert.equal(result.retryAfter, '5');
  assert.match(result.body.message ?? '', /could not be stored just now/);
  assert.ok(result.ms < WITHIN_MS, `answered after ${result.ms.toFixed(0)} ms`);
}

describe('PostgreSQL unavailable or too slow', { skip: pgUrl ? false : 'set CAF_TEST_DATABASE_URL to a PostgreSQL database these tests may use' }, () => {
  let proxy: TcpProxy;
  let running: RunningReceiver;
  let dataDir: string;
  const logged: string[] = [];

  before(async () => {
    const admin = new pg.Client({ connectionString: pgUrl });
    await admin.connect();
    await admin.query(`CREATE SCHEMA IF NOT EXISTS ${SCHEMA}`);
    await admin.end();
    const target = new URL(pgUrl!);
    proxy = await startTcpProxy(target.hostname, Number(target.port || 5432));
    dataDir = mkdtempSync(join(tmpdir(), 'caf-forms-data-'));
    running = await startReceiver({
      formsDir,
      dataDir,
      port: 0,
      env: {},
      token: 'test-admin-token-0123456789',
      log: (line) => void logged.push(line),
      today: () => '2026-11-23',
      databaseUrl: viaProxy(pgUrl!, proxy.port),
      postgres: { connectionTimeoutMs: TIMEOUT_MS, statementTimeoutMs: TIMEOUT_MS },
    });
  });

  after(async () => {
    await proxy.resume(); // frozen connections would keep the pool from closing
    await running.close();
    await proxy.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('stores through the proxy while the database is up', async () => {
    assert.equal((await timedPost(running.url)).status, 201);
  });

  it('database stopped (connections refused, open ones cut): 503 with Retry-After within the timeout, then recovers', async (t) => {
    await proxy.stop();
    const first = await timedPost(running.url);
    const second = await timedPost(running.url);
    t.diagnostic(`stopped: 503 in ${first.ms.toFixed(0)} ms, then ${second.ms.toFixed(0)} ms`);
    assertUnavailable(first);
    assertUnavailable(second);
    await proxy.resume();
    assert.equal((await timedPost(running.url)).status, 201);
  });

  it('database frozen (connections open, nothing answered): 503 with Retry-After within the timeout, then recovers', async (t) => {
    assert.equal((await timedPost(running.url)).status, 201); // a pooled connection is open
    proxy.freeze();
    const pooled = await timedPost(running.url); // on the open connection: the statement timeout
    const fresh = await timedPost(running.url); // on a new connection: the connection timeout
    t.diagnostic(`frozen: 503 in ${pooled.ms.toFixed(0)} ms (open connection), ${fresh.ms.toFixed(0)} ms (new connection)`);
    assertUnavailable(pooled);
    assertUnavailable(fresh);
    await proxy.resume();
    assert.equal((await timedPost(running.url)).status, 201);
  });

  it('database too slow (the table locked by another session): 503 when statement_timeout cancels the statement', async (t) => {
    const locker = new pg.Client({ connectionString: pgUrl });
    await locker.connect();
    try {
      await locker.query('BEGIN');
      await locker.query(`LOCK TABLE ${SCHEMA}.caf_submissions IN ACCESS EXCLUSIVE MODE`);
      const slow = await timedPost(running.url);
      t.diagnostic(`locked: 503 in ${slow.ms.toFixed(0)} ms`);
      assertUnavailable(slow);
    } finally {
      await locker.query('ROLLBACK');
      await locker.end();
    }
    assert.equal((await timedPost(running.url)).status, 201);
  });

  it('says in its log why it answered 503, without the answers', () => {
    const lines = logged.filter((line) => line.includes('503'));
    assert.ok(lines.length >= 4, lines.join('\n'));
    for (const line of logged) assert.ok(!line.includes(consent.data.youngPerson!.childName as string), "a child's name in the log");
  });
});

describe(
  "PostgreSQL TLS: the ssl option reaches the driver, and replaces the URL's sslmode",
  { skip: pgUrl ? false : 'set CAF_TEST_DATABASE_URL to a PostgreSQL database these tests may use' },
  () => {
    it('asks the server for TLS when told to, by the option or by sslmode in the URL; ssl: false overrides sslmode', async () => {
      const admin = new pg.Client({ connectionString: pgUrl });
      await admin.connect();
      const { rows } = await admin.query('SHOW ssl');
      await admin.end();
      const serverHasTls = (rows[0] as { ssl: string }).ssl === 'on';
      const withMode = (mode: string): string => {
        const u = new URL(pgUrl!);
        u.searchParams.set('sslmode', mode);
        u.searchParams.set('options', `-c search_path=${SCHEMA}`);
        return u.toString();
      };
      const quick = { connectionTimeoutMs: 3000, statementTimeoutMs: 3000 };
      if (!serverHasTls) {
        // this server offers no TLS: asking for it must fail, which shows it was asked for
        await assert.rejects(openPostgresStore(pgUrl!, { ...quick, ssl: true }), /does not support SSL/);
        await assert.rejects(openPostgresStore(withMode('require'), quick), /does not support SSL/);
        const plain = await openPostgresStore(withMode('require'), { ...quick, ssl: false });
        await plain.close();
      } else {
        // a server with TLS (Debian's default snakeoil certificate): the connection is encrypted
        const store = await openPostgresStore(pgUrl!, { ...quick, ssl: { rejectUnauthorized: false } });
        await store.close();
        await assert.rejects(openPostgresStore(pgUrl!, { ...quick, ssl: { rejectUnauthorized: true } }), /self[- ]signed|certificate/i);
      }
    });
  },
);

describe('the receiver command', () => {
  it('refuses a CAF_DATABASE_TIMEOUT_MS that is not a whole number of milliseconds, before starting', async () => {
    for (const value of ['abc', '-5', '2.5'])
      await assert.rejects(main({ CAF_DATABASE_TIMEOUT_MS: value, CAF_FORMS_DIR: formsDir, PORT: '0' }), /whole number of milliseconds/);
  });
});

describe('SQLite durability', () => {
  const record = (submissionId = randomUUID()): StoredSubmission => ({
    submissionId,
    formId: 'consent',
    formVersion: '1.0.0',
    receivedAt: new Date().toISOString(),
    bodyHash: 'answers:x',
    envelope: consent,
  });

  it('runs with journal_mode WAL (the file locked exclusively) and synchronous FULL, its -wal file made at open', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'caf-forms-data-'));
    try {
      const store = openSqliteStore(dir);
      assert.match(store.description, /journal_mode=wal, synchronous=full/);
      assert.ok(statSync(join(dir, 'submissions.sqlite-wal')).isFile(), 'the -wal file exists from the start (its folder entry synced once)');
      await store.insert(record());
      await store.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  // A crash, not a power cut (which a test cannot make): this shows each 201 follows its commit
  // (group commit settles only then) and that the WAL is recovered on reopening.
  it('keeps every submission it answered 201 when its process is killed (SIGKILL) straight after', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'caf-forms-data-'));
    try {
      const child = await spawnReceiver({ CAF_FORMS_DIR: formsDir, CAF_DATA_DIR: dir });
      const ids: string[] = [];
      await Promise.all(
        Array.from({ length: 20 }, async () => {
          const body = fresh();
          const response = await fetch(`${child.url}/submissions`, { method: 'POST', body, headers: { 'Content-Type': 'application/json' } });
          assert.equal(response.status, 201);
          ids.push((JSON.parse(body) as { submissionId: string }).submissionId);
        }),
      );
      await child.crash();
      const store = openSqliteStore(dir); // takes over the folder the dead process left
      try {
        for (const id of ids) assert.ok(await store.get(id), `submission ${id} lost`);
      } finally {
        await store.close();
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('commits inserts that arrive together in one go, each settled once stored, a duplicate found as such', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'caf-forms-data-'));
    try {
      const store = openSqliteStore(dir);
      const records = Array.from({ length: 40 }, () => record());
      const twice = record();
      const results = await Promise.all([...records, twice, { ...twice, receivedAt: 'later' }].map((r) => store.insert(r)));
      assert.deepEqual(
        results.map((r) => r.inserted),
        [...records.map(() => true), true, false],
      );
      assert.equal(results.at(-1)!.stored.receivedAt, twice.receivedAt, 'the second copy reads the first');
      await store.close();
      const reopened = openSqliteStore(dir);
      assert.equal((await reopened.list({ limit: 500 })).total, 41);
      await reopened.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
