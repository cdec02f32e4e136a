// The parts of each field type's module (packages/core/src/fields/<type>.ts) that are not its
// rules, table by table: the answer's JSON Schema (what a server accepts, through the compiled
// submission schema), the answer in words, the input that takes focus, the values a condition
// may compare it with and how it is ordered, and whether a computed sum may add it up. Written
// for the mutants StrykerJS left alive in fields/ (npm run mutation; the README lists them).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { type Field, type FormDefinition, answerLines, checkDefinition, focusPartOf, inputOf, maxTextLength, translate } from '@caf-forms/core';
import { compileSubmissionSchema, createAjv } from '@caf-forms/core/compile';

const options = (...values: string[]) => values.map((value) => ({ value, label: value.toUpperCase() }));
const yesNo = [
  { value: 'yes', label: 'Yes' },
  { value: 'no', label: 'No' },
];

const form = (items: unknown[], extra: Record<string, unknown> = {}): FormDefinition =>
  ({
    $schema: '../packages/core/schema/definition.schema.json',
    id: 'types',
    version: '1.0.0',
    title: 'Types',
    sections: [{ id: 's', title: 'S', items }],
    ...extra,
  }) as unknown as FormDefinition;

const field = (type: string, extra: Record<string, unknown> = {}): Field => ({ type, id: 'f', label: 'F', ...extra }) as unknown as Field;

/** Whether the compiled submission schema of a form holding only this field accepts the answer. */
function schemaAccepts(f: Field, answer: unknown): boolean {
  const validate = createAjv().compile(compileSubmissionSchema(form([f])));
  return validate({
    formId: 'types',
    formVersion: '1.0.0',
    submissionId: '0d6f2b4e-0a3c-4f57-9b8e-6a7c1d2e3f40',
    startedAt: '2026-06-15T10:00:00Z',
    submittedAt: '2026-06-15T10:05:00Z',
    data: { s: { f: answer } },
    computed: {},
  });
}

const grid = field('grid', {
  rows: [
    { id: 'r1', label: 'Sleeps well', specify: { id: 'r1more', label: 'How', maxLength: 5, showFor: ['yes'] } },
    { id: 'r2', label: 'Eats well', specify: { id: 'r2more', label: 'What' } },
  ],
  columns: yesNo,
});
const signed = { name: 'Ann Smith', date: '2026-06-15', confirmed: true };

describe('field modules: the answer schema a server checks', () => {
  const table: [what: string, f: Field, accepted: unknown[], refused: unknown[]][] = [
    ['text: one line', field('text'), ['a b'], ['a\nb', '', 5]],
    ['textarea: several lines', field('textarea'), ['a\nb'], ['', 5]],
    ['date', field('date'), ['2026-02-28'], ['2026-02-30', '28/02/2026', 20260228]],
    ['email', field('email'), ['jo@example.org'], ['jo@', '', 5]],
    ['postcode', field('postcode'), ['MK42 9AP'], ['MK42', '', 5]],
    ['tel', field('tel'), ['01632 960001'], ['call me', '', 5]],
    ['number from 0 to 10', field('number', { min: 0, max: 10 }), [0, 10, 2.5], [-1, 11, '5']],
    ['number with no bounds', field('number'), [-1e6, 1e6], ['5']],
    ['whole number', field('number', { integer: true }), [3], [2.5]],
    ['rating of 4', field('rating', { max: 4 }), [1, 4], [0, 5, 2.5, '2']],
    ['radios', field('radios', { options: options('a', 'b') }), ['a'], ['z', 1]],
    ['select', field('select', { options: options('a', 'b') }), ['b'], ['z']],
    ['scale', field('scale', { options: options('a', 'b') }), ['a'], ['z']],
    ['yesno', field('yesno'), ['yes', 'no'], ['maybe', true]],
    [
      'checkboxes, at most 2',
      field('checkboxes', { options: options('a', 'b', 'c'), maxSelected: 2 }),
      [['a'], ['a', 'c']],
      [[], ['a', 'a'], ['a', 'b', 'c'], ['z'], 'a'],
    ],
    [
      'grid',
      grid,
      [{ r1: 'yes', r1more: 'Deep' }, { r2: 'no', r2more: 'Toast' }, { r2more: 'Toast' }, { r1: 'no' }],
      [{}, { r1: 'maybe' }, { r1: 'yes', other: 'x' }, { r1: 'no', r1more: 'Deep' }, { r1: 'yes', r1more: 'Deeply' }],
    ],
    [
      'signature',
      field('signature'),
      [signed],
      [
        { ...signed, extra: 1 },
        { name: 'Ann Smith', date: '2026-06-15' },
        { ...signed, confirmed: false },
        { ...signed, date: '2026-02-30' },
        { ...signed, date: '15/06/2026' },
      ],
    ],
  ];
  for (const [what, f, accepted, refused] of table) {
    it(`${what}: accepts ${JSON.stringify(accepted)}, refuses ${JSON.stringify(refused)}`, () => {
      for (const answer of accepted) assert.equal(schemaAccepts(f, answer), true, JSON.stringify(answer));
      for (const answer of refused) assert.equal(schemaAccepts(f, answer), false, JSON.stringify(answer));
    });
  }
});

