// The engine's rules, table by table: each row is one input, what the field makes of it (the
// answer) and what it says (the GOV.UK message), at the boundaries where a rule is easiest to get
// wrong: lengths counted in characters, the past/future edge at today, leap centuries, month
// names, four-digit years, number limits, telephone lengths, postcode spacing, "None" options.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { checkField, translate, type Field, type RuleContext } from '@caf-forms/core';
import { daysInMonth, isLeapYear, parseDateInput, todayIso } from '../../packages/core/src/dates.js';
import { codePointLength, isEmail, isPostcode, isTelephone, normalisePostcode } from '../../packages/core/src/formats.js';

const ctx: RuleContext = { t: translate, today: '2026-06-15' };
const field = (f: Record<string, unknown>): Field => ({ id: 'q', label: 'Child’s name', ...f }) as unknown as Field;
type Row = [input: unknown, answer: unknown, message?: string];

function table(name: string, f: Record<string, unknown>, rows: Row[], required = false): void {
  it(name, () => {
    for (const [input, answer, message] of rows) {
      const checked = checkField(field(f), input, required, ctx, 'q');
      assert.deepEqual(checked.answer, answer, `${JSON.stringify(input)} → answer`);
      assert.deepEqual(
        checked.problems.map((p) => p.message),
        message ? [message] : [],
        `${JSON.stringify(input)} → message`,
      );
    }
  });
}

const date = (day: string, month: string, year: string) => ({ day, month, year });

describe('rules: text', () => {
  table(
    'required, trimmed, counted in characters (an emoji is one)',
    { type: 'text', maxLength: 3, minLength: 2 },
    [
      ['', undefined, 'Enter child’s name'],
      ['   ', undefined, 'Enter child’s name'],
      [' ab ', 'ab'],
      ['a', undefined, 'Child’s name must be 2 characters or more'],
      ['abc', 'abc'],
      ['abcd', undefined, 'Child’s name must be 3 characters or less'],
      ['😀😀😀', '😀😀😀'],
    ],
    true,
  );
  table('500 characters by default', { type: 'text' }, [
    ['x'.repeat(500), 'x'.repeat(500)],
    ['x'.repeat(501), undefined, 'Child’s name must be 500 characters or less'],
    ['', undefined],
  ]);
  table(
    'a custom message wins',
    { type: 'text', errorMessages: { required: 'Enter the name of the child' } },
    [['', undefined, 'Enter the name of the child']],
    true,
  );
});

describe('rules: numbers', () => {
  table('limits are inclusive; commas allowed; whole numbers when asked', { type: 'number', min: 1, max: 10, integer: true, label: 'Age' }, [
    ['1', 1],
    ['10', 10],
    ['1,0', 10],
    ['0', undefined, 'Age must be 1 or more'],
    ['11', undefined, 'Age must be 10 or less'],
    ['10.5', undefined, 'Age must be a whole number'],
    ['ten', undefined, 'Age must be a number'],
    ['1e3', undefined, 'Age must be a number'],
    ['-', undefined, 'Age must be a number'],
  ]);
  table('decimals and negatives when allowed', { type: 'number', label: 'Score' }, [
    ['-2.5', -2.5],
    ['.5', 0.5],
    ['3.', 3],
  ]);
});

