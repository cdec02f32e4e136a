// Dates as GOV.UK's date input takes them: three boxes, typed by people, so with spaces, month
// names, stray signs and exponents. Each row is what someone could type and what the engine makes
// of it. Written to kill the mutants StrykerJS left alive in dates.ts (npm run mutation): each
// row names the slip it catches.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { type DateInput, type Field, checkField, dateInputOf, parseDateInput, translate } from '@caf-forms/core';

/** A test name in plain ASCII: the TAP output StrykerJS parses must not carry control or separator characters. */
const printable = (value: unknown): string =>
  (JSON.stringify(value) ?? String(value)).replace(/[^\x20-\x7E]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);

const date = (day: string, month: string, year: string): DateInput => ({ day, month, year });

/** What parseDateInput says, in one string: the ISO date, or the kind and the parts at fault. */
function parsed(input: Partial<DateInput> | undefined): string {
  const p = parseDateInput(input);
  if (p.kind === 'date') return p.iso;
  if (p.kind === 'empty') return 'empty';
  return `${p.kind}: ${p.parts.join(' ')}`;
}

describe('dates: what people type in the three boxes', () => {
  const rows: [input: Partial<DateInput> | undefined, expected: string, why: string][] = [
    [undefined, 'empty', 'no input at all'],
    [{}, 'empty', 'no parts'],
    [date(' ', '\t', '  '), 'empty', 'spaces only are empty'],
    [date(' ', '3', '2014'), 'missing: day', 'a day of spaces is missing, not wrong'],
    [date('5', ' ', '2014'), 'missing: month', 'a month of spaces is missing'],
    [date('5', '3', ' '), 'missing: year', 'a year of spaces is missing'],
    [date(' 5 ', ' 3 ', ' 2014 '), '2014-03-05', 'spaces around each part are dropped'],
    [date('5', ' March ', '2014'), '2014-03-05', 'a month name with spaces'],
    [date('1', 'jan', '2020'), '2020-01-01', 'January is the first month (index 0)'],
    [date('1', 'January', '2020'), '2020-01-01', 'January in full'],
    [date('1', 'DEC', '2020'), '2020-12-01', 'December, upper case'],
    [date('1', 'Sept.', '2020'), '2020-09-01', 'a full stop after an abbreviation'],
    [date('1', 'se.pt', '2020'), 'invalid: month', 'a full stop elsewhere is not dropped'],
    [date('1', 'jan..', '2020'), 'invalid: month', 'only one closing full stop is dropped'],
    [date('1', '+1', '2020'), 'invalid: month', 'a sign before a month number'],
    [date('1', '1e1', '2020'), 'invalid: month', 'an exponent is not a month number'],
    [date('1', 'x12', '2020'), 'invalid: month', 'letters before a month number'],
    [date('1', '012', '2020'), 'invalid: month', 'three digits'],
    [date('1', '00', '2020'), 'invalid: month', 'month zero'],
    [date('1', 'juni', '2020'), 'invalid: month', 'not the start of a month name'],
    [date('+5', '3', '2014'), 'invalid: day', 'a sign before the day'],
    [date('1e1', '3', '2014'), 'invalid: day', 'an exponent as the day'],
    [date('5x', '3', '2014'), 'invalid: day', 'a letter after the day'],
    [date('123', '3', '2014'), 'invalid: day', 'three digits as the day'],
    [date('0', '3', '2014'), 'invalid: day', 'day zero'],
    [date('00', '3', '2014'), 'invalid: day', 'day zero, two digits'],
    [date('01', '03', '2014'), '2014-03-01', 'leading zeros'],
    [date('31', '12', '2014'), '2014-12-31', 'the last day of the year'],
    [date('32', '1', '2014'), 'invalid: day', 'day 32'],
    [date('30', '2', '2024'), 'invalid: day', 'no 30 February, even in a leap year'],
    [date('31', '6', '2014'), 'invalid: day', 'June has 30 days'],
    [date('30', '6', '2014'), '2014-06-30', 'June 30'],
    [date('31', '13', '2014'), 'invalid: month', 'an impossible month does not make day 31 wrong too'],
    [date('32', '13', '2014'), 'invalid: day month', 'both wrong, the day first'],
    [date('1', '1', '+2014'), 'invalid: year', 'a sign before the year'],
    [date('1', '1', '2014x'), 'invalid: year', 'a letter after the year'],
    [date('1', '1', '0999'), 'invalid: year', 'before the year 1000'],
  ];
  for (const [input, expected, why] of rows) {
    it(`${why}: ${printable(input)} → ${expected}`, () => assert.equal(parsed(input), expected));
  }
});

describe('dates: the inputs that show a stored answer', () => {
  const blank = { day: '', month: '', year: '' };
  const rows: [answer: unknown, inputs: DateInput, why: string][] = [
    ['2014-03-05', { day: '5', month: '3', year: '2014' }, 'leading zeros go, as people type it'],
    ['2014-12-31', { day: '31', month: '12', year: '2014' }, 'two-digit parts stay'],
    [undefined, blank, 'no answer: three empty boxes'],
    ['', blank, 'an empty answer'],
    ['5 March 2014', blank, 'not an ISO date'],
    ['x2014-03-05', blank, 'something before the date'],
    ['2014-03-051', blank, 'something after the date'],
    ['12014-03-05', blank, 'a five-digit year'],
    [['2014-03-05'], blank, 'a list holding a date is not a date (its text would be)'],
    [20140305, blank, 'a number'],
  ];
  for (const [answer, inputs, why] of rows) {
    it(`${why}: ${printable(answer)}`, () => assert.deepEqual(dateInputOf(answer), inputs));
  }
});

describe('dates: messages at a date field (GOV.UK wording)', () => {
  const field = { type: 'date', id: 'dob', label: 'Date of birth' } as unknown as Field;
  const ctx = { t: translate, today: '2026-06-15' };
  const rows: [input: DateInput, message: string][] = [
    [date(' ', ' ', ' '), 'Enter date of birth'],
    [date(' ', '3', '2014'), 'Date of birth must include a day'],
    [date('5', '', ''), 'Date of birth must include a month and year'],
    [date('', '', '2014'), 'Date of birth must include a day and month'],
    [date('0', '3', '2014'), 'Date of birth must be a real date'],
    [date('5', 'Smarch', '2014'), 'Date of birth must be a real date'],
  ];
  for (const [input, message] of rows) {
    it(`${printable(input)} → "${message}"`, () => {
      const checked = checkField(field, input, true, ctx, 'dob');
      assert.equal(checked.answer, undefined);
      assert.deepEqual(
        checked.problems.map((p) => p.message),
        [message],
      );
    });
  }
});
