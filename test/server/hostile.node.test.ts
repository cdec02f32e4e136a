// Hostile submissions cost the receiver little: each payload from issue 14 (thousands of wrong
// checkbox values, a megabyte of them, 200,000 empty rows, 100,000 rows on a group of at most
// five, 60,000 unknown keys, megabyte-long strings and names) is refused with 413, 422, 400 or
// 409 at once, with a reply of a few kilobytes at most, while a second client polling
// GET /healthz keeps being answered. The receiver runs in a process of its own, so that a
// request holding its event loop would show as a slow /healthz here.
//
// Timed on purpose (issue 14 asks for a bound): the aim is under 100 ms per payload on the
// project's 2-core machine; the test fails only above a second, generous enough for a loaded
// CI machine, and far below the 7.8 s to ten minutes these payloads took before (a request
// over it is sent again, up to three times, and the fastest counts: see below). The times are
// printed as test diagnostics.
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { after, before, describe, it } from 'node:test';
import { setTimeout as sleep } from 'node:timers/promises';
import { once } from 'node:events';
import { Worker } from 'node:worker_threads';
import { DEFAULT_BODY_LIMIT, MAX_REPORTED_ERRORS } from '@caf-forms/server';
import { buildForms } from '../../packages/cli/src/build.js';
import { formFixtures } from '../support/samples.js';
import { type ChildReceiver, spawnReceiver } from '../support/spawn-receiver.js';

const BOUND_MS = 1000;
const MAX_REPLY_BYTES = 32 * 1024;

const fixtures = new Map(formFixtures().map((f) => [f.definition.id, f]));
const envelopeOf = (id: string, change: (data: Record<string, Record<string, unknown>>) => void): Record<string, unknown> => {
  const envelope = structuredClone(fixtures.get(id)!.valid) as unknown as Record<string, unknown>;
  envelope.submissionId = randomUUID();
  change(envelope.data as Record<string, Record<string, unknown>>);
  return envelope;
};

let formsDir: string;
let dataDir: string;
let receiver: ChildReceiver;
let stopped = false;

/** GET /healthz in a loop on its own thread, from the start of the tests to the end, timing each answer. */
let poller: Worker;
const stopPolling = async (): Promise<{ times: number[]; failures: number }> => {
  const report = once(poller, 'message');
  poller.postMessage('stop');
  const [result] = (await report) as [{ times: number[]; failures: number }];
  await poller.terminate();
  return result;
};

before(async () => {
  formsDir = mkdtempSync(join(tmpdir(), 'caf-forms-built-'));
  dataDir = mkdtempSync(join(tmpdir(), 'caf-forms-data-'));
  await buildForms(['forms/consent.json', 'forms/example.json'], formsDir);
  receiver = await spawnReceiver({ CAF_FORMS_DIR: formsDir, CAF_DATA_DIR: dataDir });
  // one valid submission first: the first request also loads what the receiver loads lazily
  const warm = await fetch(`${receiver.url}/submissions`, {
    method: 'POST',
    body: JSON.stringify(envelopeOf('example', () => {})),
    headers: { 'Content-Type': 'application/json' },
  });
  assert.equal(warm.status, 201);
  poller = new Worker(new URL('../support/poll-health.mjs', import.meta.url), { workerData: { url: receiver.url } });
});

after(async () => {
  if (!stopped) await stopPolling();
  await receiver.stop();
  rmSync(formsDir, { recursive: true, force: true });
  rmSync(dataDir, { recursive: true, force: true });
});

interface Timed {
  status: number;
  ms: number;
  bytes: number;
  body: { message?: string; errors?: { path: string; message: string }[]; errorCount?: number };
}

async function postTimed(body: string): Promise<Timed> {
  const start = performance.now();
  const response = await fetch(`${receiver.url}/submissions`, { method: 'POST', body, headers: { 'Content-Type': 'application/json' } });
  const text = await response.text();
  const ms = performance.now() - start;
  return { status: response.status, ms, bytes: Buffer.byteLength(text), body: JSON.parse(text) as Timed['body'] };
}

