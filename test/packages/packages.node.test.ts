// The packages as a council developer gets them from npm: each one packed (`npm pack`, after
// `npm run build`), checked with publint and Are The Types Wrong, then installed into fresh
// projects (test/packages/fixtures): a Node backend using the CLI, a typed validator and the
// receiver's bin; a Vite + TypeScript page; a React 19 app using both the <caf-form> tag and
// <CafForm> from @caf-forms/react. Each type-checks under `strict` against the installed
// packages' own .d.ts files and builds, and the two pages submit in Chromium to the receiver.
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { chromium, type Browser } from 'playwright-core';
import { checkPackage, createPackageFromTarballData } from '@arethetypeswrong/core';
import { publint } from 'publint';
import { formatMessage } from 'publint/utils';
import { installFixtures, run } from './support/install.js';
import { type Packed, packAll } from './support/pack.js';
import { startReceiverBin, type RunningBin } from './support/receiver.js';
import { serveSite, type Site } from './support/serve.js';

const work = mkdtempSync(join(tmpdir(), 'caf-packages-'));
const tarballs = join(work, 'tarballs');
let packed: Packed[] = [];
const bin = (name: string) => join(work, 'node_modules/.bin', name);

before(() => {
  mkdirSync(tarballs);
  packed = packAll(tarballs);
});
after(() => rmSync(work, { recursive: true, force: true }));

describe('each package, packed', () => {
  it('passes publint (suggestions included)', async () => {
    for (const p of packed) {
      const tarball = readFileSync(p.tarball);
      const { messages, pkg } = await publint({
        pack: { tarball: tarball.buffer.slice(tarball.byteOffset, tarball.byteOffset + tarball.byteLength) },
        level: 'suggestion',
        strict: true,
      });
      assert.deepEqual(
        messages.map((m) => `${p.name}: ${formatMessage(m, pkg) ?? m.code}`),
        [],
      );
    }
  });

  it("passes Are The Types Wrong (attw's esm-only profile: node16 from ESM, and bundlers)", async () => {
    // The library behind `attw`, in this process: one TypeScript load for all five packages.
    // esm-only: the packages are ES modules, so node10 and require() from CommonJS are out of scope.
    const ignored = new Set(['node10', 'node16-cjs']);
    for (const p of packed) {
      const analysis = await checkPackage(createPackageFromTarballData(new Uint8Array(readFileSync(p.tarball))));
      assert.ok(analysis.types, `${p.name} has types`);
      const problems = analysis.problems.filter((problem) => !('resolutionKind' in problem) || !ignored.has(problem.resolutionKind));
      assert.deepEqual(
        problems.map((problem) => `${p.name}: ${problem.kind} ${'entrypoint' in problem ? problem.entrypoint : ''}`),
        [],
      );
    }
  });
});

