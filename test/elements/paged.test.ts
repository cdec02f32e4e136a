// Paged mode: one section at a time; Continue checks the section on screen before moving on.
import { expect, fixture, html } from '@open-wc/testing';
import type { CafForm } from '../../packages/elements/src/caf-form.js';
import { $, byId, nextEvent, root, submit, type } from './helpers.js';

const definition = {
  $schema: 'x',
  id: 'paged',
  version: '1.0.0',
  title: 'Paged form',
  sections: [
    { id: 'one', title: 'About you', items: [{ type: 'text', id: 'name', label: 'Full name', required: true }] },
    { id: 'two', title: 'About them', items: [{ type: 'text', id: 'other', label: 'Their name', required: true }] },
  ],
};

/** The section heading as seen (its visually hidden "Section n of m: " is checked on its own). */
const heading = (el: CafForm): string => {
  const h2 = $(el, 'section h2');
  return h2.textContent.replace(h2.querySelector('.govuk-visually-hidden')?.textContent ?? '', '').trim();
};

/** The rows of the summary lists on screen: [question, answer]. */
const answersShown = (el: CafForm): string[][] =>
  [...root(el).querySelectorAll('.govuk-summary-list__row')].map((row) => [
    row.querySelector('dt')!.textContent.trim(),
    row.querySelector('.govuk-summary-list__value')!.textContent.trim(),
  ]);

describe('caf-form paged', () => {
  it('checks a section before moving on, and goes back', async () => {
    const el = await fixture<CafForm>(html`<caf-form paged .definition=${definition}></caf-form>`);
    expect(heading(el)).to.equal('About you');
    expect($(el, 'section h2').textContent.trim(), 'the heading that takes focus says where the user is').to.equal('Section 1 of 2: About you');
    expect($(el, '.govuk-caption-l').textContent).to.equal('Section 1 of 2');
    expect($(el, 'button[type=submit]').textContent).to.equal('Continue');
    await submit(el);
    expect($(el, '.govuk-error-summary').textContent).to.contain('Enter full name');
    expect(heading(el)).to.equal('About you');
    await type(el, byId(el, 'name'), 'Ann');
    await submit(el);
    expect(heading(el)).to.equal('About them');
    expect(root(el).querySelector('.govuk-error-summary'), 'the next page starts without errors').to.equal(null);
    expect(root(el).activeElement).to.equal($(el, 'section h2'));
    expect($(el, 'button[type=submit]').textContent, 'the last section continues to Check your answers').to.equal('Continue');
    await expect(el).to.be.accessible();
    $<HTMLButtonElement>(el, '.caf-back').click();
    await el.updateComplete;
    expect(heading(el)).to.equal('About you');
    expect(byId(el, 'name').value).to.equal('Ann');
    await submit(el);
    await type(el, byId(el, 'other'), 'Bo');
    let submitted = false;
    el.addEventListener('caf-submit', () => {
      submitted = true;
    });
    await submit(el);
    expect(submitted, 'the last Continue leads to Check your answers, not to a submission').to.equal(false);
    expect(root(el).activeElement).to.equal(byId(el, 'check-answers'));
    expect(answersShown(el)).to.deep.equal([
      ['Full name', 'Ann'],
      ['Their name', 'Bo'],
    ]);
    const event = nextEvent(el, 'caf-submit');
    await submit(el);
    expect((await event).detail.envelope.data).to.deep.equal({ one: { name: 'Ann' }, two: { other: 'Bo' } });
  });

  it('lists every answer on Check your answers; Change goes to the question and comes back', async () => {
    const el = await fixture<CafForm>(html`<caf-form paged .definition=${definition}></caf-form>`);
    await type(el, byId(el, 'name'), 'Ann');
    await submit(el);
    await type(el, byId(el, 'other'), 'Bo');
    await submit(el);
    expect($(el, 'h1').textContent).to.equal('Check your answers');
    await expect(el).to.be.accessible();
    const changeName = [...root(el).querySelectorAll<HTMLAnchorElement>('.govuk-summary-list__actions a')][0]!;
    expect(changeName.textContent.replace(/\s+/g, ' ').trim(), 'the link names its question for screen readers').to.equal('Change Full name');
    changeName.click();
    await el.updateComplete;
    expect(heading(el)).to.equal('About you');
    expect(root(el).activeElement, 'focus is on the question to change').to.equal(byId(el, 'name'));
    await type(el, byId(el, 'name'), 'Anna');
    await submit(el);
    expect($(el, 'h1').textContent, 'Continue returns to Check your answers, not to the next section').to.equal('Check your answers');
    expect(answersShown(el)).to.deep.equal([
      ['Full name', 'Anna'],
      ['Their name', 'Bo'],
    ]);
    $<HTMLButtonElement>(el, '.caf-back').click();
    await el.updateComplete;
    expect(heading(el), 'Back from Check your answers is the last section').to.equal('About them');
  });

  it('names each page, and "Error: " after a failed Continue, in the page\'s title; keep-page-title leaves it alone', async () => {
    const original = document.title;
    try {
      document.title = 'Council intranet';
      const el = await fixture<CafForm>(html`<caf-form paged .definition=${definition}></caf-form>`);
      expect(document.title).to.equal('About you – Paged form – Council intranet');
      await submit(el);
      expect(document.title).to.equal('Error: About you – Paged form – Council intranet');
      await type(el, byId(el, 'name'), 'Ann');
      await submit(el);
      expect(document.title).to.equal(`${heading(el)} – Paged form – Council intranet`);
      el.remove();
      expect(document.title, 'the page gets its title back').to.equal('Council intranet');
      const kept = await fixture<CafForm>(html`<caf-form paged keep-page-title .definition=${definition}></caf-form>`);
      await submit(kept);
      expect(document.title).to.equal('Council intranet');
    } finally {
      document.title = original;
    }
  });
});