describe('field modules: the answer in words', () => {
  const table: [what: string, f: Field, answer: unknown, lines: string[]][] = [
    ['checkboxes', field('checkboxes', { options: options('a', 'b') }), ['a', 'b'], ['A', 'B']],
    ['radios', field('radios', { options: options('a', 'b') }), 'b', ['B']],
    ['yes', field('yesno'), 'yes', ['Yes']],
    ['no', field('yesno'), 'no', ['No']],
    ['a number with a unit', field('number', { suffix: 'hours' }), 5, ['5 hours']],
    ['a number', field('number'), 5, ['5']],
    ['a rating', field('rating', { max: 4 }), 3, [translate('form.ratingOf', { n: '3', max: 4 })]],
    ['a grid, rows answered only', grid, { r1: 'yes', r2: 'unknown' }, ['Sleeps well: Yes']],
    ['a signature', field('signature'), signed, ['Ann Smith', translate('form.signedOn', { date: '15 June 2026' })]],
    ['a signature with no date', field('signature'), { name: 'Ann Smith' }, ['Ann Smith']],
    ['a signature with no name', field('signature'), { date: '2026-06-15' }, [translate('form.signedOn', { date: '15 June 2026' })]],
    ['an empty text', field('text'), '', []],
    ['no choice', field('checkboxes', { options: options('a') }), [], []],
  ];
  for (const [what, f, answer, lines] of table) {
    it(`${what}: ${JSON.stringify(lines)}`, () => {
      assert.deepEqual(answerLines(f, answer, translate), lines);
    });
  }

  it('the words of a rating and a signature name what they hold', () => {
    assert.match(translate('form.ratingOf', { n: '3', max: 4 }), /3.*4/);
    assert.match(translate('form.signedOn', { date: '15 June 2026' }), /15 June 2026/);
  });

  it('a repeatable group asked for in one line is one line (the document shows it row by row)', () => {
    assert.equal(answerLines(field('repeat', { itemLabel: 'Person', items: [] }), [{ who: 'Ann' }], translate).length, 1);
  });
});

describe('field modules: focus and length', () => {
  const table: [what: string, f: Field, focus: string | undefined][] = [
    ['a date: its day', field('date'), 'day'],
    ['a signature: its name', field('signature'), 'name'],
    ['a grid: its first row', grid, 'r1'],
    ['a text: itself', field('text'), undefined],
    ['a group: itself', field('repeat', { itemLabel: 'Person', items: [] }), undefined],
  ];
  for (const [what, f, focus] of table) it(`the input to focus when all of ${what}`, () => assert.equal(focusPartOf(f), focus));

  it('the input of a repeatable group is its answer, row by row as given (it has no module)', () => {
    const rows = [{ who: 'Ann' }, { who: 'Bea' }];
    assert.equal(inputOf(field('repeat', { itemLabel: 'Person', items: [] }), rows), rows);
  });

  it('a time is at most HH:MM long; a choice has no length', () => {
    assert.equal(maxTextLength(field('time')), 5);
    assert.equal(maxTextLength(field('radios', { options: options('a', 'b') })), undefined);
  });
});

describe('field modules: what conditions and computed values may do with an answer', () => {
  const problemsOf = (items: unknown[], extra?: Record<string, unknown>): string[] => {
    const result = checkDefinition(form(items, extra));
    return result.ok ? [] : result.problems.map((p) => p.message);
  };
  const shownWhen = (target: Field, condition: Record<string, unknown>) => [
    target,
    { type: 'text', id: 'then', label: 'Then', visibleWhen: { field: 'f', ...condition } },
  ];

  const table: [what: string, f: Field, condition: Record<string, unknown>, problem: RegExp | undefined][] = [
    ['a number above a number', field('number'), { greaterThan: 3 }, undefined],
    ['a number above a text', field('number'), { greaterThan: '3' }, /'f' is a number: compare it with a number/],
    ['a rating above a number', field('rating'), { greaterThan: 3 }, undefined],
    ['a rating above a text', field('rating'), { lessThan: '3' }, /'f' is a number: compare it with a number/],
    ['a rating equal to one of its values', field('rating', { max: 4 }), { equals: 4 }, undefined],
    ['a rating equal to a value it cannot have', field('rating', { max: 4 }), { equals: 5 }, /\b5\b/],
    ['a yes/no equal to yes', field('yesno'), { equals: 'yes' }, undefined],
    ['a yes/no equal to maybe', field('yesno'), { equals: 'maybe' }, /maybe/],
    ['a date after a date', field('date'), { greaterThan: '2026-01-01' }, undefined],
    ['a date after a number', field('date'), { greaterThan: 20260101 }, /'f' is a date/],
    ['a date after a date and more', field('date'), { greaterThan: '2026-01-01T00:00' }, /'f' is a date/],
    ['a date after more and a date', field('date'), { greaterThan: 'x2026-01-01' }, /'f' is a date/],
  ];
  for (const [what, f, condition, problem] of table) {
    it(`${what}: ${problem ? 'refused' : 'accepted'}`, () => {
      const problems = problemsOf(shownWhen(f, condition));
      if (problem) assert.match(problems.join('\n'), problem);
      else assert.deepEqual(problems, []);
    });
  }

  it('a computed sum adds up numbers and ratings, not text', () => {
    const sum = (ref: string) => ({ computed: [{ id: 'total', label: 'Total', sum: [ref] }] });
    const items = [field('number', { id: 'n' }), field('rating', { id: 'r' }), field('text', { id: 't' })];
    assert.deepEqual(problemsOf(items, sum('n')), []);
    assert.deepEqual(problemsOf(items, sum('r')), []);
    assert.notDeepEqual(problemsOf(items, sum('t')), []);
  });

  it('an item with no type is told every type there is, the repeatable group included', () => {
    assert.match(problemsOf([{ id: 'x', label: 'X' }]).join('\n'), /needs a 'type' \(one of [^)]*\brepeat\b/);
  });
});
