// Each field type: its label is tied to its input, the hint and (after a failed submit) the
// error are announced through aria-describedby, and aria-invalid appears only with an error.
import { expect } from '@open-wc/testing';
import { $, byId, describedIds, formOf, mount, nextEvent, root, submit, type } from './helpers.js';

interface Case {
  name: string;
  item: Record<string, unknown>;
  /** The id tail of the input the label points at. */
  input: string;
  /** Where aria-describedby sits: the input itself, or its fieldset. */
  group: boolean;
  /** The input's own error message describes it (a signature's parts), not the fieldset's. */
  ownErrors?: boolean;
  /** Whether the input gets aria-invalid (radios and checkboxes announce errors through the fieldset). */
  invalid: boolean;
}

const options = [
  { value: 'a', label: 'Apple' },
  { value: 'b', label: 'Banana' },
];
const cases: Case[] = [
  { name: 'text', item: { type: 'text', id: 'q', label: 'Full name', hint: 'As on a passport', required: true }, input: 'q', group: false, invalid: true },
  { name: 'email', item: { type: 'email', id: 'q', label: 'Email', hint: 'We reply here', required: true }, input: 'q', group: false, invalid: true },
  { name: 'tel', item: { type: 'tel', id: 'q', label: 'Telephone', hint: 'A UK number', required: true }, input: 'q', group: false, invalid: true },
  { name: 'postcode', item: { type: 'postcode', id: 'q', label: 'Postcode', hint: 'Like MK42 9AP', required: true }, input: 'q', group: false, invalid: true },
  { name: 'number', item: { type: 'number', id: 'q', label: 'Age', hint: 'In years', required: true }, input: 'q', group: false, invalid: true },
  {
    name: 'textarea',
    item: { type: 'textarea', id: 'q', label: 'Reason', hint: 'Say why', required: true, maxLength: 20 },
    input: 'q',
    group: false,
    invalid: true,
  },
  {
    name: 'date',
    item: { type: 'date', id: 'q', label: 'Date of birth', hint: 'For example, 27 3 2014', required: true },
    input: 'q-day',
    group: true,
    invalid: true,
  },
  {
    name: 'time',
    item: { type: 'time', id: 'q', label: 'Time of the meeting', hint: 'For example, 2:30pm', required: true },
    input: 'q',
    group: false,
    invalid: true,
  },
  { name: 'radios', item: { type: 'radios', id: 'q', label: 'Fruit', hint: 'Pick one', required: true, options }, input: 'q', group: true, invalid: false },
  {
    name: 'checkboxes',
    item: { type: 'checkboxes', id: 'q', label: 'Fruits', hint: 'Pick any', required: true, options },
    input: 'q',
    group: true,
    invalid: false,
  },
  { name: 'select', item: { type: 'select', id: 'q', label: 'Fruit', hint: 'Pick one', required: true, options }, input: 'q', group: false, invalid: true },
  { name: 'yesno', item: { type: 'yesno', id: 'q', label: 'Agree?', hint: 'Yes or no', required: true }, input: 'q', group: true, invalid: false },
  {
    name: 'scale',
    item: { type: 'scale', id: 'q', label: 'How helpful?', hint: 'Pick one', required: true, options },
    input: 'q',
    group: true,
    invalid: false,
  },
  {
    name: 'rating',
    item: { type: 'rating', id: 'q', label: 'Confidence', hint: '1 to 5', required: true, lowLabel: 'Low', highLabel: 'High' },
    input: 'q',
    group: true,
    invalid: false,
  },
  // A signature's parts carry their own messages: the name's describes the name input.
  {
    name: 'signature',
    item: { type: 'signature', id: 'q', label: 'Signature', hint: 'Sign here', required: true },
    input: 'q-name',
    group: true,
    invalid: true,
    ownErrors: true,
  },
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
        expect(describedIds(c.ownErrors ? input : described)).to.include(error.id);
        expect(input.getAttribute('aria-invalid')).to.equal(c.invalid ? 'true' : null);
        expect($(el, '.govuk-form-group').classList.contains('govuk-form-group--error')).to.equal(true);
        await expect(el).to.be.accessible();
      });
    });
  }

  // Empty, filled and read-only (the document) states, each checked with axe; the error state is above.
  const answers: Record<string, [unknown, string]> = {
    text: ['Ann', 'Ann'],
    tel: ['01632 960 001', '01632 960 001'],
    postcode: ['MK42 9AP', 'MK42 9AP'],
    email: ['ann@example.com', 'ann@example.com'],
    number: [12, '12'],
    textarea: ['Because', 'Because'],
    date: ['2014-03-27', '27 March 2014'],
    time: ['14:30', '2:30pm'],
    radios: ['a', 'Apple'],
    checkboxes: [['a', 'b'], 'AppleBanana'],
    select: ['b', 'Banana'],
    yesno: ['no', 'No'],
    scale: ['a', 'Apple'],
    rating: [4, '4 out of 5'],
    signature: [{ name: 'Ann Example', date: '2026-11-20', confirmed: true }, 'Ann ExampleSigned on 20 November 2026'],
  };
  for (const c of cases) {
    it(`${c.name}: is accessible empty, filled and read-only, and reads back the answer in words`, async () => {
      await expect(await mount(formOf([c.item]))).to.be.accessible();
      const [answer, words] = answers[c.name]!;
      const data = { s: { q: answer } };
      const filled = await mount(formOf([c.item]), { data });
      await expect(filled).to.be.accessible();
      const readOnly = await mount(formOf([c.item]), { data, readonly: true });
      expect($(readOnly, '.govuk-summary-list__value').textContent.trim()).to.equal(words);
      await expect(readOnly).to.be.accessible();
    });
  }

  const grid = {
    type: 'grid',
    id: 'q',
    label: 'Risks',
    hint: 'Answer each',
    required: true,
    columns: [
      { value: 'yes', label: 'Yes' },
      { value: 'no', label: 'No' },
    ],
    rows: [
      { id: 'harm', number: '1', label: 'Risk of harm', specify: { id: 'harmSpecify', label: 'Please specify', showFor: ['yes'] } },
      { id: 'school', number: '2', label: 'School' },
    ],
  };
  const group = {
    type: 'repeat',
    id: 'q',
    label: 'Professionals',
    itemLabel: 'Professional',
    required: true,
    items: [
      { type: 'text', id: 'who', label: 'Name', required: true },
      { type: 'date', id: 'since', label: 'Since' },
    ],
  };

  it('grid: each row is a fieldset whose error is tied to it; accessible in every state', async () => {
    const el = await mount(formOf([grid]));
    await expect(el).to.be.accessible();
    await submit(el);
    const row = byId(el, 'q-harm').closest('fieldset')!;
    expect(row.querySelector('legend')!.textContent).to.equal('1. Risk of harm');
    const error = row.querySelector('.govuk-error-message')!;
    expect(describedIds(row)).to.include(error.id);
    await expect(el).to.be.accessible();
    const data = { s: { q: { harm: 'yes', harmSpecify: 'Knife at home', school: 'no' } } };
    await expect(await mount(formOf([grid]), { data })).to.be.accessible();
    const readOnly = await mount(formOf([grid]), { data, readonly: true });
    const rows = [...root(readOnly).querySelectorAll('.govuk-summary-list__row')].map((r) =>
      [...r.children].map((c) => c.textContent.replace(/\s+/g, ' ').trim()),
    );
    expect(rows, 'a summary list of the questions, details after the answer').to.deep.equal([
      ['1. Risk of harm', 'YesKnife at home'],
      ['2. School', 'No'],
    ]);
    await expect(readOnly).to.be.accessible();
  });

  it('repeat: each row is a fieldset named by its number; accessible in every state', async () => {
    const el = await mount(formOf([group]));
    // The row's fieldset names it ("Professional 1"); its labels do not repeat that.
    expect(byId(el, 'q-0-who').closest('fieldset.caf-repeat__row')!.querySelector('legend')!.textContent).to.contain('Professional 1');
    expect(root(el).querySelector(`label[for="${byId(el, 'q-0-who').id}"]`)!.textContent).to.not.contain('Professional 1');
    await expect(el).to.be.accessible();
    const half = await mount(formOf([group]), { data: { s: { q: [{ since: '2026-09-01' }] } } });
    await submit(half);
    expect(byId(half, 'q-0-who').getAttribute('aria-invalid')).to.equal('true');
    expect(describedIds(byId(half, 'q-0-who'))).to.include(byId(half, 'q-0-who-error').id);
    await expect(half).to.be.accessible();
    const data = { s: { q: [{ who: 'Jo', since: '2026-09-01' }, { who: 'Sam' }] } };
    await expect(await mount(formOf([group]), { data })).to.be.accessible();
    const readOnly = await mount(formOf([group]), { data, readonly: true });
    const cards = [...root(readOnly).querySelectorAll('.govuk-summary-card')].map((card) => [
      card.querySelector('.govuk-summary-card__title')!.textContent.trim(),
      ...[...card.querySelectorAll('.govuk-summary-list__value')].map((v) => v.textContent.trim()),
    ]);
    expect(cards, 'a summary card per item; an empty answer says so').to.deep.equal([
      ['Professional 1', 'Jo', '1 September 2026'],
      ['Professional 2', 'Sam', 'Not answered'],
    ]);
    await expect(readOnly).to.be.accessible();
  });

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

  it('speaks the character count once after a pause in typing, not on every key', async () => {
    const el = await mount(formOf([{ type: 'textarea', id: 'q', label: 'Reason', maxLength: 100 }]));
    const area = byId<HTMLTextAreaElement>(el, 'q');
    const spoken = $(el, '.govuk-character-count__sr-status');
    expect(spoken.textContent).to.contain('You have 100 characters remaining');
    const changes: string[] = [];
    new MutationObserver(() => changes.push(spoken.textContent.trim())).observe(spoken, { childList: true, characterData: true, subtree: true });
    for (let n = 1; n <= 15; n++) {
      area.value = 'x'.repeat(n);
      area.dispatchEvent(new Event('input'));
      await el.updateComplete;
    }
    expect($(el, '.govuk-character-count__status').textContent, 'the visible count follows each key').to.contain('85 characters remaining');
    expect(changes, 'nothing spoken while typing').to.deep.equal([]);
    await new Promise((r) => setTimeout(r, 1300));
    expect(changes, 'spoken once, after the pause').to.deep.equal(['You have 85 characters remaining']);
  });

  it('marks the date parts GOV.UK marks after a submit', async () => {
    const marked = async (input: [string, string, string], mustBe?: string): Promise<string[]> => {
      const el = await mount(formOf([{ type: 'date', id: 'q', label: 'Date', required: true, ...(mustBe ? { mustBe } : {}) }]));
      for (const [i, part] of (['day', 'month', 'year'] as const).entries()) await type(el, byId(el, `q-${part}`), input[i]!);
      await submit(el);
      return (['day', 'month', 'year'] as const).filter((part) => byId(el, `q-${part}`).classList.contains('govuk-input--error'));
    };
    expect(await marked(['27', '', ''])).to.deep.equal(['month', 'year']);
    expect(await marked(['x', 'y', '2012'])).to.deep.equal(['day', 'month']);
    expect(await marked(['27', '3', '2099'], 'past')).to.deep.equal(['day', 'month', 'year']);
    expect(await marked(['', '', ''])).to.deep.equal(['day', 'month', 'year']);
  });

  it("offers no autocomplete token unless the definition names one (the details asked for are often someone else's)", async () => {
    const el = await mount(
      formOf([
        { type: 'email', id: 'parentEmail', label: 'Parent’s email address' },
        { type: 'tel', id: 'gpPhone', label: 'GP’s telephone number' },
        { type: 'postcode', id: 'pc', label: 'Postcode' },
        { type: 'text', id: 'me', label: 'Your full name', autocomplete: 'name' },
        { type: 'signature', id: 'sig', label: 'Signature' },
      ]),
    );
    for (const id of ['parentEmail', 'gpPhone', 'pc']) expect(byId(el, id).hasAttribute('autocomplete'), id).to.equal(false);
    expect(byId(el, 'me').getAttribute('autocomplete')).to.equal('name');
    expect(byId(el, 'sig-name').getAttribute('autocomplete'), 'a signatory is not always the user').to.equal('off');
    const own = await mount(
      formOf([
        { type: 'email', id: 'myEmail', label: 'Your email address', autocomplete: 'email' },
        { type: 'date', id: 'myBirthday', label: 'Your date of birth', ownBirthday: true },
        { type: 'date', id: 'childDob', label: 'Child’s date of birth' },
      ]),
    );
    expect(byId(own, 'myEmail').getAttribute('autocomplete')).to.equal('email');
    expect(['day', 'month', 'year'].map((p) => byId(own, `myBirthday-${p}`).getAttribute('autocomplete'))).to.deep.equal([
      'bday-day',
      'bday-month',
      'bday-year',
    ]);
    expect(byId(own, 'childDob-day').hasAttribute('autocomplete'), "someone else's birthday").to.equal(false);
  });

  it('draws each one-line type with its own kind of input (renderers/<type>.ts): keyboard, width, spelling marks, unit', async () => {
    const el = await mount(
      formOf([
        { type: 'text', id: 'name', label: 'Full name' },
        { type: 'email', id: 'mail', label: 'Email address' },
        { type: 'tel', id: 'phone', label: 'Telephone number' },
        { type: 'postcode', id: 'pc', label: 'Postcode' },
        { type: 'number', id: 'hours', label: 'Hours a week', suffix: 'hours' },
        { type: 'number', id: 'count', label: 'Number of children', width: '3' },
      ]),
    );
    const kind = (id: string): (string | null)[] => {
      const input = byId(el, id);
      return [input.getAttribute('type'), input.getAttribute('inputmode'), input.getAttribute('spellcheck'), input.className.replace(/\s+/g, ' ').trim()];
    };
    expect(kind('name')).to.deep.equal(['text', null, null, 'govuk-input']);
    expect(kind('mail')).to.deep.equal(['email', null, 'false', 'govuk-input govuk-input--width-30']);
    expect(kind('phone')).to.deep.equal(['tel', null, null, 'govuk-input govuk-input--width-20']);
    expect(kind('pc')).to.deep.equal(['text', null, null, 'govuk-input govuk-input--width-10']);
    expect(kind('hours')).to.deep.equal(['text', 'decimal', null, 'govuk-input govuk-input--width-5']);
    expect(byId(el, 'hours').nextElementSibling?.textContent).to.equal('hours');
    expect(kind('count'), "the definition's width wins").to.deep.equal(['text', 'decimal', null, 'govuk-input govuk-input--width-3']);
    expect(byId(el, 'count').nextElementSibling, 'no unit, no suffix').to.equal(null);
  });

  it('takes a time as people write it and sends it as 24-hour HH:MM', async () => {
    const el = await mount(formOf([{ type: 'time', id: 'q', label: 'Time of the meeting', required: true }]));
    await type(el, byId(el, 'q'), '2:30pm');
    const sent = nextEvent(el, 'caf-submit');
    await submit(el);
    expect((await sent).detail.envelope.data).to.deep.equal({ s: { q: '14:30' } });
    const wrong = await mount(formOf([{ type: 'time', id: 'q', label: 'Time of the meeting', required: true }]));
    await type(wrong, byId(wrong, 'q'), 'tea time');
    await submit(wrong);
    expect($(wrong, '.govuk-error-summary a').textContent.trim()).to.equal('Enter time of the meeting as a time, like 9:30am or 14:30');
    expect(byId(wrong, 'q').classList.contains('govuk-input--error')).to.equal(true);
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
