// The consent form in Welsh and in Urdu (the right-to-left case): every text from the language
// file, the envelope accepted by the one compiled validator with its lang, the Urdu form
// mirrored (element boxes compared), axe clean, answers kept across a language switch, and a
// submission filled in in Urdu read in English. Needs `npm run forms` (dist/forms).
import { expect, fixture, html } from '@open-wc/testing';
import type { FormDefinition, SubmissionEnvelope, TranslationFile } from '@caf-forms/core';
import { translatableUnits } from '@caf-forms/core';
import type { CafForm } from '../../packages/elements/src/caf-form.js';
import { $, fetchJson, root, submit } from './helpers.js';

type Validator = ((data: unknown) => boolean) & { errors?: unknown };

async function until(check: () => boolean, what: string): Promise<void> {
  for (let i = 0; i < 200 && !check(); i++) await new Promise((r) => setTimeout(r, 10));
  expect(check(), what).to.equal(true);
}

async function consentIn(lang: string, data?: SubmissionEnvelope['data'], form = 'consent'): Promise<CafForm> {
  const el = await fixture<CafForm>(html`<caf-form src=${`/dist/forms/${form}.json`} lang=${lang} .data=${data}></caf-form>`);
  await until(() => root(el).querySelector('form')?.getAttribute('lang') === lang, `the ${lang} content arrives`);
  await el.updateComplete;
  return el;
}

const shownText = (el: CafForm): string => (root(el).textContent ?? '').replace(/\s+/g, ' ');

/** English texts of the form that must not be on screen (those the translation words differently). */
async function englishLeft(el: CafForm, lang: string, form = 'consent'): Promise<string[]> {
  const english = await fetchJson<FormDefinition>(`/forms/${form}.json`);
  const file = await fetchJson<TranslationFile>(`/forms/i18n/${form}.${lang}.json`);
  const text = shownText(el);
  const own = ['Submit', 'Day', 'Month', 'Year', 'Add another', '(optional)', 'There is a problem', 'Full name'];
  return [
    ...translatableUnits(english)
      .filter((u) => file.entries[u.key]!.text !== u.text && text.includes(u.text))
      .map((u) => u.key),
    ...own.filter((words) => text.includes(words)),
  ];
}

for (const lang of ['cy', 'ur']) {
  describe(`the consent form in ${lang === 'cy' ? 'Welsh' : 'Urdu'}`, () => {
    it('shows every text from the language file and no English, before and after a failed submit; axe passes', async () => {
      const el = await consentIn(lang);
      const file = await fetchJson<TranslationFile>(`/forms/i18n/consent.${lang}.json`);
      const text = shownText(el);
      for (const key of [
        'title',
        'onBehalf.title',
        'onBehalf.completingFor.label',
        'youngPerson.dateOfBirth.hint',
        'sharing.agencies.agency.options.camhs.label',
        'withdrawal.3.summary',
        'signing.signature.confirmation',
      ]) {
        expect(text, key).to.contain(file.entries[key]!.text);
      }
      expect(await englishLeft(el, lang)).to.deep.equal([]);
      await expect(el).to.be.accessible();
      await submit(el);
      expect(shownText(el)).to.contain(file.entries['youngPerson.childName.errorSubject']!.text);
      expect(await englishLeft(el, lang)).to.deep.equal([]);
      await expect(el).to.be.accessible();
    });

    it('submits an envelope that the same compiled validator accepts, with its lang', async () => {
      const sample = await fetchJson<SubmissionEnvelope>('/forms/samples/consent.valid.json');
      const el = await consentIn(lang, sample.data);
      let envelope: SubmissionEnvelope | undefined;
      el.addEventListener('caf-submit', (e) => {
        envelope = e.detail.envelope;
        e.preventDefault();
      });
      await submit(el);
      expect(envelope?.lang).to.equal(lang);
      expect(envelope?.data).to.deep.equal(sample.data);
      // A path, not a module name: the cast keeps the compiler from resolving it (the file is built before the tests).
      // eslint-disable-next-line @typescript-eslint/no-unnecessary-type-assertion
      const { default: validate } = (await import(/* @vite-ignore */ '/dist/forms/consent.validate.js' as string)) as { default: Validator };
      expect(validate(envelope), JSON.stringify(validate.errors)).to.equal(true);
    });
  });
}