const hostile: { name: string; body: () => string; status: number; check?: (r: Timed) => void }[] = [
  {
    name: '8,000 invalid checkbox values',
    body: () => JSON.stringify(envelopeOf('example', (d) => void (d.assessment!.concerns = Array.from({ length: 8000 }, (_, i) => `x${i}`)))),
    status: 422,
    check: (r) => assert.deepEqual(r.body.errors, [{ path: 'concerns', message: 'Select one of the options given for the areas you are concerned about' }]),
  },
  {
    name: 'checkbox values up to just under the body limit (about 1 MB)',
    body: () => {
      const base = JSON.stringify(envelopeOf('example', (d) => void (d.assessment!.concerns = ['FILL'])));
      const count = Math.floor((DEFAULT_BODY_LIMIT - base.length - 100) / 10);
      return base.replace('"FILL"', Array.from({ length: count }, (_, i) => `"v${String(i).padStart(6, '0')}"`).join(','));
    },
    status: 422,
  },
  {
    name: 'checkbox values over the body limit',
    body: () => JSON.stringify(envelopeOf('example', (d) => void (d.assessment!.concerns = Array.from({ length: 150_000 }, (_, i) => `v${i}`)))),
    status: 413,
  },
  {
    name: '200,000 empty repeat rows on a group with no maxItems of its own (default 100)',
    body: () => JSON.stringify(envelopeOf('consent', (d) => void (d.sharing!.agencies = Array.from({ length: 200_000 }, () => ({}))))),
    status: 422,
    check: (r) => assert.match(r.body.errors?.[0]?.message ?? '', /You can add up to 100 rows/),
  },
  {
    name: '100,000 rows on a group with maxItems 5',
    body: () => JSON.stringify(envelopeOf('example', (d) => void (d.people!.professionals = Array.from({ length: 100_000 }, () => ({}))))),
    status: 422,
    check: (r) => assert.match(r.body.errors?.[0]?.message ?? '', /You can add up to 5 rows/),
  },
  {
    name: '60,000 unknown keys',
    body: () =>
      JSON.stringify(
        envelopeOf('example', (d) => {
          for (let i = 0; i < 60_000; i++) d.child![`k${i}`] = 1;
        }),
      ),
    status: 422,
    check: (r) => {
      assert.equal(r.body.errors?.length, MAX_REPORTED_ERRORS);
      assert.equal(r.body.errorCount, 60_000);
      assert.deepEqual(r.body.errors?.[0], { path: 'k0', message: 'Remove "k0": the form has no such question' });
    },
  },
  {
    name: 'unknown keys in a row of a group and in a grid, and at the top of the envelope',
    body: () =>
      JSON.stringify({
        ...envelopeOf('example', (d) => {
          const row = (d.people!.professionals as Record<string, unknown>[])[0]!;
          for (let i = 0; i < 20_000; i++) row[`r${i}`] = 1;
          const grid = d.wellbeing!.risks as Record<string, unknown>;
          for (let i = 0; i < 20_000; i++) grid[`g${i}`] = 'yes';
        }),
        ...Object.fromEntries(Array.from({ length: 20_000 }, (_, i) => [`e${i}`, 1])),
      }),
    status: 422,
    check: (r) => assert.equal(r.body.errorCount, 60_000),
  },
  {
    name: '60,000 unknown computed values beside unreadable answers',
    body: () =>
      JSON.stringify({ ...envelopeOf('example', () => {}), data: [], computed: Object.fromEntries(Array.from({ length: 60_000 }, (_, i) => [`c${i}`, i])) }),
    status: 422,
    check: (r) => assert.equal(r.body.errorCount, 60_000),
  },
  {
    name: 'a key of half a megabyte',
    body: () => JSON.stringify(envelopeOf('example', (d) => void (d.child![`k${'x'.repeat(500_000)}`] = 1))),
    status: 422,
  },
  {
    name: 'an email address of almost a megabyte (a pattern that backtracks, were it run)',
    body: () => JSON.stringify(envelopeOf('example', (d) => void (d.child!.contactEmail = `a@${'a'.repeat(1_000_000)}`))),
    status: 422,
    check: (r) =>
      assert.deepEqual(
        r.body.errors?.map((e) => e.path),
        ['contactEmail'],
      ),
  },
  {
    name: 'a submittedAt and a submissionId of half a megabyte each',
    body: () =>
      JSON.stringify({ ...envelopeOf('example', () => {}), submittedAt: `2026-11-23T10:00:00${'0'.repeat(500_000)}Z`, submissionId: 'a'.repeat(500_000) }),
    status: 422,
    check: (r) =>
      assert.deepEqual(
        r.body.errors?.map((e) => e.path),
        ['submissionId', 'submittedAt'],
      ),
  },
  {
    name: 'a formVersion of half a megabyte',
    body: () => JSON.stringify({ ...envelopeOf('example', () => {}), formVersion: '9'.repeat(500_000) }),
    status: 409,
  },
  {
    name: 'a formId of half a megabyte',
    body: () => JSON.stringify({ ...envelopeOf('example', () => {}), formId: 'x'.repeat(500_000) }),
    status: 404,
  },
  {
    name: 'a group at its maximum (100 rows), every answer in every row wrong',
    body: () =>
      JSON.stringify(
        envelopeOf('consent', (d) => void (d.sharing!.agencies = Array.from({ length: 100 }, () => ({ agency: 7, initials: ['x'], date: 'soon' })))),
      ),
    status: 422,
    check: (r) => {
      assert.equal(r.body.errors?.length, MAX_REPORTED_ERRORS);
      assert.ok((r.body.errorCount ?? 0) >= 100, `${r.body.errorCount} errors`);
    },
  },
  {
    name: 'arrays nested 100,000 deep in an answer',
    body: () =>
      JSON.stringify(envelopeOf('example', (d) => void (d.child!.childName = 'DEEP'))).replace('"DEEP"', `${'['.repeat(100_000)}${']'.repeat(100_000)}`),
    status: 400,
  },
];

