// The example form (every field type) end to end: accessible in every state, and the
// envelope a submit emits holds exactly the answers shown.
import { expect } from '@open-wc/testing';
import { $, byId, choose, exampleData, exampleDefinition, mount, nextEvent, root, submit, type } from './helpers.js';

describe('caf-form with the example form', () => {
  it('renders every section and is accessible empty', async () => {
    const el = await mount(await exampleDefinition());
    expect(root(el).querySelectorAll('section').length).to.equal(5);
    expect($<HTMLFormElement>(el, 'form').noValidate).to.equal(true);
    await expect(el).to.be.accessible();
  });

  it('is accessible filled with the sample answers, and submits them as they were', async () => {
    const data = await exampleData();
    const el = await mount(await exampleDefinition(), { data });
    expect(byId(el, 'childName').value).to.equal('Sally Example');
    await expect(el).to.be.accessible();
    const event = nextEvent(el, 'caf-submit');
    await submit(el);
    const { detail, cancelable, bubbles, composed } = await event;
    expect([cancelable, bubbles, composed]).to.deep.equal([true, true, true]);
    expect(detail.envelope.data).to.deep.equal(data);
    expect(detail.envelope.formId).to.equal('example');
    expect(detail.envelope.computed).to.deep.equal({ risksYes: 2, supportScore: 5, nextStep: 'caf' });
  });

  it('reuses one submission id for every submit of one form', async () => {
    const el = await mount(await exampleDefinition(), { data: await exampleData() });
    const first = nextEvent(el, 'caf-submit');
    await submit(el);
    const second = nextEvent(el, 'caf-submit');
    await submit(el);
    expect((await first).detail.envelope.submissionId).to.equal((await second).detail.envelope.submissionId);
  });

  it('is accessible after a failed submit', async () => {
    const el = await mount(await exampleDefinition());
    await submit(el);
    expect(root(el).querySelectorAll('.govuk-error-message').length).to.be.greaterThan(5);
    await expect(el).to.be.accessible();
  });

  it('links every problem in the summary to an element that takes focus', async () => {
    const el = await mount(await exampleDefinition());
    await submit(el);
    const links = [...root(el).querySelectorAll<HTMLAnchorElement>('.govuk-error-summary__list a')];
    expect(links.length).to.be.greaterThan(10);
    for (const link of links) {
      link.click();
      expect(root(el).activeElement?.id, link.textContent).to.equal(link.getAttribute('href')!.slice(1));
    }
  });

  it('read-only, is a document of the answers in words: no inputs, no buttons, accessible', async () => {
    const el = await mount(await exampleDefinition(), { data: await exampleData(), readonly: true });
    expect(root(el).querySelector('input, textarea, select, button')).to.equal(null);
    const text = root(el).textContent.replace(/\s+/g, ' ');
    for (const words of ['Sally Example', '27 March 2014', 'Female', 'MK42 9AP', 'Polish', '3 out of 5', 'Anna Example', 'Signed on 20 November 2026']) {
      expect(text, words).to.contain(words);
    }
    expect(root(el).querySelector('table'), 'no wide tables: they scroll sideways at 320 px').to.equal(null);
    const risksHeading = [...root(el).querySelectorAll('h3')].find((h) => h.textContent?.includes('vulnerability'))!;
    const risks = risksHeading.nextElementSibling!;
    expect(risks.matches('dl.govuk-summary-list'), 'the grid is a summary list of its questions').to.equal(true);
    expect(risks.textContent).to.contain('Hearing impairment');
    const cards = root(el).querySelectorAll('.govuk-summary-card');
    expect(cards.length, 'a repeatable group is a card per item').to.be.greaterThan(0);
    expect(cards[0]!.querySelector('.govuk-summary-card__title')!.textContent).to.match(/ 1$/);
    await expect(el).to.be.accessible();
  });

  it('puts grid answers, with a specify text, in the envelope', async () => {
    const data = await exampleData();
    const el = await mount(await exampleDefinition(), { data });
    await choose(el, byId(el, 'risks-harm'));
    const event = nextEvent(el, 'caf-submit');
    await submit(el);
    const envelope = (await event).detail.envelope;
    const risks = envelope.data.wellbeing!.risks as Record<string, string>;
    expect(risks).to.deep.equal({ harm: 'yes', school: 'yes', health: 'yes', healthSpecify: 'Hearing impairment', carer: 'dont-know' });
    expect(envelope.computed.nextStep).to.equal('refer');
  });

  it('shows each grid row as a fieldset whose legend has its number', async () => {
    const el = await mount(await exampleDefinition());
    const legends = [...root(el).querySelectorAll('.caf-grid__row > fieldset > legend')].map((l) => l.textContent.trim());
    expect(legends.length).to.equal(4);
    expect(legends[3]).to.match(/^5\. /);
  });

  it('emits caf-change with the answers and computed values', async () => {
    const el = await mount(await exampleDefinition());
    const event = nextEvent(el, 'caf-change');
    await type(el, byId(el, 'childName'), 'Ann');
    const { detail } = await event;
    expect(detail.data.child!.childName).to.equal('Ann');
    expect(detail.computed).to.have.property('nextStep');
  });
});
