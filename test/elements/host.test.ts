// What a host page can change: a field type's renderer, and the language of the element's words.
import { expect, fixture, html } from '@open-wc/testing';
import { registerRenderer, rendererFor, registerMessages, type FieldRenderer } from '../../packages/elements/src/index.js';
import type { CafForm } from '../../packages/elements/src/caf-form.js';
import { $, byId, choose, formOf, mount, root, submit, type } from './helpers.js';

describe('a host page', () => {
  it('replaces the renderer of a field type, and the form uses it', async () => {
    const builtIn = rendererFor('text');
    const stamped: FieldRenderer<'text'> = (view, ctx) => html`<div class="host-text">${builtIn(view, ctx)}</div>`;
    registerRenderer('text', stamped);
    try {
      const el = await mount(formOf([{ type: 'text', id: 'q', label: 'Name' }]));
      expect($(el, '.host-text label').textContent).to.contain('Name');
    } finally {
      registerRenderer('text', builtIn);
    }
  });

  it('draws one form with its own renderers without touching another form on the page', async () => {
    const builtIn = rendererFor('text');
    const own: FieldRenderer<'text'> = (view, ctx) => html`<div class="own-text">${builtIn(view, ctx)}</div>`;
    const definition = formOf([{ type: 'text', id: 'q', label: 'Name' }]);
    const styled = await fixture<CafForm>(html`<caf-form .definition=${definition} .renderers=${{ text: own }}></caf-form>`);
    const plain = await mount(definition);
    expect(root(styled).querySelector('.own-text label')!.textContent).to.contain('Name');
    expect(root(plain).querySelector('.own-text'), 'the other form keeps the registered renderer').to.equal(null);
    expect(rendererFor('text')).to.equal(builtIn);
  });

  it('fires caf-change when a row of a repeatable group is added or removed', async () => {
    const el = await mount(
      formOf([{ type: 'repeat', id: 'people', label: 'People', itemLabel: 'person', items: [{ type: 'text', id: 'who', label: 'Who' }] }]),
    );
    let changes = 0;
    el.addEventListener('caf-change', () => changes++);
    $<HTMLButtonElement>(el, '.caf-repeat__add').click();
    await el.updateComplete;
    expect(changes, 'adding a row').to.equal(1);
    await type(el, byId(el, 'people-1-who'), 'Ann');
    const typed = changes;
    $<HTMLButtonElement>(el, '.caf-repeat__remove').click();
    await el.updateComplete;
    expect(root(el).querySelectorAll('.caf-repeat__row').length).to.equal(1);
    expect(changes, 'removing a row').to.equal(typed + 1);
    expect(byId(el, 'people-0-who').value).to.equal('Ann');
  });

  it("switching lang at run time changes every message shown, the engine's included", async () => {
    registerMessages('cy', { 'form.submit': 'Cyflwyno', 'form.errorSummary': 'Mae problem wedi codi', 'error.enter': 'Rhowch {subject}' });
    const el = await mount(formOf([{ type: 'text', id: 'q', label: 'Enw', required: true }]));
    await submit(el);
    expect($(el, '.govuk-error-summary a').textContent).to.equal('Enter enw');
    el.lang = 'cy';
    await el.updateComplete;
    expect($(el, '.govuk-error-summary__title').textContent).to.equal('Mae problem wedi codi');
    expect($(el, '.govuk-error-summary a').textContent).to.equal('Rhowch enw');
    expect($(el, '.govuk-error-message').textContent).to.contain('Rhowch enw');
    expect($(el, 'button[type=submit]').textContent).to.equal('Cyflwyno');
  });

  it('serves the element in another language through registerMessages and lang', async () => {
    registerMessages('cy', { 'form.submit': 'Cyflwyno', 'form.errorSummary': 'Mae problem wedi codi' });
    const el = await fixture<CafForm>(html`<caf-form lang="cy" .definition=${formOf([{ type: 'text', id: 'q', label: 'Enw', required: true }])}></caf-form>`);
    expect($(el, 'button[type=submit]').textContent).to.equal('Cyflwyno');
    await submit(el);
    expect($(el, '.govuk-error-summary__title').textContent).to.equal('Mae problem wedi codi');
    expect($(el, '.govuk-error-summary a').textContent, 'a key the table lacks falls back to English').to.contain('Enter enw');
  });

  it('makes a question required only when the definition says so, and says "(optional)" otherwise', async () => {
    const el = await mount(
      formOf([
        { type: 'yesno', id: 'hasEmail', label: 'Can we email you?' },
        { type: 'email', id: 'email', label: 'Email address', requiredWhen: { field: 'hasEmail', equals: 'yes' } },
      ]),
    );
    const emailLabel = (): string => root(el).querySelector(`label[for="${byId(el, 'email').id}"]`)!.textContent;
    expect(emailLabel()).to.contain('(optional)');
    await submit(el);
    expect(root(el).querySelector('.govuk-error-summary'), 'not required yet: nothing to fix').to.equal(null);
    await choose(el, byId(el, 'hasEmail'));
    expect(emailLabel()).to.not.contain('(optional)');
    await submit(el);
    expect($(el, '.govuk-error-summary').textContent).to.contain('Enter email address');
  });

  it('re-renders only the section a keystroke changed (a long form stays quick to type in)', async () => {
    const builtIn = rendererFor('number');
    let numberRenders = 0;
    registerRenderer('number', (view, ctx) => {
      numberRenders++;
      return builtIn(view, ctx);
    });
    try {
      const el = await mount(
        formOf([], {
          sections: [
            { id: 'a', title: 'A', items: [{ type: 'text', id: 'name', label: 'Name' }] },
            { id: 'b', title: 'B', items: [{ type: 'number', id: 'age', label: 'Age', visibleWhen: { field: 'name', notEquals: 'hide' } }] },
            { id: 'c', title: 'C', items: [{ type: 'number', id: 'count', label: 'Count' }] },
          ],
        }),
      );
      const before = numberRenders;
      await type(el, byId(el, 'name'), 'Ann');
      expect(numberRenders - before, 'only B, whose question depends on the answer, is drawn again').to.equal(1);
      await type(el, byId(el, 'name'), 'hide');
      expect(root(el).querySelector(`[id$="-age"]`), 'a dependent question still follows the answer').to.equal(null);
    } finally {
      registerRenderer('number', builtIn);
    }
  });

  it('re-renders a section with a computed read-out only when what it reads changes', async () => {
    const builtIn = rendererFor('number');
    let numberRenders = 0;
    registerRenderer('number', (view, ctx) => {
      numberRenders++;
      return builtIn(view, ctx);
    });
    try {
      const el = await mount(
        formOf([], {
          computed: [{ id: 'total', label: 'Total', sum: ['count'] }],
          sections: [
            {
              id: 'a',
              title: 'A',
              items: [
                { type: 'text', id: 'name', label: 'Name' },
                { type: 'number', id: 'count', label: 'Count' },
              ],
            },
            {
              id: 'b',
              title: 'B',
              items: [
                { type: 'number', id: 'age', label: 'Age' },
                { type: 'computed', computed: 'total', label: 'Total' },
              ],
            },
          ],
        }),
      );
      let before = numberRenders;
      await type(el, byId(el, 'name'), 'Ann');
      expect(numberRenders - before, 'A again (its count), not B: the total does not read the name').to.equal(1);
      before = numberRenders;
      await type(el, byId(el, 'count'), '7');
      expect(numberRenders - before, 'A and B: the total reads the count').to.equal(2);
      expect(root(el).querySelectorAll('section.caf-section')[1]!.textContent, 'B shows the new total').to.match(/Total:\s*7/);
    } finally {
      registerRenderer('number', builtIn);
    }
  });
});
