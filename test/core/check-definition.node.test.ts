// checkDefinition: the example passes; a catalogue of broken definitions each gives the right
// path and a sentence a designer understands, all problems at once.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { checkDefinition } from '@caf-forms/core';
import { example } from '../support/example.js';

// Broken definitions are edited freely here, as a designer would edit the JSON by hand.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = any;

/** A copy of the example with one change applied. */
function broken(change: (d: Json) => void): Json {
  const d = structuredClone(example()) as Json;
  change(d);
  return d;
}

const child = (d: Json): Json[] => d.sections[0].items;
/** Where an item pushed onto the first section lands. */
const appended = child(structuredClone(example()) as Json).length;
const catalogue: { name: string; change: (d: Json) => void; path: string; message: RegExp }[] = [
  {
    name: "a grid among a repeatable group's row questions",
    change: (d) =>
      child(d).push({
        type: 'repeat',
        id: 'helpers',
        label: 'Helpers',
        itemLabel: 'Helper',
        items: [
          {
            type: 'grid',
            id: 'scores',
            label: 'Scores',
            columns: [
              { value: 'a', label: 'A' },
              { value: 'b', label: 'B' },
            ],
            rows: [{ id: 'r', label: 'R' }],
          },
        ],
      }),
    path: `/sections/0/items/${appended}/items/0/type`,
    message: /^a grid cannot be a question in a repeatable group's rows: only single questions go there/,
  },
  {
    name: 'a heading as a follow-up question',
    change: (d) => child(d).push({ type: 'yesno', id: 'more', label: 'More?', reveal: { yes: [{ type: 'heading', text: 'More' }] } }),
    path: `/sections/0/items/${appended}/reveal/yes/0/type`,
    message: /^a heading cannot be a follow-up question: only single questions go there/,
  },
  {
    name: 'misspelt field type',
    change: (d) => (child(d)[1].type = 'txet'),
    path: '/sections/0/items/1/type',
    message: /unknown field type 'txet'; did you mean 'text'\?/,
  },
  {
    name: 'misspelt property',
    change: (d) => {
      child(d)[1].lable = child(d)[1].label;
      delete child(d)[1].label;
    },
    path: '/sections/0/items/1',
    message: /a text item needs 'label'/,
  },
  {
    name: 'unknown property with suggestion',
    change: (d) => (child(d)[1].hnit = 'x'),
    path: '/sections/0/items/1/hnit',
    message: /'hnit' is not a property of a text item; did you mean 'hint'\?/,
  },
  { name: 'duplicate field id', change: (d) => (child(d)[2].id = 'childName'), path: '/sections/0/items/2/id', message: /duplicate id 'childName'/ },
  { name: 'duplicate section id', change: (d) => (d.sections[1].id = 'child'), path: '/sections/1/id', message: /duplicate id 'child'/ },
  {
    name: 'condition on a field that does not exist',
    change: (d) => (child(d)[11].visibleWhen = { field: 'langauge', equals: 'other' }),
    path: '/sections/0/items/11/visibleWhen/field',
    message: /'langauge', which is not a field of this form; did you mean 'language'\?/,
  },
  {
    name: 'condition that reads into a repeat from outside',
    change: (d) => (d.sections[4].items[2].visibleWhen = { field: 'isLead', equals: 'yes' }),
    path: '/sections/4/items/2/visibleWhen/field',
    message: /inside the repeatable group 'professionals'/,
  },
  {
    name: 'repeated option value',
    change: (d) => (child(d)[3].options[1].value = 'male'),
    path: '/sections/0/items/3/options/1/value',
    message: /option value 'male' is used twice in 'gender'/,
  },
  {
    name: 'condition compares with a value the field cannot have',
    change: (d) => (child(d)[11].visibleWhen = { field: 'language', equals: 'klingon' }),
    path: '/sections/0/items/11/visibleWhen',
    message: /'klingon' is not an answer 'language' can have/,
  },
  {
    name: 'requiredWhen on a field that can never be shown',
    change: (d) => {
      d.sections[1].items[5].visibleWhen = { field: 'gender', equals: 'other' };
    },
    path: '/sections/1/items/5/visibleWhen',
    message: /'referrer' can never be shown.*requiredWhen can never apply/,
  },
  {
    name: 'conditions in a circle',
    change: (d) => {
      child(d)[1].visibleWhen = { field: 'gender', filled: true };
      child(d)[3].visibleWhen = { field: 'childName', filled: true };
    },
    path: '/sections/0/items/1/visibleWhen',
    message: /circle: childName → gender → childName/,
  },
  {
    name: 'computed value refers forward',
    change: (d) => {
      d.computed[0].count.of = ['supportScore'];
    },
    path: '/computed/0/count/of/0',
    message: /refers forward to 'supportScore'/,
  },
  {
    name: 'computed read-out of an unknown value',
    change: (d) => (d.sections[2].items[1].computed = 'risksYess'),
    path: '/sections/2/items/1/computed',
    message: /no computed value 'risksYess'; did you mean 'risksYes'\?/,
  },
  {
    name: 'option without a value',
    change: (d) => delete child(d)[3].options[0].value,
    path: '/sections/0/items/3/options/0',
    message: /an option needs 'value'/,
  },
  { name: 'id with a space', change: (d) => (child(d)[1].id = 'child name'), path: '/sections/0/items/1/id', message: /'child name' is not a valid id/ },
  { name: 'version that is not semver', change: (d) => (d.version = 'one'), path: '/version', message: /semantic version/ },
  {
    name: 'malformed condition',
    change: (d) => (child(d)[11].visibleWhen = { field: 'language', equal: 'other' }),
    path: '/sections/0/items/11/visibleWhen',
    message: /this condition is not a valid condition: give a 'field' with one of equals/,
  },
  {
    name: 'includes on a single choice',
    change: (d) => (child(d)[11].visibleWhen = { field: 'language', includes: 'other' }),
    path: '/sections/0/items/11/visibleWhen',
    message: /'includes' reads multiple-choice answers/,
  },
  {
    name: 'greaterThan on a date with a number',
    change: (d) => (d.sections[1].items[4].visibleWhen = { field: 'lastSeen', greaterThan: 2020 }),
    path: '/sections/1/items/4/visibleWhen',
    message: /'lastSeen' is a date: compare it with a date written as YYYY-MM-DD/,
  },
  {
    name: 'letter placeholder naming no field',
    change: (d) => d.sections[4].items.push({ type: 'letter', paragraphs: [{ text: 'Dear {childNme}' }] }),
    path: '/sections/4/items/7/paragraphs/0/text',
    message: /\{childNme\}: there is no field 'childNme'; did you mean 'childName'\?/,
  },
  {
    name: 'letter placeholder naming a row field alone',
    change: (d) => d.sections[4].items.push({ type: 'letter', paragraphs: [{ text: 'With {professionalName}' }] }),
    path: '/sections/4/items/7/paragraphs/0/text',
    message: /write \{professionals\.professionalName\}/,
  },
  {
    name: 'grid row that does not exist',
    change: (d) => (d.computed[2].firstMatch[0].when = { field: 'risks.harms', equals: 'yes' }),
    path: '/computed/2/firstMatch/0/when/field',
    message: /grid 'risks' has no row 'harms'; did you mean 'harm'\?/,
  },
];

