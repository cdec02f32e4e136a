// npm run bench: caf-forms against SurveyJS, Form.io, JSON Forms, react-jsonschema-form and a
// bare Lit floor, in one run, in Debian's headless Chromium. Writes bench/results.md and
// bench/results.json. See the README's "Performance" section for what is measured.
//
// Environment (all optional; defaults give the full run, about 12 minutes on 2 busy cores):
//   BENCH_ROUNDS=5            fresh-load rounds (each round runs every task once, shuffled;
//                             five, because a shared machine swings single loads by ±30 %)
//   BENCH_SIZES=100,500,2000  form sizes to render (keystrokes: field 250, or the middle one below 250)
//   BENCH_KEYS=20             keystrokes per measurement (fewer if a library is slow: 12 s budget)
//   BENCH_LIBS=caf,lit,...    contenders to run (caf, lit, surveyjs, formio, jsonforms, rjsf)
//   BENCH_BUDGET=900          seconds: no new round starts after this
//   BENCH_OUT=bench           where results.md and results.json go
//   BENCH_SKIP_BUILD=1        reuse bench/build (for reruns)
// A quick smoke run: BENCH_ROUNDS=1 BENCH_SIZES=100 BENCH_KEYS=5 BENCH_OUT=bench/build npm run bench
import { execFileSync, spawnSync } from 'node:child_process';
import { createServer } from 'node:http';
import { copyFileSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, extname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import os from 'node:os';

const BENCH = dirname(fileURLToPath(import.meta.url));
const ROOT = resolve(BENCH, '..');
const BUILD = join(BENCH, 'build');
const started = Date.now();
const log = (...args) => console.log(`[bench ${((Date.now() - started) / 1000).toFixed(0).padStart(3)} s]`, ...args);

const env = process.env;
const ROUNDS = Number(env.BENCH_ROUNDS ?? 5);
const SIZES = (env.BENCH_SIZES ?? '100,500,2000').split(',').map(Number);
const KEYS = Number(env.BENCH_KEYS ?? 20);
const BUDGET_S = Number(env.BENCH_BUDGET ?? 900);
const OUT = resolve(ROOT, env.BENCH_OUT ?? 'bench');
const VALIDATE_N = 500;
const HEAP_N = Math.max(...SIZES);
const ALL_LIBS = ['caf', 'lit', 'surveyjs', 'formio', 'jsonforms', 'rjsf'];
const LIBS = (env.BENCH_LIBS ?? ALL_LIBS.join(',')).split(',').filter((l) => ALL_LIBS.includes(l));
if (!LIBS.includes('caf')) LIBS.unshift('caf'); // every figure is a ratio to caf-forms
const REAL_FORMS = ['caf', 'vulnerability-resilience'];
const NAMES = { caf: 'caf-forms', lit: 'bare Lit (floor)', surveyjs: 'SurveyJS', formio: 'Form.io', jsonforms: 'JSON Forms', rjsf: 'react-jsonschema-form' };
const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];
const KEY_SPACING = 150; // ms between keystrokes (Form.io handles a change 100 ms after the key)
const KEY_BUDGET = 8_000; // ms of typing per measurement at most (at least 3 keys)
const TASK_TIMEOUT = 180_000;

// ---- 1. dependencies and the project's generated files ----

