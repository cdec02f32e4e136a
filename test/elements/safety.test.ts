// What a page must be able to rely on: text from a definition is never HTML, a broken
// definition is explained rather than thrown, and a failed load says so.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { render } from 'lit';
import { checkDefinition, fieldView, FormStore, type FieldView } from '@caf-forms/core';
import { translatorFor } from '../../packages/elements/src/messages.js';
import { rendererFor } from '../../packages/elements/src/registry.js';
import { CafForm as CafFormClass } from '../../packages/elements/src/caf-form.js';
import type { CafForm } from '../../packages/elements/src/caf-form.js';
import { $, formOf, mount, nextEvent, root } from './helpers.js';

describe('caf-form safety', () => {
  it('renders markup in a label as literal text', async () => {
    const evil = '<img src=x onerror="window.__pwned=1">';
    const el = await mount(formOf([{ type: 'text', id: 'q', label: evil, hint: evil }]));
    expect(root(el).querySelector('img')).to.equal(null);
    expect($(el, 'label').textContent).to.contain(evil);
    expect($(el, '.govuk-hint').textContent).to.contain(evil);
  });

  it('takes a definition given as JSON text in its attribute', async () => {
    const el = document.createElement('caf-form');
    el.setAttribute('definition', JSON.stringify(formOf([{ type: 'text', id: 'q', label: 'Name' }])));
    document.body.append(el);
    try {
      await el.updateComplete;
      expect($(el, 'label').textContent).to.contain('Name');
    } finally {
      el.remove();
    }
  });

  it('explains a definition attribute a framework wrote before the element was defined ("[object Object]"), with the fix', async () => {
    // React renders an unknown tag's object props as attributes: the element upgrades later.
    const el = document.createElement('caf-form-late');
    el.setAttribute('definition', '[object Object]');
    const failed = new Promise<CustomEvent<{ problems: { message: string }[] }>>((resolve) =>
      el.addEventListener('caf-definition-error', (e) => resolve(e as CustomEvent), { once: true }),
    );
    document.body.append(el);
    try {
      customElements.define('caf-form-late', class extends CafFormClass {});
      const { detail } = await failed;
      expect(detail.problems[0]!.message).to.contain('not a JSON definition ("[object Object]")');
      expect(detail.problems[0]!.message).to.contain('set the definition property');
      const panel = el.shadowRoot!.querySelector('.caf-definition-problems')!;
      expect(panel.textContent).to.contain('set the definition property');
      await expect(el).to.be.accessible();
    } finally {
      el.remove();
    }
  });

  it('lists the problems of a broken definition and fires caf-definition-error', async () => {
    const broken = formOf([{ type: 'txet', id: 'q', label: 'Name' }]);
    const el = await fixture<CafForm>(html`<caf-form></caf-form>`);
    const event = nextEvent(el, 'caf-definition-error');
    el.definition = broken;
    const { detail } = await event;
    expect(detail.problems[0]!.path).to.equal('/sections/0/items/0/type');
    const panel = $(el, '.caf-definition-problems');
    expect(panel.textContent).to.contain('This form definition has problems');
    expect(panel.textContent).to.contain('/sections/0/items/0/type');
    expect(panel.textContent).to.contain(detail.problems[0]!.message);
    await expect(el).to.be.accessible();
  });

  it('loads a definition from src, leaving its own properties as the page set them', async () => {
    const el = await fixture<CafForm>(html`<caf-form src="/forms/example.json"></caf-form>`);
    await waitUntil(() => el.shadowRoot!.querySelector('form'), 'the form renders');
    expect($(el, 'h1').textContent).to.not.equal('');
    expect(el.definition, "the fetched definition is not written into the page's property").to.equal(undefined);
  });

  for (const [name, src, reason] of [
    ['a 404', '/forms/no-such-form.json', 'status'],
    ['an answer that is not JSON', '/test/csp/strict-page.html', 'not-json'],
    ['a server that cannot be reached', 'http://127.0.0.1:9/form.json', 'network'],
  ] as const) {
    it(`fires caf-load-error for ${name}, with the reason`, async () => {
      const el = document.createElement('caf-form');
      const failed = nextEvent(el, 'caf-load-error');
      el.src = src;
      document.body.append(el);
      try {
        const { detail } = await failed;
        expect(detail).to.include({ src, reason });
        if (reason === 'status') expect(detail.status).to.equal(404);
        await el.updateComplete;
        expect($(el, '.caf-load-error').textContent).to.contain(`The form could not be loaded from ${src}`);
      } finally {
        el.remove();
      }
    });
  }

  it('says so when src cannot be loaded', async () => {
    const el = await fixture<CafForm>(html`<caf-form src="/forms/no-such-form.json"></caf-form>`);
    await waitUntil(() => el.shadowRoot!.querySelector('.caf-load-error'), 'the message shows');
    expect($(el, '.caf-load-error').textContent).to.contain('The form could not be loaded from /forms/no-such-form.json');
  });

  it('shows a placeholder naming a field type that has no renderer', async () => {
    const checked = checkDefinition(formOf([{ type: 'text', id: 'q', label: 'Name' }]));
    if (!checked.ok) throw new Error('the definition must pass');
    const store = new FormStore(checked.definition);
    // A field type the engine may add before this element has a renderer for it.
    const view = { ...fieldView(store, 'q'), field: { type: 'mystery', id: 'q', label: 'Name' } } as unknown as FieldView;
    const host = document.createElement('div');
    render(
      rendererFor('mystery' as never)(view as never, {
        store,
        sectionLevel: 2,
        t: translatorFor('en'),
        prefix: 'caf-',
        set: () => {},
        addRow: () => {},
        removeRow: () => {},
        renderItems: () => html``,
        focusAfterUpdate: () => {},
      }),
      host,
    );
    expect(host.textContent).to.contain('"mystery"');
  });

  it('renders into the light DOM when asked', async () => {
    const el = await fixture<CafForm>(html`<caf-form light-dom .definition=${formOf([{ type: 'text', id: 'q', label: 'Name' }])}></caf-form>`);
    expect(el.shadowRoot).to.equal(null);
    const input = el.querySelector('input')!;
    expect(el.querySelector(`label[for="${input.id}"]`)).to.not.equal(null);
  });
});
