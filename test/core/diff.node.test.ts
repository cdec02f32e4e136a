// diffDefinitions: each kind of change is found and classified as breaking for submissions
// already made, or not, and the version bump follows from the worst of them.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { bumpVersion, checkDefinition, diffDefinitions, type ChangeKind, type FormDefinition } from '@caf-forms/core';

// Definitions are edited freely here, as a designer would.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = any;

function base(): Json {
  return {
    $schema: '../packages/core/schema/definition.schema.json',
    id: 'diff-test',
    version: '1.2.3',
    title: 'A form',
    sections: [
      {
        id: 'about',
        title: 'About you',
        items: [
          { type: 'heading', text: 'Your details' },
          { type: 'text', id: 'fullName', label: 'Full name', maxLength: 100 },
          { type: 'textarea', id: 'story', label: 'Your story' },
          { type: 'number', id: 'age', label: 'Age', min: 0, max: 120 },
          { type: 'date', id: 'born', label: 'Date of birth' },
          {
            type: 'radios',
            id: 'contact',
            label: 'How to contact you',
            options: [
              { value: 'phone', label: 'Phone', reveal: [{ type: 'tel', id: 'phone', label: 'Phone number' }] },
              { value: 'post', label: 'Post' },
            ],
          },
          {
            type: 'checkboxes',
            id: 'needs',
            label: 'Needs',
            options: [
              { value: 'a', label: 'A' },
              { value: 'b', label: 'B' },
            ],
          },
          { type: 'yesno', id: 'interpreter', label: 'Is an interpreter needed?' },
          { type: 'text', id: 'language', label: 'Which language?', visibleWhen: { field: 'interpreter', equals: 'yes' } },
          {
            type: 'grid',
            id: 'grid',
            label: 'Grid',
            columns: [
              { value: 'y', label: 'Yes' },
              { value: 'n', label: 'No' },
              { value: 'm', label: 'Maybe' },
            ],
            rows: [
              { id: 'r1', label: 'Row one' },
              { id: 'r2', label: 'Row two' },
            ],
          },
          { type: 'rating', id: 'stars', label: 'Stars' },
          {
            type: 'repeat',
            id: 'people',
            label: 'People',
            itemLabel: 'Person',
            maxItems: 5,
            items: [
              { type: 'text', id: 'personName', label: 'Name' },
              { type: 'text', id: 'personRole', label: 'Role' },
            ],
          },
        ],
      },
      { id: 'more', title: 'More', items: [{ type: 'text', id: 'extra', label: 'Extra' }] },
    ],
    computed: [{ id: 'needCount', label: 'Needs chosen', count: { of: ['stars'], equals: 5 } }],
  };
}

function diffAfter(change: (d: Json) => void): ReturnType<typeof diffDefinitions> {
  const before = base();
  const after = structuredClone(before);
  change(after);
  // Both sides are real definitions: the diff is only ever asked of checked ones.
  assert.deepEqual(checkDefinition(before).problems, []);
  assert.deepEqual(checkDefinition(after).problems, [], 'the edited definition is valid');
  return diffDefinitions(before as FormDefinition, after as FormDefinition);
}

const items = (d: Json): Json[] => d.sections[0].items;
const field = (d: Json, id: string): Json => [...items(d), ...d.sections[1].items].find((i: Json) => i.id === id);

function expectOnly(change: (d: Json) => void, kind: ChangeKind, breaking: boolean, id?: string): void {
  const diff = diffAfter(change);
  assert.deepEqual(
    diff.changes.map((c) => c.kind),
    [kind],
    JSON.stringify(diff.changes),
  );
  assert.equal(diff.changes[0]!.breaking, breaking);
  assert.equal(diff.breaking, breaking);
  if (id) assert.equal(diff.changes[0]!.id, id);
  assert.ok(diff.changes[0]!.message.length > 10);
}