function run(cmd, args, cwd) {
  log(`$ ${cmd} ${args.join(' ')}${cwd === ROOT ? '' : `   (in ${relative(ROOT, cwd) || '.'})`}`);
  const r = spawnSync(cmd, args, { cwd, stdio: ['ignore', 'inherit', 'inherit'] });
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} failed (${r.status ?? r.signal})`);
}

const mtime = (p) => (existsSync(p) ? statSync(p).mtimeMs : 0);
if (
  !existsSync(join(BENCH, 'node_modules/.package-lock.json')) ||
  mtime(join(BENCH, 'package-lock.json')) > mtime(join(BENCH, 'node_modules/.package-lock.json'))
) {
  run('npm', ['ci', '--no-audit', '--no-fund'], BENCH);
}
// (govuk-back-link.css.ts: the lazy parts' stylesheets are generated too, since issue 15)
const generated = [
  'packages/core/src/generated/definition.validate.ts',
  'packages/elements/src/generated/govuk.css.ts',
  'packages/elements/src/generated/govuk-back-link.css.ts',
];
if (generated.some((f) => !existsSync(join(ROOT, f)))) {
  run('npm', ['run', 'gen'], ROOT);
}
const formsStale = readdirSync(join(ROOT, 'forms'))
  .filter((f) => f.endsWith('.json'))
  .some((f) => mtime(join(ROOT, 'forms', f)) > mtime(join(ROOT, 'dist/forms', f.replace(/\.json$/, '.validate.js'))));
if (formsStale) run('npm', ['run', 'forms'], ROOT);

const { build, transform } = await import('esbuild');
const { chromium } = await import('playwright-core');
const generators = await import('./forms.mjs');

// ---- 2. bundles: the same esbuild settings for everyone ----

const kib = (bytes) => bytes / 1024;
const gz = (buf) => gzipSync(buf, { level: 9 }).length;
const bundleOptions = {
  absWorkingDir: BENCH,
  bundle: true,
  minify: true,
  format: 'esm',
  platform: 'browser',
  target: 'es2022',
  conditions: ['source'],
  legalComments: 'none',
  logLevel: 'warning',
  define: { 'process.env.NODE_ENV': '"production"', global: 'globalThis' },
};
const ENTRY = {
  lit: 'entries/lit.js',
  surveyjs: 'entries/surveyjs.js',
  formio: 'entries/formio.js',
  jsonforms: 'entries/jsonforms.js',
  rjsf: 'entries/rjsf.js',
};
const CSS = { surveyjs: 'node_modules/survey-core/survey-core.min.css', formio: 'node_modules/@formio/js/dist/formio.form.min.css' };
const sizes = {};
let cafModules = [];
const initialOutputs = {}; // lib → the output files a page loads at start

if (!env.BENCH_SKIP_BUILD || !existsSync(join(BUILD, 'caf.meta.json'))) {
  rmSync(BUILD, { recursive: true, force: true });
  mkdirSync(BUILD, { recursive: true });
  log('building the bundles (esbuild, minify, ESM, browser, conditions [source])');
  // caf-forms: the one-file bundle, exactly packages/elements/src/bundle.ts
  // Code splitting on: what a page loads at start is the entry and its static imports; a
  // dynamic import() becomes a chunk loaded only when needed, reported apart ("lazy").
  // caf-forms' own build step comes along: its hand-written css`` templates lose comments and
  // layout whitespace (packages/elements/scripts/rollup-minify-css.mjs), as the other
  // libraries' stylesheets are shipped minified.
  const { minifyCssTemplates } = await import('../packages/elements/scripts/rollup-minify-css.mjs');
  const cafCss = {
    name: 'caf-forms-minify-css-literals',
    setup(b) {
      b.onLoad({ filter: /packages\/elements\/src\/.*\.ts$/ }, (args) => {
        const code = readFileSync(args.path, 'utf8');
        return code.includes('css`') ? { contents: minifyCssTemplates(code), loader: 'ts' } : undefined;
      });
    },
  };
  const bundle = async (lib, name, entry) => {
    const result = await build({
      ...bundleOptions,
      plugins: lib === 'caf' ? [cafCss] : [],
      entryPoints: { [name]: entry },
      outdir: BUILD,
      splitting: true,
      chunkNames: `chunks/${lib}-[hash]`,
      metafile: true,
    });
    writeFileSync(join(BUILD, `${lib}.meta.json`), JSON.stringify(result.metafile));
  };
  await bundle('caf', 'caf-forms', join(ROOT, 'packages/elements/src/bundle.ts'));
  copyFileSync(join(BENCH, 'entries/caf.js'), join(BUILD, 'caf.js')); // plain ESM: imports ./caf-forms.js
  // caf-forms as it ships (packages/elements' rollup build: terser, shared code kept in the
  // entry), beside the esbuild build above: its size is the one issue 15's budget counts.
  log('building caf-forms.js as shipped (packages/elements rollup config, one-file bundle only)');
  const shipped = spawnSync(join(ROOT, 'node_modules/.bin/rollup'), ['-c', '--silent'], {
    cwd: join(ROOT, 'packages/elements'),
    env: { ...process.env, CAF_BUNDLE_DIR: join(BUILD, 'shipped') },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  if (shipped.status !== 0) throw new Error(`rollup -c (the shipped bundle) failed (${shipped.status ?? shipped.signal})`);
  for (const [lib, entry] of Object.entries(ENTRY)) await bundle(lib, lib, join(BENCH, entry));
  for (const [lib, file] of Object.entries(CSS)) {
    const { code } = await transform(readFileSync(join(BENCH, file), 'utf8'), { loader: 'css', minify: true, legalComments: 'none' });
    writeFileSync(join(BUILD, `${lib}.css`), code);
  }

  // caf-forms' precompiled validator for the 500-field form, as `caf-forms build` makes it
  mkdirSync(join(BUILD, 'caf-def'), { recursive: true });
  writeFileSync(join(BUILD, 'caf-def', `bench-${VALIDATE_N}.json`), JSON.stringify(generators.caf(VALIDATE_N)));
  run(
    'node',
    [
      '--conditions=source',
      '--import',
      'tsx',
      'packages/cli/src/cli.ts',
      'build',
      relative(ROOT, join(BUILD, 'caf-def')),
      '--out',
      relative(ROOT, join(BUILD, 'caf-compiled')),
    ],
    ROOT,
  );
}

// the page, and the same form in each format (cheap: always written), and a completed form's answers
copyFileSync(join(BENCH, 'page/index.html'), join(BUILD, 'index.html'));
copyFileSync(join(BENCH, 'page/harness.js'), join(BUILD, 'harness.js'));
mkdirSync(join(BUILD, 'forms'), { recursive: true });
for (const n of new Set([...SIZES, VALIDATE_N])) {
  for (const [lib, make] of Object.entries(generators.formats)) writeFileSync(join(BUILD, 'forms', `${lib}-${n}.json`), JSON.stringify(make(n)));
}
for (const lib of ALL_LIBS)
  writeFileSync(join(BUILD, 'forms', `${lib}-${VALIDATE_N}.data.json`), JSON.stringify(generators.answers(VALIDATE_N, lib === 'caf' || lib === 'rjsf')));
for (const id of REAL_FORMS) copyFileSync(join(ROOT, 'forms', `${id}.json`), join(BUILD, 'forms', `real-${id}.json`));

function measureSizes() {
  const file = (p) => (existsSync(p) ? readFileSync(p) : Buffer.alloc(0));
  const metas = {};
  for (const lib of ALL_LIBS) {
    const meta = (metas[lib] = JSON.parse(readFileSync(join(BUILD, `${lib}.meta.json`), 'utf8')));
    const outputs = Object.entries(meta.outputs).filter(([out]) => out.endsWith('.js'));
    // The page's entry is the output of the bundle's own entry point (dynamic-import chunks
    // have an entryPoint too); what it imports statically loads with it.
    const entry = outputs.find(([out]) => out === `build/${lib === 'caf' ? 'caf-forms' : lib}.js`)[0];
    const initial = new Set([entry]);
    for (const out of initial) for (const i of meta.outputs[out].imports) if (i.kind === 'import-statement' && !i.external) initial.add(i.path);
    const sum = (files) =>
      files.reduce(
        (t, f) => {
          const b = readFileSync(resolve(BENCH, f));
          return { min: t.min + b.length, gzip: t.gzip + gz(b) };
        },
        { min: 0, gzip: 0 },
      );
    const start = sum([...initial]);
    const lazy = sum(outputs.map(([o]) => o).filter((o) => !initial.has(o)));
    const css = file(join(BUILD, `${lib}.css`));
    initialOutputs[lib] = initial;
    sizes[lib] = { jsMin: start.min, jsGzip: start.gzip, lazyMin: lazy.min, lazyGzip: lazy.gzip, cssMin: css.length, cssGzip: css.length ? gz(css) : 0 };
  }
  // caf-forms as shipped: caf-forms.js is all a page loads at start (no chunk is imported
  // statically: packages/elements/scripts/check-size.mjs checks it); the chunks load by need.
  const shippedDir = join(BUILD, 'shipped');
  if (!existsSync(join(shippedDir, 'caf-forms.js'))) throw new Error(`no ${relative(ROOT, shippedDir)}/caf-forms.js: run without BENCH_SKIP_BUILD`);
  const shippedFiles = readdirSync(shippedDir).filter((f) => f.endsWith('.js'));
  const shippedChunks = shippedFiles.filter((f) => f !== 'caf-forms.js');
  sizes.cafShipped = {
    min: statSync(join(shippedDir, 'caf-forms.js')).size,
    gzip: gz(readFileSync(join(shippedDir, 'caf-forms.js'))),
    chunks: shippedChunks.length,
    lazyGzip: shippedChunks.reduce((t, f) => t + gz(readFileSync(join(shippedDir, f))), 0),
  };
  sizes.cafInitialFiles = initialOutputs.caf.size;
  // Which modules make up caf-forms' bundle (bytes each contributes to the minified output,
  // loaded at start or lazily).
  cafModules = [];
  for (const [out, o] of Object.entries(metas.caf.outputs)) {
    if (!out.endsWith('.js')) continue;
    const lazy = !initialOutputs.caf.has(out);
    for (const [path, { bytesInOutput }] of Object.entries(o.inputs)) cafModules.push({ module: path.replace(/^(\.\.\/)+/, ''), bytes: bytesInOutput, lazy });
  }
  cafModules.sort((a, b) => b.bytes - a.bytes);
  const groups = {};
  for (const m of cafModules) {
    const g = m.module.includes('node_modules/')
      ? m.module.replace(/.*node_modules\/((@[^/]+\/)?[^/]+).*/, '$1')
      : m.module.includes('/generated/')
        ? m.module
        : m.module.replace(/\/src\/.*/, '/src (hand-written)');
    const key = m.lazy ? `${g} (lazy)` : g;
    groups[key] = (groups[key] ?? 0) + m.bytes;
  }
  sizes.cafGroups = Object.entries(groups)
    .map(([group, bytes]) => ({ group, bytes }))
    .sort((a, b) => b.bytes - a.bytes);
  sizes.validators = readdirSync(join(ROOT, 'dist/forms'))
    .filter((f) => f.endsWith('.validate.js'))
    .map((f) => {
      const buf = readFileSync(join(ROOT, 'dist/forms', f));
      return { form: f.replace('.validate.js', ''), min: buf.length, gzip: gz(buf) };
    })
    .sort((a, b) => b.min - a.min);
  const bench = join(BUILD, 'caf-compiled', `bench-${VALIDATE_N}.validate.js`);
  if (existsSync(bench)) sizes.benchValidator = { min: statSync(bench).size, gzip: gz(readFileSync(bench)) };
}
measureSizes();
log('sizes (gzip KiB):', Object.fromEntries(ALL_LIBS.map((l) => [l, +kib(sizes[l].jsGzip + sizes[l].cssGzip).toFixed(1)])));
log(
  `caf-forms.js as shipped: ${kib(sizes.cafShipped.gzip).toFixed(1)} KiB gzip at start; ${sizes.cafShipped.chunks} chunks by need, ${kib(sizes.cafShipped.lazyGzip).toFixed(1)} KiB`,
);

// ---- 3. a static server on 127.0.0.1 ----

const TYPES = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json' };
const server = createServer((req, res) => {
  const path = join(BUILD, decodeURIComponent(new URL(req.url, 'http://x').pathname));
  if (!path.startsWith(BUILD) || !existsSync(path) || !statSync(path).isFile()) {
    res.writeHead(404).end();
    return;
  }
  res.writeHead(200, { 'content-type': TYPES[extname(path)] ?? 'application/octet-stream', 'cache-control': 'no-store' });
  res.end(readFileSync(path));
});
await new Promise((r) => server.listen(0, '127.0.0.1', r));
const BASE = `http://127.0.0.1:${server.address().port}`;

// ---- 4. the measurements ----

const median = (xs) => {
  const s = xs.filter((x) => typeof x === 'number' && Number.isFinite(x)).sort((a, b) => a - b);
  if (!s.length) return null;
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const quantile = (xs, q) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.min(s.length - 1, Math.ceil(q * s.length) - 1)] : null;
};
const keyField = (n) => (n >= 250 ? 250 : Math.ceil(n / 2));
const shuffle = (xs) => {
  for (let i = xs.length - 1; i > 0; i--) {
    const j = Math.floor(Math.random() * (i + 1));
    [xs[i], xs[j]] = [xs[j], xs[i]];
  }
  return xs;
};

