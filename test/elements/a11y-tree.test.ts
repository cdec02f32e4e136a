// What a screen reader is told, read from Chromium's own accessibility tree (not the DOM): a
// revealed follow-up is a group named by its option; an error in a row names the row; a
// computed read-out says what its number is; each part of a signature is described by its own
// error; the page's name says "Error:" after a failed submit.
import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { byId, choose, formOf, mount, root, submit, type } from './helpers.js';

interface AxNode {
  role: string;
  name: string;
  description: string;
  invalid: string;
  level?: number;
  expanded?: boolean;
  depth: number;
}
const tree = async (): Promise<AxNode[]> => (await executeServerCommand<AxNode[], undefined>('caf-ax-tree')) ?? [];
const find = (nodes: AxNode[], role: string, name: string | RegExp): AxNode | undefined =>
  nodes.find((n) => n.role === role && (typeof name === 'string' ? n.name === name : name.test(n.name)));

/** A required repeatable group, as the consent form's partner agencies: one optional and one required question per row. */
const partnerAgencies = {
  type: 'repeat',
  id: 'agencies',
  label: 'Partner agencies',
  itemLabel: 'partner agency',
  required: true,
  items: [
    { type: 'text', id: 'agency', label: 'Agency' },
    { type: 'text', id: 'initials', label: 'Your initials', required: true },
  ],
};

describe('the accessibility tree', () => {
  it('a revealed follow-up is a group named by the option it follows', async () => {
    const el = await mount(
      formOf([
        {
          type: 'radios',
          id: 'pet',
          label: 'Do you have a pet?',
          options: [
            { value: 'yes', label: 'Yes', reveal: [{ type: 'text', id: 'petName', label: 'Pet’s name' }] },
            { value: 'no', label: 'No' },
          ],
        },
      ]),
    );
    expect(find(await tree(), 'group', 'Yes'), 'nothing revealed yet').to.equal(undefined);
    await choose(el, byId(el, 'pet'));
    const nodes = await tree();
    const group = nodes.findIndex((n) => n.role === 'group' && n.name === 'Yes');
    expect(group, 'the revealed block is a group named "Yes"').to.be.greaterThan(-1);
    const inside = nodes.slice(group + 1).find((n) => n.role === 'textbox');
    expect(inside?.name).to.equal('Pet’s name (optional)');
  });

  it('a checkbox that reveals questions says whether it is expanded; a radio names its block only', async () => {
    const el = await mount(
      formOf([
        {
          type: 'checkboxes',
          id: 'contact',
          label: 'How can we contact you?',
          options: [
            { value: 'email', label: 'Email', reveal: [{ type: 'email', id: 'address', label: 'Email address' }] },
            { value: 'post', label: 'Post' },
          ],
        },
        { type: 'yesno', id: 'pet', label: 'Do you have a pet?', reveal: { yes: [{ type: 'text', id: 'petName', label: 'Pet’s name' }] } },
      ]),
    );
    expect(find(await tree(), 'checkbox', 'Email')?.expanded, 'closed').to.equal(false);
    expect(find(await tree(), 'checkbox', 'Post')?.expanded, 'a checkbox that reveals nothing has no expanded state').to.equal(undefined);
    await choose(el, byId(el, 'contact'));
    expect(find(await tree(), 'checkbox', 'Email')?.expanded, 'open').to.equal(true);
    expect(byId(el, 'contact').getAttribute('aria-controls')).to.equal(root(el).querySelector('.govuk-checkboxes__conditional')?.id);
    expect(find(await tree(), 'radio', 'Yes')?.expanded, 'ARIA does not allow aria-expanded on a radio').to.equal(undefined);
    expect(byId(el, 'pet').getAttribute('aria-controls')).to.equal(root(el).querySelector('.govuk-radios__conditional')?.id);
    await expect(el).to.be.accessible();
  });

  it("an error in a repeatable group's row names the row, in the field's description", async () => {
    const el = await mount(formOf([partnerAgencies]));
    await type(el, byId(el, 'agencies-0-agency'), 'School');
    await submit(el);
    const initials = find(await tree(), 'textbox', 'Your initials');
    expect(initials?.description).to.contain('Partner agency 1: Enter your initials');
    expect(initials?.invalid).to.equal('true');
  });

  it('an untouched placeholder row of a required group has its own questions marked, naming the row, after a failed submit', async () => {
    const el = await mount(formOf([partnerAgencies]));
    await submit(el);
    const initials = find(await tree(), 'textbox', 'Your initials');
    expect(initials?.description).to.contain('Partner agency 1: Enter your initials');
    expect(initials?.invalid).to.equal('true');
    expect(find(await tree(), 'textbox', /^Agency/)?.invalid, 'an optional question has nothing to fix').to.not.equal('true');
    const summary = [...root(el).querySelectorAll('.govuk-error-summary__list a')].map((a) => a.textContent?.trim());
    expect(summary).to.deep.equal(['Add at least one partner agency', 'Partner agency 1: Enter your initials']);
    await expect(el).to.be.accessible();

    await type(el, byId(el, 'agencies-0-initials'), 'JT');
    expect(byId(el, 'agencies-0-initials').getAttribute('aria-invalid'), 'a fixed answer clears at once').to.not.equal('true');
  });

  it('a computed read-out announces what its number is', async () => {
    const el = await mount(
      formOf(
        [
          { type: 'yesno', id: 'a', label: 'First' },
          { type: 'yesno', id: 'b', label: 'Second' },
          { type: 'computed', computed: 'yeses', label: 'Number of Yes answers' },
        ],
        { computed: [{ id: 'yeses', label: 'Yes answers', count: { of: ['a', 'b'], equals: 'yes' } }] },
      ),
    );
    await choose(el, byId(el, 'a'));
    const nodes = await tree();
    const spoken = nodes
      .filter((n) => n.role === 'StaticText')
      .map((n) => n.name)
      .join('')
      .replace(/\s+/g, ' ');
    expect(spoken, 'the live region reads "label: value", not a bare number').to.match(/Number of Yes answers: ?1/);
  });

  it('each part of a signature is described by its own error, and the tick box is marked invalid', async () => {
    const el = await mount(formOf([{ type: 'signature', id: 'sig', label: 'Parent’s signature', required: true }]));
    await type(el, byId(el, 'sig-name'), 'Ann Example');
    await submit(el);
    const nodes = await tree();
    const name = find(nodes, 'textbox', /full name/i);
    const box = nodes.find((n) => n.role === 'checkbox');
    expect(name?.description ?? '', 'the name is right: no error describes it').to.equal('');
    expect(box?.invalid).to.equal('true');
    expect(box?.description).to.contain('Tick the box to confirm');
    expect(box?.description).to.not.contain('date of signing');
  });

  it('the page is named "Error: …" after a failed submit', async () => {
    const original = document.title;
    document.title = 'Consent to share information';
    try {
      const el = await mount(formOf([{ type: 'text', id: 'q', label: 'Name', required: true }]));
      await submit(el);
      expect(find(await tree(), 'RootWebArea', /^Error: /)?.name).to.match(/^Error: .*Consent to share information$/);
      await type(el, byId(el, 'q'), 'Ann');
      await submit(el);
      expect(find(await tree(), 'RootWebArea', /Consent to share information$/)?.name).to.not.match(/^Error:/);
    } finally {
      document.title = original;
    }
  });
});