describe('a page in Welsh', () => {
  it('never shows the English content while the Welsh is on its way', async () => {
    const titles: string[] = [];
    const el = document.createElement('caf-form');
    el.lang = 'cy';
    el.src = '/dist/forms/consent.json';
    // Every title the element ever renders, as it renders it.
    const observer = new MutationObserver(() => {
      const h1 = el.shadowRoot?.querySelector('h1');
      if (h1?.textContent) titles.push(h1.textContent);
    });
    document.body.append(el);
    observer.observe(el.shadowRoot!, { subtree: true, childList: true, characterData: true });
    try {
      await until(() => el.shadowRoot?.querySelector('form')?.getAttribute('lang') === 'cy', 'the Welsh form');
      expect([...new Set(titles)]).to.deep.equal(['Caniatâd i rannu gwybodaeth']);
    } finally {
      observer.disconnect();
      el.remove();
    }
  });
});

describe('the feedback sheet in Welsh', () => {
  it('shows every text from the language file and no English, before and after a failed submit; axe passes', async () => {
    const el = await consentIn('cy', undefined, 'feedback');
    const file = await fetchJson<TranslationFile>('/forms/i18n/feedback.cy.json');
    const text = shownText(el);
    for (const key of [
      'title',
      'feedback.0.text',
      'feedback.aimsClear.label',
      'feedback.approachability.lowLabel',
      'feedback.helpfulness.options.very-helpful.label',
    ]) {
      expect(text, key).to.contain(file.entries[key]!.text);
    }
    expect(text, 'yes and no in Welsh').to.contain('Ydw');
    expect(await englishLeft(el, 'cy', 'feedback')).to.deep.equal([]);
    await expect(el).to.be.accessible();
    await submit(el);
    expect(shownText(el)).to.contain('Rhowch y dyddiad');
    expect(await englishLeft(el, 'cy', 'feedback')).to.deep.equal([]);
  });
});

/** Where an element's box is within its container's: at the start (left in LTR) or the end. */
const box = (e: Element) => e.getBoundingClientRect();

describe('the Urdu form is mirrored', () => {
  it('has dir="rtl"; its radios, checkboxes, error summary and errored groups are the Welsh ones mirrored', async () => {
    /** How far each part sits from the side its text starts from (left in Welsh, right in Urdu). */
    const offsets = async (lang: string, rtl: boolean): Promise<Record<string, number>> => {
      const el = await consentIn(lang);
      expect($(el, 'form').getAttribute('dir')).to.equal(rtl ? 'rtl' : 'ltr');
      const fromStart = (inner: Element, outer: Element) => (rtl ? box(outer).right - box(inner).right : box(inner).left - box(outer).left);
      const out: Record<string, number> = {};
      for (const kind of ['radios', 'checkboxes']) {
        const item = $(el, `.govuk-${kind}__item`);
        out[`${kind} input`] = fromStart(item.querySelector(`.govuk-${kind}__input`)!, item);
        out[`${kind} label`] = fromStart(item.querySelector(`.govuk-${kind}__label`)!, item);
      }
      await submit(el);
      const title = $(el, '.govuk-error-summary__title');
      const range = document.createRange();
      range.selectNodeContents(title);
      out['error summary title words'] = rtl ? box(title).right - range.getBoundingClientRect().right : range.getBoundingClientRect().left - box(title).left;
      const group = $(el, '.govuk-form-group--error');
      out['errored group content'] = fromStart(group.firstElementChild!, group);
      return out;
    };
    const welsh = await offsets('cy', false);
    const urdu = await offsets('ur', true);
    for (const [part, offset] of Object.entries(welsh))
      expect(Math.abs(urdu[part]! - offset), `${part}: ${urdu[part]} from the right in Urdu, ${offset} from the left in Welsh`).to.be.below(1.5);
    expect(welsh['radios label'], 'the label follows the input').to.be.above(40);
    expect(welsh['errored group content'], 'the red bar and its inset').to.be.above(15);
  });
});