describe('rules: formats', () => {
  it('telephone numbers: 10 to 20 characters, digits at both ends', () => {
    assert.equal(isTelephone('0163296000'), true);
    assert.equal(isTelephone('016329600'), false, 'nine digits');
    assert.equal(isTelephone('+44 808 157 0192'), true);
    assert.equal(isTelephone('(01632) 960 001'), false, 'a bracket first');
    assert.equal(isTelephone('01632 960 00-'), false);
  });
  it('postcodes: spacing and case normalised, real shapes only', () => {
    assert.equal(normalisePostcode(' mk429ap '), 'MK42 9AP');
    assert.equal(normalisePostcode('SW1A1AA'), 'SW1A 1AA');
    for (const good of ['MK42 9AP', 'SW1A 1AA', 'B1 1AA', 'M1 1AE', 'CR2 6XH', 'DN55 1PT', 'GIR 0AA']) assert.equal(isPostcode(good), true, good);
    for (const bad of ['MK42', '9AP MK42', 'MK42 9A', 'QQ1 1AA', '']) assert.equal(isPostcode(bad), false, bad);
  });
  it('email addresses need a local part, an @ and a dotted domain', () => {
    for (const good of ['a@b.co', 'first.last+tag@council.gov.uk']) assert.equal(isEmail(good), true, good);
    for (const bad of ['a@b', '@b.co', 'a b@c.co', 'a@b.', 'ab.co']) assert.equal(isEmail(bad), false, bad);
  });
  table('postcode field answers the normalised form', { type: 'postcode', label: 'Postcode' }, [
    [' mk429ap', 'MK42 9AP'],
    ['MK42', undefined, 'Enter a full UK postcode, like MK42 9AP'],
  ]);
  table('telephone field', { type: 'tel', label: 'Telephone' }, [
    ['01632 960 001', '01632 960 001'],
    ['12345', undefined, 'Enter a telephone number, like 01632 960 001 or +44 808 157 0192'],
  ]);
  it('codePointLength counts characters, not UTF-16 units', () => {
    assert.equal(codePointLength('😀a'), 2);
    assert.equal(codePointLength(''), 0);
  });
});

describe('rules: dates', () => {
  it('leap years: every fourth, not centuries, but every fourth century', () => {
    assert.deepEqual([1996, 1900, 2000, 2024, 2100, 2400].map(isLeapYear), [true, false, true, true, false, true]);
    assert.deepEqual(
      [2, 4, 12].map((m) => daysInMonth(2023, m)),
      [28, 30, 31],
    );
    assert.equal(daysInMonth(2000, 2), 29);
    assert.equal(daysInMonth(1900, 2), 28);
  });
  it('month names and abbreviations of three letters or more, numbers 1–12', () => {
    const iso = (month: string) => {
      const p = parseDateInput(date('1', month, '2020'));
      return p.kind === 'date' ? p.iso : p.kind;
    };
    assert.equal(iso('Feb'), '2020-02-01');
    assert.equal(iso('february'), '2020-02-01');
    assert.equal(iso('Sept.'), '2020-09-01');
    assert.equal(iso('09'), '2020-09-01');
    assert.equal(iso('Ma'), 'invalid', 'two letters could be March or May');
    assert.equal(iso('J'), 'invalid');
    assert.equal(iso('13'), 'invalid');
    assert.equal(iso('0'), 'invalid');
  });
  it('years of four digits from 1000', () => {
    assert.equal(parseDateInput(date('1', '1', '999')).kind, 'invalid');
    assert.equal(parseDateInput(date('1', '1', '0999')).kind, 'invalid');
    assert.equal(parseDateInput(date('1', '1', '1000')).kind, 'date');
    assert.equal(parseDateInput(date('1', '1', '20200')).kind, 'invalid');
  });
  table(
    'GOV.UK order: missing parts, then unreal dates; 29 February only in leap years',
    { type: 'date', label: 'Date of birth' },
    [
      [date('', '', ''), undefined, 'Enter date of birth'],
      [date('27', '', ''), undefined, 'Date of birth must include a month and year'],
      [date('', '3', '2014'), undefined, 'Date of birth must include a day'],
      [date('29', '2', '2023'), undefined, 'Date of birth must be a real date'],
      [date('29', '2', '2024'), '2024-02-29'],
      [date('29', '2', '1900'), undefined, 'Date of birth must be a real date'],
      [date('29', '2', '2000'), '2000-02-29'],
      [date('31', '4', '2020'), undefined, 'Date of birth must be a real date'],
      [date('27', 'March', '2014'), '2014-03-27'],
    ],
    true,
  );
  table('in the past: today is not', { type: 'date', label: 'Date of birth', mustBe: 'past' }, [
    [date('14', '6', '2026'), '2026-06-14'],
    [date('15', '6', '2026'), undefined, 'Date of birth must be in the past'],
  ]);
  table('today or in the past', { type: 'date', label: 'Date of birth', mustBe: 'todayOrPast' }, [
    [date('15', '6', '2026'), '2026-06-15'],
    [date('16', '6', '2026'), undefined, 'Date of birth must be today or in the past'],
  ]);
  table('in the future: today is not', { type: 'date', label: 'Review date', mustBe: 'future' }, [
    [date('16', '6', '2026'), '2026-06-16'],
    [date('15', '6', '2026'), undefined, 'Review date must be in the future'],
  ]);
  table('today or in the future', { type: 'date', label: 'Review date', mustBe: 'todayOrFuture' }, [
    [date('15', '6', '2026'), '2026-06-15'],
    [date('14', '6', '2026'), undefined, 'Review date must be today or in the future'],
  ]);
  it('marks the parts GOV.UK marks: the whole date for a whole-date problem, else each part missing or wrong', () => {
    const marked = (input: ReturnType<typeof date>, mustBe?: string) =>
      checkField(field({ type: 'date', label: 'Date', ...(mustBe ? { mustBe } : {}) }), input, true, ctx, 'q').problems.map((p) => [p.focus, p.parts]);
    const all = ['day', 'month', 'year'];
    const rows: [ReturnType<typeof date>, string | undefined, unknown][] = [
      [date('', '', ''), undefined, [['day', all]]],
      [date('27', '', ''), undefined, [['month', ['month', 'year']]]],
      [date('', '3', ''), undefined, [['day', ['day', 'year']]]],
      [date('x', 'y', '2012'), undefined, [['day', ['day', 'month']]]],
      [date('31', '2', '2015'), undefined, [['day', ['day']]]],
      [date('1', '13', '20'), undefined, [['month', ['month', 'year']]]],
      [date('27', '3', '2099'), 'past', [['day', all]]],
      [date('27', '3', '2000'), 'future', [['day', all]]],
    ];
    for (const [input, mustBe, expected] of rows) assert.deepEqual(marked(input, mustBe), expected, JSON.stringify(input));
  });

  it('today is the local date', () => {
    assert.equal(todayIso(new Date(2026, 0, 5, 23, 59)), '2026-01-05');
  });
});

