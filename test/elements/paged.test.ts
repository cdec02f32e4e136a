// Paged mode: one section at a time; Continue checks the section on screen before moving on.
import { expect, fixture, html } from '@open-wc/testing';
import type { CafForm } from '../../packages/elements/src/caf-form.js';
import { $, byId, nextEvent, root, submit, type } from './helpers.js';

const definition = {
  $schema: 'x', id: 'paged', version: '1.0.0', title: 'Paged form',
  sections: [
    { id: 'one', title: 'About you', items: [{ type: 'text', id: 'name', label: 'Full name', required: true }] },
    { id: 'two', title: 'About them', items: [{ type: 'text', id: 'other', label: 'Their name', required: true }] },
  ],
};

const heading = (el: CafForm): string => $(el, 'section h2').textContent!.trim();

describe('caf-form paged', () => {
  it('checks a section before moving on, and goes back', async () => {
    const el = await fixture<CafForm>(html`<caf-form paged .definition=${definition}></caf-form>`);
    expect(heading(el)).to.equal('About you');
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
    expect($(el, 'button[type=submit]').textContent).to.equal('Submit');
    await expect(el).to.be.accessible();
    $<HTMLButtonElement>(el, '.caf-back').click();
    await el.updateComplete;
    expect(heading(el)).to.equal('About you');
    expect(byId(el, 'name').value).to.equal('Ann');
    await submit(el);
    await type(el, byId(el, 'other'), 'Bo');
    const event = nextEvent(el, 'caf-submit');
    await submit(el);
    expect((await event).detail.envelope.data).to.deep.equal({ one: { name: 'Ann' }, two: { other: 'Bo' } });
  });
});
