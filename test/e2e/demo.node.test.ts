// End to end, as npm start serves it: the consent form and the V&R tool filled in and
// submitted on their plain host pages in Chromium, under the pages' strict CSP; each arrives
// once in the database and in the admin list. Needs the element bundle (npm run build).
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import type { SubmissionEnvelope } from '@caf-forms/core';
import { PAGE_CSP, startDemo, type Demo } from '../../demo/server.js';

const TOKEN = 'e2e-admin-token-for-tests';
const dataDir = mkdtempSync(join(tmpdir(), 'caf-e2e-'));
let demo: Demo;
let browser: Browser;

const sample = (id: string): SubmissionEnvelope =>
  JSON.parse(readFileSync(new URL(`../../forms/samples/${id}.valid.json`, import.meta.url), 'utf8')) as SubmissionEnvelope;

/** Opens a form's page, recording every CSP violation the page reports. */
async function openForm(id: string): Promise<{ page: Page; violations: () => Promise<string[]> }> {
  const page = await browser.newPage();
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { cspViolations: string[] }).cspViolations = seen;
    document.addEventListener('securitypolicyviolation', (e) => seen.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  const response = await page.goto(`${demo.url}/forms/${id}.html`);
  assert.equal(response?.headers()['content-security-policy'], PAGE_CSP);
  await page.locator('caf-form button[type=submit]').waitFor();
  return { page, violations: () => page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations) };
}

/** Fills the form with a sample's answers (as prefill data), then submits it with a click. */
async function fillAndSubmit(page: Page, data: SubmissionEnvelope['data']): Promise<void> {
  await page.evaluate(async (answers) => {
    const form = document.querySelector('caf-form') as HTMLElement & { data: unknown; updateComplete: Promise<unknown> };
    form.data = answers;
    await form.updateComplete;
  }, data);
  await page.locator('caf-form button[type=submit]').click();
  await page.locator('caf-form .govuk-notification-banner--success').waitFor();
}

describe('the demo site, end to end', () => {
  before(async () => {
    demo = await startDemo({ port: 0, dataDir, token: TOKEN, env: {} });
    browser = await chromium.launch({
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    });
  });
  after(async () => {
    await browser?.close();
    await demo?.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('lists every form on the index page', async () => {
    const html = await (await fetch(`${demo.url}/`)).text();
    for (const id of ['caf', 'consent', 'vulnerability-resilience', 'tac-meeting']) assert.match(html, new RegExp(`/forms/${id}\\.html`));
  });

  for (const id of ['consent', 'vulnerability-resilience']) {
    it(`submits the ${id} form from its page, with no CSP violation; it is stored once`, async () => {
      const { page, violations } = await openForm(id);
      await fillAndSubmit(page, sample(id).data);
      const banner = await page.locator('caf-form .govuk-notification-banner--success').textContent();
      assert.match(banner ?? '', /Your answers have been sent/);
      assert.deepEqual(await violations(), []);
      const { items } = await demo.receiver.store.list({ formId: id });
      assert.equal(items.length, 1, 'stored exactly once');
      await page.close();
    });
  }

  it('lists both in the admin pages, which need a sign-in (the development token, in demo mode); no response allows every origin', async () => {
    const denied = await fetch(`${demo.url}/api/admin`, { redirect: 'manual' });
    assert.equal(denied.status, 303);
    const form = await fetch(`${demo.url}/api/admin/sign-in`);
    assert.match(await form.text(), /Development mode/);
    const signIn = await fetch(`${demo.url}/api/admin/sign-in`, { method: 'POST', body: new URLSearchParams({ token: TOKEN }), redirect: 'manual' });
    assert.equal(signIn.status, 303);
    const admin = await fetch(`${demo.url}/api/admin`, { headers: { Cookie: (signIn.headers.get('set-cookie') ?? '').split(';')[0]! } });
    assert.equal(admin.status, 200);
    const html = await admin.text();
    const stored = (await demo.receiver.store.list()).items;
    assert.deepEqual(stored.map((i) => i.formId).sort(), ['consent', 'vulnerability-resilience']);
    for (const item of stored) assert.ok(html.includes(item.submissionId), `the admin list shows ${item.submissionId}`);
    const api = await fetch(`${demo.url}/api/submissions`, { headers: { Authorization: `Bearer ${TOKEN}` } });
    assert.equal(api.status, 200);
    const responses = [denied, admin, api, await fetch(`${demo.url}/`), await fetch(`${demo.url}/caf-forms.js`)];
    for (const r of responses) assert.notEqual(r.headers.get('access-control-allow-origin'), '*');
  });

  it('fills the consent form in Welsh, chosen in its language switch; the receiver stores it with lang "cy"', async () => {
    const { page, violations } = await openForm('consent');
    await page.locator('caf-form .caf-language-switch__choice', { hasText: 'Cymraeg' }).click();
    await page.locator('caf-form form[lang="cy"]').waitFor();
    assert.equal(await page.locator('caf-form h1').textContent(), 'Caniatâd i rannu gwybodaeth');
    const { submissionId: _omit, ...answers } = sample('consent');
    await page.evaluate(async (data) => {
      const form = document.querySelector('caf-form') as HTMLElement & { data: unknown; updateComplete: Promise<unknown> };
      form.data = data;
      await form.updateComplete;
    }, answers.data);
    await page.locator('caf-form button[type=submit]').click();
    await page.locator('caf-form .govuk-notification-banner--success').waitFor();
    assert.deepEqual(await violations(), []);
    const { items } = await demo.receiver.store.list({ formId: 'consent' });
    const stored = await Promise.all(items.map((item) => demo.receiver.store.get(item.submissionId)));
    assert.deepEqual(stored.map((s) => s?.envelope.lang).sort(), ['cy', 'en']);
    await page.close();
  });
});