function tasks() {
  const list = [];
  for (const lib of LIBS) {
    for (const n of SIZES) list.push({ kind: 'render', lib, n });
    list.push({ kind: 'validate', lib, n: VALIDATE_N });
  }
  for (const form of REAL_FORMS) list.push({ kind: 'real', lib: 'caf', form });
  return shuffle(list);
}

async function withTimeout(promise, ms, what) {
  let timer;
  try {
    return await Promise.race([
      promise,
      new Promise((_, reject) => {
        timer = setTimeout(() => reject(new Error(`${what}: timed out after ${ms / 1000} s`)), ms);
      }),
    ]);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Waits until the CPUs are mostly idle (at most 3 s): the last page's teardown (a heavy
 * library's renderer can take a second to free its heap) must not run during the next
 * measurement, whichever contender comes next.
 */
async function quiet() {
  const sample = () => {
    const t = readFileSync('/proc/stat', 'utf8').split('\n')[0].trim().split(/\s+/).slice(1).map(Number);
    return { idle: t[3] + (t[4] ?? 0), total: t.reduce((a, b) => a + b, 0) };
  };
  const deadline = Date.now() + 3000;
  while (Date.now() < deadline) {
    const a = sample();
    await new Promise((r) => setTimeout(r, 250));
    const b = sample();
    if ((b.idle - a.idle) / Math.max(1, b.total - a.total) > 0.85) return;
  }
}

async function runTask(browser, task) {
  await quiet();
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  try {
    const page = await context.newPage();
    const errors = [];
    page.on('pageerror', (e) => errors.push(String(e.message ?? e).slice(0, 300)));
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable');
    // Main-thread busy time (ms): every task, script, style, layout and paint included.
    const busy = async () => Object.fromEntries((await cdp.send('Performance.getMetrics')).metrics.map((m) => [m.name, m.value])).TaskDuration * 1000;
    // Script time comes from Chrome's sampling profiler (every 250 µs): the samples in JavaScript,
    // the DOM calls it makes and its garbage collection; idle and "(program)" excluded. (The
    // Performance domain's ScriptDuration leaves out microtasks, where Lit and Preact update.)
    const profileStart = async () => {
      await cdp.send('Profiler.enable');
      await cdp.send('Profiler.setSamplingInterval', { interval: 250 });
      await cdp.send('Profiler.start');
    };
    const profileStop = async () => {
      const { profile } = await cdp.send('Profiler.stop');
      const self = new Map();
      profile.samples.forEach((id, i) => self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000));
      let ms = 0;
      for (const node of profile.nodes) {
        const { functionName, url } = node.callFrame;
        if (['(idle)', '(program)', '(root)'].includes(functionName) || url.endsWith('/harness.js')) continue; // not the library's
        ms += self.get(node.id) ?? 0;
      }
      return ms;
    };
    const heap = async () => {
      await cdp.send('HeapProfiler.collectGarbage');
      return (await cdp.send('Runtime.getHeapUsage')).usedSize;
    };
    await page.goto(`${BASE}/index.html`);
    await page.waitForFunction(() => window.benchReady === true);
    const formUrl = task.kind === 'real' ? `forms/real-${task.form}.json` : `forms/${task.lib}-${task.n}.json`;
    const dataUrl = task.kind === 'validate' ? `forms/${task.lib}-${task.n}.data.json` : undefined;
    const css = task.lib in CSS ? [`${task.lib}.css`] : [];
    await page.evaluate((a) => window.bench.setup(a), { lib: task.lib, formUrl, dataUrl, css });
    const out = { ...task };
    const measureHeap = task.kind === 'render' && task.n === HEAP_N;
    const heapBefore = measureHeap ? await heap() : 0;
    const b0 = await busy();
    const rendered = await page.evaluate((a) => window.bench.render(a), { n: task.kind === 'real' ? 1 : task.n });
    out.renderMs = rendered.ms;
    out.renderBusyMs = (await busy()) - b0;
    out.inputs = rendered.inputs;
    if (measureHeap) {
      out.heapAfter = await heap();
      out.heapIncrease = out.heapAfter - heapBefore;
    }
    if (task.kind === 'render' || task.kind === 'real') {
      const field = task.kind === 'real' ? 'middle' : keyField(task.n);
      const focused = await page.evaluate((a) => window.bench.focus(a), { field });
      await profileStart();
      const k0 = await busy();
      const typed = await page.evaluate((a) => window.bench.type(a), { field, keys: KEYS, spacing: KEY_SPACING, budget: KEY_BUDGET, settle: 300 });
      const busyMs = (await busy()) - k0;
      const scriptMs = await profileStop();
      out.key = {
        field,
        input: focused.id,
        textInputs: focused.total,
        keys: typed.keys,
        ok: typed.ok,
        median: median(typed.times),
        p95: quantile(typed.times, 0.95),
        scriptPerKey: scriptMs / typed.keys,
        busyPerKey: busyMs / typed.keys,
      };
    }
    if (task.kind === 'validate') {
      const runs = await page.evaluate((a) => window.bench.validate(a), { repeats: 6 });
      out.validate = { first: runs[0].ms, repeat: median(runs.slice(1).map((r) => r.ms)), valid: runs.every((r) => r.valid), errors: runs[0].errors };
      if (task.lib === 'caf') {
        const pre = await page.evaluate((a) => window.bench.precompiled(a), { url: `./caf-compiled/bench-${task.n}.validate.js`, repeats: 11 });
        out.precompiled = { first: pre[0].ms, repeat: median(pre.slice(1).map((r) => r.ms)), valid: pre.every((r) => r.valid) };
      }
    }
    if (errors.length) out.pageErrors = errors;
    return out;
  } finally {
    await context.close().catch(() => {});
  }
}

const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS, headless: true });
// Interrupted (Ctrl-C, kill): close the browser and the server before leaving.
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.once(signal, () => {
    log(`${signal}: closing the browser and the server`);
    Promise.allSettled([browser.close(), new Promise((r) => server.close(r))]).then(() => process.exit(130));
  });
}
const results = [];
let roundsRun = 0;
try {
  for (let round = 1; round <= ROUNDS; round++) {
    if (round > 1 && (Date.now() - started) / 1000 > BUDGET_S) {
      log(`time budget (${BUDGET_S} s) reached: stopping after ${round - 1} round(s)`);
      break;
    }
    const list = tasks();
    log(`round ${round}/${ROUNDS}: ${list.length} fresh page loads`);
    for (const task of list) {
      const label = task.kind === 'real' ? `caf real ${task.form}` : `${task.lib} ${task.kind} ${task.n}`;
      try {
        const r = await withTimeout(runTask(browser, task), TASK_TIMEOUT, label);
        r.round = round;
        results.push(r);
        log(
          `  ${label}: render ${r.renderMs.toFixed(0)} ms${r.key ? `, key ${r.key.median.toFixed(1)} ms / script ${r.key.scriptPerKey.toFixed(2)} ms / busy ${r.key.busyPerKey.toFixed(2)} ms${r.key.ok ? '' : ' (value NOT reached the model)'}` : ''}${r.validate ? `, validate ${r.validate.first.toFixed(1)} / ${r.validate.repeat.toFixed(1)} ms` : ''}${r.pageErrors ? ` [page errors: ${r.pageErrors[0]}]` : ''}`,
        );
      } catch (error) {
        log(`  ${label}: FAILED ${error.message}`);
        results.push({ ...task, round, error: error.message });
      }
    }
    roundsRun = round;
  }
} finally {
  await browser.close();
  await new Promise((r) => server.close(r));
}

