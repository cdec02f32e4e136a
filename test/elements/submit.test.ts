// The GOV.UK validation flow: a failed submit shows the error summary and focuses it, its links
// focus the inputs, and each error clears as soon as its answer is fixed.
import { expect } from '@open-wc/testing';
import { $, byId, choose, formOf, mount, nextEvent, root, submit, type } from './helpers.js';

const definition = formOf([
  { type: 'text', id: 'name', label: 'Full name', required: true },
  { type: 'date', id: 'dob', label: 'Date of birth', required: true },
  {
    type: 'radios',
    id: 'pet',
    label: 'Do you have a pet?',
    required: true,
    options: [
      { value: 'yes', label: 'Yes', reveal: [{ type: 'text', id: 'petName', label: "Pet's name", required: true }] },
      { value: 'no', label: 'No' },
    ],
  },
  {
    type: 'checkboxes',
    id: 'food',
    label: 'Food',
    options: [
      { value: 'a', label: 'Apples' },
      { value: 'b', label: 'Bread' },
      { value: 'none', label: 'None of these', exclusive: true },
    ],
  },
  {
    type: 'repeat',
    id: 'people',
    label: 'People',
    itemLabel: 'Professional',
    maxItems: 2,
    items: [{ type: 'text', id: 'who', label: 'Name', required: true }],
  },
]);

