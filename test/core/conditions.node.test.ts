// The condition interpreter, operator by operator: each row is a condition, the answers it reads,
// and whether it holds. The boundaries are where a slip hides (equal bounds, a number against a
// string, an answer of the wrong kind, an empty list inside an object), so the rows sit there.
// Written with the mutants StrykerJS left alive (npm run mutation) in view.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { type Condition, evaluate, fieldIdOf, isEmptyAnswer, referencesOf } from '@caf-forms/core';

/** A test name in plain ASCII: the TAP output StrykerJS parses must not carry control or separator characters. */
const printable = (value: unknown): string =>
  (JSON.stringify(value) ?? String(value)).replace(/[^\x20-\x7E]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);

type Answers = Record<string, unknown>;
const lookup =
  (answers: Answers) =>
  (ref: string): unknown =>
    answers[ref];
const c = (condition: unknown): Condition => condition as Condition;

describe('conditions: evaluate', () => {
  const rows: [condition: unknown, answers: Answers, holds: boolean][] = [
    // equals / notEquals: strict, no coercion
    [{ field: 'a', equals: 'yes' }, { a: 'yes' }, true],
    [{ field: 'a', equals: 'yes' }, { a: 'no' }, false],
    [{ field: 'a', equals: 'yes' }, {}, false],
    [{ field: 'a', equals: 3 }, { a: '3' }, false],
    [{ field: 'a', equals: true }, { a: true }, true],
    [{ field: 'a', notEquals: 'yes' }, { a: 'no' }, true],
    [{ field: 'a', notEquals: 'yes' }, { a: 'yes' }, false],
    [{ field: 'a', notEquals: 'yes' }, {}, true],
    // in: one of a list
    [{ field: 'a', in: ['x', 'y'] }, { a: 'y' }, true],
    [{ field: 'a', in: ['x', 'y'] }, { a: 'z' }, false],
    [{ field: 'a', in: [] }, { a: 'z' }, false],
    [{ field: 'a', in: ['1'] }, { a: 1 }, false],
    // includes: a multiple choice holds the value
    [{ field: 'a', includes: 'x' }, { a: ['w', 'x'] }, true],
    [{ field: 'a', includes: 'x' }, { a: ['w'] }, false],
    [{ field: 'a', includes: 'x' }, { a: 'x' }, false],
    [{ field: 'a', includes: 'x' }, { a: 'box' }, false],
    [{ field: 'a', includes: 'x' }, {}, false],
    // filled / empty
    [{ field: 'a', filled: true }, { a: 'text' }, true],
    [{ field: 'a', filled: true }, { a: 0 }, true],
    [{ field: 'a', filled: true }, { a: '' }, false],
    [{ field: 'a', filled: true }, { a: [] }, false],
    [{ field: 'a', empty: true }, {}, true],
    [{ field: 'a', empty: true }, { a: ['x'] }, false],
    // greaterThan / lessThan: numbers as numbers, ISO dates as dates, equal is neither
    [{ field: 'a', greaterThan: 5 }, { a: 6 }, true],
    [{ field: 'a', greaterThan: 5 }, { a: 5 }, false],
    [{ field: 'a', greaterThan: 5 }, { a: 4 }, false],
    [{ field: 'a', greaterThan: 5 }, { a: 10 }, true],
    [{ field: 'a', lessThan: 5 }, { a: 4 }, true],
    [{ field: 'a', lessThan: 5 }, { a: 5 }, false],
    [{ field: 'a', lessThan: 5 }, { a: 6 }, false],
    [{ field: 'a', lessThan: 5 }, { a: -10 }, true],
    [{ field: 'a', greaterThan: '2020-01-31' }, { a: '2020-02-01' }, true],
    [{ field: 'a', greaterThan: '2020-01-31' }, { a: '2020-01-31' }, false],
    [{ field: 'a', greaterThan: '2020-01-31' }, { a: '2020-01-30' }, false],
    [{ field: 'a', lessThan: '2020-01-31' }, { a: '2020-01-30' }, true],
    [{ field: 'a', lessThan: '2020-01-31' }, { a: '2020-01-31' }, false],
    [{ field: 'a', lessThan: '2020-01-31' }, { a: '2020-02-01' }, false],
    // a number against a date (or text against a number) compares as nothing: neither holds
    [{ field: 'a', greaterThan: 5 }, { a: '6' }, false],
    [{ field: 'a', lessThan: 5 }, { a: '4' }, false],
    [{ field: 'a', greaterThan: '2020-01-01' }, { a: 20200102 }, false],
    [{ field: 'a', lessThan: '2020-01-01' }, { a: 20191231 }, false],
    [{ field: 'a', greaterThan: '2020-01-01' }, { a: ['2021-01-01'] }, false],
    [{ field: 'a', lessThan: '2020-01-01' }, { a: ['2019-01-01'] }, false],
    [{ field: 'a', greaterThan: 5 }, {}, false],
    [{ field: 'a', lessThan: 5 }, {}, false],
    // all / any / not
    [
      {
        all: [
          { field: 'a', equals: 1 },
          { field: 'b', equals: 2 },
        ],
      },
      { a: 1, b: 2 },
      true,
    ],
    [
      {
        all: [
          { field: 'a', equals: 1 },
          { field: 'b', equals: 2 },
        ],
      },
      { a: 1, b: 3 },
      false,
    ],
    [{ all: [] }, {}, true],
    [
      {
        any: [
          { field: 'a', equals: 1 },
          { field: 'b', equals: 2 },
        ],
      },
      { a: 0, b: 2 },
      true,
    ],
    [
      {
        any: [
          { field: 'a', equals: 1 },
          { field: 'b', equals: 2 },
        ],
      },
      { a: 0, b: 0 },
      false,
    ],
    [{ any: [] }, {}, false],
    [{ not: { field: 'a', equals: 1 } }, { a: 1 }, false],
    [{ not: { field: 'a', equals: 1 } }, { a: 2 }, true],
    [{ not: { any: [{ field: 'a', filled: true }, { all: [{ field: 'b', greaterThan: 1 }] }] } }, { b: 2 }, false],
    // a condition with no operator the interpreter knows holds for nobody
    [{ field: 'a', matches: 'x' }, { a: 'x' }, false],
  ];
  for (const [condition, answers, holds] of rows) {
    it(`${printable(condition)} with ${printable(answers)} → ${holds}`, () => {
      assert.equal(evaluate(c(condition), lookup(answers)), holds);
    });
  }

  it('reads only the answers it needs, by reference (grid rows as grid.row)', () => {
    const read: string[] = [];
    const answers: Answers = { 'grid.r1': 'yes', a: 'x' };
    const holds = evaluate(
      c({
        all: [
          { field: 'grid.r1', equals: 'yes' },
          { field: 'a', equals: 'x' },
        ],
      }),
      (ref) => (read.push(ref), answers[ref]),
    );
    assert.equal(holds, true);
    assert.deepEqual(read, ['grid.r1', 'a']);
  });
});

