// node bench/profile.mjs: where <caf-form>'s time goes. Builds caf-forms' bundle unminified
// (so functions keep their names and esbuild's "// path" comments tell the module), renders
// the N-field benchmark form (N = PROFILE_N, default 2000) and types PROFILE_KEYS keys into
// field 250 under Chrome's sampling profiler, and prints the self time by module and by
// function for each. Not part of npm run bench; run it after it (it needs bench/node_modules).
// PROFILE_FORM=forms/vulnerability-resilience.json profiles a real definition instead (typing
// into its middle text input or textarea).
import { createServer } from 'node:http';
import { copyFileSync, existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, extname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { caf } from './forms.mjs';

const BENCH = dirname(fileURLToPath(import.meta.url));
const ROOT = resolve(BENCH, '..');
const OUT = join(BENCH, 'build', 'profile');
const N = Number(process.env.PROFILE_N ?? 2000);
const KEYS = Number(process.env.PROFILE_KEYS ?? 30);
const FORM = process.env.PROFILE_FORM; // a definition file, relative to the repository's root
mkdirSync(join(OUT, 'forms'), { recursive: true });

await build({
  entryPoints: [join(ROOT, 'packages/elements/src/bundle.ts')],
  outfile: join(OUT, 'caf-forms.js'),
  bundle: true,
  minify: false,
  format: 'esm',
  platform: 'browser',
  target: 'es2022',
  conditions: ['source'],
  logLevel: 'warning',
});
copyFileSync(join(BENCH, 'entries/caf.js'), join(OUT, 'caf.js'));
copyFileSync(join(BENCH, 'page/index.html'), join(OUT, 'index.html'));
copyFileSync(join(BENCH, 'page/harness.js'), join(OUT, 'harness.js'));
const formFile = FORM ? 'real.json' : `caf-${N}.json`;
writeFileSync(join(OUT, 'forms', formFile), FORM ? readFileSync(join(ROOT, FORM)) : JSON.stringify(caf(N)));
const what = FORM ?? `${N} fields`;
const target = FORM ? 'middle' : 250; // the field typed into

// line → module, from esbuild's "// packages/core/src/store.ts" comments in unminified output
const lines = readFileSync(join(OUT, 'caf-forms.js'), 'utf8').split('\n');
const moduleAt = [];
let current = '(runtime)';
for (const line of lines) {
  const m = /^\/\/ (\S+\.(?:ts|js|mjs))$/.exec(line);
  if (m) current = m[1].replace(/^(\.\.\/)+/, '').replace(/.*node_modules\//, '');
  moduleAt.push(current);
}

const TYPES = { '.html': 'text/html', '.js': 'text/javascript', '.json': 'application/json' };
const server = createServer((req, res) => {
  const path = join(OUT, decodeURIComponent(new URL(req.url, 'http://x').pathname));
  if (!path.startsWith(OUT) || !existsSync(path) || !statSync(path).isFile()) return void res.writeHead(404).end();
  res.writeHead(200, { 'content-type': TYPES[extname(path)] ?? 'application/octet-stream' }).end(readFileSync(path));
});
await new Promise((r) => server.listen(0, '127.0.0.1', r));

function summarise(profile, label) {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const self = new Map();
  const dt = profile.timeDeltas;
  profile.samples.forEach((id, i) => self.set(id, (self.get(id) ?? 0) + (dt[i] ?? 0) / 1000));
  const byFn = new Map();
  const byModule = new Map();
  let total = 0;
  for (const [id, ms] of self) {
    const { callFrame: f } = byId.get(id);
    if (f.functionName === '(idle)' || f.functionName === '(program)') continue;
    total += ms;
    const inBundle = f.url.endsWith('/caf-forms.js');
    const module = inBundle ? (moduleAt[f.lineNumber] ?? '?') : f.url ? f.url.replace(/.*\//, '') : `(${f.functionName || 'native'})`;
    const fn = `${f.functionName || '(anonymous)'}  ${module}${inBundle ? `:${f.lineNumber + 1}` : ''}`;
    byFn.set(fn, (byFn.get(fn) ?? 0) + ms);
    byModule.set(module, (byModule.get(module) ?? 0) + ms);
  }
  const top = (m, k) =>
    [...m]
      .sort((a, b) => b[1] - a[1])
      .slice(0, k)
      .map(([name, ms]) => ({ name, ms: +ms.toFixed(1), share: `${((100 * ms) / total).toFixed(0)} %` }));
  const out = { label, totalMs: +total.toFixed(1), byModule: top(byModule, 15), byFunction: top(byFn, 25) };
  console.log(`\n== ${label}: ${out.totalMs} ms of samples (self time, idle excluded)`);
  console.log('-- by module');
  for (const r of out.byModule) console.log(`${String(r.ms).padStart(9)} ms ${r.share.padStart(5)}  ${r.name}`);
  console.log('-- by function');
  for (const r of out.byFunction) console.log(`${String(r.ms).padStart(9)} ms ${r.share.padStart(5)}  ${r.name}`);
  return out;
}

const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});
const report = [];
try {
  const page = await browser.newPage();
  const cdp = await page.context().newCDPSession(page);
  await page.goto(`http://127.0.0.1:${server.address().port}/index.html`);
  await page.waitForFunction(() => window.benchReady === true);
  await page.evaluate((a) => window.bench.setup(a), { lib: 'caf', formUrl: `forms/${formFile}` });
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  await cdp.send('Profiler.start');
  const r = await page.evaluate((a) => window.bench.render(a), { n: FORM ? 1 : N });
  report.push({ ...summarise((await cdp.send('Profiler.stop')).profile, `render ${what} (${r.ms.toFixed(0)} ms unminified)`) });
  await page.evaluate((a) => window.bench.focus(a), { field: target });
  await cdp.send('Profiler.start');
  const t = await page.evaluate((a) => window.bench.type(a), { field: target, keys: KEYS, spacing: 100, budget: 60_000, settle: 100 });
  const keys = summarise(
    (await cdp.send('Profiler.stop')).profile,
    `${t.keys} keys in field ${target} of ${what}${FORM ? '' : ` (value reached the store: ${t.ok})`}`,
  );
  keys.perKeyMs = +(keys.totalMs / t.keys).toFixed(2);
  console.log(`per key: ${keys.perKeyMs} ms`);
  report.push(keys);
} finally {
  await browser.close();
  server.close();
}
writeFileSync(join(OUT, 'profile.json'), JSON.stringify(report, null, 1));
console.log(`\nwrote ${join(OUT, 'profile.json')}`);
