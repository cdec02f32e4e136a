// A host page with its own h1 sets heading-level="2": the form keeps the page's outline (one h1,
// no level skipped) in the form, on "Check your answers" and in the read-only document.
import { expect, fixture, html } from '@open-wc/testing';
import type { CafForm } from '../../packages/elements/src/caf-form.js';
import type { FormDefinition, SubmissionEnvelope } from '@caf-forms/core';
import { exampleData, exampleDefinition, fetchJson, root, submit } from './helpers.js';

/** The outline as "h<level> text" lines, in document order. */
const outline = (el: CafForm): string[] =>
  [...root(el).querySelectorAll('h1, h2, h3, h4, h5, h6')].map((h) => `${h.localName} ${(h.textContent ?? '').replace(/\s+/g, ' ').trim()}`);
const levels = (el: CafForm): number[] => outline(el).map((line) => Number(line.charAt(1)));

/** No heading deeper than one below the one before it (what axe's heading-order checks too). */
const skipsNoLevel = (found: number[]): boolean => found.every((level, i) => i === 0 || level <= found[i - 1]! + 1);

describe('heading-level', () => {
  it("is 1 by default: the title is the page's h1, sections h2", async () => {
    const el = await fixture<CafForm>(html`<caf-form .definition=${await exampleDefinition()}></caf-form>`);
    expect(outline(el)[0]).to.equal('h1 Example: every question type');
    expect(outline(el)[1]).to.match(/^h2 /);
  });

  it("moves every heading down under a host page's own h1, in the form, the row legends and the document", async () => {
    const definition = await exampleDefinition();
    const data = await exampleData();
    const form = await fixture<CafForm>(html`<caf-form heading-level="2" .definition=${definition} .data=${data}></caf-form>`);
    expect(outline(form)[0]).to.equal('h2 Example: every question type');
    expect(levels(form)).to.not.include(1);
    expect(outline(form)).to.include('h3 About the child');
    expect(outline(form)).to.include('h4 Professional 1', "a repeatable group's row heading, inside its section");
    expect(skipsNoLevel(levels(form)), outline(form).join('\n')).to.equal(true);
    await expect(form).to.be.accessible();

    const document = await fixture<CafForm>(html`<caf-form heading-level="2" readonly .definition=${definition} .data=${data}></caf-form>`);
    expect(outline(document)[0]).to.equal('h2 Example: every question type');
    expect(outline(document)).to.include('h3 About the child');
    expect(outline(document)).to.include('h5 Professional 1', "a row's summary card, under its group's heading");
    expect(levels(document)).to.not.include(1);
    expect(skipsNoLevel(levels(document)), outline(document).join('\n')).to.equal(true);
    await expect(document).to.be.accessible();
  });

  it("leaves out a one-section form's section heading when it repeats the title, keeping the outline whole", async () => {
    const definition = await fetchJson<FormDefinition>('/forms/feedback.json');
    const data = (await fetchJson<SubmissionEnvelope>('/forms/samples/feedback.valid.json')).data;
    for (const [level, attrs] of [
      [1, {}],
      [2, { 'heading-level': '2' }],
    ] as const) {
      for (const readonly of [false, true]) {
        const el = await fixture<CafForm>(
          html`<caf-form heading-level=${attrs['heading-level'] ?? '1'} ?readonly=${readonly} .definition=${definition} .data=${data}></caf-form>`,
        );
        const found = outline(el);
        const where = `${readonly ? 'document' : 'form'} at heading-level ${level}:\n${found.join('\n')}`;
        expect(
          found.filter((line) => line.endsWith(' Feedback Sheet')),
          where,
        ).to.deep.equal([`h${level} Feedback Sheet`]);
        expect(levels(el)[0], where).to.equal(level);
        expect(skipsNoLevel(levels(el)), where).to.equal(true);
        expect(
          levels(el)
            .slice(1)
            .every((l) => l === level + 1),
          `its content headings sit one below the title; ${where}`,
        ).to.equal(true);
        await expect(el).to.be.accessible();
      }
    }
  });

  it("gives a one-section paged form's title the section's place: focus returns to it from Check your answers", async () => {
    const definition = await fetchJson<FormDefinition>('/forms/feedback.json');
    const data = (await fetchJson<SubmissionEnvelope>('/forms/samples/feedback.valid.json')).data;
    const el = await fixture<CafForm>(html`<caf-form paged .definition=${definition} .data=${data}></caf-form>`);
    const title = root(el).querySelector('h1')!;
    expect(title.id).to.match(/section-/);
    expect(title.textContent.replace(/\s+/g, ' ').trim()).to.equal('Section 1 of 1: Feedback Sheet');
    await submit(el); // to Check your answers
    expect(outline(el)[0]).to.equal('h1 Check your answers');
    root(el).querySelector<HTMLButtonElement>('.caf-back')!.click();
    await el.updateComplete;
    await new Promise((resolve) => requestAnimationFrame(resolve));
    expect(root(el).activeElement?.localName).to.equal('h1');
  });

  it('takes only a whole level from 1 to 6; anything else is 1', async () => {
    const definition = await exampleDefinition();
    for (const [asked, title] of [
      ['3', 'h3'],
      ['0', 'h1'],
      ['seven', 'h1'],
      ['2.5', 'h1'],
    ] as const) {
      const el = await fixture<CafForm>(html`<caf-form heading-level=${asked} .definition=${definition}></caf-form>`);
      expect(outline(el)[0], `heading-level="${asked}"`).to.equal(`${title} Example: every question type`);
    }
  });
});
