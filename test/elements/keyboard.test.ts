// Keyboard-only completion: a form is filled in and sent with Tab, typing, Space, arrows and
// Enter alone, as someone who cannot use a mouse would.
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { byId, formOf, mount, nextEvent, root } from './helpers.js';

const definition = formOf([
  { type: 'text', id: 'name', label: 'Full name', required: true },
  { type: 'date', id: 'dob', label: 'Date of birth', required: true },
  {
    type: 'radios', id: 'pet', label: 'Do you have a pet?', required: true,
    options: [
      { value: 'yes', label: 'Yes', reveal: [{ type: 'text', id: 'petName', label: "Pet's name", required: true }] },
      { value: 'no', label: 'No' },
    ],
  },
  { type: 'checkboxes', id: 'food', label: 'Food', required: true, options: [{ value: 'a', label: 'Apples' }, { value: 'b', label: 'Bread' }] },
  { type: 'repeat', id: 'people', label: 'People', itemLabel: 'Professional', items: [{ type: 'text', id: 'who', label: 'Name', required: true }] },
  { type: 'signature', id: 'sig', label: 'Signature', required: true, confirmation: 'I confirm this is true' },
]);

const press = (key: string): Promise<void> => sendKeys({ press: key });
const typeText = (text: string): Promise<void> => sendKeys({ type: text });

describe('keyboard-only completion', () => {
  it('fills in and submits the form without a mouse', async () => {
    const el = await mount(definition);
    byId(el, 'name').focus();
    await typeText('Ann Example');
    await press('Tab');
    await typeText('1');
    await press('Tab');
    await typeText('2');
    await press('Tab');
    await typeText('2010');
    await press('Tab'); // the pet radios: Space chooses the focused first option
    await press('Space');
    await el.updateComplete;
    await press('Tab'); // into the revealed follow-up
    expect(root(el).activeElement).to.equal(byId(el, 'petName'));
    await typeText('Rex');
    await press('Tab'); // food: Apples
    await press('Space');
    await press('Tab');
    await press('Tab'); // the row's name
    expect(root(el).activeElement).to.equal(byId(el, 'people-0-who'));
    await typeText('Jo Teacher');
    await press('Tab'); // add another
    await press('Tab'); // signature name
    expect(root(el).activeElement).to.equal(byId(el, 'sig-name'));
    await typeText('Ann Example');
    await press('Tab');
    await typeText('20');
    await press('Tab');
    await typeText('11');
    await press('Tab');
    await typeText('2026');
    await press('Tab');
    await press('Space');
    await press('Tab');
    expect(root(el).activeElement).to.equal(root(el).querySelector('button[type=submit]'));
    const event = nextEvent(el, 'caf-submit');
    await press('Enter');
    expect((await event).detail.envelope.data.s).to.deep.equal({
      name: 'Ann Example', dob: '2010-02-01', pet: 'yes', petName: 'Rex', food: ['a'],
      people: [{ who: 'Jo Teacher' }], sig: { name: 'Ann Example', date: '2026-11-20', confirmed: true },
    });
  });

  it('reaches each input from the error summary with Enter', async () => {
    const el = await mount(definition);
    byId(el, 'name').focus();
    await press('Tab');
    const submitButton = root(el).querySelector<HTMLButtonElement>('button[type=submit]')!;
    submitButton.focus();
    await press('Enter');
    await el.updateComplete;
    await new Promise((r) => setTimeout(r, 0));
    await press('Tab'); // from the focused summary to its first link
    await press('Enter');
    expect(root(el).activeElement).to.equal(byId(el, 'name'));
  });
});
