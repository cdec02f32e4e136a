// Named people: a real OpenID provider (oidc-provider) started on 127.0.0.1, and the receiver
// configured with it, signed in to through the provider's own pages in Chromium. Roles come from
// the configuration (by e-mail, by group) and from the ID token's "roles" claim. Shown: sign-in
// works and lands on the page asked for; the session cookie is HttpOnly and SameSite=Lax; a
// person without the erase role gets 403 on erase (and no erase form), one with it erases; the
// list shows only the forms a person may read; sign-out ends the session; a callback with no
// sign-in in progress is refused and recorded; every action is in the audit trail, which, like
// the logs, holds no child's name. Admin pages keep their CSP: no script runs on them.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { type Server, createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { type Browser, type BrowserContext, type Page, chromium } from 'playwright-core';
import { type AuditRecord, type Receiver, type RoleConfig, createReceiver } from '@caf-forms/server';
import { buildForms } from '../../packages/cli/src/build.js';
import { type TestProvider, startProvider } from '../support/oidc-provider.js';
import { formFixtures } from '../support/samples.js';

const fixtures = new Map(formFixtures().map((f) => [f.definition.id, f]));
const consent = fixtures.get('consent')!.valid;
const vr = fixtures.get('vulnerability-resilience')!.valid;
const CHILD_NAMES = ['Kayla Example', 'Leo Marsh'];

const users = {
  alice: { email: 'alice@council.example', name: 'Alice Reader' }, // read + export (+ audit), by e-mail
  bob: { email: 'bob@council.example', name: 'Bob Caseworker', groups: ['caseworkers'] }, // read consent only, by group
  carol: { email: 'carol@council.example', name: 'Carol Officer', roles: ['consent:read', 'consent:erase'] }, // from the token's claim
};
const roles: RoleConfig = {
  'email:alice@council.example': { '*': ['read', 'export', 'audit'] },
  'group:caseworkers': { consent: ['read'] },
};

let formsDir: string;
let dataDir: string;
let server: Server;
let base: string;
let receiver: Receiver;
let provider: TestProvider;
let browser: Browser;
const logs: string[] = [];

/** A browser profile of its own, allowed to talk to 127.0.0.1 only (the provider's page asks for web fonts). */
async function newContext(): Promise<BrowserContext> {
  const context = await browser.newContext();
  await context.route('**/*', (route) => (new URL(route.request().url()).hostname === '127.0.0.1' ? route.continue() : route.abort()));
  return context;
}

/** Opens an admin page, is sent to the provider, signs in there as `login`, and comes back. */
async function signIn(context: BrowserContext, login: string, path = '/api/admin'): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`${base}${path}`);
  assert.ok(page.url().startsWith(provider.issuer), `sent to the provider, at ${page.url()}`);
  await page.locator('input[name=login]').fill(login);
  await page.locator('input[name=password]').fill('any password: the development login page');
  await page.locator('button[type=submit]').click();
  // The provider asks once for consent to share the claims with this client.
  await page.waitForURL((url) => url.href.startsWith(base) || url.pathname.includes('/interaction/'));
  if (!page.url().startsWith(base)) {
    await page.locator('button[type=submit]').click();
    await page.waitForURL((url) => url.href.startsWith(base));
  }
  return page;
}

const csrfOf = async (page: Page): Promise<string> => (await page.locator('input[name=csrf]').first().getAttribute('value')) ?? '';
const auditRows = async (): Promise<AuditRecord[]> => (await receiver.store.listAudit({ limit: 500 })).items;

