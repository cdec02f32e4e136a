// Drafts (autosave, opt-in, and only for a named person: storage-scope): answers saved as they
// are typed and brought back on reload with a notice and "Start again"; gone after delivery;
// restored into a newer version of the form as far as they fit, keeping when the work began;
// and without a storage-scope, nothing at all is written to the browser's storage.
import { expect } from '@open-wc/testing';
import { byId, choose, formOf, root, type } from './helpers.js';
import { fillValid, log, newAction, next, place, rawRecords, removeAll, resetStorage, submitButton, text } from './delivery-support.js';

let keys = 0;
const newKey = (): string => `child-${Date.now()}-${++keys}`;
/** The stored drafts whose draft-key is this one. */
const draftsFor = async (key: string): Promise<Record<string, unknown>[]> =>
  (await rawRecords('drafts')).filter((r) => (JSON.parse(r.key as string) as string[])[2] === key);
/** Drafts are written a moment after typing stops, and asynchronously: wait for what is expected. */
const settled = (): Promise<void> => new Promise((r) => setTimeout(r, 100));

/** Waits for a condition the page reaches by itself (a debounced save); fails after 5 s. */
async function until(condition: () => Promise<boolean>): Promise<void> {
  for (let waited = 0; !(await condition()); waited += 50) {
    if (waited > 5000) throw new Error('the condition was never met');
    await new Promise((r) => setTimeout(r, 50));
  }
}