describe('the Urdu form’s date inputs and back link are mirrored', () => {
  it('day, month, year run right to left in Urdu and left to right in Welsh; the back link’s arrow side is the start side', async () => {
    const sample = await fetchJson<SubmissionEnvelope>('/forms/samples/consent.valid.json');
    for (const [lang, rtl] of [
      ['ur', true],
      ['cy', false],
    ] as const) {
      const el = await consentIn(lang);
      const [day, month, year] = ['day', 'month', 'year'].map((part) => box($(el, `input[id$="dateOfBirth-${part}"]`)));
      if (rtl) expect(day!.left > month!.left && month!.left > year!.left, 'day at the right').to.equal(true);
      else expect(day!.left < month!.left && month!.left < year!.left).to.equal(true);
      const paged = await fixture<CafForm>(html`<caf-form src="/dist/forms/consent.json" lang=${lang} paged .data=${sample.data}></caf-form>`);
      await until(() => paged.shadowRoot?.querySelector('form')?.getAttribute('lang') === lang, 'the paged form');
      await submit(paged); // Continue, to the second page
      await until(() => !!paged.shadowRoot?.querySelector('.caf-back'), 'the back link');
      const back = $(paged, '.caf-back');
      const range = document.createRange();
      range.selectNodeContents(back);
      const words = range.getBoundingClientRect();
      // The arrow is drawn in the padding on the start side, before the words.
      const arrowSide = rtl ? box(back).right - words.right : words.left - box(back).left;
      expect(arrowSide, `${lang}: room for the arrow before the words`).to.be.above(8);
      await expect(paged).to.be.accessible();
    }
  });
});

describe('switching lang on a filled form', () => {
  it('keeps every answer, typed or chosen, and re-words the form', async () => {
    const el = await consentIn('cy');
    const name = $<HTMLInputElement>(el, 'input[id$="childName"]');
    name.value = 'Sally Example';
    name.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    const myChild = $<HTMLInputElement>(el, 'input[type=radio][value="myChild"]');
    myChild.click();
    await el.updateComplete;
    const day = $<HTMLInputElement>(el, 'input[id$="dateOfBirth-day"], input[id$="dateOfBirth.day"]');
    day.value = '27';
    day.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    await el.updateComplete;
    el.lang = 'ur';
    await until(() => root(el).querySelector('form')?.getAttribute('lang') === 'ur', 'the Urdu content arrives');
    await el.updateComplete;
    expect($(el, 'h1').textContent).to.equal('معلومات کے تبادلے کے لیے رضامندی');
    expect($<HTMLInputElement>(el, 'input[type=radio][value="myChild"]').checked).to.equal(true);
    expect($<HTMLInputElement>(el, 'input[id$="childName"]').value, 'the typed name').to.equal('Sally Example');
    expect(
      [...root(el).querySelectorAll('input')].some((i) => i.value === '27'),
      'the half-typed date',
    ).to.equal(true);
    el.lang = 'en';
    await until(() => root(el).querySelector('form')?.getAttribute('lang') === 'en', 'English again');
    expect([...root(el).querySelectorAll('input')].some((i) => i.value === 'Sally Example')).to.equal(true);
  });

  it('keeps answers for a change of language only: a new definition or new data from the host starts afresh', async () => {
    const definition = await fetchJson<FormDefinition>('/forms/consent.json');
    const translations = { cy: await fetchJson<TranslationFile>('/forms/i18n/consent.cy.json') };
    const el = await fixture<CafForm>(html`<caf-form .definition=${definition} .translations=${translations}></caf-form>`);
    const typeName = async (value: string) => {
      const input = $<HTMLInputElement>(el, 'input[id$="childName"]');
      input.value = value;
      input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
      await el.updateComplete;
    };
    await typeName('Sally Example');
    el.lang = 'cy';
    await el.updateComplete;
    expect($(el, 'h1').textContent).to.equal('Caniatâd i rannu gwybodaeth');
    expect($<HTMLInputElement>(el, 'input[id$="childName"]').value, 'kept across the language change').to.equal('Sally Example');
    el.definition = structuredClone(definition); // the host loads the next record's form
    el.data = {};
    await el.updateComplete;
    expect($(el, 'h1').textContent, 'still in Welsh').to.equal('Caniatâd i rannu gwybodaeth');
    expect($<HTMLInputElement>(el, 'input[id$="childName"]').value, 'another record: nothing carried over').to.equal('');
  });

  it('offers a language switch when the host asks for one', async () => {
    const el = await fixture<CafForm>(html`<caf-form src="/dist/forms/consent.json" languages="en cy ur"></caf-form>`);
    await until(() => !!root(el).querySelector('form'), 'the form');
    const choices = [...root(el).querySelectorAll<HTMLButtonElement>('.caf-language-switch__choice')];
    expect(choices.map((c) => c.textContent.trim())).to.deep.equal(['Cymraeg', 'اردو']);
    let chosen = '';
    el.addEventListener('caf-language-change', (e) => {
      chosen = e.detail.lang;
    });
    choices[0]!.click();
    await until(() => root(el).querySelector('form')?.getAttribute('lang') === 'cy', 'Welsh');
    expect(chosen).to.equal('cy');
    expect(el.getAttribute('lang')).to.equal('cy');
    await expect(el).to.be.accessible();
  });
});

