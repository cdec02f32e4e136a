// The parts a form loads by need (lazy-part.ts, parts.ts): each is drawn, with its styles in
// the form's shadow root, as soon as updateComplete resolves, with no waiting of the test's
// own; a form that does not need a part has neither its markup nor its styles.
import { expect, fixture, html } from '@open-wc/testing';
import type { FormDefinition, TranslationFile } from '@caf-forms/core';
import type { CafForm } from '../../packages/elements/src/caf-form.js';
import { $, fetchJson, formOf, mount, root, submit } from './helpers.js';

/** Whether a stylesheet adopted by the form's shadow root has a rule whose selector names `cls`. */
const styled = (el: CafForm, cls: string): boolean =>
  root(el).adoptedStyleSheets.some((sheet) => [...sheet.cssRules].some((rule) => rule.cssText.includes(`.${cls}`)));

describe('parts loaded by need', () => {
  it('a plain form has none of the parts: no matrix, summary list, language switch or back link, nor their styles', async () => {
    const el = await mount(formOf([{ type: 'text', id: 'name', label: 'Name' }]));
    expect(root(el).querySelector('form')).to.not.equal(null);
    // Classes only the parts' own sheets name (the base styles' print rules name a few others).
    for (const cls of [
      'caf-matrix__chart',
      'govuk-summary-list__row--no-actions',
      'govuk-language-navigation__list',
      'govuk-back-link',
      'govuk-table__header',
    ]) {
      expect(styled(el, cls), cls).to.equal(false);
    }
  });

  it('the V&R form: its matrix chart and grids are drawn, with the table and matrix styles, when updateComplete resolves', async () => {
    const definition = await fetchJson<FormDefinition>('/forms/vulnerability-resilience.json');
    const el = await mount(definition);
    expect(root(el).querySelector('.caf-matrix svg'), 'the chart').to.not.equal(null);
    expect(root(el).querySelectorAll('.caf-matrix__count').length, 'its four counts').to.equal(4);
    expect(root(el).querySelector('.caf-grid__row'), 'a grid row').to.not.equal(null);
    expect(styled(el, 'caf-matrix__chart') && styled(el, 'govuk-table__header'), "the chart's styles").to.equal(true);
    expect(getComputedStyle($(el, '.caf-matrix__chart')).display).to.equal('block');
  });

  it('read-only: the document is drawn with its summary lists styled when updateComplete resolves', async () => {
    const definition = await fetchJson<FormDefinition>('/forms/consent.json');
    const el = await mount(definition, { readonly: true });
    expect(root(el).querySelector('article.caf-document .govuk-summary-list'), 'a summary list').to.not.equal(null);
    expect(styled(el, 'govuk-summary-list__row--no-actions')).to.equal(true);
    // govuk-frontend's summary list is a table layout from 40em (the test window is wider)
    expect(getComputedStyle($(el, '.govuk-summary-list')).display).to.equal('table');
  });

  it('lang="cy" with a translations file: the Welsh content is on screen when updateComplete resolves', async () => {
    const definition = await fetchJson<FormDefinition>('/forms/consent.json');
    const cy = await fetchJson<TranslationFile>('/forms/i18n/consent.cy.json');
    const el = await fixture<CafForm>(html`<caf-form .definition=${definition} .translations=${{ cy }} lang="cy"></caf-form>`);
    await el.updateComplete;
    expect($(el, 'form').getAttribute('lang')).to.equal('cy');
    expect($(el, 'h1').textContent).to.not.equal(definition.title);
    expect($(el, 'h1').textContent.trim()).to.equal(cy.entries.title?.text);
  });

  it('languages="en cy": the language switch is drawn, styled, when updateComplete resolves', async () => {
    const el = await fixture<CafForm>(html`<caf-form .definition=${formOf([{ type: 'text', id: 'name', label: 'Name' }])} languages="en cy"></caf-form>`);
    await el.updateComplete;
    expect(root(el).querySelectorAll('.caf-language-switch li').length).to.equal(2);
    expect(styled(el, 'govuk-language-navigation__list')).to.equal(true);
  });

  it('paged: Check your answers is drawn with its summary list, and the back link styled, when updateComplete resolves', async () => {
    const definition = formOf([{ type: 'text', id: 'name', label: 'Name' }]);
    const el = await fixture<CafForm>(html`<caf-form .definition=${definition} paged></caf-form>`);
    await el.updateComplete;
    await submit(el); // the one page's Continue: "Check your answers"
    await el.updateComplete;
    expect(root(el).querySelector('.govuk-summary-list .govuk-summary-list__key')?.textContent).to.equal('Name');
    expect(getComputedStyle($(el, '.govuk-back-link')).borderTopStyle, 'the back link is a button drawn as a link').to.equal('none');
  });

  it('light DOM: the parts are drawn and no stylesheet is added (the page styles the govuk classes)', async () => {
    const definition = await fetchJson<FormDefinition>('/forms/vulnerability-resilience.json');
    const el = await fixture<CafForm>(html`<caf-form .definition=${definition} light-dom></caf-form>`);
    await el.updateComplete;
    expect(el.querySelector('.caf-matrix svg')).to.not.equal(null);
    expect(el.shadowRoot).to.equal(null);
  });
});
