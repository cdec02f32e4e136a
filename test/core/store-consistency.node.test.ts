// A store changed step by step must say exactly what a fresh store given the same inputs says:
// its caches and dependency graph may skip work, never answers. Random sequences of set, clear
// and set-again over chained conditions (a shows b, b shows c, a requires d) and computed values,
// then the same inside the rows of a repeatable group (a row question revealed under one row
// answer and shown by another, read by a third; a row question shown by an answer outside).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { FormStore, type FormDefinition } from '@caf-forms/core';

const definition = {
  id: 'chain',
  version: '1.0.0',
  title: 'Chain',
  sections: [
    {
      id: 's1',
      title: 'One',
      items: [
        { type: 'yesno', id: 'a', label: 'A' },
        { type: 'yesno', id: 'b', label: 'B', visibleWhen: { field: 'a', equals: 'yes' } },
        { type: 'text', id: 'c', label: 'C', required: true, visibleWhen: { field: 'b', equals: 'yes' } },
        { type: 'text', id: 'd', label: 'D', requiredWhen: { all: [{ field: 'a', equals: 'yes' }, { not: { field: 'b', equals: 'no' } }] } },
      ],
    },
    {
      id: 's2',
      title: 'Two',
      visibleWhen: { field: 'c', filled: true },
      items: [
        {
          type: 'checkboxes',
          id: 'e',
          label: 'E',
          options: [
            { value: 'x', label: 'X' },
            { value: 'y', label: 'Y' },
          ],
        },
        { type: 'text', id: 'f', label: 'F', visibleWhen: { field: 'e', includes: 'y' } },
      ],
    },
  ],
  computed: [{ id: 'yeses', label: 'Yes answers', count: { of: ['a', 'b'], equals: 'yes' } }],
} as unknown as FormDefinition;

const values: Record<string, fc.Arbitrary<unknown>> = {
  a: fc.constantFrom(undefined, 'yes', 'no'),
  b: fc.constantFrom(undefined, 'yes', 'no'),
  c: fc.constantFrom(undefined, '', 'text'),
  d: fc.constantFrom(undefined, '', 'more'),
  e: fc.constantFrom(undefined, [], ['x'], ['y'], ['x', 'y']),
  f: fc.constantFrom(undefined, '', 'why'),
};
const step = fc.oneof(...Object.entries(values).map(([id, value]) => fc.tuple(fc.constant(id), value)));

/** Everything a store says about its answers. */
function said(store: FormStore) {
  return {
    data: store.data(),
    computed: store.computed(),
    problems: store.problems(),
    visible: ['a', 'b', 'c', 'd', 'e', 'f'].map((id) => store.isVisible(id)),
    required: ['a', 'b', 'c', 'd', 'e', 'f'].map((id) => store.isRequired(id)),
    sections: ['s1', 's2'].map((id) => store.isSectionVisible(id)),
  };
}

describe('a store changed step by step', () => {
  it('says what a fresh store with the same inputs says, after every step', () => {
    fc.assert(
      fc.property(fc.array(step, { minLength: 1, maxLength: 25 }), (steps) => {
        const store = new FormStore(definition, { today: () => '2026-06-15' });
        store.attempt(); // problems shown too, as after a failed submit
        const inputs = new Map<string, unknown>();
        for (const [id, input] of steps) {
          store.setInput(id, input);
          inputs.set(id, input);
          const fresh = new FormStore(definition, { today: () => '2026-06-15' });
          for (const [freshId, freshInput] of inputs) fresh.setInput(freshId, freshInput);
          assert.deepEqual(
            said(store),
            said(fresh),
            `after ${JSON.stringify(steps.slice(0, steps.indexOf(steps.find((s) => s[0] === id && s[1] === input)!) + 1))}`,
          );
        }
      }),
      { numRuns: 300 },
    );
  });

  it('never keeps an answer a chained condition hides', () => {
    const store = new FormStore(definition);
    store.setInput('a', 'yes');
    store.setInput('b', 'yes');
    store.setInput('c', 'text');
    store.setInput('e', ['y']);
    store.setInput('f', 'why');
    assert.equal(store.data().s2?.f, 'why');
    store.setInput('a', 'no'); // hides b, so c, so section two, so f
    assert.deepEqual(store.data().s1, { a: 'no' });
    assert.deepEqual(store.data().s2 ?? {}, {});
  });
});

const rowsDefinition = {
  id: 'rows',
  version: '1.0.0',
  title: 'Rows',
  sections: [
    {
      id: 's',
      title: 'S',
      items: [
        { type: 'yesno', id: 'more', label: 'More' },
        {
          type: 'repeat',
          id: 'p',
          label: 'People',
          itemLabel: 'Person',
          items: [
            { type: 'yesno', id: 'cares', label: 'Cares' },
            {
              type: 'yesno',
              id: 'pet',
              label: 'Pet',
              reveal: { yes: [{ type: 'text', id: 'name', label: 'Name', visibleWhen: { field: 'cares', equals: 'yes' } }] },
            },
            { type: 'text', id: 'note', label: 'Note', requiredWhen: { field: 'pet', equals: 'yes' }, visibleWhen: { field: 'name', filled: true } },
            { type: 'number', id: 'age', label: 'Age', visibleWhen: { field: 'more', equals: 'yes' } },
          ],
        },
      ],
    },
  ],
} as unknown as FormDefinition;

const rowValues: Record<string, fc.Arbitrary<unknown>> = {
  cares: fc.constantFrom(undefined, 'yes', 'no'),
  pet: fc.constantFrom(undefined, 'yes', 'no'),
  name: fc.constantFrom(undefined, '', 'Rex'),
  note: fc.constantFrom(undefined, '', 'daily'),
  age: fc.constantFrom(undefined, '', '7', 'seven'),
};
type RowStep = [row: number | undefined, id: string, input: unknown];
const rowStep: fc.Arbitrary<RowStep> = fc.oneof(
  fc.tuple(fc.constant(undefined), fc.constant('more'), fc.constantFrom(undefined, 'yes', 'no')),
  ...Object.entries(rowValues).map(([id, value]) => fc.tuple(fc.integer({ min: 0, max: 1 }), fc.constant(id), value)),
);

function saidOfRows(store: FormStore) {
  return {
    data: store.data(),
    problems: store.problems(),
    shown: [0, 1].map((row) => Object.keys(rowValues).map((id) => store.isRowFieldVisible('p', row, id))),
    required: [0, 1].map((row) => store.isRequired('note', row)),
  };
}

describe('a store changed step by step, inside rows', () => {
  it('says what a fresh store with the same inputs says, after every step', () => {
    fc.assert(
      fc.property(fc.array(rowStep, { minLength: 1, maxLength: 25 }), (steps) => {
        const store = new FormStore(rowsDefinition, { today: () => '2026-06-15' });
        store.attempt();
        steps.forEach((step, done) => {
          const [row, id, input] = step;
          if (row === undefined) store.setInput(id, input);
          else store.setRowInput('p', row, id, input);
          const fresh = new FormStore(rowsDefinition, { today: () => '2026-06-15' });
          for (const [freshRow, freshId, freshInput] of steps.slice(0, done + 1)) {
            if (freshRow === undefined) fresh.setInput(freshId, freshInput);
            else fresh.setRowInput('p', freshRow, freshId, freshInput);
          }
          assert.deepEqual(saidOfRows(store), saidOfRows(fresh), `after ${JSON.stringify(steps.slice(0, done + 1))}`);
        });
      }),
      { numRuns: 200 },
    );
  });
});