// ---- 5. the report ----

const pick = (filter, get) =>
  median(
    results
      .filter((r) => !r.error && filter(r))
      .map(get)
      .filter((x) => x != null),
  );
const summary = { render: {}, key: {}, validate: {}, heap: {}, real: {} };
for (const lib of LIBS) {
  summary.render[lib] = Object.fromEntries(
    SIZES.map((n) => [
      n,
      pick(
        (r) => r.kind === 'render' && r.lib === lib && r.n === n,
        (r) => r.renderMs,
      ),
    ]),
  );
  summary.key[lib] = Object.fromEntries(
    SIZES.map((n) => {
      const rs = results.filter((r) => !r.error && r.kind === 'render' && r.lib === lib && r.n === n && r.key);
      return [
        n,
        rs.length
          ? {
              field: keyField(n),
              median: median(rs.map((r) => r.key.median)),
              p95: median(rs.map((r) => r.key.p95)),
              scriptPerKey: median(rs.map((r) => r.key.scriptPerKey)),
              busyPerKey: median(rs.map((r) => r.key.busyPerKey)),
              keys: rs.reduce((s, r) => s + r.key.keys, 0),
              ok: rs.every((r) => r.key.ok),
            }
          : null,
      ];
    }),
  );
  const vs = results.filter((r) => !r.error && r.kind === 'validate' && r.lib === lib);
  summary.validate[lib] = vs.length
    ? { first: median(vs.map((r) => r.validate.first)), repeat: median(vs.map((r) => r.validate.repeat)), valid: vs.every((r) => r.validate.valid) }
    : null;
  if (lib === 'caf' && vs.some((r) => r.precompiled))
    summary.validate.cafPrecompiled = {
      first: median(vs.map((r) => r.precompiled.first)),
      repeat: median(vs.map((r) => r.precompiled.repeat)),
      valid: vs.every((r) => r.precompiled.valid),
    };
  summary.heap[lib] = {
    increase: pick(
      (r) => r.kind === 'render' && r.lib === lib && r.n === HEAP_N,
      (r) => r.heapIncrease,
    ),
    after: pick(
      (r) => r.kind === 'render' && r.lib === lib && r.n === HEAP_N,
      (r) => r.heapAfter,
    ),
  };
}
for (const form of REAL_FORMS) {
  const rs = results.filter((r) => !r.error && r.kind === 'real' && r.form === form);
  const v = sizes.validators.find((x) => x.form === form);
  summary.real[form] = rs.length
    ? {
        render: median(rs.map((r) => r.renderMs)),
        inputs: rs[0].inputs,
        textInputs: rs[0].key.textInputs,
        keyInput: rs[0].key.input,
        keyMedian: median(rs.map((r) => r.key.median)),
        keyP95: median(rs.map((r) => r.key.p95)),
        scriptPerKey: median(rs.map((r) => r.key.scriptPerKey)),
        busyPerKey: median(rs.map((r) => r.key.busyPerKey)),
        ok: rs.every((r) => r.key.ok),
        validator: v,
      }
    : null;
}

