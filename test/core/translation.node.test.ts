// Translations of form content (forms/i18n): keys from ids, fingerprints of the English, what
// check / extract / apply do with them; plural forms and dates by the language's own rules.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import {
  type FormDefinition,
  type TranslationFile,
  FormStore,
  en,
  ur,
  checkTranslation,
  createEnvelope,
  cy,
  extractTranslation,
  formatDate,
  textHash,
  translatableUnits,
  translateDefinition,
  translator,
  longDate,
  parseDateInput,
} from '@caf-forms/core';
import { compileSubmissionSchema, createAjv } from '@caf-forms/core/compile';
import { messagesReady, translatorFor } from '../../packages/elements/src/messages.js';
import { allElementEn as elementEn } from '../../packages/elements/src/messages/en-all.js';
import { elementCy } from '../../packages/elements/src/messages/cy.js';
import { elementUr } from '../../packages/elements/src/messages/ur.js';

const read = <T>(path: string): T => JSON.parse(readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8')) as T;
const consent = (): FormDefinition => read<FormDefinition>('forms/consent.json');
const welsh = (): TranslationFile => read<TranslationFile>('forms/i18n/consent.cy.json');

describe('translation files', () => {
  it('key every text by ids and option values, not positions, where there are ids', () => {
    const keys = translatableUnits(consent()).map((u) => u.key);
    assert.ok(keys.includes('onBehalf.completingFor.options.myChild.relationship.label'));
    assert.ok(keys.includes('sharing.agencies.agency.options.camhs.label'));
    assert.ok(keys.includes('youngPerson.childName.errorSubject'), 'the words put into messages are translated too');
    assert.equal(new Set(keys).size, keys.length, 'keys are unique');
  });

  it('the shipped Welsh consent translation is complete and current', () => {
    const report = checkTranslation(consent(), welsh());
    assert.deepEqual(report, { missing: [], stale: [], extra: [], problems: [] });
  });

  it('one English label changed: exactly that entry is stale, and it keeps its English until translated again', () => {
    const definition = consent();
    (definition.sections[1]!.items[0] as { label: string }).label = 'Full name of child/young person:';
    const report = checkTranslation(definition, welsh());
    assert.deepEqual(report.stale, ['youngPerson.childName.label']);
    assert.deepEqual([report.missing, report.extra], [[], []]);
    const { definition: translated, untranslated } = translateDefinition(definition, welsh());
    assert.deepEqual(untranslated, ['youngPerson.childName.label']);
    assert.equal((translated.sections[1]!.items[0] as { label: string }).label, 'Full name of child/young person:');
    assert.equal(translated.sections[0].title, 'Pwy sy’n llenwi’r ffurflen hon');
  });

  it('extract adds new texts empty, drops removed ones, keeps stale ones marked by their old fingerprint; accept renews it', () => {
    const definition = consent();
    (definition.sections[1]!.items[0] as { label: string }).label = 'Full name of child/young person:';
    definition.sections[1]!.items.splice(2, 1); // the address question goes
    definition.sections[1]!.items.push({ type: 'text', id: 'school', label: 'School:' });
    const result = extractTranslation(definition, 'cy', welsh());
    assert.deepEqual(result.added, ['youngPerson.school.label']);
    assert.deepEqual(result.removed, ['youngPerson.address.label', 'youngPerson.address.errorSubject']);
    assert.deepEqual(result.stale, ['youngPerson.childName.label']);
    assert.equal(result.file.entries['youngPerson.school.label']!.text, '');
    assert.deepEqual(result.file.entries['youngPerson.childName.label'], { ...welsh().entries['youngPerson.childName.label'], stale: true });
    const accepted = extractTranslation(definition, 'cy', result.file, ['youngPerson.childName.label']);
    assert.deepEqual(accepted.stale, []);
    assert.deepEqual(accepted.file.entries['youngPerson.childName.label'], {
      text: 'Enw’r plentyn/person ifanc:',
      source: textHash('Full name of child/young person:'),
    });
  });

  it('answers are the same ids in every language: one compiled validator accepts the Welsh form’s envelope, with its lang', () => {
    const english = consent();
    const { definition: cymraeg } = translateDefinition(english, welsh());
    const schema = compileSubmissionSchema(english);
    assert.deepEqual(compileSubmissionSchema(cymraeg).properties, schema.properties, 'the same answers schema whatever the language');
    const sample = read<{ data: Record<string, Record<string, unknown>> }>('forms/samples/consent.valid.json');
    const store = new FormStore(cymraeg, { data: sample.data, today: () => '2026-12-01' });
    assert.deepEqual(store.attempt(), []);
    const envelope = createEnvelope(cymraeg, store, { lang: 'cy' });
    const validate = createAjv().compile(schema);
    assert.equal(validate(envelope), true, JSON.stringify(validate.errors));
    assert.equal(envelope.lang, 'cy');
    assert.equal(validate({ ...envelope, lang: 'not a language' }), false);
  });
});

describe('messages in the language’s own grammar', async () => {
  await messagesReady('cy');
  const t = translatorFor('cy');
  it('Welsh chooses among its six plural forms (0, 1, 2, 3, 6, 7)', () => {
    assert.deepEqual(
      [0, 1, 2, 3, 6, 7].map((n) => t('form.problemCount', { n })),
      ['Does dim problemau', 'Mae 1 broblem', 'Mae 2 broblem', 'Mae 3 phroblem', 'Mae 6 phroblem', 'Mae 7 problem'],
    );
  });

  it('a date typed in Welsh or Urdu (month names, Urdu digits) is read, and no month-name prefix is ambiguous', () => {
    assert.deepEqual(parseDateInput({ day: '27', month: 'Mawrth', year: '2014' }), { kind: 'date', iso: '2014-03-27' });
    assert.deepEqual(parseDateInput({ day: '۲۷', month: 'مارچ', year: '۲۰۱۴' }), { kind: 'date', iso: '2014-03-27' });
    assert.deepEqual(parseDateInput({ day: '1', month: 'Medi', year: '2020' }), { kind: 'date', iso: '2020-09-01' });
    assert.deepEqual(parseDateInput({ day: '31', month: 'ma', year: '2020' }), { kind: 'invalid', parts: ['month'] });
    for (let month = 1; month <= 12; month++) {
      const names = ['en-GB', 'cy', 'ur'].map((l) =>
        longDate(2020, month, 1, l, (tag) => tag !== 'cy')
          .split(' ')[1]!
          .replace('،', ''),
      );
      for (const name of names)
        for (let n = 3; n <= name.length; n++) {
          const got = parseDateInput({ day: '1', month: name.slice(0, n), year: '2020' });
          assert.deepEqual(got, { kind: 'date', iso: `2020-${String(month).padStart(2, '0')}-01` }, `${name.slice(0, n)} is month ${month}`);
        }
    }
  });

  it('English keeps one and other', () => {
    const english = translatorFor('en');
    assert.deepEqual(
      [0, 1, 2].map((n) => english('form.problemCount', { n })),
      ['There are 0 problems', 'There is 1 problem', 'There are 2 problems'],
    );
  });

  it('dates in words come from the platform’s locale data', () => {
    assert.equal(formatDate('2014-03-27', translator()), '27 March 2014');
    assert.equal(formatDate('2014-03-27', translator(cy, 'cy')), '27 Mawrth 2014');
    assert.equal(
      longDate(2014, 3, 27, 'cy', () => false),
      '27 Mawrth 2014',
      'a platform without Welsh dates (Chromium) still says Mawrth',
    );
    assert.equal(
      longDate(2014, 3, 27, 'xx', () => false),
      '27 March 2014',
      'a language nobody has: British English',
    );
  });

  it('the engine’s and the element’s tables are separate, and Welsh has every key of both', () => {
    assert.deepEqual(
      Object.keys(en).filter((k) => !(k in cy)),
      [],
    );
    assert.deepEqual(
      Object.keys(elementEn).filter((k) => !(k in elementCy)),
      [],
    );
    assert.deepEqual([...Object.keys(en).filter((k) => !(k in ur)), ...Object.keys(elementEn).filter((k) => !(k in elementUr))], [], 'Urdu too');
    assert.deepEqual(
      Object.keys(en).filter((k) => k in elementEn),
      [],
      'no key in both',
    );
    assert.equal(t('form.submit'), 'Cyflwyno');
    assert.equal(t('error.enter', { subject: 'eich enw' }), 'Rhowch eich enw');
  });
});
