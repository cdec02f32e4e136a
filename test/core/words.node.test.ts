// The engine's words outside the field modules: dates and option labels as a family reads them
// (answer-text.ts), placeholders and plural forms in a message table (i18n.ts, plural.ts). Written
// for the mutants StrykerJS left alive there (npm run mutation; the README lists the rest).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { type Field, answerLines, format, formatDate, scalarText, translate, translator, translatorOver } from '@caf-forms/core';

describe('answers in words', () => {
  const dates: [iso: unknown, words: string][] = [
    ['2014-03-27', '27 March 2014'],
    ['x2014-03-27', 'x2014-03-27'],
    ['soon', 'soon'],
    [undefined, ''],
  ];
  for (const [iso, words] of dates) it(`the date ${JSON.stringify(iso)} reads ${JSON.stringify(words)}`, () => assert.equal(formatDate(iso, translate), words));

  it('a choice no option has reads as its value', () => {
    const radios = { type: 'radios', id: 'r', label: 'R', options: [{ value: 'a', label: 'Apple' }] } as unknown as Field;
    assert.deepEqual(answerLines(radios, 'a', translate), ['Apple']);
    assert.deepEqual(answerLines(radios, 'z', translate), ['z']);
  });

  const scalars: [value: unknown, words: string][] = [
    ['a', 'a'],
    [5, '5'],
    [false, 'false'],
    [5n, '5'],
    [{}, ''],
    [null, ''],
  ];
  for (const [value, words] of scalars) it(`the value ${String(value)} reads ${JSON.stringify(words)}`, () => assert.equal(scalarText(value), words));
});

describe('message tables', () => {
  it('a placeholder with no value is left as it is; a capitalised one capitalises its value', () => {
    assert.equal(format('Enter {subject} for {who}', { subject: 'the date' }), 'Enter the date for {who}');
    assert.equal(format('{Subject} is wrong', { subject: 'the date' }), 'The date is wrong');
  });

  it('plural forms: by n, with no n as 0, and in English for a language tag that is not one', () => {
    const english = { things: { one: '{n} thing', other: '{n} things' } };
    const t = translatorOver(english, {}, 'en');
    assert.equal(t('things', { n: 1 }), '1 thing');
    assert.equal(t('things', { n: 2 }), '2 things');
    assert.equal(t('things'), '{n} things');
    assert.equal(translatorOver(english, {}, 'not a language!')('things', { n: 1 }), '1 thing');
  });

  it('the default translator is English, and says so', () => {
    assert.equal(translator().lang, 'en');
    assert.equal(translate.lang, 'en');
  });
});
