// Formats and default limits, table by table, at their edges: the shapes of UK postcodes and
// telephone numbers, what counts as an email address, which hidden characters are refused in a
// line and which a long text may keep, and the limits each field type gets by default. The
// exported patterns are what the compiled schema uses, so they are checked as patterns too.
// Written with the mutants StrykerJS left alive (npm run mutation) in view.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  DATE_PATTERN,
  type Field,
  DEFAULT_MAX_LENGTH,
  DEFAULT_MAX_ROWS,
  EMAIL_PATTERN,
  LINE_TEXT_PATTERN,
  LONG_TEXT_PATTERN,
  POSTCODE_PATTERN,
  TEL_PATTERN,
  codePointLength,
  isCleanText,
  isEmail,
  isPostcode,
  isTelephone,
  maxRowsOf,
  maxTextLength,
  normalisePostcode,
} from '@caf-forms/core';

/** A test name in plain ASCII: the TAP output StrykerJS parses must not carry control or separator characters. */
const printable = (value: unknown): string =>
  (JSON.stringify(value) ?? String(value)).replace(/[^\x20-\x7E]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);

describe('formats: default limits per field type', () => {
  const rows: [field: { type: string; maxLength?: number }, max: number | undefined][] = [
    [{ type: 'text' }, 500],
    [{ type: 'text', maxLength: 80 }, 80],
    [{ type: 'textarea' }, 5000],
    [{ type: 'textarea', maxLength: 1200 }, 1200],
    [{ type: 'email' }, 254],
    [{ type: 'email', maxLength: 10 }, 254],
    [{ type: 'tel' }, 20],
    [{ type: 'postcode' }, 8],
    [{ type: 'number' }, undefined],
    [{ type: 'date' }, undefined],
    [{ type: 'radios' }, undefined],
  ];
  for (const [field, max] of rows) it(`${printable(field)} → ${max}`, () => assert.equal(maxTextLength({ id: 'q', label: 'Q', ...field } as Field), max));

  it('the defaults themselves', () => {
    assert.deepEqual({ ...DEFAULT_MAX_LENGTH }, { text: 500, textarea: 5000, email: 254, tel: 20, postcode: 8, specify: 500, signatureName: 200 });
  });
  it('a repeatable group takes its maxItems, else 100 rows', () => {
    assert.equal(DEFAULT_MAX_ROWS, 100);
    assert.equal(maxRowsOf({}), 100);
    assert.equal(maxRowsOf({ maxItems: 5 }), 5);
  });
});

describe('formats: postcodes', () => {
  const normalised: [typed: string, stored: string][] = [
    ['mk429ap', 'MK42 9AP'],
    [' mk42  9ap ', 'MK42 9AP'],
    ['m11ae', 'M1 1AE'],
    ['sw1a1aa', 'SW1A 1AA'],
    ['abcd', 'ABCD'],
    ['a1 b', 'A1B'],
    ['', ''],
  ];
  for (const [typed, stored] of normalised) it(`"${typed}" is kept as "${stored}"`, () => assert.equal(normalisePostcode(typed), stored));

  const shapes: [postcode: string, valid: boolean][] = [
    ['M1 1AE', true],
    ['B33 8TH', true],
    ['CR2 6XH', true],
    ['DN55 1PT', true],
    ['W1A 0AX', true],
    ['EC1A 1BB', true],
    ['GIR 0AA', true],
    ['M1 1AE ', false],
    [' M1 1AE', false],
    ['M11AE', false],
    ['m1 1ae', false],
    ['QA1 1AA', false],
    ['M1 1CA', false],
    ['X M1 1AE', false],
    ['M1 1AEX', false],
  ];
  for (const [postcode, valid] of shapes) {
    it(`"${postcode}" is ${valid ? '' : 'not '}a postcode (function and pattern agree)`, () => {
      assert.equal(isPostcode(postcode), valid);
      assert.equal(new RegExp(POSTCODE_PATTERN, 'u').test(postcode), valid);
    });
  }
});

