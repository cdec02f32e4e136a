// The definition editor as a designer uses it: paste a definition with a mistake, see the
// problem listed with its JSON path and marked in the text, select it and type the fix, see the
// form render, fill it in and submit, and see the submission pass the compiled schema.
// Invalid JSON is reported with its line and column, and the preview stays.
import { it } from 'node:test';
import assert from 'node:assert/strict';
import type { BrowserContext, Page } from 'playwright-core';
import { showStory, watchErrors } from './browser.js';

const WITH_A_MISTAKE = `{
  "$schema": "../packages/core/schema/definition.schema.json",
  "id": "designer-check",
  "version": "1.0.0",
  "title": "A designer's form",
  "sections": [
    {
      "id": "about",
      "title": "About you",
      "items": [
        { "type": "txet", "id": "fullName", "label": "Your full name", "required": true }
      ]
    }
  ]
}`;

async function openEditor(context: BrowserContext, url: string): Promise<{ page: Page; errors: string[] }> {
  const page = await context.newPage();
  const errors = watchErrors(page);
  await showStory(page, url, 'definition-editor--editor');
  return { page, errors };
}

export function editorChecks(env: () => { context: BrowserContext; url: string }): void {
  it('lists a problem with its path, and renders the form once it is fixed', async () => {
    const { page, errors } = await openEditor(env().context, env().url);
    try {
      const editor = page.locator('caf-definition-editor');
      await editor.locator('textarea#json').fill(WITH_A_MISTAKE);
      const problem = editor.locator('.problem').filter({ has: page.locator('.problem-path', { hasText: '/sections/0/items/0/type' }) });
      await problem.waitFor();
      assert.match(await problem.locator('.problem-message').innerText(), /txet/);
      assert.equal(await problem.locator('mark').innerText(), '"txet"', 'the offending value is marked in the text');

      // Select the mistake from the problem list, and type over the selection.
      await problem.locator('button.show').click();
      await page.keyboard.type('"text"');
      await editor.locator('.status', { hasText: 'No problems' }).waitFor();
      assert.equal(await editor.locator('.problem').count(), 0);
      const preview = editor.locator('caf-form');
      await preview.locator('h1', { hasText: "A designer's form" }).waitFor();
      await preview.locator('label', { hasText: 'Your full name' }).waitFor();

      // Fill in the preview and submit: the envelope passes the compiled submission schema.
      await preview.locator('input[type="text"]').fill('Sam Example');
      await preview.locator('button[type="submit"]').click();
      const verdict = editor.locator('.note strong');
      await verdict.filter({ hasText: 'valid against' }).waitFor();
      assert.equal(await verdict.innerText(), 'valid against the compiled submission schema');
      assert.match(await editor.locator('pre.envelope').innerText(), /"fullName": "Sam Example"/);
      assert.deepEqual(errors, []);
    } finally {
      await page.close();
    }
  });

  it('reports invalid JSON with its line and column, and keeps the preview', async () => {
    const { page, errors } = await openEditor(env().context, env().url);
    try {
      const editor = page.locator('caf-definition-editor');
      await editor.locator('textarea#json').fill(WITH_A_MISTAKE.replace('"text"', '"text"').replace('"version": "1.0.0",', '"version": "1.0.0"'));
      const message = editor.locator('.problem-message');
      await message.filter({ hasText: /^Line 5, column 3: / }).waitFor();
      await editor.locator('.status', { hasText: 'not valid JSON' }).waitFor();
      // The preview still shows the example form the editor started from.
      await editor.locator('caf-form h1').first().waitFor();
      assert.deepEqual(errors, []);
    } finally {
      await page.close();
    }
  });
}
