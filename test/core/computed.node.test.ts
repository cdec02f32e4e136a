// Computed values outside the store (packages/core/src/computed.ts), table by table: a count or
// sum read through a plain lookup (as a page or a server may, with no grid rows to give), a sum
// over unanswered questions, the text shown for a result, and how many answers a count looks at
// (a matrix axis's end). Written for the mutants StrykerJS left alive or unreached there.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { type ComputedValue, type FormDefinition, buildModel, compute, computedText, countSize } from '@caf-forms/core';

const count = (of: string[], equals: string | number = 'yes'): ComputedValue => ({ id: 'n', label: 'N', count: { of, equals } }) as ComputedValue;
const sum = (of: string[]): ComputedValue => ({ id: 'total', label: 'Total', sum: of }) as ComputedValue;
const risk = {
  id: 'risk',
  label: 'Risk',
  firstMatch: [{ when: { field: 'a', equals: 'yes' }, value: 'high', text: 'High risk' }],
  otherwise: { value: 'low', text: 'Low risk' },
} as ComputedValue;

const answers = (values: Record<string, unknown>) => (ref: string) => values[ref];
const noEarlier = () => undefined;

describe('compute, with a plain lookup', () => {
  const table: [what: string, value: ComputedValue, values: Record<string, unknown>, result: number | string][] = [
    ['a count, no grid rows given', count(['a', 'b', 'c']), { a: 'yes', b: 'no', c: 'yes' }, 2],
    ['a count of a grid row', count(['g.r1', 'g.r2']), { 'g.r1': 'yes', 'g.r2': 'no' }, 1],
    ['a sum of numbers', sum(['x', 'y']), { x: 2, y: 3.5 }, 5.5],
    ['a sum with an unanswered question', sum(['x', 'y']), { x: 2 }, 2],
    ['a sum of nothing answered', sum(['x', 'y']), {}, 0],
    ['a sum with a text answer (never summed)', sum(['x', 'y']), { x: 2, y: '3' }, 2],
    ['a first match that holds', risk, { a: 'yes' }, 'high'],
    ['a first match that does not', risk, { a: 'no' }, 'low'],
  ];
  for (const [what, value, values, result] of table) {
    it(`${what}: ${result}`, () => assert.equal(compute(value, answers(values), noEarlier), result));
  }
});

describe('computedText', () => {
  const table: [what: string, value: ComputedValue, result: number | string | undefined, text: string][] = [
    ['a rule’s value', risk, 'high', 'High risk'],
    ['the otherwise value', risk, 'low', 'Low risk'],
    ['a value no rule has', risk, 'unknown', ''],
    ['not computed yet, by rules', risk, undefined, ''],
    ['a count', count(['a']), 3, '3'],
    ['zero', count(['a']), 0, '0'],
    ['not computed yet', sum(['a']), undefined, ''],
  ];
  for (const [what, value, result, text] of table) it(`${what}: ${JSON.stringify(text)}`, () => assert.equal(computedText(value, result), text));
});

describe('countSize (the end of a matrix axis)', () => {
  const model = buildModel({
    id: 'x',
    version: '1.0.0',
    title: 'X',
    sections: [
      {
        id: 's',
        title: 'S',
        items: [
          { type: 'yesno', id: 'a', label: 'A' },
          {
            type: 'grid',
            id: 'g',
            label: 'G',
            rows: ['r1', 'r2', 'r3'].map((id) => ({ id, label: id })),
            columns: [
              { value: 'yes', label: 'Yes' },
              { value: 'no', label: 'No' },
            ],
          },
        ],
      },
    ],
  } as unknown as FormDefinition);
  const table: [what: string, value: ComputedValue, size: number | undefined][] = [
    ['one question', count(['a']), 1],
    ['a whole grid: its rows', count(['g']), 3],
    ['a question and a whole grid', count(['a', 'g']), 4],
    ['one row of a grid', count(['g.r2']), 1],
    ['a question the form does not have', count(['nope']), 1],
    ['a sum (not a count)', sum(['a']), undefined],
    ['rules (not a count)', risk, undefined],
  ];
  for (const [what, value, size] of table) it(`${what}: ${size}`, () => assert.equal(countSize(model, value), size));
});