describe('drafts', () => {
  afterEach(resetStorage);

  it('saves answers as they are typed and brings them back on reload, with a notice', async () => {
    const key = newKey();
    const el = await place({ autosave: true, draftKey: key });
    await type(el, byId(el, 'name'), 'Sally');
    await until(async () => (await draftsFor(key)).length === 1); // saved after a pause in typing, no reload needed
    await type(el, byId(el, 'dob-day'), '27');
    removeAll(); // leaving the page writes what is still pending
    await settled();
    const again = await place({ autosave: true, draftKey: key });
    await again.updateComplete;
    expect(byId(again, 'name').value).to.equal('Sally');
    expect(byId(again, 'dob-day').value).to.equal('27');
    const notice = text(again, '.caf-notice');
    expect(notice).to.contain('Your saved answers have been filled in');
    expect(notice).to.contain('Check them before you submit');
    await expect(again).to.be.accessible();
    const other = await place({ autosave: true, draftKey: newKey() });
    expect(byId(other, 'name').value, 'another draft key has its own draft').to.equal('');
  });

  it('"Start again" forgets the draft and empties the form', async () => {
    const key = newKey();
    const el = await place({ autosave: true, draftKey: key });
    await type(el, byId(el, 'name'), 'Sally');
    removeAll();
    await settled();
    const again = await place({ autosave: true, draftKey: key });
    await again.updateComplete;
    root(again).querySelector<HTMLButtonElement>('.caf-start-again')!.click();
    await again.updateComplete;
    expect(byId(again, 'name').value).to.equal('');
    expect(root(again).querySelector('.caf-notice')).to.equal(null);
    expect(root(again).activeElement?.tagName).to.equal('H2');
    removeAll();
    await settled();
    expect(await draftsFor(key)).to.deep.equal([]);
    const third = await place({ autosave: true, draftKey: key });
    expect(byId(third, 'name').value).to.equal('');
  });

  it('is removed once the submission is delivered', async () => {
    const key = newKey();
    const action = newAction();
    const el = await place({ autosave: true, draftKey: key, action });
    await fillValid(el);
    await until(async () => (await draftsFor(key)).length === 1);
    const submitted = next(el, 'caf-submitted');
    submitButton(el).click();
    await submitted;
    expect(await draftsFor(key)).to.deep.equal([]);
    removeAll();
    await settled();
    expect(await draftsFor(key), 'nothing is saved on leaving either').to.deep.equal([]);
    const again = await place({ autosave: true, draftKey: key, action });
    expect(byId(again, 'name').value).to.equal('');
    expect(root(again).querySelector('.caf-notice')).to.equal(null);
  });

  it('keeps when the work began: a submission from a restored draft is as old as the draft', async () => {
    const key = newKey();
    const action = newAction();
    const el = await place({ autosave: true, draftKey: key, action });
    const began = el.startedAt;
    await fillValid(el);
    removeAll();
    await settled(); // and a later page load has a later clock
    const again = await place({ autosave: true, draftKey: key, action });
    await again.updateComplete;
    expect(again.startedAt).to.equal(began);
    const submitted = next(again, 'caf-submitted');
    submitButton(again).click();
    expect((await submitted).detail.envelope.startedAt).to.equal(began);
    const fresh = await place({ autosave: true, draftKey: newKey(), action });
    expect(Date.parse(fresh.startedAt), 'without a draft, the work begins now').to.be.greaterThan(Date.parse(began));
  });

  it('can be cleared by the host (on signing out)', async () => {
    const key = newKey();
    const el = await place({ autosave: true, draftKey: key });
    await type(el, byId(el, 'name'), 'Sally');
    await el.clearDrafts();
    removeAll();
    await settled();
    expect(await draftsFor(key)).to.deep.equal([]);
  });

  it('writes nothing to any storage without a storage-scope, even with autosave on, and says so before the user starts', async () => {
    localStorage.clear();
    sessionStorage.clear();
    const action = newAction();
    const el = await place({ action, autosave: true, storageScope: undefined });
    await el.updateComplete;
    expect(text(el, '.caf-not-stored')).to.contain('Answers are not saved on this device');
    await expect(el).to.be.accessible();
    await fillValid(el);
    removeAll();
    await settled();
    const again = await place({ action, autosave: true, storageScope: undefined });
    expect(byId(again, 'name').value).to.equal('');
    await fillValid(again);
    const submitted = next(again, 'caf-submitted');
    submitButton(again).click();
    await submitted;
    removeAll();
    expect((await log(action)).received.length).to.equal(1);
    expect(localStorage.length, 'localStorage').to.equal(0);
    expect(sessionStorage.length, 'sessionStorage').to.equal(0);
    expect(
      (await indexedDB.databases()).map((d) => d.name),
      'IndexedDB',
    ).to.deep.equal([]);
  });

  it('restores a 1.0.0 draft into 1.1.0 as far as it fits, and says the form has changed', async () => {
    const colour = {
      type: 'radios',
      id: 'colour',
      label: 'Favourite colour',
      options: [
        { value: 'red', label: 'Red' },
        { value: 'blue', label: 'Blue' },
      ],
    };
    const v1 = formOf([{ type: 'text', id: 'name', label: 'Full name' }, { type: 'text', id: 'nickname', label: 'Nickname' }, colour]);
    const v11 = formOf([{ type: 'text', id: 'name', label: 'Full name' }, colour, { type: 'text', id: 'school', label: 'School' }], { version: '1.1.0' });
    const key = newKey();
    const action = newAction();
    const el = await place({ definition: v1, autosave: true, draftKey: key, action });
    await type(el, byId(el, 'name'), 'Sally');
    await type(el, byId(el, 'nickname'), 'Sal');
    await choose(el, byId(el, 'colour-2'));
    removeAll();
    await settled();
    const [saved] = await draftsFor(key);
    expect((saved!.sealed as { plain: object }).plain).to.include({ formId: 'test', version: '1.0.0' });
    const again = await place({ definition: v11, autosave: true, draftKey: key, action });
    await again.updateComplete;
    expect(byId(again, 'name').value).to.equal('Sally');
    expect(byId(again, 'colour-2').checked).to.equal(true);
    expect(byId(again, 'school').value).to.equal('');
    expect(() => byId(again, 'nickname')).to.throw();
    expect(text(again, '.caf-notice')).to.contain(
      'This form has changed since you started it. Answers to questions that are no longer on the form have been removed.',
    );
    await expect(again).to.be.accessible();
    const submitted = next(again, 'caf-submitted');
    submitButton(again).click();
    const { envelope } = (await submitted).detail;
    expect(envelope.formVersion).to.equal('1.1.0');
    expect(envelope.data).to.deep.equal({ s: { name: 'Sally', colour: 'blue' } });
  });
});
