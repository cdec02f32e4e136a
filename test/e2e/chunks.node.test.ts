// What a page downloads at start, from the built one-file bundle (npm run build) in Chromium:
// caf-forms.js, then only the chunks the form on it needs (issue 15). A plain form must not
// fetch the matrix, the answers view, translation or the language switch; a form that uses one
// gets it, drawn by the time updateComplete resolves. Each page's total (gzip -9 of the
// JavaScript it loaded) is reported as a test diagnostic: the README quotes them.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createServer, type Server } from 'node:http';
import { existsSync, readFileSync } from 'node:fs';
import { extname, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser } from 'playwright-core';

const ROOT = new URL('../../', import.meta.url);
const DIST = new URL('packages/elements/dist/', ROOT);
const FORMS = new URL('dist/forms/', ROOT);
const TYPES: Record<string, string> = { '.js': 'text/javascript', '.json': 'application/json', '.html': 'text/html' };

interface Scenario {
  /** The element's attributes. */
  attributes: string;
  /** The chunks (names without their hash) the page must load besides caf-forms.js, no more. */
  chunks: string[];
  /** A selector in the form's shadow root that only the lazily loaded parts draw. */
  drawn: string;
}

const SCENARIOS: Record<string, Scenario> = {
  'consent (a plain form)': { attributes: 'src="/forms/consent.json"', chunks: ['signature'], drawn: 'form .govuk-checkboxes__input' },
  'caf (paged)': {
    attributes: 'src="/forms/caf.json" paged',
    chunks: ['answers-part', 'answers-view', 'language-names', 'paged-styles', 'signature'],
    drawn: 'form .govuk-caption-l',
  },
  'vulnerability-resilience (matrix)': { attributes: 'src="/forms/vulnerability-resilience.json"', chunks: ['grid', 'matrix'], drawn: '.caf-matrix svg' },
  'outcome-closure-letter (a letter)': { attributes: 'src="/forms/outcome-closure-letter.json"', chunks: [], drawn: '.caf-letter' },
  'consent, read-only document': {
    attributes: 'src="/forms/consent.json" readonly',
    chunks: ['answers-part', 'answers-view', 'language-names', 'signature'],
    drawn: 'article .govuk-summary-list',
  },
  'consent in Welsh (lang="cy")': {
    attributes: 'src="/forms/consent.json" lang="cy"',
    chunks: ['content-language', 'shipped', 'signature'],
    drawn: 'form[lang="cy"]',
  },
};

const pageOf = (attributes: string): string =>
  `<!doctype html><html lang="en"><meta charset="utf-8"><title>chunks</title><script type="module" src="/el/caf-forms.js"></script><caf-form ${attributes}></caf-form></html>`;

let server: Server;
let base = '';
let browser: Browser;

describe('what a page loads at start (the built bundle)', () => {
  before(async () => {
    assert.ok(existsSync(new URL('caf-forms.js', DIST)), 'needs the bundle: npm run build -w @caf-forms/elements');
    assert.ok(existsSync(new URL('consent.json', FORMS)), 'needs the built forms: npm run forms');
    server = createServer((req, res) => {
      const url = new URL(req.url ?? '/', 'http://localhost');
      const [, area, ...rest] = url.pathname.split('/');
      const name = normalize(rest.join('/'));
      if (area === 'page') {
        const scenario = SCENARIOS[decodeURIComponent(name)];
        if (!scenario) return void res.writeHead(404).end();
        return void res.writeHead(200, { 'Content-Type': 'text/html' }).end(pageOf(scenario.attributes));
      }
      const dir = area === 'el' ? DIST : area === 'forms' ? FORMS : undefined;
      const file = dir && !name.startsWith('..') ? new URL(name, dir) : undefined;
      if (!file || !existsSync(file)) return void res.writeHead(404).end();
      res.writeHead(200, { 'Content-Type': TYPES[extname(name)] ?? 'application/octet-stream' }).end(readFileSync(file));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const address = server.address();
    base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
    browser = await chromium.launch({
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    });
  });
  after(async () => {
    await browser?.close();
    await new Promise((resolve) => server?.close(resolve));
  });

  for (const [name, scenario] of Object.entries(SCENARIOS)) {
    it(`${name}: caf-forms.js and ${scenario.chunks.length ? scenario.chunks.join(', ') : 'no chunk'}, drawn when updateComplete resolves`, async (t) => {
      const page = await browser.newPage();
      try {
        const scripts: string[] = [];
        page.on('request', (request) => {
          const path = new URL(request.url()).pathname;
          if (path.startsWith('/el/') && path.endsWith('.js')) scripts.push(path.slice('/el/'.length));
        });
        await page.goto(`${base}/page/${encodeURIComponent(name)}`);
        // The definition arrives from src; then updateComplete waits for the parts it needs.
        const drawn = await page.evaluate(async (selector) => {
          await customElements.whenDefined('caf-form');
          const form = document.querySelector('caf-form') as HTMLElement & { updateComplete: Promise<unknown> };
          for (let i = 0; i < 200 && !form.shadowRoot?.querySelector('form, article'); i++) await new Promise((r) => setTimeout(r, 25));
          await form.updateComplete;
          return form.shadowRoot?.querySelector(selector) !== null;
        }, scenario.drawn);
        assert.equal(drawn, true, `${scenario.drawn} is drawn once updateComplete has resolved`);
        const chunkNames = scripts.filter((s) => s !== 'caf-forms.js').map((s) => s.replace(/^caf-forms-(.+)-[\w-]{8}\.js$/, '$1'));
        assert.ok(scripts.includes('caf-forms.js'));
        assert.deepEqual(chunkNames.sort(), [...scenario.chunks].sort(), 'exactly the chunks this form needs');
        const gzip = (file: string): number => gzipSync(readFileSync(new URL(file, DIST)), { level: 9 }).length;
        const total = scripts.reduce((sum, file) => sum + gzip(file), 0);
        t.diagnostic(`${name}: ${total} B gzip -9 at start (caf-forms.js ${gzip('caf-forms.js')} B + ${scripts.length - 1} chunks)`);
      } finally {
        await page.close();
      }
    });
  }
});