const chromiumVersion = (() => {
  try {
    return execFileSync('/usr/bin/chromium', ['--version'], { stdio: ['ignore', 'pipe', 'ignore'] })
      .toString()
      .trim();
  } catch {
    return 'unknown';
  }
})();
const versions = Object.fromEntries(Object.entries(JSON.parse(readFileSync(join(BENCH, 'package.json'), 'utf8')).dependencies));
const meta = {
  date: new Date().toISOString(),
  node: process.version,
  chromium: chromiumVersion,
  cpus: os.cpus().length,
  cpuModel: os.cpus()[0]?.model,
  loadAverage: os.loadavg().map((x) => +x.toFixed(2)),
  rounds: roundsRun,
  sizes: SIZES,
  keys: KEYS,
  keySpacingMs: KEY_SPACING,
  libs: LIBS,
  versions,
  seconds: Math.round((Date.now() - started) / 1000),
};
mkdirSync(OUT, { recursive: true });
writeFileSync(join(OUT, 'results.json'), `${JSON.stringify({ meta, sizes, cafModules: cafModules.slice(0, 40), summary, results }, null, 1)}\n`);

const f1 = (x) => (x == null ? '–' : x >= 100 ? x.toFixed(0) : x >= 10 ? x.toFixed(1) : x.toFixed(2));
const ratio = (x, base) => (x == null || base == null || base === 0 ? '' : ` (${x / base >= 10 ? (x / base).toFixed(0) : (x / base).toFixed(1)}×)`);
const cell = (x, base, unit = '') => (x == null ? '–' : `${f1(x)}${unit}${ratio(x, base)}`);
const row = (cells) => `| ${cells.join(' | ')} |`;
const head = (cells) => `${row(cells)}\n${row(cells.map(() => '---'))}`;
const md = [];
md.push('# caf-forms benchmarks', '');
md.push(
  `Generated by \`npm run bench\` (bench/run.mjs) on ${meta.date.slice(0, 10)}: ${meta.chromium}, headless; Node ${meta.node}; ${meta.cpus} cores (${meta.cpuModel}), load average at the end ${meta.loadAverage.join(' / ')}. ` +
    `${meta.rounds} round(s) of fresh page loads in a shuffled order, each started once the CPUs are idle (at most 3 s after the last); every figure is the median over rounds, and in brackets its ratio to caf-forms (lower is better; < 1× means faster or smaller than caf-forms). ` +
    'The machine is shared and busy: absolute times are indicative, ratios from the same run are the point.',
  '',
);
md.push(
  `The form: N short-text fields, all required, in sections of 20, in each library's own format (bench/forms.mjs). Versions: ${Object.entries(versions)
    .filter(([k]) => !['esbuild', 'playwright-core'].includes(k))
    .map(([k, v]) => `${k} ${v}`)
    .join(', ')}.`,
  '',
);

