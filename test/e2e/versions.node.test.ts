// Versions in the field, in Chromium: a family opened the consent form (1.0.0) before 2.0.0
// was published, and sends it from that page. Within the window the reference receiver takes
// it; after the window it refuses it, and <caf-form> shows the receiver's reason with every
// answer still in the form, to be noted down before reloading. The receiver's clock is
// injected (no waiting). The element is bundled from its sources with esbuild, so this test
// needs no earlier build.
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { type Server, createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { build } from 'esbuild';
import { type Browser, type Page, chromium } from 'playwright-core';
import type { FormDefinition, SubmissionEnvelope } from '@caf-forms/core';
import { type Receiver, createReceiver } from '@caf-forms/server';
import { buildForms } from '../../packages/cli/src/build.js';
import { buildPublishedVersions } from '../../packages/cli/src/build-versions.js';
import { publishForms } from '../../packages/cli/src/publish.js';

const DAY = 86_400_000;
const PUBLISHED_2 = new Date('2026-11-20T12:00:00.000Z');
const consent = JSON.parse(readFileSync('forms/consent.json', 'utf8')) as FormDefinition & { sections: { id: string; items: unknown[] }[] };
const sample = JSON.parse(readFileSync('forms/samples/consent.valid.json', 'utf8')) as SubmissionEnvelope;

let work: string;
let clock: Date;
let receiver: Receiver;
let server: Server;
let url: string;
let browser: Browser;

before(async () => {
  work = mkdtempSync(join(tmpdir(), 'caf-versions-e2e-'));
  const src = join(work, 'forms');
  mkdirSync(src);
  const file = join(src, 'consent.json');
  writeFileSync(file, JSON.stringify(consent, null, 2));
  publishForms([file], { versionsDir: join(src, 'versions'), now: () => new Date('2026-10-01T09:00:00.000Z') });
  const next = structuredClone(consent);
  next.version = '2.0.0';
  next.sections.find((s) => s.id === 'youngPerson')!.items.push({ type: 'tel', id: 'contactPhone', label: 'Contact telephone number', required: true });
  writeFileSync(file, JSON.stringify(next, null, 2));
  publishForms([file], { versionsDir: join(src, 'versions'), now: () => PUBLISHED_2 });
  const out = join(work, 'dist');
  await buildPublishedVersions(join(src, 'versions'), out, await buildForms([file], out));

  const assets = join(work, 'assets');
  await build({
    entryPoints: ['packages/elements/src/bundle.ts'],
    bundle: true,
    format: 'esm',
    splitting: true,
    outdir: assets,
    conditions: ['source'],
    tsconfig: 'tsconfig.base.json',
    target: 'es2022',
    logLevel: 'silent',
  });
  receiver = await createReceiver({
    formsDir: out,
    dataDir: join(work, 'data'),
    basePath: '/api',
    token: 'e2e-versions-token-0123456789',
    env: {},
    log: () => {},
    now: () => clock,
    today: () => '2026-11-23',
  });
  // The page as the family has it open: the definition it loaded, 1.0.0, before 2.0.0 was published.
  const page =
    '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Consent</title><script type="module" src="/assets/bundle.js"></script></head>' +
    '<body><caf-form src="/forms/consent@1.0.0.json" action="/api/submissions"></caf-form></body></html>';
  server = createServer((req, res) => {
    void (async () => {
      if (await receiver.handle(req, res)) return;
      const path = new URL(req.url ?? '/', 'http://localhost').pathname;
      const file =
        path === '/forms/consent@1.0.0.json'
          ? join(out, 'versions/consent@1.0.0.json')
          : /^\/assets\/[\w.-]+\.js$/.test(path)
            ? join(assets, path.slice('/assets/'.length))
            : undefined;
      if (path === '/') {
        res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' }).end(page);
      } else if (file) {
        res.writeHead(200, { 'Content-Type': extname(file) === '.js' ? 'text/javascript' : 'application/json' }).end(readFileSync(file));
      } else {
        res.writeHead(404).end();
      }
    })();
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
});

after(async () => {
  await browser?.close();
  server?.closeAllConnections();
  await new Promise<void>((done) => (server ? server.close(() => done()) : done()));
  await receiver?.close();
  rmSync(work, { recursive: true, force: true });
});

/** Opens the page, fills the form in with the sample's answers, and submits it with a click (caf-submit-error's detail goes to window.failure). */
async function fillAndSubmit(): Promise<Page> {
  const page = await browser.newPage();
  await page.goto(url);
  await page.locator('caf-form button[type=submit]').waitFor();
  await page.evaluate(async (answers) => {
    const form = document.querySelector('caf-form') as HTMLElement & { data: unknown; updateComplete: Promise<unknown> };
    form.data = answers;
    await form.updateComplete;
    form.addEventListener('caf-submit-error', (e) => ((window as unknown as { failure: unknown }).failure = (e as CustomEvent).detail));
  }, sample.data);
  await page.locator('caf-form button[type=submit]').click();
  return page;
}

describe('a consent form opened before 2.0.0 was published, sent from that page', () => {
  it('is accepted within the window (29 days after)', async () => {
    clock = new Date(PUBLISHED_2.getTime() + 29 * DAY);
    const page = await fillAndSubmit();
    await page.locator('caf-form .govuk-notification-banner--success').waitFor();
    const { items } = await receiver.store.list({ formId: 'consent' });
    assert.deepEqual(
      items.map((i) => i.formVersion),
      ['1.0.0'],
    );
    await page.close();
  });

  it('after the window, shows why it was refused and what to do, and keeps every answer in the form', async () => {
    clock = new Date(PUBLISHED_2.getTime() + 31 * DAY);
    const page = await fillAndSubmit();
    const summary = page.locator('caf-form .caf-delivery-error');
    await summary.waitFor();
    assert.equal(
      (await summary.locator('p').allTextContents()).join('\n'),
      'Your answers could not be sent: This form was updated on 20 November 2026, and the version you filled in (1.0.0) could only be sent until 20 December 2026. ' +
        'Your answers are still here: keep a note of them, then reload the page to fill in the current version of the form.',
    );
    const failure = await page.evaluate(() => (window as unknown as { failure?: { reason: string; kept: boolean; response: { status: number } } }).failure);
    assert.deepEqual({ reason: failure?.reason, kept: failure?.kept, status: failure?.response.status }, { reason: 'refused', kept: false, status: 409 });
    // The answers are still in the form's inputs, as they were typed and chosen.
    const form = page.locator('caf-form');
    assert.equal(await form.getByLabel('Name of child/young person:').inputValue(), 'Kayla Example');
    assert.equal(await form.getByLabel('Address & Postcode:').inputValue(), sample.data.youngPerson!.address);
    assert.equal(await form.getByLabel('Day').first().inputValue(), '9');
    assert.equal(await form.locator('input[type=radio][value=shared]').isChecked(), true);
    assert.equal(await form.locator('button[type=submit]').isEnabled(), true, 'the form is not left frozen');
    const { items } = await receiver.store.list({ formId: 'consent' });
    assert.equal(items.length, 1, 'nothing more stored');
    await page.close();
  });
});