describe('submitting', () => {
  it('shows "There is a problem" and moves focus to the summary', async () => {
    const el = await mount(definition);
    const invalid = nextEvent(el, 'caf-invalid');
    await submit(el);
    const summary = $(el, '.govuk-error-summary');
    expect(summary.textContent).to.contain('There is a problem');
    expect(root(el).activeElement).to.equal(summary);
    expect((await invalid).detail.problems.map((p) => p.path)).to.deep.equal(['name', 'dob', 'pet']);
  });

  it('links each problem to its input and focuses it', async () => {
    const el = await mount(definition);
    await submit(el);
    const links = [...root(el).querySelectorAll<HTMLAnchorElement>('.govuk-error-summary__list a')];
    expect(links.map((a) => a.textContent)).to.deep.equal(['Enter full name', 'Enter date of birth', 'Select do you have a pet']);
    links[1]!.click();
    expect(root(el).activeElement).to.equal(byId(el, 'dob-day'));
    links[2]!.click();
    expect(root(el).activeElement).to.equal(byId(el, 'pet'));
    links[0]!.click();
    expect(root(el).activeElement).to.equal(byId(el, 'name'));
  });

  it("removes a field's error as soon as it is fixed, and leaves the error summary alone until the next submit", async () => {
    const el = await mount(definition);
    await submit(el);
    const summary = $(el, '.govuk-error-summary');
    const before = summary.outerHTML;
    const changes: MutationRecord[] = [];
    new MutationObserver((records) => changes.push(...records)).observe(summary, { subtree: true, childList: true, characterData: true, attributes: true });
    await type(el, byId(el, 'name'), 'Ann');
    await type(el, byId(el, 'dob-day'), '27'); // a date half typed: not turned into another message
    expect(byId(el, 'name').hasAttribute('aria-invalid')).to.equal(false);
    expect(
      root(el).querySelector('#' + CSS.escape(byId(el, 'dob-day').closest('fieldset')!.getAttribute('aria-describedby')!.split(' ').pop()!))?.textContent,
    ).to.contain('Enter date of birth');
    await new Promise((r) => setTimeout(r, 0));
    expect(changes, 'the summary (a role=alert region) is not touched while the user types').to.deep.equal([]);
    expect($(el, '.govuk-error-summary').outerHTML).to.equal(before);
    await submit(el);
    const links = [...root(el).querySelectorAll('.govuk-error-summary__list a')].map((a) => a.textContent);
    expect(links).to.not.include('Enter full name');
    expect(links).to.include('Date of birth must include a month and year');
  });

  it('reveals a follow-up under its option and leaves hidden answers out of the envelope', async () => {
    const el = await mount(definition);
    expect(() => byId(el, 'petName')).to.throw();
    await choose(el, byId(el, 'pet'));
    expect(byId(el, 'petName').closest('.govuk-radios__conditional')).to.not.equal(null);
    await type(el, byId(el, 'petName'), 'Rex');
    await choose(el, byId(el, 'pet-2'));
    expect(() => byId(el, 'petName')).to.throw();
    await type(el, byId(el, 'name'), 'Ann');
    for (const [part, v] of [
      ['day', '1'],
      ['month', '2'],
      ['year', '2010'],
    ] as const)
      await type(el, byId(el, `dob-${part}`), v);
    const event = nextEvent(el, 'caf-submit');
    await submit(el);
    expect((await event).detail.envelope.data.s).to.deep.equal({ name: 'Ann', dob: '2010-02-01', pet: 'no' });
  });

  it('clears other checkboxes when "None" is chosen, and "None" when another is', async () => {
    const el = await mount(definition);
    await choose(el, byId(el, 'food'));
    await choose(el, byId(el, 'food-2'));
    await choose(el, byId(el, 'food-3'));
    expect([1, 2, 3].map((n) => byId(el, n === 1 ? 'food' : `food-${n}`).checked)).to.deep.equal([false, false, true]);
    await choose(el, byId(el, 'food'));
    expect([1, 2, 3].map((n) => byId(el, n === 1 ? 'food' : `food-${n}`).checked)).to.deep.equal([true, false, false]);
  });

  it('adds and removes rows, up to the maximum, and the envelope follows', async () => {
    const el = await mount(definition);
    expect($(el, '.caf-repeat__row legend').textContent).to.contain('Professional 1');
    expect(byId(el, 'people-0-who').closest('fieldset.caf-repeat__row')!.querySelector('legend')!.textContent).to.contain('Professional 1');
    await type(el, byId(el, 'people-0-who'), 'Jo');
    expect(byId(el, 'people-0-who').value, 'typing in the first row is kept').to.equal('Jo');
    $<HTMLButtonElement>(el, '.caf-repeat__add').click();
    await el.updateComplete;
    await el.updateComplete;
    expect(root(el).activeElement, 'the new row has focus').to.equal(byId(el, 'people-row-1'));
    expect(root(el).querySelector('.caf-repeat__add'), 'no add button at the maximum').to.equal(null);
    await type(el, byId(el, 'people-1-who'), 'Sam');
    root(el).querySelectorAll<HTMLButtonElement>('.caf-repeat__remove')[0]!.click();
    await el.updateComplete;
    await el.updateComplete;
    expect(root(el).activeElement, 'the group has focus').to.equal(byId(el, 'people'));
    expect(byId(el, 'people-0-who').value).to.equal('Sam');
    expect(root(el).querySelectorAll('.caf-repeat__row').length).to.equal(1);
    await type(el, byId(el, 'name'), 'Ann');
    for (const [part, v] of [
      ['day', '1'],
      ['month', '2'],
      ['year', '2010'],
    ] as const)
      await type(el, byId(el, `dob-${part}`), v);
    await choose(el, byId(el, 'pet-2'));
    const event = nextEvent(el, 'caf-submit');
    await submit(el);
    expect((await event).detail.envelope.data.s!.people).to.deep.equal([{ who: 'Sam' }]);
  });

  it("names the row of each error in a repeatable group, so three rows' errors can be told apart", async () => {
    const el = await mount(
      formOf(
        [
          {
            type: 'repeat',
            id: 'agencies',
            label: 'Partner agencies',
            itemLabel: 'partner agency',
            required: true,
            items: [
              { type: 'text', id: 'agency', label: 'Agency' },
              { type: 'text', id: 'initials', label: 'Your initials', required: true },
            ],
          },
        ],
        { id: 'rows' },
      ),
    );
    for (let row = 0; row < 3; row++) {
      if (row > 0) {
        $<HTMLButtonElement>(el, '.caf-repeat__add').click();
        await el.updateComplete;
      }
      await type(el, byId(el, `agencies-${row}-agency`), `Agency ${row + 1}`);
    }
    await submit(el);
    const links = [...root(el).querySelectorAll('.govuk-error-summary__list a')].map((a) => a.textContent);
    expect(links).to.deep.equal(['Partner agency 1: Enter your initials', 'Partner agency 2: Enter your initials', 'Partner agency 3: Enter your initials']);
    await expect(el).to.be.accessible();
  });
});