md.push('## Size: the one-file bundle', '');
md.push(
  'Each contender\'s "render a form" entry (bench/entries/) bundled with the same esbuild settings (bundle, minify, ESM, browser, es2022, NODE_ENV=production, code splitting: the JS columns are what a page loads at start, the entry and its static imports; code behind a dynamic import() is the "lazy" column); caf-forms is `packages/elements/src/bundle.ts` itself (the element, the core runtime, Lit and the GOV.UK styles, which it carries inside the JS as constructable stylesheets: its CSS column is 0). gzip -9. KiB = 1024 bytes.',
  '',
);
md.push(head(['contender', 'JS min KiB', 'JS gzip KiB', 'CSS min KiB', 'CSS gzip KiB', 'JS + CSS gzip KiB', 'lazy JS gzip KiB']));
const cafTotal = sizes.caf.jsGzip + sizes.caf.cssGzip;
for (const lib of ALL_LIBS) {
  const s = sizes[lib];
  md.push(
    row([
      NAMES[lib],
      cell(kib(s.jsMin), kib(sizes.caf.jsMin)),
      cell(kib(s.jsGzip), kib(sizes.caf.jsGzip)),
      s.cssMin ? f1(kib(s.cssMin)) : '0',
      s.cssGzip ? f1(kib(s.cssGzip)) : '0',
      cell(kib(s.jsGzip + s.cssGzip), kib(cafTotal)),
      s.lazyGzip ? f1(kib(s.lazyGzip)) : '0',
    ]),
  );
}
md.push(
  '',
  `caf-forms as it ships (\`packages/elements/dist/caf-forms.js\`, its rollup build with terser; issue 15's budget): **${f1(kib(sizes.cafShipped.gzip))} KiB gzip** at start (${f1(kib(sizes.cafShipped.min))} KiB min), one file; ${sizes.cafShipped.chunks} chunks loaded by need, ${f1(kib(sizes.cafShipped.lazyGzip))} KiB gzip in all. The esbuild row above is larger: esbuild puts code that the entry shares with a lazily loaded chunk into chunks of their own, which the entry imports (${sizes.cafInitialFiles} files at start, each gzipped alone).`,
  '',
  'CSS: SurveyJS `survey-core.min.css`; Form.io `formio.form.min.css` (its markup also expects Bootstrap, not counted); JSON Forms (vanilla) and react-jsonschema-form ship none (rjsf expects Bootstrap 3, not counted); the Lit floor has none.',
  '',
);
md.push('What caf-forms\' bundle is made of (bytes in the minified output, from esbuild\'s metafile; "(lazy)" is loaded only by a dynamic import):', '');
md.push(head(['part', 'min KiB', 'share']));
for (const g of sizes.cafGroups.slice(0, 10))
  md.push(row([`\`${g.group}\``, f1(kib(g.bytes)), `${((100 * g.bytes) / (sizes.caf.jsMin + sizes.caf.lazyMin)).toFixed(0)} %`]));