describe('installed into fresh projects', () => {
  before(() => installFixtures(work, packed));

  it('a Node backend: caf-forms init, check and build, then a typed validator compiled under strict', () => {
    const app = join(work, 'node-app');
    // init's $schema is the meta-schema installed in the project, found through node_modules.
    assert.match(run(app, bin('caf-forms'), ['init', 'visit-request']), /wrote forms\/visit-request\.json/);
    const started = JSON.parse(readFileSync(join(app, 'forms/visit-request.json'), 'utf8')) as { $schema: string };
    // (../../: the fixtures share one node_modules above them; a lone project's is ../node_modules.)
    assert.equal(started.$schema, '../../node_modules/@caf-forms/core/schema/definition.schema.json');
    const metaSchema = JSON.parse(readFileSync(join(app, 'forms', started.$schema), 'utf8')) as { $id: string };
    assert.equal(metaSchema.$id, 'https://caf-forms.dev/schema/definition.schema.json');
    assert.match(run(app, bin('caf-forms'), ['check', 'forms']), /forms\/contact\.json: ok\nforms\/visit-request\.json: ok/);
    run(app, bin('caf-forms'), ['build', 'forms', '--out', 'dist/forms']);
    run(app, bin('tsc'), ['-p', '.']);
    // The named validate: a type guard, and errors in the form's own GOV.UK wording.
    assert.equal(
      run(app, process.execPath, ['src/validate.js']),
      ['valid: true', 'phone: Remove the answer to telephone number: the question does not apply', 'name: Enter your full name', 'definition ok: true']
        .map((line) => `${line}\n`)
        .join(''),
    );
  });

  it("the element's manifest names files the package ships, with typed events, and the editors' data is made from it", () => {
    const elements = join(work, 'node_modules/@caf-forms/elements');
    const read = (file: string) => JSON.parse(readFileSync(join(elements, file), 'utf8')) as Record<string, unknown>;
    type Declaration = { tagName?: string; events?: { name: string; type?: { text: string } }[]; attributes?: { name: string }[] };
    const manifest = read('dist/custom-elements.json') as { modules: { path: string; declarations?: Declaration[] }[] };
    for (const m of manifest.modules) assert.ok(existsSync(join(elements, m.path)), `${m.path} is in the package`);
    const cafForm = manifest.modules.flatMap((m) => m.declarations ?? []).find((d) => d.tagName === 'caf-form');
    assert.ok(cafForm, 'the manifest declares <caf-form>');
    assert.deepEqual(
      cafForm.events?.filter((e) => !e.type).map((e) => e.name),
      [],
      'every event has a type',
    );
    assert.equal(cafForm.events?.find((e) => e.name === 'caf-submit')?.type?.text, 'CustomEvent<CafSubmitDetail>');
    const vscode = read('dist/vscode.html-custom-data.json') as { tags: { name: string; attributes: { name: string; valueSet?: string }[] }[] };
    const tag = vscode.tags.find((x) => x.name === 'caf-form');
    assert.deepEqual(tag?.attributes.map((a) => a.name).sort(), cafForm.attributes?.map((a) => a.name).sort());
    assert.equal(tag?.attributes.find((a) => a.name === 'readonly')?.valueSet, 'v');
    const webTypes = read('dist/web-types.json') as { contributions: { html: { elements: { name: string; events: { name: string }[] }[] } } };
    const webElement = webTypes.contributions.html.elements.find((x) => x.name === 'caf-form');
    assert.deepEqual(
      webElement?.events.map((e) => e.name),
      cafForm.events?.map((e) => e.name),
    );
    assert.equal(read('package.json')['web-types'], './dist/web-types.json');
  });

  it('a Vite + TypeScript page type-checks under strict and builds', () => {
    const page = join(work, 'vite-page');
    run(page, bin('tsc'), ['-p', '.']);
    run(page, bin('vite'), ['build', '--logLevel', 'warn']);
  });

  it('a React 19 app with the JSX tag and @caf-forms/react type-checks under strict and builds', () => {
    const app = join(work, 'react-app');
    run(app, bin('tsc'), ['-p', '.']);
    run(app, bin('vite'), ['build', '--logLevel', 'warn']);
  });

  describe('in Chromium, posting to the installed receiver', () => {
    let receiver: RunningBin;
    let browser: Browser;
    const sites: Site[] = [];
    const formsDir = () => join(work, 'node-app/dist/forms');

    before(async () => {
      receiver = await startReceiverBin(bin('caf-forms-receiver'), join(work, 'node-app'), {
        CAF_FORMS_DIR: 'dist/forms',
        CAF_DATA_DIR: join(work, 'data'),
        CAF_ADMIN_TOKEN: 'packages-test-admin-token',
      });
      browser = await chromium.launch({
        executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
        args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
      });
    });
    after(async () => {
      await browser?.close();
      await Promise.all(sites.map((s) => s.close()));
      await receiver?.stop();
    });

    async function open(fixture: string) {
      const site = await serveSite({ siteDir: join(work, fixture, 'dist'), formsDir: formsDir(), receiverUrl: receiver.url });
      sites.push(site);
      const page = await browser.newPage();
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(e.message));
      await page.goto(site.url);
      return { page, errors };
    }

    it('the Vite page submits its prefilled answers and the receiver confirms them', async () => {
      const { page, errors } = await open('vite-page');
      await page.locator('caf-form button[type=submit]').click();
      await page
        .locator('#sent')
        .filter({ hasText: /^sent [0-9a-f-]{36} for Vite Visitor$/ })
        .waitFor({ timeout: 15_000 });
      assert.deepEqual(errors, []);
    });

    it('the React app submits through the JSX tag and through <CafForm>, object props set as properties', async () => {
      const { page, errors } = await open('react-app');
      await page.locator('#jsx caf-form button[type=submit]').click();
      await page
        .locator('#sent li')
        .filter({ hasText: /^jsx: sent [0-9a-f-]{36} for Jsx Visitor$/ })
        .waitFor({ timeout: 15_000 });
      await page.locator('#wrapper caf-form button[type=submit]').click();
      await page
        .locator('#sent li')
        .filter({ hasText: /^wrapper: sent [0-9a-f-]{36} for Wrapper Visitor$/ })
        .waitFor({ timeout: 15_000 });
      assert.deepEqual(errors, []);
    });

    it('the receiver stored all three submissions', async () => {
      const answer = await fetch(new URL('submissions?formId=contact', receiver.url), { headers: { authorization: 'Bearer packages-test-admin-token' } });
      const { total } = (await answer.json()) as { total: number };
      assert.equal(total, 3);
    });
  });
});
