// Keyboard-only completion: a form is filled in and sent with Tab, typing, Space, arrows and
// Enter alone, as someone who cannot use a mouse would.
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { byId, exampleDefinition, formOf, mount, nextEvent, root } from './helpers.js';
import type { CafForm } from '../../packages/elements/src/caf-form.js';

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
    required: true,
    options: [
      { value: 'a', label: 'Apples' },
      { value: 'b', label: 'Bread' },
    ],
  },
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
      name: 'Ann Example',
      dob: '2010-02-01',
      pet: 'yes',
      petName: 'Rex',
      food: ['a'],
      people: [{ who: 'Jo Teacher' }],
      sig: { name: 'Ann Example', date: '2026-11-20', confirmed: true },
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

  it('completes the whole example form with the keyboard alone; the envelope passes the compiled schema', async () => {
    const el = await mount(await exampleDefinition());
    const tabTo = (tail: string): Promise<void> => tabUntil(el, tail);
    const date = async (tail: string, d: string, m: string, y: string): Promise<void> => {
      await tabTo(`${tail}-day`);
      await typeText(d);
      await tabTo(`${tail}-month`);
      await typeText(m);
      await tabTo(`${tail}-year`);
      await typeText(y);
    };
    byId(el, 'childName').focus();
    await typeText('Sally Example');
    await date('dateOfBirth', '27', 'March', '2014'); // a month name is accepted, as GOV.UK allows
    await tabTo('gender');
    await press('ArrowDown'); // male → female
    await tabTo('postcode');
    await typeText('mk42 9ap');
    await tabTo('contactEmail');
    await typeText('parent@example.com');
    await tabTo('emailConsent');
    await press('Space');
    await tabTo('hasDisability');
    await press('Space');
    await tabTo('disabilityDetails');
    await typeText('Hearing impairment');
    await tabTo('language');
    await typeText('Polish'); // a closed select chooses by typing
    await tabTo('interpreter');
    await press('ArrowRight'); // yes → no
    await tabTo('reason');
    await typeText('School raised concerns.');
    await tabTo('concerns-2');
    await press('Space'); // learning
    for (const row of ['harm', 'school', 'health', 'carer']) {
      await tabTo(`risks-${row}`);
      await press('ArrowRight');
    } // no
    await tabTo('confidence');
    await press('ArrowRight');
    await press('ArrowRight'); // 3
    await tabTo('professionals-0-professionalName');
    await typeText('Jo Teacher');
    await tabTo('professionals-0-isLead');
    await press('Space');
    await date('professionals-0-leadSince', '1', '9', '2026');
    await tabTo('parentSignature-name');
    await typeText('Anna Example');
    await date('parentSignature', '20', '11', '2026');
    await tabTo('parentSignature-confirmed');
    await press('Space');
    const event = nextEvent(el, 'caf-submit');
    await tabUntilSubmit(el);
    await press('Enter');
    const envelope = (await event).detail.envelope;
    // A path, not a module name: the cast keeps the compiler from resolving it (the file is built before the tests).
    // eslint-disable-next-line @typescript-eslint/no-unnecessary-type-assertion
    const { default: validate } = (await import(/* @vite-ignore */ '/dist/forms/example.validate.js' as string)) as {
      default: ((data: unknown) => boolean) & { errors?: unknown };
    };
    expect(validate(envelope), JSON.stringify(validate.errors)).to.equal(true);
    expect(envelope.data.child).to.deep.include({ dateOfBirth: '2014-03-27', gender: 'female', postcode: 'MK42 9AP', language: 'polish', interpreter: 'no' });
    expect(envelope.data.wellbeing).to.deep.equal({ risks: { harm: 'no', school: 'no', health: 'no', carer: 'no' }, confidence: 3 });
    expect(envelope.data.people).to.deep.equal({ professionals: [{ professionalName: 'Jo Teacher', isLead: 'yes', leadSince: '2026-09-01' }] });
  });
});

/** Presses Tab until the input whose id ends with `tail` has focus: only forward, only the keyboard. */
async function tabUntil(el: CafForm, tail: string): Promise<void> {
  const target = byId(el, tail);
  for (let presses = 0; presses < 40 && root(el).activeElement !== target; presses++) await press('Tab');
  expect(root(el).activeElement, `Tab reaches ${tail}`).to.equal(target);
}

async function tabUntilSubmit(el: CafForm): Promise<void> {
  const button = root(el).querySelector('button[type=submit]');
  for (let presses = 0; presses < 40 && root(el).activeElement !== button; presses++) await press('Tab');
  expect(root(el).activeElement, 'Tab reaches the submit button').to.equal(button);
}