describe('conditions: isEmptyAnswer', () => {
  const rows: [value: unknown, empty: boolean][] = [
    [undefined, true],
    [null, true],
    ['', true],
    [[], true],
    [{}, true],
    [{ a: '', b: [] }, true],
    [{ a: { b: null } }, true],
    [[''], false],
    [' ', false],
    [0, false],
    [false, false],
    ['x', false],
    [['x'], false],
    [{ a: '', b: 'x' }, false],
    [{ a: 0 }, false],
    [{ a: { b: 'x' } }, false],
  ];
  for (const [value, empty] of rows) {
    it(`${printable(value)} → ${empty ? 'empty' : 'answered'}`, () => assert.equal(isEmptyAnswer(value), empty));
  }
});

describe('conditions: references', () => {
  const rows: [condition: unknown, refs: string[]][] = [
    [{ field: 'a', equals: 1 }, ['a']],
    [
      {
        all: [
          { field: 'a', equals: 1 },
          { field: 'grid.r1', filled: true },
        ],
      },
      ['a', 'grid.r1'],
    ],
    [{ any: [{ field: 'b', empty: true }, { not: { field: 'c', in: ['x'] } }] }, ['b', 'c']],
    [{ not: { all: [{ field: 'd', lessThan: 2 }, { any: [{ field: 'e', includes: 'x' }] }] } }, ['d', 'e']],
  ];
  for (const [condition, refs] of rows) {
    it(`${printable(condition)} reads ${refs.join(', ')}`, () => assert.deepEqual(referencesOf(c(condition)), refs));
  }
  it('the field id of a reference is the part before the first dot', () => {
    assert.deepEqual(['a', 'grid.r1', 'group.0.who', '.x', 'x.'].map(fieldIdOf), ['a', 'grid', 'group', '', 'x']);
  });
});