describe('checkDefinition', () => {
  it('accepts the example definition', () => {
    const result = checkDefinition(example());
    assert.deepEqual(result.problems, []);
    assert.equal(result.ok, true);
  });

  for (const entry of catalogue) {
    it(`rejects a ${entry.name}, at ${entry.path}`, () => {
      const result = checkDefinition(broken(entry.change));
      assert.equal(result.ok, false);
      const found = result.problems.some((p) => p.path === entry.path && entry.message.test(p.message));
      assert.ok(found, `no problem at ${entry.path} matching ${entry.message}; got ${JSON.stringify(result.problems)}`);
    });
  }

  it('reports every problem at once, not the first only', () => {
    const result = checkDefinition(
      broken((d) => {
        child(d)[1].type = 'txet';
        child(d)[3].options[1].value = 'male';
        d.sections[1].id = 'child';
      }),
    );
    // the meta-schema problem comes first; semantic checks need a definition that passes it
    assert.ok(result.problems.length >= 1);
    const semantic = checkDefinition(
      broken((d) => {
        child(d)[3].options[1].value = 'male';
        d.sections[1].id = 'child';
        child(d)[11].visibleWhen = { field: 'langauge', equals: 'other' };
      }),
    );
    assert.deepEqual(semantic.problems.map((p) => p.path).sort(), [
      '/sections/0/items/11/visibleWhen/field',
      '/sections/0/items/3/options/1/value',
      '/sections/1/id',
    ]);
  });

  it('never says "must have required property" or "must NOT have additional properties"', () => {
    for (const entry of catalogue) {
      for (const p of checkDefinition(broken(entry.change)).problems) assert.doesNotMatch(p.message, /must have required property|must NOT have|must match/);
    }
  });
});
