// quickCheck: what the element runs before rendering, without the meta-schema's validator. It
// must pass every real form (so a page never loads the full check for a good definition), and
// send every definition the renderers could trip on to the full check.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { FIELD_TYPES, checkDefinition, quickCheck } from '@caf-forms/core';
import { formFixtures } from '../support/samples.js';
import { example } from '../support/example.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = any;
const withChange = (change: (d: Json) => void): Json => {
  const d = structuredClone(example()) as Json;
  change(d);
  return d;
};

describe('quickCheck', () => {
  it('passes every form in forms/', () => {
    for (const { file, definition } of formFixtures()) assert.equal(quickCheck(definition)?.ok, true, file);
  });

  const unsafe: [string, (d: Json) => void][] = [
    ['no sections', (d) => (d.sections = [])],
    ['items that are not a list', (d) => (d.sections[0].items = {})],
    ['an unknown field type', (d) => (d.sections[0].items[1].type = 'txet')],
    ['a field without a label', (d) => delete d.sections[0].items[1].label],
    ['options that are not a list', (d) => (d.sections[0].items[3].options = 'male,female')],
    ['an option without a value', (d) => delete d.sections[0].items[3].options[0].value],
    ['a malformed condition', (d) => (d.sections[0].items[11].visibleWhen = { field: 'language', equal: 'other' })],
    ['a grid without rows', (d) => delete d.sections[2].items[0].rows],
    ['a grid with one column', (d) => (d.sections[2].items[0].columns = d.sections[2].items[0].columns.slice(0, 1))],
    ["a grid row's 'specify' without a label", (d) => delete d.sections[2].items[0].rows[2].specify.label],
    ['checkbox options without a label', (d) => delete d.sections[1].items[1].options[0].label],
    ['an option whose follow-up is not a question', (d) => (d.sections[1].items[1].options[3].reveal = [{ type: 'text' }])],
    ['a select with no options', (d) => (d.sections[0].items[10].options = [])],
    ['a scale option that is only a word', (d) => (d.sections[2].items[3].options[0] = 'helpful')],
    ['yes/no follow-ups that are not a list', (d) => (d.sections[0].items[9].reveal.yes = d.sections[0].items[9].reveal.yes[0])],
    ['a repeat without items', (d) => (d.sections[3].items[0].items = [])],
    ['a duplicate id', (d) => (d.sections[0].items[2].id = 'childName')],
    [
      'conditions in a circle',
      (d) => {
        d.sections[0].items[1].visibleWhen = { field: 'gender', filled: true };
        d.sections[0].items[3].visibleWhen = { field: 'childName', filled: true };
      },
    ],
    ['a condition on a missing field', (d) => (d.sections[0].items[11].visibleWhen = { field: 'langauge', equals: 'other' })],
    ['not an object at all', () => undefined],
  ];
  for (const [name, change] of unsafe) {
    it(`leaves ${name} to the full check, which rejects it`, () => {
      const definition = name === 'not an object at all' ? 'not a definition' : withChange(change);
      assert.equal(quickCheck(definition), undefined);
      assert.equal(checkDefinition(definition).ok, false);
    });
  }

  // Each field type's module says what its renderer needs beyond an id and a label (wellShaped in
  // fields/<type>.ts): a question with nothing else passes exactly when the full check passes it.
  for (const type of FIELD_TYPES) {
    it(`reads what a ${type} field needs from its module`, () => {
      const bare = {
        $schema: example().$schema,
        id: 'f',
        version: '1.0.0',
        title: 'F',
        sections: [{ id: 's', title: 'S', items: [{ type, id: 'q', label: 'Q' }] }],
      };
      assert.equal(quickCheck(bare)?.ok === true, checkDefinition(bare).ok);
    });
  }
});