describe('hostile submissions, while another client polls /healthz', () => {
  for (const payload of hostile) {
    it(`${payload.name}: ${payload.status}, at once, with a small reply`, async (t) => {
      const body = payload.body();
      // On a machine shared with other work a request is sometimes descheduled for longer than
      // it runs: one over the bound is sent again (up to three times in all) and the fastest
      // counts. A cost that grows with the payload (what this test is for) is slow every time.
      let result = await postTimed(body);
      const attempts = [result.ms];
      while (result.ms >= BOUND_MS && attempts.length < 3) {
        const again = await postTimed(body);
        attempts.push(again.ms);
        if (again.ms < result.ms) result = again;
      }
      t.diagnostic(
        `${payload.name}: ${(Buffer.byteLength(body) / 1024).toFixed(0)} KiB sent, ${result.status} in ${attempts.map((ms) => ms.toFixed(1)).join(', ')} ms, reply ${result.bytes} B`,
      );
      assert.equal(result.status, payload.status, JSON.stringify(result.body).slice(0, 500));
      assert.ok(result.bytes < MAX_REPLY_BYTES, `a reply of ${result.bytes} bytes`);
      assert.ok(result.ms < BOUND_MS, `took ${result.ms.toFixed(0)} ms`);
      payload.check?.(result);
    });
  }

  it('a valid submission is still accepted after them', async () => {
    const result = await postTimed(JSON.stringify(envelopeOf('consent', () => {})));
    assert.equal(result.status, 201);
  });

  it('/healthz kept answering throughout, never held up', async (t) => {
    await sleep(50);
    stopped = true;
    const health = await stopPolling();
    const sorted = [...health.times].sort((a, b) => a - b);
    const max = sorted.at(-1) ?? Infinity;
    t.diagnostic(
      `/healthz: ${sorted.length} answers, median ${sorted[Math.floor(sorted.length / 2)]?.toFixed(1)} ms, slowest ${max.toFixed(1)} ms, ${health.failures} failures`,
    );
    assert.equal(health.failures, 0);
    assert.ok(sorted.length >= 10, `only ${sorted.length} answers`);
    assert.ok(max < BOUND_MS, `the slowest /healthz took ${max.toFixed(0)} ms`);
  });
});
