// Conditions inside a row of a repeatable group, read by the form store: a row question shown
// only when ALL its conditions hold (the answer it is revealed under and its own visibleWhen), a
// row question hidden by its own condition read as unanswered by another row question's
// condition. Written for the mutants StrykerJS left alive in store.ts (`isRowFieldVisible` and
// the row lookup); each table row below fails if `every` becomes `some` there, or if a hidden row
// question is read.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { type FormDefinition, FormStore, checkDefinition } from '@caf-forms/core';

/** People, each with a pet question: the pet's name is revealed under "yes" AND asked only of someone who looks after it. */
const rowConditions = {
  $schema: '../schema/definition.schema.json',
  id: 'rows',
  version: '1.0.0',
  title: 'Rows',
  sections: [
    {
      id: 's',
      title: 'S',
      items: [
        {
          type: 'repeat',
          id: 'people',
          label: 'People',
          itemLabel: 'Person',
          items: [
            { type: 'yesno', id: 'caresForPet', label: 'Looks after the pet' },
            {
              type: 'yesno',
              id: 'hasPet',
              label: 'Has a pet',
              reveal: { yes: [{ type: 'text', id: 'petName', label: 'Pet’s name', visibleWhen: { field: 'caresForPet', equals: 'yes' } }] },
            },
            { type: 'text', id: 'petNote', label: 'About the pet', visibleWhen: { field: 'petName', filled: true } },
          ],
        },
      ],
    },
  ],
} as unknown as FormDefinition;

type Row = Record<string, unknown>;

function storeWith(row: Row): FormStore {
  const store = new FormStore(rowConditions, { today: () => '2026-06-15' });
  for (const [id, input] of Object.entries(row)) store.setRowInput('people', 0, id, input);
  return store;
}

describe('store: conditions inside a row', () => {
  it('the test form is one checkDefinition accepts', () => {
    assert.deepEqual(checkDefinition(rowConditions).problems, []);
  });

  // petName's conditions: hasPet = yes (its reveal) and caresForPet = yes (its own)
  const both: [row: Row, petNameShown: boolean][] = [
    [{ hasPet: 'yes', caresForPet: 'yes' }, true],
    [{ hasPet: 'yes', caresForPet: 'no' }, false],
    [{ hasPet: 'no', caresForPet: 'yes' }, false],
    [{ hasPet: 'no', caresForPet: 'no' }, false],
    [{}, false],
  ];
  for (const [row, shown] of both) {
    it(`a row question under two conditions is shown only when both hold: ${JSON.stringify(row)} -> ${shown}`, () => {
      const store = storeWith({ ...row, petName: 'Rex' });
      assert.equal(store.isRowFieldVisible('people', 0, 'petName'), shown);
      assert.equal((store.answer('people') as Row[])[0]?.petName, shown ? 'Rex' : undefined);
    });

    it(`a row question hidden by its conditions reads as unanswered to another row question: ${JSON.stringify(row)} -> ${shown}`, () => {
      const store = storeWith({ ...row, petName: 'Rex', petNote: 'Walked daily' });
      assert.equal(store.isRowFieldVisible('people', 0, 'petNote'), shown);
      assert.equal((store.answer('people') as Row[])[0]?.petNote, shown ? 'Walked daily' : undefined);
    });
  }

  it('each row reads its own answers', () => {
    const store = storeWith({ hasPet: 'yes', caresForPet: 'yes', petName: 'Rex', petNote: 'Old' });
    for (const [id, input] of Object.entries({ hasPet: 'yes', caresForPet: 'no', petName: 'Tom', petNote: 'Young' })) store.setRowInput('people', 1, id, input);
    assert.deepEqual(store.answer('people'), [
      { caresForPet: 'yes', hasPet: 'yes', petName: 'Rex', petNote: 'Old' },
      { caresForPet: 'no', hasPet: 'yes' },
    ]);
  });
});