describe('formats: telephone numbers', () => {
  const rows: [tel: string, valid: boolean][] = [
    ['0163296000', true],
    ['01632 960 001', true],
    ['+44 808 157 0192', true],
    ['01632-960-001', true],
    ['0 (1632) 960001', true],
    ['12345678901234567890', true],
    ['123456789012345678901', false],
    ['016329600', false],
    ['++44 808 157 0192', false],
    ['(01632) 960001', false],
    ['01632 960 00-', false],
    ['01632 960 001 ', false],
    ['01632.960.001', false],
    ['01632 96O 001', false],
  ];
  for (const [tel, valid] of rows) {
    it(`"${tel}" is ${valid ? '' : 'not '}a telephone number`, () => {
      assert.equal(isTelephone(tel), valid);
      assert.equal(new RegExp(TEL_PATTERN, 'u').test(tel), valid);
    });
  }
});

describe('formats: email addresses', () => {
  const rows: [email: string, valid: boolean][] = [
    ['a@b.co', true],
    ['first.last+tag@council.gov.uk', true],
    ['o’brien@example.org', true],
    ['a@b', false],
    ['@b.co', false],
    ['a@.co', false],
    ['a@b.', false],
    ['a b@c.co', false],
    ['a@b c.co', false],
    ['a@@b.co', false],
    [' a@b.co', false],
    ['a@b.co\n', false],
    ['a\u200B@b.co', false],
    ['a@b.co\u202E', false],
    ['a@b\u0000.co', false],
  ];
  for (const [email, valid] of rows) {
    it(`${printable(email)} is ${valid ? '' : 'not '}an email address`, () => {
      assert.equal(isEmail(email), valid);
      assert.equal(new RegExp(EMAIL_PATTERN, 'u').test(email), valid);
    });
  }
});

describe('formats: hidden characters', () => {
  // [text, clean in one line, clean in long text]
  const rows: [text: string, line: boolean, long: boolean][] = [
    ['Sally Example', true, true],
    ['', true, true],
    ['a\tb', false, true],
    ['a\nb', false, true],
    ['a\rb', false, false],
    ['a\u0000b', false, false],
    ['a\u0008b', false, false],
    ['a\u000Bb', false, false],
    ['a\u001Fb', false, false],
    ['a\u007Fb', false, false],
    ['a\u0085b', false, false],
    ['a\u009Fb', false, false],
    ['a\u00A0b', true, true],
    ['a\u200Bb', false, false],
    ['a\u200Cb', true, true],
    ['a\u200Db', true, true],
    ['a\u200Eb', true, true],
    ['a\u200Fb', true, true],
    ['a\u2029b', true, true],
    ['a\u202Ab', false, false],
    ['a\u202Eb', false, false],
    ['a\u202Fb', true, true],
    ['a\u2060b', false, false],
    ['a\u2066b', false, false],
    ['a\u2069b', false, false],
    ['a\u206Ab', true, true],
    ['a\uFEFFb', false, false],
    ['👩‍👧 family', true, true],
  ];
  for (const [text, line, long] of rows) {
    it(`${printable(text)}: ${line ? 'clean' : 'refused'} in a line, ${long ? 'clean' : 'refused'} in long text`, () => {
      assert.equal(isCleanText(text), line);
      assert.equal(isCleanText(text, false), line);
      assert.equal(isCleanText(text, true), long);
      assert.equal(new RegExp(LINE_TEXT_PATTERN, 'u').test(text), line);
      assert.equal(new RegExp(LONG_TEXT_PATTERN, 'u').test(text), long);
    });
  }
});

describe('formats: dates and lengths', () => {
  it('the ISO date pattern: four, two and two digits', () => {
    const pattern = new RegExp(DATE_PATTERN, 'u');
    assert.deepEqual(
      ['2014-03-05', '2014-3-05', '14-03-05', '2014-03-051', 'x2014-03-05', '2014/03/05'].map((s) => pattern.test(s)),
      [true, false, false, false, false, false],
    );
  });
  const lengths: [text: string, n: number][] = [
    ['', 0],
    ['a', 1],
    ['abc', 3],
    ['😀', 1],
    ['😀a😀', 3],
    ['é', 1],
    ['e\u0301', 2],
  ];
  for (const [text, n] of lengths) it(`${printable(text)} is ${n} characters`, () => assert.equal(codePointLength(text), n));
});
