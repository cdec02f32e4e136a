// A store changed step by step must say exactly what a fresh store given the same inputs says:
// its caches and dependency graph may skip work, never answers. Random sequences of set, clear
// and set-again over chained conditions (a shows b, b shows c, a requires d) and computed values.
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
