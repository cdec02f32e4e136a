// npm run bench:receiver — the reference receiver under load (issue 14): valid consent and CAF
// submissions, each with its own submissionId, from 50 concurrent clients for 30 s, on SQLite
// and (when a database URL is given) on PostgreSQL; each beside the same run storing without
// validation (the receiver's bench-only unsafeSkipValidation), so the cost of validation shows.
// Reports submissions per second and p50/p99 latency, and the ratio of the two throughputs;
// then, validated, p50/p99 at a sustained rate of half the peak.
// Targets: validation and storage within 2× the throughput of storage alone; p99 under 100 ms.
//
//   BENCH_SECONDS (30), BENCH_CONNECTIONS (50), BENCH_DATABASE_URL (else DATABASE_URL, else
//   CAF_TEST_DATABASE_URL; none: SQLite only). PostgreSQL runs in a schema of its own,
//   caf_bench, emptied before each run. Writes bench/receiver-results.md.
// Run with: node --conditions=source --import tsx bench/receiver.mjs (the npm script does).
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { randomUUID } from 'node:crypto';
import autocannon from 'autocannon';
import pg from 'pg';
import { buildForms } from '../packages/cli/src/build.ts';

const seconds = Number(process.env.BENCH_SECONDS ?? 30);
const connections = Number(process.env.BENCH_CONNECTIONS ?? 50);
const databaseUrl = process.env.BENCH_DATABASE_URL || process.env.DATABASE_URL || process.env.CAF_TEST_DATABASE_URL;
const root = new URL('..', import.meta.url);
const SCHEMA = 'caf_bench';

const sample = (id) => JSON.parse(readFileSync(new URL(`forms/samples/${id}.valid.json`, root), 'utf8'));
// Each body is its form's valid sample with a fresh submissionId, made by replacing the
// sample's id in the serialised text (cheap: the load generator must not be the bottleneck).
const templates = ['consent', 'caf'].map((id) => {
  const envelope = sample(id);
  return { id, text: JSON.stringify(envelope), placeholder: envelope.submissionId };
});

function pgUrl(url) {
  const u = new URL(url);
  u.searchParams.set('options', `-c search_path=${SCHEMA}`);
  return u.toString();
}

async function emptyPostgres() {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  await client.query(`DROP SCHEMA IF EXISTS ${SCHEMA} CASCADE`);
  await client.query(`CREATE SCHEMA ${SCHEMA}`);
  await client.end();
}

async function startServer(env) {
  const child = spawn(process.execPath, ['--conditions=source', '--import', 'tsx', new URL('receiver-process.mjs', import.meta.url).pathname], {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const [line] = await once(createInterface({ input: child.stdout }), 'line');
  return {
    url: JSON.parse(line).url,
    async stop() {
      const exited = once(child, 'exit');
      child.kill('SIGTERM');
      await exited;
    },
  };
}

function load(url, duration, overallRate) {
  let n = 0;
  const instance = autocannon({
    url,
    connections,
    duration,
    ...(overallRate ? { overallRate } : {}),
    requests: [
      {
        method: 'POST',
        path: '/submissions',
        setupRequest(request) {
          const template = templates[n++ % templates.length];
          const submissionId = randomUUID();
          return {
            ...request,
            body: template.text.replace(template.placeholder, submissionId),
            headers: { ...request.headers, 'content-type': 'application/json', 'idempotency-key': submissionId },
          };
        },
      },
    ],
  });
  return instance; // a promise of the results, in autocannon 9
}

async function run(store, validated) {
  const dataDir = mkdtempSync(join(tmpdir(), 'caf-bench-data-'));
  if (store === 'PostgreSQL') await emptyPostgres();
  const server = await startServer({
    CAF_FORMS_DIR: formsDir,
    CAF_DATA_DIR: dataDir,
    DATABASE_URL: store === 'PostgreSQL' ? pgUrl(databaseUrl) : '',
    BENCH_SKIP_VALIDATION: validated ? '' : '1',
  });
  try {
    await load(server.url, 3); // warm up (JIT, pool)
    const checked = (result) => {
      if (result.non2xx || result.errors || result.timeouts) {
        throw new Error(
          `${store}, ${validated ? 'validated' : 'storage only'}: ${result.non2xx} non-2xx, ${result.errors} errors, ${result.timeouts} timeouts`,
        );
      }
      return result;
    };
    // As fast as 50 clients can go (each sends again as soon as it is answered): the peak
    // throughput, where latency is mostly queueing (50 ÷ throughput).
    const peak = checked(await load(server.url, seconds));
    const perSecond = peak['2xx'] / peak.duration;
    // Then, validated only, a sustained rate of half that peak, spread over the same 50
    // clients: the latency a submission meets when the server is busy but not saturated.
    const sustained = validated ? checked(await load(server.url, seconds, Math.max(1, Math.floor(perSecond / 2)))) : undefined;
    return {
      store,
      validated,
      perSecond,
      p50: peak.latency.p50,
      p99: peak.latency.p99,
      sustained: sustained && { rate: Math.floor(perSecond / 2), p50: sustained.latency.p50, p99: sustained.latency.p99 },
    };
  } finally {
    await server.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

const formsDir = mkdtempSync(join(tmpdir(), 'caf-bench-forms-'));
try {
  await buildForms(['forms/consent.json', 'forms/caf.json'], formsDir);
  const stores = databaseUrl ? ['SQLite', 'PostgreSQL'] : ['SQLite'];
  if (!databaseUrl) console.log('bench:receiver: no database URL (BENCH_DATABASE_URL, DATABASE_URL or CAF_TEST_DATABASE_URL): SQLite only');
  const rows = [];
  for (const store of stores) {
    for (const validated of [false, true]) {
      const r = await run(store, validated);
      console.log(
        `${store}, ${validated ? 'validated and stored' : 'stored only'}: ${r.perSecond.toFixed(0)}/s, p50 ${r.p50} ms, p99 ${r.p99} ms${r.sustained ? `; at ${r.sustained.rate}/s: p50 ${r.sustained.p50} ms, p99 ${r.sustained.p99} ms` : ''}`,
      );
      rows.push(r);
    }
  }
  const lines = [
    `| store | run | submissions/s (peak) | p50 | p99 | validated ÷ stored only | p50 / p99 at half the peak rate |`,
    `|---|---|---|---|---|---|---|`,
  ];
  for (const store of stores) {
    const [plain, checked] = [rows.find((r) => r.store === store && !r.validated), rows.find((r) => r.store === store && r.validated)];
    lines.push(`| ${store} | stored only | ${plain.perSecond.toFixed(0)} | ${plain.p50} ms | ${plain.p99} ms | | |`);
    lines.push(
      `| ${store} | validated and stored | ${checked.perSecond.toFixed(0)} | ${checked.p50} ms | ${checked.p99} ms | ${(checked.perSecond / plain.perSecond).toFixed(2)} | ${checked.sustained.p50} ms / ${checked.sustained.p99} ms (${checked.sustained.rate}/s) |`,
    );
  }
  const table = lines.join('\n');
  console.log(`\n${table}\n`);
  writeFileSync(
    new URL('bench/receiver-results.md', root),
    `# npm run bench:receiver\n\n${new Date().toISOString()}: ${connections} connections, ${seconds} s per run, consent and CAF samples alternating, each with a new submissionId.\n\n${table}\n`,
  );
} finally {
  rmSync(formsDir, { recursive: true, force: true });
}