md.push('', '## Render', '');
md.push('From creating the form (definition already fetched and parsed, library loaded) to the end of the first frame that shows all N inputs. ms.', '');
md.push(head(['contender', ...SIZES.map((n) => `N = ${n}`)]));
for (const lib of LIBS) md.push(row([NAMES[lib], ...SIZES.map((n) => cell(summary.render[lib][n], summary.render.caf[n], ' ms'))]));

md.push('', '## Keystroke', '');
md.push(
  `Typing into field ${SIZES.map(keyField)
    .filter((v, i, a) => a.indexOf(v) === i)
    .join(
      ' / ',
    )} (field 250 from N = 500; the middle field below that): per key, keydown, the new value, input and keyup, dispatched in the page, ${KEYS} keys (fewer when slow: ${KEY_BUDGET / 1000} s budget) at least ${KEY_SPACING} ms apart. ` +
    '"frame" is the time from the key to the end of the next frame (median and p95 within a load, then the median over loads), which the display\'s frame rate caps from below. "script" is main-thread JavaScript per key: Chrome\'s sampling profiler (250 µs) over the keys and the 300 ms after them, JavaScript, the DOM calls it makes and garbage collection, the harness\'s own code excluded, divided by the keys (the profiler runs during the keys, so frame times include its small overhead; it applies to everyone alike). "busy" is all main-thread work per key (Chrome\'s TaskDuration: script, style, layout, paint). ' +
    'Every contender updates its answers on every key (SurveyJS with textUpdateMode "onTyping"; JSON Forms also validates the whole form on every change, its normal behaviour).',
  '',
);
md.push(head(['contender', 'N', 'frame median', 'frame p95', 'script per key', 'busy per key']));
for (const n of SIZES) {
  for (const lib of LIBS) {
    const k = summary.key[lib][n];
    const b = summary.key.caf[n];
    md.push(
      row([
        NAMES[lib] + (k && !k.ok ? ' †' : ''),
        String(n),
        cell(k?.median, b?.median, ' ms'),
        cell(k?.p95, b?.p95, ' ms'),
        cell(k?.scriptPerKey, b?.scriptPerKey, ' ms'),
        cell(k?.busyPerKey, b?.busyPerKey, ' ms'),
      ]),
    );
  }
}
if (LIBS.some((l) => SIZES.some((n) => summary.key[l][n] && !summary.key[l][n].ok))) md.push('', "† the typed value did not reach the library's answers.");

