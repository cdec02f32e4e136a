// The designer, as a designer uses it in the built Storybook: a form built from blank without
// the JSON view (then checked by the real CLI, rendered, submitted and validated by its compiled
// validator); the consent form edited, a question moved, both undone and the file byte-identical;
// axe on the designer; and the outline used with the keyboard alone.
import { it } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { BrowserContext, Locator, Page } from 'playwright-core';
import { axeViolations, showStory, watchErrors } from './browser.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

async function openDesigner(context: BrowserContext, url: string, story: string): Promise<{ page: Page; errors: string[]; designer: Locator }> {
  const page = await context.newPage();
  const errors = watchErrors(page);
  await showStory(page, url, story);
  return { page, errors, designer: page.locator('caf-designer') };
}

/** The Download button's file, as text. */
async function download(page: Page, designer: Locator): Promise<string> {
  const [file] = await Promise.all([page.waitForEvent('download'), designer.getByRole('button', { name: 'Download' }).click()]);
  const path = await file.path();
  return readFileSync(path, 'utf8');
}

const selectedPointer = (designer: Locator): Promise<string | null> => designer.locator('[role="treeitem"][aria-selected="true"]').getAttribute('data-pointer');
const field = (designer: Locator, pointer: string): Locator => designer.locator(`[id="p${pointer.replace(/[^A-Za-z0-9]/g, '-')}"]`);

function cli(...args: string[]): { status: number | null; out: string } {
  const r = spawnSync(process.execPath, ['--conditions=source', '--import', 'tsx', 'packages/cli/src/cli.ts', ...args], { cwd: ROOT, encoding: 'utf8' });
  return { status: r.status, out: `${r.stdout}${r.stderr}` };
}