describe('diffDefinitions: breaking changes', () => {
  it('a field removed', () => expectOnly((d) => items(d).splice(2, 1), 'field-removed', true, 'story'));
  it('a field renamed (same type and label, new id)', () =>
    expectOnly(
      (d) => {
        field(d, 'story').id = 'yourStory';
      },
      'field-renamed',
      true,
      'yourStory',
    ));
  it('a field moved to another section', () =>
    expectOnly(
      (d) => {
        d.sections[1].items.push(items(d).splice(2, 1)[0]);
      },
      'field-moved',
      true,
      'story',
    ));
  it('a type changed', () =>
    expectOnly(
      (d) => {
        field(d, 'story').type = 'text';
      },
      'type-changed',
      true,
      'story',
    ));
  it('an option removed', () => expectOnly((d) => field(d, 'needs').options.pop(), 'option-removed', true, 'needs'));
  it('an option value changed is a removal and an addition', () => {
    const diff = diffAfter((d) => {
      field(d, 'needs').options[1].value = 'bee';
    });
    assert.deepEqual(diff.changes.map((c) => c.kind).sort(), ['option-added', 'option-removed']);
    assert.equal(diff.bump, 'major');
  });
  it('a grid row removed', () => expectOnly((d) => field(d, 'grid').rows.pop(), 'row-removed', true, 'grid'));
  it('a grid row\'s "please specify" text removed', () => {
    const before = base();
    field(before, 'grid').rows[0].specify = { id: 'r1Other', label: 'Please specify' };
    const after = structuredClone(before);
    delete field(after, 'grid').rows[0].specify;
    const diff = diffDefinitions(before, after);
    assert.deepEqual(
      diff.changes.map((c) => [c.kind, c.breaking]),
      [['field-removed', true]],
    );
    assert.equal(diffDefinitions(after, before).changes[0]!.kind, 'field-added');
  });
  it('a grid column removed', () => expectOnly((d) => field(d, 'grid').columns.pop(), 'option-removed', true, 'grid'));
  it('a field newly required', () =>
    expectOnly(
      (d) => {
        field(d, 'story').required = true;
      },
      'now-required',
      true,
      'story',
    ));
  it('a field required under a new condition', () =>
    expectOnly(
      (d) => {
        field(d, 'story').requiredWhen = { field: 'interpreter', equals: 'yes' };
      },
      'now-required',
      true,
    ));
  it('a required field added', () =>
    expectOnly((d) => items(d).push({ type: 'text', id: 'nickname', label: 'Nickname', required: true }), 'required-field-added', true, 'nickname'));
  it('a maxLength lowered', () =>
    expectOnly(
      (d) => {
        field(d, 'fullName').maxLength = 50;
      },
      'limit-tightened',
      true,
      'fullName',
    ));
  it('a maxLength set below the default', () =>
    expectOnly(
      (d) => {
        field(d, 'story').maxLength = 1000;
      },
      'limit-tightened',
      true,
      'story',
    ));
  it('a minimum raised', () =>
    expectOnly(
      (d) => {
        field(d, 'age').min = 5;
      },
      'limit-tightened',
      true,
      'age',
    ));
  it('a rating scale shortened', () =>
    expectOnly(
      (d) => {
        field(d, 'stars').max = 3;
      },
      'limit-tightened',
      true,
      'stars',
    ));
  it('a repeat allowing fewer rows', () =>
    expectOnly(
      (d) => {
        field(d, 'people').maxItems = 2;
      },
      'limit-tightened',
      true,
      'people',
    ));
  it('whole numbers only', () =>
    expectOnly(
      (d) => {
        field(d, 'age').integer = true;
      },
      'limit-tightened',
      true,
      'age',
    ));
  it('a date that must now be in the past', () =>
    expectOnly(
      (d) => {
        field(d, 'born').mustBe = 'past';
      },
      'limit-tightened',
      true,
      'born',
    ));
  it('an option that now excludes the others', () =>
    expectOnly(
      (d) => {
        field(d, 'needs').options[0].exclusive = true;
      },
      'limit-tightened',
      true,
      'needs',
    ));
  it('a field now shown only under a condition', () =>
    expectOnly(
      (d) => {
        field(d, 'story').visibleWhen = { field: 'interpreter', equals: 'no' };
      },
      'condition-changed',
      true,
      'story',
    ));
  it('a follow-up moved to another option', () => {
    const diff = diffAfter((d) => {
      const [phone, post] = field(d, 'contact').options;
      post.reveal = phone.reveal;
      delete phone.reveal;
    });
    assert.deepEqual(
      diff.changes.map((c) => [c.kind, c.id]),
      [['condition-changed', 'phone']],
    );
  });
  it('the form id changed', () =>
    expectOnly(
      (d) => {
        d.id = 'other-form';
      },
      'form-id-changed',
      true,
    ));
  it('a computed value removed', () =>
    expectOnly(
      (d) => {
        delete d.computed;
      },
      'computed-removed',
      true,
      'needCount',
    ));
  it('a row field of a repeat removed', () => expectOnly((d) => field(d, 'people').items.pop(), 'field-removed', true, 'personRole'));
});