md.push('', `## Validation of a completed ${VALIDATE_N}-field form`, '');
md.push(
  "The form rendered with every answer filled in (each library's own prefill), then the whole-form validation a submit runs, to the end of the next frame (so re-rendering the result counts): the first call on a fresh page, then the median of 5 more. " +
    "caf-forms: `store.attempt()` (what `<caf-form>` runs on submit) and the element's re-render. bare Lit: `form.checkValidity()`. SurveyJS: `survey.validate(true)`. Form.io: `form.checkValidity(data, true)`. react-jsonschema-form: `formRef.validateForm()`. " +
    "JSON Forms has no submit-time call (it validates with ajv on every change): its core's `validate(createAjv().compile(schema), data)`, the first call including the compilation it does at start. ms.",
  '',
);
md.push(head(['contender', 'first call', 'repeated', 'valid']));
for (const lib of LIBS) {
  const v = summary.validate[lib];
  md.push(
    row([
      NAMES[lib],
      cell(v?.first, summary.validate.caf?.first, ' ms'),
      cell(v?.repeat, summary.validate.caf?.repeat, ' ms'),
      v ? (v.valid ? 'yes' : 'NO') : '–',
    ]),
  );
}
const pre = summary.validate.cafPrecompiled;
if (pre)
  md.push(
    '',
    `caf-forms' precompiled submission validator for the same form (\`caf-forms build\`, ${f1(kib(sizes.benchValidator?.min ?? 0))} KiB min, ${f1(kib(sizes.benchValidator?.gzip ?? 0))} KiB gzip), on the submission envelope, no rendering: first call ${f1(pre.first)} ms, repeated ${f1(pre.repeat)} ms${pre.valid ? '' : ' (reported INVALID)'}.`,
  );

md.push('', `## Memory: JS heap after rendering ${HEAP_N} fields`, '');
md.push('Used JS heap after a forced garbage collection, before mounting (library loaded, definition parsed) and after the render. MiB.', '');
md.push(head(['contender', 'increase', 'total after']));
for (const lib of LIBS) {
  const h = summary.heap[lib];
  md.push(
    row([
      NAMES[lib],
      cell(h.increase == null ? null : h.increase / 2 ** 20, summary.heap.caf.increase / 2 ** 20),
      cell(h.after == null ? null : h.after / 2 ** 20, summary.heap.caf.after / 2 ** 20),
    ]),
  );
}

md.push('', '## caf-forms on the real forms', '');
md.push(
  'Render of the definition as shipped in forms/, and typing into the middle text input or textarea of the form. The validator is dist/forms/<id>.validate.js (`npm run forms`).',
  '',
);
md.push(head(['form', 'inputs', 'render', 'key: frame median', 'frame p95', 'script per key', 'busy per key', 'validator min KiB', 'gzip KiB']));
for (const form of REAL_FORMS) {
  const r = summary.real[form];
  md.push(
    row([
      `\`${form}\``,
      r ? `${r.inputs} (typed in ${r.keyInput}, 1 of ${r.textInputs} text)` : '–',
      cell(r?.render, null, ' ms'),
      cell(r?.keyMedian, null, ' ms'),
      cell(r?.keyP95, null, ' ms'),
      cell(r?.scriptPerKey, null, ' ms'),
      cell(r?.busyPerKey, null, ' ms'),
      r?.validator ? f1(kib(r.validator.min)) : '–',
      r?.validator ? f1(kib(r.validator.gzip)) : '–',
    ]),
  );
}
md.push('', 'Every compiled validator (dist/forms), KiB:', '');
md.push(head(['form', 'min', 'gzip']));
for (const v of sizes.validators) md.push(row([`\`${v.form}\``, f1(kib(v.min)), f1(kib(v.gzip))]));
const failed = results.filter((r) => r.error);
if (failed.length) md.push('', '## Failed loads', '', ...failed.map((r) => `- round ${r.round}, ${r.lib} ${r.kind} ${r.n ?? r.form}: ${r.error}`));
md.push('');
writeFileSync(join(OUT, 'results.md'), md.join('\n'));
log(`wrote ${relative(ROOT, join(OUT, 'results.md'))} and results.json (${meta.rounds} rounds, ${meta.seconds} s)`);
