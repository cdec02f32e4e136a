// The govuk-frontend styles are adopted in the shadow root, and the --caf-* properties theme them.
import { expect, fixture, html } from '@open-wc/testing';
import type { CafForm } from '../../packages/elements/src/caf-form.js';
import { $, formOf, submit } from './helpers.js';

const definition = formOf([{ type: 'text', id: 'q', label: 'Name', required: true }]);

describe('caf-form styles', () => {
  it('uses GOV.UK styles with the system font, themed by --caf-error-colour', async () => {
    const el = await fixture<CafForm>(html`<caf-form style="--caf-error-colour: rgb(1, 2, 3)" .definition=${definition}></caf-form>`);
    await submit(el);
    const group = getComputedStyle($(el, '.govuk-form-group--error'));
    expect(group.borderLeftWidth).to.equal('5px');
    expect(group.borderLeftColor).to.equal('rgb(1, 2, 3)');
    expect(getComputedStyle($(el, '.govuk-label')).fontFamily).to.not.contain('GDS Transport');
  });
});