describe('admin sign-in through OpenID Connect, in Chromium', () => {
  before(async () => {
    formsDir = mkdtempSync(join(tmpdir(), 'caf-forms-built-'));
    dataDir = mkdtempSync(join(tmpdir(), 'caf-forms-oidc-'));
    await buildForms(['forms/consent.json', 'forms/vulnerability-resilience.json'], formsDir);
    // The receiver's address must be known before the provider (its redirect URL), and the
    // provider's before the receiver (its issuer): listen first, attach the receiver after.
    let handle: Receiver['handle'] = async () => false;
    server = createServer((req, res) => {
      void handle(req, res).then((handled) => {
        if (!handled) res.writeHead(404).end();
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    provider = await startProvider({ redirectUri: `${base}/api/admin/callback`, users });
    receiver = await createReceiver({
      formsDir,
      dataDir,
      basePath: '/api',
      env: {},
      today: () => '2026-11-23',
      log: (line) => logs.push(line),
      roles,
      oidc: {
        issuer: provider.issuer,
        clientId: provider.clientId,
        clientSecret: provider.clientSecret,
        redirectUrl: `${base}/api/admin/callback`,
        rolesClaim: 'roles',
      },
    });
    handle = (req, res) => receiver.handle(req, res);
    for (const envelope of [consent, vr]) {
      const response = await fetch(`${base}/api/submissions`, {
        method: 'POST',
        body: JSON.stringify(envelope),
        headers: { 'Content-Type': 'application/json' },
      });
      assert.equal(response.status, 201);
    }
    browser = await chromium.launch({
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    });
  });
  after(async () => {
    await browser?.close();
    server?.closeAllConnections();
    await new Promise((resolve) => server?.close(resolve));
    await receiver?.close();
    await provider?.close();
    rmSync(formsDir, { recursive: true, force: true });
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('has no development token when OpenID Connect is configured', async () => {
    assert.equal(receiver.token, undefined);
    const response = await fetch(`${base}/api/submissions`, { headers: { Authorization: 'Bearer anything-at-all-long-enough' } });
    assert.equal(response.status, 401);
  });

  it('signs Alice in through the provider and brings her back to the page she asked for, with an HttpOnly, SameSite=Lax session', async () => {
    const context = await newContext();
    try {
      const page = await signIn(context, 'alice', `/api/admin/submissions/${consent.submissionId}`);
      assert.equal(page.url(), `${base}/api/admin/submissions/${consent.submissionId}`);
      assert.match(await page.locator('header').innerText(), /Signed in as alice@council\.example/);
      assert.match(await page.locator('body').innerText(), /Kayla Example/);
      const [session] = (await context.cookies()).filter((c) => c.name === 'caf_admin');
      assert.deepEqual([session?.httpOnly, session?.sameSite, session?.path], [true, 'Lax', '/api']);
      assert.equal(await page.evaluate(() => document.cookie), '', 'no script can read the session cookie');
      // read + export, no erase: no erase form, and a forged erase is refused
      assert.equal(await page.locator('form[action$="/erase"]').count(), 0);
      const erase = await context.request.post(`${base}/api/admin/submissions/${consent.submissionId}/erase`, {
        form: { csrf: await csrfOf(page), reason: 'Test' },
      });
      assert.equal(erase.status(), 403);
      const exported = await context.request.get(`${base}/api/admin/export?formId=consent&format=csv`);
      assert.equal(exported.status(), 200);
      assert.match(await exported.text(), /^\uFEFFsubmissionId,formVersion/);
      // sign-out ends the session: the same cookie no longer opens anything
      const cookie = `caf_admin=${session?.value}`;
      await page.locator('header button[type=submit]').click();
      await page.waitForURL(`${base}/api/admin/sign-out`);
      assert.match(await page.locator('h1').innerText(), /You have signed out/);
      // and offers the provider's own sign-out (RP-initiated logout), naming the session it ends
      const providerSignOut = new URL((await page.getByRole('link', { name: /Also sign out of your organisation/ }).getAttribute('href')) ?? '');
      assert.equal(providerSignOut.origin, provider.issuer);
      assert.ok(providerSignOut.searchParams.get('id_token_hint'), 'the ID token is the hint');
      const afterwards = await fetch(`${base}/api/admin`, { headers: { Cookie: cookie }, redirect: 'manual' });
      assert.equal(afterwards.status, 303);
      assert.match(afterwards.headers.get('location') ?? '', /\/api\/admin\/sign-in/);
      assert.equal((await fetch(`${base}/api/submissions`, { headers: { Cookie: cookie } })).status, 401);
    } finally {
      await context.close();
    }
  });

  it('gives Bob (a group with read on consent only) the consent list, and 403 on the V&R record and on erase', async () => {
    const context = await newContext();
    try {
      const page = await signIn(context, 'bob');
      const text = await page.locator('body').innerText();
      assert.match(text, /Signed in as bob@council\.example/);
      assert.ok(text.includes(consent.submissionId), 'the consent submission is listed');
      assert.ok(!text.includes(vr.submissionId), 'the V&R submission is not listed');
      assert.equal((await context.request.get(`${base}/api/admin/submissions/${vr.submissionId}`)).status(), 403);
      const csrf = await csrfOf(page);
      const erase = await context.request.post(`${base}/api/admin/submissions/${consent.submissionId}/erase`, { form: { csrf, reason: 'Test' } });
      assert.equal(erase.status(), 403);
      assert.match(await erase.text(), /You do not have the erase role/);
      assert.equal((await context.request.get(`${base}/api/admin/audit`)).status(), 403);
      // the pages keep their CSP: nothing may run, forms post only to this receiver
      const csp = (await context.request.get(`${base}/api/admin`)).headers()['content-security-policy'] ?? '';
      assert.match(csp, /^default-src 'none'; style-src 'sha256-[^']+'; .*form-action 'self'; frame-ancestors 'none'$/);
      assert.equal(await page.evaluate(() => document.scripts.length), 0);
    } finally {
      await context.close();
    }
  });

  it("lets Carol (erase on consent, from her token's roles claim) erase the consent submission through the page", async () => {
    const context = await newContext();
    try {
      const page = await signIn(context, 'carol', `/api/admin/submissions/${consent.submissionId}`);
      await page.locator('#reason').fill('Consent withdrawn: the family asked for the record to be removed');
      await page.locator('form[action$="/erase"] button[type=submit]').click();
      await page.waitForURL(`${base}/api/admin/submissions/${consent.submissionId}/erase`);
      assert.match(await page.locator('body').innerText(), /has been erased/);
      assert.equal(await receiver.store.get(consent.submissionId), undefined);
    } finally {
      await context.close();
    }
  });

  it('refuses, and records, a return from the provider with no sign-in in progress', async () => {
    const response = await fetch(`${base}/api/admin/callback?code=stolen-code&state=made-up`, { redirect: 'manual' });
    assert.equal(response.status, 400);
    assert.equal(response.headers.get('set-cookie')?.includes('caf_admin=') ?? false, false);
    const [failed] = await auditRows();
    assert.deepEqual([failed?.action, failed?.actor, failed?.detail.via], ['failed-sign-in', 'anonymous', 'OpenID Connect']);
  });

  it("has every action in the audit trail, named by the person, and no child's name in it or in the logs", async () => {
    const rows = await auditRows();
    const seen = rows.map((r) => `${r.actor} ${r.action}${r.submissionIds.length ? ` ${r.submissionIds.join(',')}` : ''}`).reverse();
    const expected = [
      'alice@council.example sign-in',
      `alice@council.example read ${consent.submissionId}`,
      `alice@council.example refused ${consent.submissionId}`,
      `alice@council.example export ${consent.submissionId}`,
      'alice@council.example sign-out',
      'bob@council.example sign-in',
      'bob@council.example list',
      `bob@council.example refused ${vr.submissionId}`,
      `bob@council.example refused ${consent.submissionId}`,
      'bob@council.example refused',
      'carol@council.example sign-in',
      `carol@council.example read ${consent.submissionId}`,
      `carol@council.example erase ${consent.submissionId}`,
      'anonymous failed-sign-in',
    ];
    let at = 0;
    for (const line of expected) {
      const found = seen.indexOf(line, at);
      assert.ok(found >= 0, `"${line}" in order in the audit trail:\n${seen.join('\n')}`);
      at = found + 1;
    }
    const erase = rows.find((r) => r.action === 'erase');
    assert.equal(erase?.reason, 'Consent withdrawn: the family asked for the record to be removed');
    const signIn = rows.find((r) => r.action === 'sign-in' && r.actor === 'carol@council.example');
    assert.equal(signIn?.detail.subject, 'carol');
    const text = JSON.stringify(rows);
    for (const name of CHILD_NAMES) {
      assert.ok(!text.includes(name), `the audit trail mentions ${name}`);
      assert.ok(
        logs.every((l) => !l.includes(name)),
        `a log line mentions ${name}`,
      );
    }
    assert.ok(
      logs.every((l) => !l.includes(provider.clientSecret)),
      'a log line holds the client secret',
    );
  });
});
