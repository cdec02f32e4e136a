// The built Storybook (storybook-static/, from `npm run build-storybook`) in Chromium: every
// story and docs page renders without throwing, without console errors and without axe
// violations; every form and field type has its stories; and the definition editor reports a
// problem with its path, and renders the form once the designer fixes it; the designer builds,
// edits, undoes and saves forms (designer-checks.ts).
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { FIELD_TYPES } from '@caf-forms/core';
import { axeViolations, definitionProblemsShown, errorDisplayed, launch, showStory, waitForDocs, watchErrors } from './browser.js';
import { serveStatic } from './static-server.js';
import { editorChecks } from './editor-checks.js';
import { designerChecks, designerJsonChecks } from './designer-checks.js';

const STATIC = fileURLToPath(new URL('../../storybook-static/', import.meta.url));
const FORMS = fileURLToPath(new URL('../../forms/', import.meta.url));

interface Entry {
  id: string;
  type: 'story' | 'docs';
  title: string;
  name: string;
}
const index = JSON.parse(readFileSync(`${STATIC}index.json`, 'utf8')) as { entries: Record<string, Entry> };
const entries = Object.values(index.entries);

let server: Awaited<ReturnType<typeof serveStatic>>;
let browser: Browser;
let context: BrowserContext;

before(async () => {
  server = await serveStatic(STATIC);
  browser = await launch();
  context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  // tsx compiles this file with esbuild's keepNames, which wraps functions in __name(); the
  // functions passed to page.evaluate then need it in the page too.
  await context.addInitScript('globalThis.__name = (fn) => fn;');
});
after(async () => {
  await browser?.close();
  await server?.close();
});

describe('the story index', () => {
  it('has the five variants of every form in forms/', () => {
    const ids = readdirSync(FORMS)
      .filter((f) => f.endsWith('.json'))
      .map((f) => f.slice(0, -5));
    assert.ok(ids.length > 0);
    for (const id of ids) {
      for (const variant of ['empty', 'filled', 'after-failed-submit', 'paged', 'document']) {
        assert.ok(index.entries[`forms-${id}--${variant}`], `no story forms-${id}--${variant}`);
      }
    }
  });

  it('has the five variants of every form in each language it is translated into (forms/i18n)', () => {
    const translations = readdirSync(`${FORMS}i18n`)
      .filter((f) => f.endsWith('.json'))
      .map((f) => f.slice(0, -5).split('.'));
    assert.ok(translations.length >= 3);
    for (const [id, lang] of translations) {
      for (const variant of ['empty', 'filled', 'after-failed-submit', 'paged', 'document']) {
        assert.ok(index.entries[`forms-${id}-${lang!.toLowerCase()}--${variant}`], `no story forms-${id}-${lang}--${variant}`);
      }
    }
  });

  it('has a story for every field type', () => {
    for (const type of FIELD_TYPES) assert.ok(index.entries[`fields--${type}-field`], `no story for the ${type} field`);
  });

  it('has the editor and the docs pages', () => {
    for (const id of [
      'designer--designer',
      'designer--blank',
      'designer--caf',
      'docs-designer--docs',
      'definition-editor--editor',
      'docs-getting-started--docs',
      'docs-definition-format--docs',
      'docs-theming--docs',
    ])
      assert.ok(index.entries[id], `no ${id}`);
  });
});

// Two pages at a time (the machine has two cores; most of the time is axe's), each reused
// from story to story; a page where a story failed is thrown away.
const idle: { page: Page; errors: string[] }[] = [];

async function withPage(run: (page: Page, errors: string[]) => Promise<void>): Promise<void> {
  let tab = idle.pop();
  if (!tab) {
    const page = await context.newPage();
    tab = { page, errors: watchErrors(page) };
  }
  tab.errors.length = 0;
  try {
    await run(tab.page, tab.errors);
    idle.push(tab);
  } catch (error) {
    await tab.page.close();
    throw error;
  }
}

async function expectClean(page: Page, errors: string[], entry: Entry): Promise<void> {
  assert.equal(await errorDisplayed(page), undefined, 'Storybook shows an error');
  assert.deepEqual(errors, [], 'errors were logged');
  if (!entry.id.startsWith('definition-editor--')) assert.deepEqual(await definitionProblemsShown(page), [], 'a definition has problems');
  const violations = await axeViolations(page, entry.type === 'docs' ? '#storybook-docs' : '#storybook-root');
  assert.deepEqual(violations, [], 'axe violations');
}

describe('every story and docs page', { concurrency: 2 }, () => {
  for (const entry of entries) {
    it(`${entry.title} / ${entry.name} (${entry.id})`, async () => {
      if (entry.type === 'story') {
        await withPage(async (page, errors) => {
          await showStory(page, server.url, entry.id);
          await expectClean(page, errors, entry);
        });
        return;
      }
      // Docs pages load on a page of their own: they are few, and heavier.
      const page = await context.newPage();
      const errors = watchErrors(page);
      try {
        await page.goto(`${server.url}/iframe.html?id=${entry.id}&viewMode=docs`);
        await waitForDocs(page);
        await expectClean(page, errors, entry);
      } finally {
        await page.close();
      }
    });
  }
});

describe('a form’s stories in another language', () => {
  it('the Welsh consent form is in Welsh, the Urdu one right to left', async () => {
    for (const [id, title, dir] of [
      ['forms-consent-cy--empty', 'Caniatâd i rannu gwybodaeth', 'ltr'],
      ['forms-consent-ur--empty', 'معلومات کے تبادلے کے لیے رضامندی', 'rtl'],
    ]) {
      await withPage(async (page) => {
        await showStory(page, server.url, id!);
        const shown = await page.locator('caf-form form').evaluate((form) => ({ title: form.querySelector('h1')?.textContent, dir: form.getAttribute('dir') }));
        assert.deepEqual(shown, { title, dir });
      });
    }
  });
});

describe('the definition editor', () => {
  editorChecks(() => ({ context, url: server.url }));
});

describe('the designer', () => {
  designerChecks(() => ({ context, url: server.url }));
  designerJsonChecks(() => ({ context, url: server.url }));
});
