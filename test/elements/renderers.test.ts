// Each field type: its label is tied to its input, the hint and (after a failed submit) the
// error are announced through aria-describedby, and aria-invalid appears only with an error.
import { expect } from '@open-wc/testing';
import { $, byId, describedIds, formOf, mount, root, submit, type } from './helpers.js';

interface Case {
  name: string;
  item: Record<string, unknown>;
  /** The id tail of the input the label points at. */
  input: string;
  /** Where aria-describedby sits: the input itself, or its fieldset. */
  group: boolean;
  /** Whether the input gets aria-invalid (radios and checkboxes announce errors through the fieldset). */
  invalid: boolean;
}

const options = [{ value: 'a', label: 'Apple' }, { value: 'b', label: 'Banana' }];
const cases: Case[] = [
  { name: 'text', item: { type: 'text', id: 'q', label: 'Full name', hint: 'As on a passport', required: true }, input: 'q', group: false, invalid: true },
  { name: 'email', item: { type: 'email', id: 'q', label: 'Email', hint: 'We reply here', required: true }, input: 'q', group: false, invalid: true },
  { name: 'number', item: { type: 'number', id: 'q', label: 'Age', hint: 'In years', required: true }, input: 'q', group: false, invalid: true },
  { name: 'textarea', item: { type: 'textarea', id: 'q', label: 'Reason', hint: 'Say why', required: true, maxLength: 20 }, input: 'q', group: false, invalid: true },
  { name: 'date', item: { type: 'date', id: 'q', label: 'Date of birth', hint: 'For example, 27 3 2014', required: true }, input: 'q-day', group: true, invalid: true },
  { name: 'radios', item: { type: 'radios', id: 'q', label: 'Fruit', hint: 'Pick one', required: true, options }, input: 'q', group: true, invalid: false },
  { name: 'checkboxes', item: { type: 'checkboxes', id: 'q', label: 'Fruits', hint: 'Pick any', required: true, options }, input: 'q', group: true, invalid: false },
  { name: 'select', item: { type: 'select', id: 'q', label: 'Fruit', hint: 'Pick one', required: true, options }, input: 'q', group: false, invalid: true },
  { name: 'yesno', item: { type: 'yesno', id: 'q', label: 'Agree?', hint: 'Yes or no', required: true }, input: 'q', group: true, invalid: false },
  { name: 'scale', item: { type: 'scale', id: 'q', label: 'How helpful?', hint: 'Pick one', required: true, options }, input: 'q', group: true, invalid: false },
  { name: 'rating', item: { type: 'rating', id: 'q', label: 'Confidence', hint: '1 to 5', required: true, lowLabel: 'Low', highLabel: 'High' }, input: 'q', group: true, invalid: false },
  { name: 'signature', item: { type: 'signature', id: 'q', label: 'Signature', hint: 'Sign here', required: true }, input: 'q-name', group: true, invalid: true },
];

describe('field renderers', () => {
  for (const c of cases) {
    describe(c.name, () => {
      it('ties the label, hint and error to the input', async () => {
        const el = await mount(formOf([c.item]));
        const input = byId(el, c.input);
        const labels = root(el).querySelectorAll(`label[for="${input.id}"]`);
        expect(labels.length, 'one label for the input').to.equal(1);
        const described = c.group ? input.closest('.govuk-form-group > fieldset')! : input;
        const hint = $(el, '.govuk-hint');
        expect(describedIds(described)).to.include(hint.id);
        expect(input.hasAttribute('aria-invalid')).to.equal(false);
        expect(root(el).querySelector('.govuk-error-message')).to.equal(null);

        await submit(el);
        const error = $(el, '.govuk-error-message');
        expect(error.textContent).to.contain('Error:');
        expect(describedIds(described)).to.include(error.id);
        expect(input.getAttribute('aria-invalid')).to.equal(c.invalid ? 'true' : null);
        expect($(el, '.govuk-form-group').classList.contains('govuk-form-group--error')).to.equal(true);
        await expect(el).to.be.accessible();
      });
    });
  }

  it('counts characters down on a textarea and never blocks typing', async () => {
    const el = await mount(formOf([{ type: 'textarea', id: 'q', label: 'Reason', maxLength: 10 }]));
    const area = byId<HTMLTextAreaElement>(el, 'q');
    expect(area.hasAttribute('maxlength')).to.equal(false);
    expect(describedIds(area)).to.include(byId(el, 'q-info').id);
    await type(el, area, 'abc');
    expect($(el, '.govuk-character-count__status').textContent).to.contain('You have 7 characters remaining');
    await type(el, area, 'abcdefghijkl');
    expect(area.value).to.equal('abcdefghijkl');
    expect($(el, '.govuk-character-count__status').textContent).to.contain('You have 2 characters too many');
  });

  it('uses numeric inputs for the parts of a date', async () => {
    const el = await mount(formOf([{ type: 'date', id: 'q', label: 'Date' }]));
    for (const part of ['day', 'month', 'year']) expect(byId(el, `q-${part}`).getAttribute('inputmode')).to.equal('numeric');
  });

  it('shows a rating with its end labels', async () => {
    const el = await mount(formOf([{ type: 'rating', id: 'q', label: 'Confidence', max: 4, lowLabel: 'Not at all', highLabel: 'Very' }]));
    expect(root(el).querySelectorAll('input[type=radio]').length).to.equal(4);
    expect($(el, '.caf-rating__ends').textContent).to.contain('Not at all').and.contain('Very');
  });
});