describe('a submission filled in in Urdu, read in English', () => {
  it('shows the questions and option labels in English, free text as typed, and says which language it was written in', async () => {
    const sample = await fetchJson<SubmissionEnvelope>('/forms/samples/consent.valid.json');
    const envelope: SubmissionEnvelope = {
      ...sample,
      lang: 'ur',
      data: {
        ...sample.data,
        onBehalf: { completingFor: 'myChild', relationship: 'والدہ' },
        youngPerson: { ...sample.data.youngPerson, address: '۱۲ مین روڈ، برمنگھم' },
      },
    };
    const el = await fixture<CafForm>(html`<caf-form src="/dist/forms/consent.json" readonly .submission=${envelope}></caf-form>`);
    await until(() => !!root(el).querySelector('.caf-document'), 'the document');
    const text = shownText(el);
    expect(text).to.contain('Relationship to the child/young person:');
    expect(text).to.contain('My Child/Young Person (as their Parent/Carer with Parental Responsibility)');
    expect(text).to.contain('والدہ');
    expect(text).to.contain('۱۲ مین روڈ، برمنگھم');
    expect($(el, '.caf-written-in').textContent).to.contain('This form was filled in in Urdu');
    expect($(el, '.caf-document').getAttribute('lang')).to.equal('en');
    await expect(el).to.be.accessible();
  });

  it('in Welsh: Welsh questions and dates (Chromium has no Welsh dates of its own), and the note in Welsh', async () => {
    const sample = await fetchJson<SubmissionEnvelope>('/forms/samples/consent.valid.json');
    const envelope: SubmissionEnvelope = { ...sample, lang: 'ur', submittedAt: '2026-03-14T10:00:00.000Z' };
    const el = await fixture<CafForm>(html`<caf-form src="/dist/forms/consent.json" lang="cy" readonly .submission=${envelope}></caf-form>`);
    await until(() => root(el).querySelector('.caf-document')?.getAttribute('lang') === 'cy', 'the Welsh document');
    expect($(el, '.caf-document__meta').textContent).to.contain('14 Mawrth 2026');
    expect($(el, '.caf-written-in').textContent).to.contain('Wrdw');
    expect(shownText(el)).to.contain('Perthynas â’r plentyn/person ifanc:');
  });
});