describe('diffDefinitions: changes that do not break submissions', () => {
  it('an optional field added', () => expectOnly((d) => items(d).push({ type: 'text', id: 'nickname', label: 'Nickname' }), 'field-added', false, 'nickname'));
  it('a required field added under a condition', () =>
    expectOnly(
      (d) => items(d).push({ type: 'text', id: 'nickname', label: 'Nickname', required: true, visibleWhen: { field: 'interpreter', equals: 'yes' } }),
      'field-added',
      false,
    ));
  it('a row field added to a repeat', () =>
    expectOnly((d) => field(d, 'people').items.push({ type: 'text', id: 'phoneNo', label: 'Phone' }), 'field-added', false, 'phoneNo'));
  it('an option added', () => expectOnly((d) => field(d, 'needs').options.push({ value: 'c', label: 'C' }), 'option-added', false, 'needs'));
  it('a grid row added', () => expectOnly((d) => field(d, 'grid').rows.push({ id: 'r3', label: 'Row three' }), 'row-added', false, 'grid'));
  it('no longer required', () => {
    const before = base();
    field(before, 'story').required = true;
    const after = structuredClone(before);
    delete field(after, 'story').required;
    const diff = diffDefinitions(before, after);
    assert.deepEqual(
      diff.changes.map((c) => [c.kind, c.breaking]),
      [['no-longer-required', false]],
    );
    assert.equal(diff.bump, 'minor');
  });
  it('a maxLength raised', () =>
    expectOnly(
      (d) => {
        field(d, 'fullName').maxLength = 200;
      },
      'limit-loosened',
      false,
      'fullName',
    ));
  it('a maximum removed', () =>
    expectOnly(
      (d) => {
        delete field(d, 'age').max;
      },
      'limit-loosened',
      false,
      'age',
    ));
  it('a repeat allowing more rows', () =>
    expectOnly(
      (d) => {
        field(d, 'people').maxItems = 9;
      },
      'limit-loosened',
      false,
      'people',
    ));
  it('an optional field always shown now', () =>
    expectOnly(
      (d) => {
        delete field(d, 'language').visibleWhen;
      },
      'condition-removed',
      false,
      'language',
    ));
  it('a computed value added', () => expectOnly((d) => d.computed.push({ id: 'total', label: 'Total', sum: ['age'] }), 'computed-added', false, 'total'));
  it('a computed value changed', () =>
    expectOnly(
      (d) => {
        d.computed[0].count = { of: ['stars'], equals: 4 };
      },
      'computed-changed',
      false,
      'needCount',
    ));
  it('a label reworded', () =>
    expectOnly(
      (d) => {
        field(d, 'fullName').label = 'Your full name';
      },
      'wording-changed',
      false,
      'fullName',
    ));
  it('an option reworded', () =>
    expectOnly(
      (d) => {
        field(d, 'needs').options[0].label = 'Aye';
      },
      'wording-changed',
      false,
      'needs',
    ));
  it('content changed', () =>
    expectOnly(
      (d) => {
        items(d)[0].text = 'About you';
      },
      'content-changed',
      false,
    ));
  it('questions reordered in their section', () => expectOnly((d) => items(d).reverse(), 'order-changed', false));
  it('options reordered', () => expectOnly((d) => field(d, 'needs').options.reverse(), 'order-changed', false, 'needs'));
  it('a presentation setting changed', () =>
    expectOnly(
      (d) => {
        field(d, 'fullName').width = '20';
      },
      'presentation-changed',
      false,
      'fullName',
    ));
  it('the title changed', () =>
    expectOnly(
      (d) => {
        d.title = 'Another title';
      },
      'form-details-changed',
      false,
    ));
});

describe('diffDefinitions: the version bump', () => {
  it('is none for identical definitions, patch for wording, minor for an addition, major for a break', () => {
    assert.deepEqual(
      diffAfter(() => {}),
      { changes: [], breaking: false, bump: 'none', suggestedVersion: '1.2.3' },
    );
    assert.equal(
      diffAfter((d) => {
        d.title = 'T';
      }).suggestedVersion,
      '1.2.4',
    );
    assert.equal(diffAfter((d) => field(d, 'needs').options.push({ value: 'c', label: 'C' })).suggestedVersion, '1.3.0');
    const mixed = diffAfter((d) => {
      field(d, 'needs').options.push({ value: 'c', label: 'C' });
      items(d).splice(2, 1);
    });
    assert.equal(mixed.bump, 'major');
    assert.equal(mixed.suggestedVersion, '2.0.0');
  });
  it('bumpVersion drops a pre-release tag', () => assert.equal(bumpVersion('1.4.0-beta.1', 'minor'), '1.5.0'));
  it('finds nothing between a real form and its copy', () => {
    const caf = JSON.parse(readFileSync(new URL('../../forms/caf.json', import.meta.url), 'utf8')) as FormDefinition;
    assert.equal(diffDefinitions(caf, structuredClone(caf)).bump, 'none');
  });
});