export function designerChecks(env: () => { context: BrowserContext; url: string }): void {
  it('builds a form from blank without the JSON view; the file passes caf-forms check and its validator accepts the submission', async () => {
    const { page, errors, designer } = await openDesigner(env().context, env().url, 'designer--blank');
    const dir = mkdtempSync(join(tmpdir(), 'caf-designer-'));
    try {
      const add = async (type: string, label: string): Promise<string> => {
        await designer.getByRole('button', { name: 'Add…' }).click();
        await designer.locator(`button.type[data-type="${type}"]`).click();
        await designer.locator('.properties [data-primary]').fill(label);
        return (await selectedPointer(designer))!;
      };
      // The form itself.
      await designer.locator('[role="treeitem"][data-pointer=""] > .node').click();
      await field(designer, '/id').fill('designer-test');
      await field(designer, '/title').fill('Contact details');
      await designer.locator('[role="treeitem"][data-pointer="/sections/0"] > .node').click();

      const name = await add('text', 'Full name');
      await designer.locator('.properties').getByLabel('Required', { exact: true }).check();
      const born = await add('date', 'Date of birth');
      await field(designer, `${born}/mustBe`).selectOption('past');

      const contact = await add('radios', 'How should we contact you?');
      await field(designer, `${contact}/options/0/label`).fill('Phone');
      await field(designer, `${contact}/options/1/label`).fill('Post');
      await designer.getByRole('button', { name: 'Add a follow-up question under option 1' }).click();
      await designer.locator('.properties [data-primary]').fill('Phone number');
      assert.match((await selectedPointer(designer))!, /\/options\/0\/reveal\/0$/);

      await designer.locator(`[role="treeitem"][data-pointer="${contact}"] > .node`).click();
      const help = await add('checkboxes', 'What help is needed?');
      await field(designer, `${help}/options/0/label`).fill('Housing');
      await field(designer, `${help}/options/1/label`).fill('Money');

      await add('yesno', 'Is an interpreter needed?');
      const language = await add('text', 'Which language?');
      const visible = designer.locator('fieldset.prop', { has: page.locator('legend', { hasText: 'Visible when' }) });
      await visible.getByRole('button', { name: 'Add a condition' }).click();
      await field(designer, `${language}/visibleWhen-field`).selectOption({ label: 'Is an interpreter needed?' });
      assert.equal(await field(designer, `${language}/visibleWhen-op`).inputValue(), 'equals');
      assert.deepEqual(
        await field(designer, `${language}/visibleWhen-op`).locator('option').allTextContents(),
        ['is', 'is not', 'is one of', 'is answered', 'is not answered'],
        'operators for a yes/no question',
      );
      await field(designer, `${language}/visibleWhen-value`).selectOption({ label: 'Yes' });
      assert.equal(await visible.locator('.sentence').innerText(), "Shown when 'Is an interpreter needed?' is Yes.");

      const people = await add('repeat', 'Other people');
      await field(designer, `${people}/itemLabel`).fill('Person');
      await designer.getByRole('button', { name: 'Add a field to each row' }).click();
      await designer.locator('.properties [data-primary]').fill('Relationship');

      await designer.locator('.status', { hasText: 'No problems' }).waitFor();
      const text = await download(page, designer);
      assert.equal(text, `${JSON.stringify(JSON.parse(text), null, 2)}\n`, 'a new file is written as JSON.stringify with 2 spaces');
      const definition = JSON.parse(text) as {
        id: string;
        sections: { items: { id: string; visibleWhen?: unknown; options?: { value: string; reveal?: unknown }[] }[] }[];
      };
      assert.equal(definition.id, 'designer-test');
      const items = definition.sections[0]!.items;
      assert.deepEqual(
        items.map((i) => i.id),
        ['fullName', 'dateOfBirth', 'howShouldWeContactYou', 'whatHelpIsNeeded', 'isAnInterpreterNeeded', 'whichLanguage', 'otherPeople'],
      );
      assert.deepEqual(items[5]!.visibleWhen, { field: 'isAnInterpreterNeeded', equals: 'yes' });
      assert.deepEqual(
        items[2]!.options!.map((o) => o.value),
        ['phone', 'post'],
      );
      assert.ok(items[2]!.options![0]!.reveal, 'the follow-up is revealed under Phone');
      assert.ok(name && born);

      // The saved file passes the command line's check and builds.
      writeFileSync(
        join(dir, 'designer-test.json'),
        text.replace('"../packages/core/schema/definition.schema.json"', `"${join(ROOT, 'packages/core/schema/definition.schema.json')}"`),
      );
      const check = cli('check', dir);
      assert.equal(check.status, 0, check.out);
      const build = cli('build', dir, '--out', join(dir, 'out'));
      assert.equal(build.status, 0, build.out);

      // It renders in <caf-form>, and submits an envelope the compiled validator accepts.
      const preview = designer.locator('caf-form');
      await preview.getByLabel('Full name').fill('Sam Example');
      await preview.getByLabel('Day').fill('3');
      await preview.getByLabel('Month').fill('4');
      await preview.getByLabel('Year').fill('2012');
      await preview.getByLabel('Phone', { exact: true }).check();
      await preview.getByLabel('Phone number').fill('01632 960 001');
      await preview.getByLabel('Housing').check();
      await preview.getByLabel('Yes', { exact: true }).check();
      await preview.getByLabel('Which language?').fill('Polish');
      await preview.locator('button[type="submit"]').click();
      await designer.locator('.note strong', { hasText: 'valid against' }).waitFor();
      const envelope = JSON.parse(await designer.locator('pre.envelope').innerText()) as { data: Record<string, Record<string, unknown>> };
      assert.equal(envelope.data.aboutYou!.whichLanguage, 'Polish');
      const validate = (await import(pathToFileURL(join(dir, 'out', 'designer-test.validate.js')).href)).default as ((data: unknown) => boolean) & {
        errors?: unknown;
      };
      assert.equal(validate(envelope), true, JSON.stringify(validate.errors));
      assert.deepEqual(errors, []);
    } finally {
      await page.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("edits the consent form's first label and moves a question up; undoing both gives back the file byte for byte", async () => {
    const { page, errors, designer } = await openDesigner(env().context, env().url, 'designer--designer');
    try {
      const original = readFileSync(join(ROOT, 'forms/consent.json'), 'utf8');
      await designer.locator('[role="treeitem"][data-pointer="/sections/0/items/0"] > .node').click();
      await designer.locator('.properties [data-primary]').fill('I am filling in this form for:');
      await designer.locator('[role="treeitem"][data-pointer="/sections/1/items/1"] > .node').click();
      await designer.getByRole('button', { name: 'Move up' }).click();
      assert.equal(await selectedPointer(designer), '/sections/1/items/0');

      const edited = await download(page, designer);
      const before = original.split('\n');
      const after = edited.split('\n');
      assert.equal(after.length, before.length);
      const changed = before.map((line, i) => (line === after[i] ? -1 : i)).filter((i) => i >= 0);
      assert.equal(changed.length, 3, 'one line for the label, two swapped lines for the move');
      assert.match(after[changed[0]!]!, /"label": "I am filling in this form for:"/);

      // The versions panel sees a reordering and a rewording, neither breaking.
      assert.match(await designer.locator('.changes').innerText(), /label of 'I am filling in this form for:' changed/);
      assert.equal(await designer.locator('.changes .breaking').count(), 0);

      await designer.locator('[role="treeitem"][aria-selected="true"]').focus();
      await page.keyboard.press('Control+z');
      await page.keyboard.press('Control+z');
      assert.equal(await download(page, designer), original);
      // Redo brings back the label, then the move.
      await page.keyboard.press('Control+Shift+z');
      await page.keyboard.press('Control+Shift+z');
      assert.equal(await selectedPointer(designer), '/sections/1/items/0');
      assert.equal(await download(page, designer), edited);
      assert.deepEqual(errors, []);
    } finally {
      await page.close();
    }
  });

  it("keeps the ids (and option values) a saved form already has when their labels change; a new question's id follows its label", async () => {
    const { page, errors, designer } = await openDesigner(env().context, env().url, 'designer--designer');
    try {
      // Selecting a question far down scrolls the preview to it and marks it.
      await designer.locator('[role="treeitem"][data-pointer="/sections/4/items/0"] > .node').click();
      await page.waitForFunction(
        () => {
          const root = document.querySelector('caf-designer')!.shadowRoot!;
          const preview = root.querySelector('.preview')!.getBoundingClientRect();
          const marked = [...root.querySelector('caf-form')!.shadowRoot!.querySelectorAll<HTMLElement>('*')].find((el) => el.style.outlineStyle === 'solid');
          const box = marked?.getBoundingClientRect();
          return Boolean(marked?.querySelector('[id$="-signature-name"]') && box && box.top >= preview.top && box.top < preview.bottom);
        },
        undefined,
        { timeout: 5000 },
      );

      // "Date of birth:" has the id "dateOfBirth", as if made from its label, but submissions already use it.
      await designer.locator('[role="treeitem"][data-pointer="/sections/1/items/1"] > .node').click();
      await designer.locator('.properties [data-primary]').fill('Date of birth of the child:');
      assert.equal(await designer.locator('#prop-id').inputValue(), 'dateOfBirth');
      await designer.locator('[role="treeitem"][data-pointer="/sections/0/items/0"] > .node').click();
      await field(designer, '/sections/0/items/0/options/0/label').fill('Me');
      assert.equal(await field(designer, '/sections/0/items/0/options/0/value').inputValue(), 'myself');
      assert.equal(await designer.locator('.changes .breaking').count(), 0, 'nothing breaking');
      // The seed's wording "Date of birth:" is gone, and the designer says so.
      assert.match(
        await designer.locator('section[aria-labelledby="wording-heading"]').innerText(),
        /removed 2 of the seed's wordings[\s\S]*“Myself”[\s\S]*“Date of birth:”/,
      );
      // Rewording needs a patch version; the button sets it.
      await designer.getByRole('button', { name: 'Set the version to 1.0.1' }).click();
      assert.match(await designer.locator('section[aria-labelledby="versions-heading"]').innerText(), /The version is 1\.0\.1/);

      // Clicking a question in the preview selects it in the outline.
      await designer.locator('caf-form').getByLabel('Name of child/young person:').click();
      assert.equal(await selectedPointer(designer), '/sections/1/items/0');

      // A computed value, built without code, reads back as a sentence.
      await designer.locator('[role="treeitem"][data-pointer="/computed"] > .node').click();
      await designer.getByRole('button', { name: 'Add a computed value' }).click();
      assert.match(
        await designer.locator('.properties .sentence').first().innerText(),
        /^Counts how many of 'I am completing this form on behalf of:' are "yes"\.$/,
      );
      await designer.locator('[role="treeitem"][data-pointer="/sections/1/items/0"] > .node').click();

      await designer.getByRole('button', { name: 'Add…' }).click();
      await designer.locator('button.type[data-type="email"]').click();
      await designer.locator('.properties [data-primary]').fill('Your email');
      assert.equal(await designer.locator('#prop-id').inputValue(), 'yourEmail');

      // Changing a type keeps what applies and says what was dropped; the versions panel calls it breaking.
      await designer.locator('[role="treeitem"][data-pointer="/sections/1/items/0"] > .node').click();
      await designer.locator('#prop-type').selectOption('date');
      assert.match(await designer.locator('.message').innerText(), /Dropped what the new type does not have: maxLength, autocomplete\./);
      assert.equal(await field(designer, '/sections/1/items/0/label').inputValue(), 'Name of child/young person:');
      assert.match(await designer.locator('.changes .breaking').first().innerText(), /changed from text to date/);

      // Dragging in the outline moves too (a shortcut: the buttons and Alt+arrows do the same).
      await designer.locator('[data-pointer="/sections/1/items/3"] > .node').dragTo(designer.locator('[data-pointer="/sections/1/items/0"] > .node'));
      assert.equal(await designer.locator('[data-pointer="/sections/1/items/0"] .name').innerText(), 'Address & Postcode:');
      assert.equal(await selectedPointer(designer), '/sections/1/items/0');
      assert.deepEqual(errors, []);
    } finally {
      await page.close();
    }
  });

  it('passes axe, and is usable with the keyboard alone: walk the outline, add a question, edit its label', async () => {
    const { page, errors, designer } = await openDesigner(env().context, env().url, 'designer--designer');
    try {
      assert.deepEqual(await axeViolations(page, '#storybook-root'), [], 'axe violations');
      const focused = (): Promise<string | null> =>
        page.evaluate(() => {
          let el: Element | null = document.activeElement;
          while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
          return el?.hasAttribute('data-pointer') ? el.getAttribute('data-pointer') : el?.id || el?.textContent || null;
        });
      // Tab into the outline: one stop, on the selected item.
      for (let i = 0; i < 25 && (await focused()) !== ''; i++) await page.keyboard.press('Tab');
      assert.equal(await focused(), '', 'the form node has the focus');
      await page.keyboard.press('ArrowDown');
      assert.equal(await focused(), '/sections/0');
      await page.keyboard.press('ArrowDown');
      assert.equal(await focused(), '/sections/0/items/0');
      await page.keyboard.press('ArrowLeft'); // collapse its follow-ups
      assert.equal(await designer.locator('[data-pointer="/sections/0/items/0"]').getAttribute('aria-expanded'), 'false');
      await page.keyboard.press('ArrowLeft'); // to the section
      assert.equal(await focused(), '/sections/0');
      await page.keyboard.press('End');
      assert.equal(await focused(), '/computed');
      await page.keyboard.press('Home');
      assert.equal(await focused(), '');
      await page.keyboard.type('det'); // type-ahead: "Details of young person"
      assert.equal(await focused(), '/sections/1');
      await page.keyboard.press('ArrowDown');
      assert.equal(await focused(), '/sections/1/items/0');

      // Insert opens the type picker on its first type (Text); Enter adds it after the selected item.
      await page.keyboard.press('Insert');
      assert.match((await focused()) ?? '', /^Text/);
      await page.keyboard.press('Enter');
      assert.equal(await focused(), '/sections/1/items/1');
      // Enter edits the label; typing renames the question and its id; Escape goes back to the outline.
      await page.keyboard.press('Enter');
      await page.keyboard.press('Control+a');
      await page.keyboard.type('Your email address');
      await page.keyboard.press('Escape');
      assert.equal(await focused(), '/sections/1/items/1');
      assert.match(await designer.locator('[data-pointer="/sections/1/items/1"] > .node .name').innerText(), /^Your email address$/);
      assert.equal(await field(designer, '/sections/1/items/1/label').inputValue(), 'Your email address');
      assert.equal(await designer.locator('#prop-id').inputValue(), 'yourEmailAddress');
      await designer.locator('caf-form').getByLabel('Your email address').waitFor();
      assert.deepEqual(errors, []);
    } finally {
      await page.close();
    }
  });
}

export function designerJsonChecks(env: () => { context: BrowserContext; url: string }): void {
  it("keeps the JSON view (CodeMirror) and the designer in sync both ways, with the engine's problems as diagnostics", async () => {
    const { page, errors, designer } = await openDesigner(env().context, env().url, 'designer--designer');
    try {
      await designer.getByRole('button', { name: 'JSON view' }).click();
      const json = designer.locator('caf-designer-json');
      const content = json.locator('.cm-content');
      await content.waitFor();
      assert.deepEqual(await axeViolations(page, '#storybook-root'), [], 'axe violations with the JSON view open');
      const text = (): Promise<string> => json.evaluate((el) => (el as unknown as { text: string }).text);
      assert.equal(await text(), readFileSync(join(ROOT, 'forms/consent.json'), 'utf8'), 'the file as it will be saved');

      // Typed in the JSON: the outline and the preview follow.
      await content.click();
      await page.keyboard.press('Control+f');
      await page.keyboard.type('"Consent to information sharing"');
      await page.keyboard.press('Enter');
      await page.keyboard.press('Escape');
      await page.keyboard.type('"Agreeing to share information"');
      await designer.locator('[role="treeitem"][data-pointer=""] .name', { hasText: 'Agreeing to share information' }).waitFor();
      await designer.locator('caf-form h1', { hasText: 'Agreeing to share information' }).waitFor();

      // A problem only checkDefinition finds (a duplicate id, which the meta-schema cannot see) is a diagnostic in the text.
      const replace = async (from: string, to: string): Promise<void> => {
        await page.keyboard.press('Control+f');
        await page.keyboard.type(from);
        await page.keyboard.press('Enter');
        await page.keyboard.press('Escape');
        await page.keyboard.type(to);
      };
      await replace('"id": "childName"', '"id": "completingFor"');
      await designer.locator('.status.has-problems').waitFor();
      await json.locator('.cm-lintRange-error').first().waitFor();
      const diagnostics = await json.evaluate((el) => (el as unknown as { diagnostics: string[] }).diagnostics);
      assert.ok(
        diagnostics.some((d) => d.includes("duplicate id 'completingFor'")),
        diagnostics.join('\n'),
      );
      // The problems list links to the item.
      await designer.locator('.problems a', { hasText: 'Name of child/young person:' }).click();
      assert.equal(await selectedPointer(designer), '/sections/1/items/0');

      // Changed in the properties: the JSON view follows.
      await designer.getByRole('button', { name: 'JSON view' }).click();
      await designer.locator('[role="treeitem"][data-pointer="/sections/0/items/0"] > .node').click();
      await designer.locator('.properties [data-primary]').fill('Who are you filling this in for?');
      await designer.getByRole('button', { name: 'JSON view' }).click();
      await json.locator('.cm-content').waitFor();
      assert.match(await text(), /"label": "Who are you filling this in for\?"/);

      // Completion from the meta-schema: the properties this radios question may still have.
      await json.locator('.cm-content').click();
      await page.keyboard.press('Control+f');
      await page.keyboard.type('"label": "Who are you');
      await page.keyboard.press('Enter');
      await page.keyboard.press('Escape');
      await page.keyboard.press('End');
      await page.keyboard.press('Enter');
      await page.keyboard.type('"hi');
      const completion = json.locator('.cm-tooltip-autocomplete');
      await completion.waitFor();
      assert.match(await completion.innerText(), /"hint"/);
      await page.keyboard.press('Enter');
      assert.match(await text(), /"hint": /);
      assert.deepEqual(errors, []);
    } finally {
      await page.close();
    }
  });
}