describe('rules: choices', () => {
  const options = [
    { value: 'a', label: 'A' },
    { value: 'b', label: 'B' },
    { value: 'none', label: 'None of these', exclusive: true },
  ];
  table(
    'checkboxes: known values, "None" alone, no more than maxSelected, no repeats',
    { type: 'checkboxes', label: 'Needs', options, maxSelected: 2 },
    [
      [[], undefined, 'Select needs'],
      [['a', 'a'], ['a']],
      [
        ['a', 'b'],
        ['a', 'b'],
      ],
      [['x'], undefined, 'Select one of the options given for needs'],
      [['a', 'none'], undefined, 'Select "None of these", or select other options, not both'],
      [['none'], ['none']],
    ],
    true,
  );
  table('radios: one known value', { type: 'radios', label: 'Colour', options }, [
    ['a', 'a'],
    ['z', undefined, 'Select one of the options given for colour'],
    ['', undefined],
  ]);
  table('rating: 1 to max, as a number', { type: 'rating', label: 'Rating', max: 4 }, [
    ['4', 4],
    ['5', undefined, 'Select one of the options given for rating'],
    ['0', undefined, 'Select one of the options given for rating'],
  ]);
  table('yes/no', { type: 'yesno', label: 'Interpreter needed' }, [
    ['yes', 'yes'],
    ['no', 'no'],
    ['maybe', undefined, 'Select one of the options given for interpreter needed'],
  ]);
});

describe('rules: signature', () => {
  const signed = { name: ' Ann Smith ', date: date('1', '6', '2026'), confirmed: true };
  table(
    'name, date and confirmation, each with its own message',
    { type: 'signature', label: 'Parent’s signature' },
    [
      [signed, { name: 'Ann Smith', date: '2026-06-01', confirmed: true }],
      [{ ...signed, confirmed: false }, undefined, 'Tick the box to confirm parent’s signature'],
      [{ ...signed, name: '' }, undefined, 'Enter the full name of the person signing parent’s signature'],
      [{ ...signed, date: date('', '', '') }, undefined, 'Enter the date of signing parent’s signature'],
      [{ ...signed, date: date('31', '2', '2026') }, undefined, 'The date of signing must be a real date'],
    ],
    true,
  );
  table('optional and untouched: nothing to say', { type: 'signature', label: 'Signature' }, [
    [{ name: '', date: date('', '', ''), confirmed: false }, undefined],
  ]);
});
