// The form store's repeatable groups, server problems, languages and listeners, through its public
// methods only: each test is something a page or a server does with a store, and what it must
// then see. Written with the mutants StrykerJS left alive in store.ts (npm run mutation) in view.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { type FormDefinition, FormStore, translate, translator } from '@caf-forms/core';

/** A test name in plain ASCII: the TAP output StrykerJS parses must not carry control or separator characters. */
const printable = (value: unknown): string =>
  (JSON.stringify(value) ?? String(value)).replace(/[^\x20-\x7E]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);

const today = (): string => '2026-06-15';

/** One section of people (a group) and a question before and after it; a second section shown on a yes. */
function form(group: Record<string, unknown> = {}): FormDefinition {
  return {
    id: 'rows',
    version: '1.0.0',
    title: 'Rows',
    sections: [
      {
        id: 's1',
        title: 'One',
        items: [
          { type: 'text', id: 'name', label: 'Child’s name', required: true },
          {
            type: 'repeat',
            id: 'people',
            label: 'People who help',
            itemLabel: 'Person',
            items: [
              { type: 'text', id: 'who', label: 'Name', required: true },
              { type: 'yesno', id: 'lead', label: 'Lead professional' },
              { type: 'text', id: 'why', label: 'Reason', requiredWhen: { field: 'lead', equals: 'yes' }, visibleWhen: { field: 'lead', equals: 'yes' } },
              { type: 'text', id: 'contact', label: 'Contact', visibleWhen: { field: 'more', equals: 'yes' } },
            ],
            ...group,
          },
          { type: 'yesno', id: 'more', label: 'More' },
        ],
      },
      { id: 's2', title: 'Two', visibleWhen: { field: 'more', equals: 'yes' }, items: [{ type: 'number', id: 'age', label: 'Age', min: 0 }] },
    ],
  } as unknown as FormDefinition;
}

/** A form of one section 's' holding these items. */
const oneSection = (items: unknown[]): FormDefinition =>
  ({ id: 'x', version: '1.0.0', title: 'X', sections: [{ id: 's', title: 'S', items }] }) as unknown as FormDefinition;

const messages = (store: FormStore, sections?: string[]) => store.problems(sections).map((p) => `${p.path}: ${p.message}`);

describe('store: rows of a repeatable group', () => {
  it('shows at least one row, or the group’s minimum, before any exists', () => {
    assert.equal(new FormStore(form(), { today }).rowCount('people'), 1);
    assert.equal(new FormStore(form({ minItems: 3 }), { today }).rowCount('people'), 3);
    const store = new FormStore(form({ minItems: 2 }), { today });
    for (const i of [0, 1, 2, 3]) store.setRowInput('people', i, 'who', `P${i}`);
    assert.equal(store.rowCount('people'), 4);
  });

  it('adding a row adds one after the rows shown; removing takes out that row only', () => {
    const store = new FormStore(form({ minItems: 2 }), { today });
    store.addRow('people');
    assert.deepEqual(store.rows('people'), [{}, {}, {}], 'the two shown, then the new one');
    store.setRowInput('people', 0, 'who', 'Ann');
    store.setRowInput('people', 1, 'who', 'Bea');
    store.setRowInput('people', 2, 'who', 'Cat');
    store.removeRow('people', 1);
    assert.deepEqual(store.rows('people'), [{ who: 'Ann' }, { who: 'Cat' }]);
    assert.equal(store.rowInput('people', 1, 'who'), 'Cat');
    assert.equal(store.rowInput('people', 5, 'who'), undefined);
  });

  it('a row number that is not a whole number from 0 is refused, naming the group', () => {
    const store = new FormStore(form(), { today });
    for (const row of [-1, 1.5, Number.NaN])
      assert.throws(() => store.setRowInput('people', row, 'who', 'x'), { name: 'RangeError', message: `caf-forms: no row ${row} in "people"` });
    store.setRowInput('people', 0, 'who', 'Ann');
    assert.deepEqual(store.rows('people'), [{ who: 'Ann' }]);
  });

  it('rows() of a group never typed in, or of a field that is not a group, is empty', () => {
    const store = new FormStore(form(), { today });
    assert.deepEqual(store.rows('people'), []);
    store.setInput('name', 'Sally');
    assert.deepEqual(store.rows('name'), []);
  });

  it('checks each row, naming the row in its messages; blank rows are skipped', () => {
    const store = new FormStore(form(), { today });
    store.setRowInput('people', 0, 'who', 'Ann');
    store.setRowInput('people', 2, 'lead', 'yes');
    assert.deepEqual(messages(store, ['s1']), ['name: Enter child’s name', 'people.2.who: Person 3: Enter name', 'people.2.why: Person 3: Enter reason']);
    assert.deepEqual(store.answer('people'), [{ who: 'Ann' }, { lead: 'yes' }]);
  });

  it('a row’s question shown by an answer outside the group follows that answer', () => {
    const store = new FormStore(form(), { today });
    store.setRowInput('people', 0, 'who', 'Ann');
    store.setRowInput('people', 0, 'contact', 'by phone');
    assert.equal(store.isRowFieldVisible('people', 0, 'contact'), false);
    assert.deepEqual(store.answer('people'), [{ who: 'Ann' }]);
    store.setInput('more', 'yes');
    assert.equal(store.isRowFieldVisible('people', 0, 'contact'), true);
    assert.deepEqual(store.answer('people'), [{ who: 'Ann', contact: 'by phone' }]);
  });

  it('isRequired of a row’s question reads that row’s answers', () => {
    const store = new FormStore(form(), { today });
    store.setRowInput('people', 0, 'lead', 'yes');
    store.setRowInput('people', 1, 'lead', 'no');
    assert.equal(store.isRequired('why', 0), true);
    assert.equal(store.isRequired('why', 1), false);
    assert.equal(store.isRequired('who', 1), true);
    assert.equal(store.isRequired('lead', 0), false);
  });

  const counts: [group: Record<string, unknown>, filled: number, expected: string[]][] = [
    [{ required: true }, 0, ['people: Add at least one person']],
    [{ required: true }, 1, []],
    [{}, 0, []],
    [{ minItems: 2 }, 0, []],
    [{ minItems: 2 }, 1, ['people: Add at least 2 rows to people who help']],
    [{ minItems: 2 }, 2, []],
    [{ minItems: 1 }, 0, []],
    [{ minItems: 2, required: true }, 0, ['people: Add at least 2 rows to people who help']],
    [{ maxItems: 2 }, 2, []],
    [{ maxItems: 2 }, 3, ['people: You can add up to 2 rows to people who help']],
    [{ required: true, errorMessages: { required: 'Add the people who help the child' } }, 0, ['people: Add the people who help the child']],
    [{ minItems: 3, errorMessages: { tooFew: 'Add three people' } }, 1, ['people: Add three people']],
    [{ maxItems: 1, errorMessages: { tooMany: 'Only one person' } }, 2, ['people: Only one person']],
  ];
  for (const [group, filled, expected] of counts) {
    it(`${printable(group)} with ${filled} filled row(s): ${expected.join('; ') || 'no problem'}`, () => {
      const store = new FormStore(form(group), { today });
      store.setInput('name', 'Sally');
      for (let i = 0; i < filled; i++) store.setRowInput('people', i, 'who', `P${i}`);
      assert.deepEqual(messages(store, ['s1']), expected);
    });
  }

  const shown = (store: FormStore) => store.shownSummary().map((p) => `${p.path}: ${p.message}`);

  it('after a submit, a short group marks the blank rows it still needs; its problems stay those a server finds', () => {
    const store = new FormStore(form({ minItems: 2 }), { today });
    store.setInput('name', 'Sally');
    store.addRow('people');
    store.addRow('people'); // three rows shown, all blank
    store.setRowInput('people', 1, 'lead', 'yes'); // row 2 filled, missing its name and reason
    const marked = [
      'people: Add at least 2 rows to people who help',
      'people.0.who: Person 1: Enter name',
      'people.1.who: Person 2: Enter name',
      'people.1.why: Person 2: Enter reason',
    ];
    assert.deepEqual(
      store.attempt().map((p) => `${p.path}: ${p.message}`),
      marked,
      'in row order; only the first blank row is needed',
    );
    assert.deepEqual(shown(store), marked);
    assert.deepEqual(
      store.shownProblems('people').map((p) => p.path),
      ['people', 'people.0.who', 'people.1.who', 'people.1.why'],
    );
    assert.deepEqual(
      messages(store),
      ['people: Add at least 2 rows to people who help', 'people.1.who: Person 2: Enter name', 'people.1.why: Person 2: Enter reason'],
      'a blank row is no answer: the problems are what the compiled schema says',
    );
    assert.deepEqual(store.answer('people'), [{ lead: 'yes' }]);

    store.setRowInput('people', 0, 'who', 'Ann'); // the marked row is filled in: the group is long enough
    assert.deepEqual(
      store.shownProblems('people').map((p) => p.path),
      ['people.1.who', 'people.1.why'],
    );
  });

  it('marks nothing for a group that is not short, or not required and empty', () => {
    for (const [group, filled] of [
      [{}, 0],
      [{ minItems: 2 }, 0],
      [{ required: true }, 1],
    ] as const) {
      const store = new FormStore(form(group), { today });
      store.setInput('name', 'Sally');
      for (let i = 0; i < filled; i++) store.setRowInput('people', i, 'who', `P${i}`);
      store.addRow('people');
      assert.deepEqual(store.attempt(), [], printable(group));
    }
  });

  it('a group over its maximum says so before its rows’ own problems', () => {
    const store = new FormStore(form({ maxItems: 1 }), { today });
    store.setInput('name', 'Sally');
    store.setRowInput('people', 0, 'who', 'Ann');
    store.setRowInput('people', 1, 'lead', 'no');
    assert.deepEqual(messages(store), ['people: You can add up to 1 rows to people who help', 'people.1.who: Person 2: Enter name']);
  });

  it('loads a group’s answer as rows of inputs, leaving out what a row does not hold', () => {
    const store = new FormStore(form(), {
      today,
      data: {
        s1: {
          name: 'Sally',
          people: [
            { who: 'Ann', lead: 'yes', why: 'School' },
            { who: 'Bea', lead: undefined },
          ],
        },
      },
    });
    assert.deepEqual(store.rows('people'), [{ who: 'Ann', lead: 'yes', why: 'School' }, { who: 'Bea' }]);
    assert.deepEqual(store.data().s1, { name: 'Sally', people: [{ who: 'Ann', lead: 'yes', why: 'School' }, { who: 'Bea' }] });
    store.load({ s1: { people: 'not a list' } });
    assert.deepEqual(store.rows('people'), []);
    assert.equal(store.input('name'), undefined, 'load replaces every input');
  });
});

describe('store: answers and sections', () => {
  it('data() has every section, with only shown, valid, non-empty answers', () => {
    const store = new FormStore(form(), { today });
    assert.deepEqual(store.data(), { s1: {}, s2: {} });
    store.setInput('name', '  ');
    store.setInput('more', 'yes');
    store.setInput('age', 'x');
    assert.deepEqual(store.data(), { s1: { more: 'yes' }, s2: {} });
    store.setInput('age', '7');
    assert.deepEqual(store.data(), { s1: { more: 'yes' }, s2: { age: 7 } });
    store.setInput('more', 'no');
    assert.deepEqual(store.data(), { s1: { more: 'no' }, s2: {} }, 'a hidden section’s answers are left out');
    assert.equal(store.isSectionVisible('s2'), false);
    assert.equal(store.isSectionVisible('s1'), true);
    assert.equal(store.isSectionVisible('nope'), true, 'an unknown section has no condition to fail');
  });

  it('problems() takes the sections asked for, in document order', () => {
    const store = new FormStore(form(), { today });
    store.setInput('more', 'yes');
    store.setInput('age', '-1');
    assert.deepEqual(messages(store), ['name: Enter child’s name', 'age: Age must be 0 or more']);
    assert.deepEqual(messages(store, ['s2']), ['age: Age must be 0 or more']);
    assert.deepEqual(messages(store, []), []);
  });

  it('asking about a field the form does not have is an error that names it', () => {
    const store = new FormStore(form(), { today });
    assert.throws(() => store.isVisible('nope'), { message: 'caf-forms: the form has no field "nope"' });
    assert.throws(() => store.answer('nope'), /no field "nope"/);
  });

  it('a condition that reads a field the form does not have reads it as unanswered', () => {
    const definition = oneSection([
      { type: 'text', id: 'a', label: 'A', visibleWhen: { field: 'ghost', empty: true } },
      { type: 'text', id: 'b', label: 'B', visibleWhen: { field: 'ghost', filled: true } },
    ]);
    const store = new FormStore(definition, { today });
    assert.equal(store.isVisible('a'), true);
    assert.equal(store.isVisible('b'), false);
  });

  it('conditions on a grid row and on an answer not valid yet read what the schema would see', () => {
    const definition = oneSection([
      {
        type: 'grid',
        id: 'g',
        label: 'G',
        rows: [
          { id: 'r1', label: 'R1' },
          { id: 'r2', label: 'R2' },
        ],
        columns: [
          { value: 'yes', label: 'Yes' },
          { value: 'no', label: 'No' },
        ],
      },
      { type: 'text', id: 'onR1', label: 'About R1', visibleWhen: { field: 'g.r1', equals: 'yes' } },
      { type: 'email', id: 'email', label: 'Email' },
      { type: 'text', id: 'onEmail', label: 'About the email', visibleWhen: { field: 'email', equals: 'jo@' } },
      { type: 'text', id: 'onNoEmail', label: 'No email', visibleWhen: { field: 'email', empty: true } },
    ]);
    const store = new FormStore(definition, { today });
    assert.equal(store.isVisible('onR1'), false);
    assert.equal(store.isVisible('onNoEmail'), true);
    store.setInput('g', { r1: 'yes' });
    assert.equal(store.isVisible('onR1'), true);
    store.setInput('g', { r1: 'no', r2: 'yes' });
    assert.equal(store.isVisible('onR1'), false);
    store.setInput('email', 'jo@');
    assert.equal(store.isVisible('onEmail'), true, 'the address as typed, not yet valid');
    assert.equal(store.isVisible('onNoEmail'), false);
    store.setInput('email', '');
    assert.equal(store.isVisible('onNoEmail'), true);
  });

  it('a field shown by itself (a cycle, which checkDefinition reports) is hidden, and the page does not hang', () => {
    const definition = oneSection([
      { type: 'text', id: 'a', label: 'A', visibleWhen: { field: 'b', empty: true } },
      { type: 'text', id: 'b', label: 'B', visibleWhen: { field: 'a', empty: true } },
    ]);
    const store = new FormStore(definition, { today });
    assert.equal(typeof store.isVisible('a'), 'boolean');
    assert.deepEqual(store.data(), { s: {} });
  });

  it('computed values: an unknown id has none; computed() lists each', () => {
    const definition = { ...form(), computed: [{ id: 'leads', label: 'Leads', count: { of: ['more'], equals: 'yes' } }] } as unknown as FormDefinition;
    const store = new FormStore(definition, { today });
    assert.equal(store.computedValue('nope'), undefined);
    assert.deepEqual(store.computed(), { leads: 0 });
    store.setInput('more', 'yes');
    assert.deepEqual(store.computed(), { leads: 1 });
  });

  it('a date rule uses the day the store is given', () => {
    const definition = {
      id: 'x',
      version: '1.0.0',
      title: 'X',
      sections: [{ id: 's', title: 'S', items: [{ type: 'date', id: 'dob', label: 'Date of birth', mustBe: 'past' }] }],
    } as unknown as FormDefinition;
    const early = new FormStore(definition, { today: () => '2020-01-01', data: { s: { dob: '2021-05-05' } } });
    assert.deepEqual(messages(early), ['dob: Date of birth must be in the past']);
    const late = new FormStore(definition, { today: () => '2030-01-01', data: { s: { dob: '2021-05-05' } } });
    assert.deepEqual(messages(late), []);
  });
});

describe('store: what is shown, and when', () => {
  it('nothing is shown before a submit; after it, each field’s own problems until fixed', () => {
    const store = new FormStore(form(), { today });
    assert.equal(store.hasAttempted('s1'), false);
    assert.deepEqual(store.shownSummary(), []);
    const found = store.attempt(['s1']);
    assert.deepEqual(
      found.map((p) => p.path),
      ['name'],
    );
    assert.equal(store.hasAttempted('s1'), true);
    assert.equal(store.hasAttempted('s2'), false);
    assert.deepEqual(
      store.shownProblems('name').map((p) => p.message),
      ['Enter child’s name'],
    );
    assert.deepEqual(store.shownProblems('more'), []);
    store.setInput('name', 'Sally');
    assert.deepEqual(store.shownProblems('name'), []);
    assert.deepEqual(
      store.shownSummary().map((p) => p.path),
      ['name'],
      'the summary stays as it was until the next submit',
    );
    store.attempt(['s1']);
    assert.deepEqual(store.shownSummary(), []);
  });

  it('a row’s problems show at its group, and a hidden section’s are not in the summary', () => {
    const store = new FormStore(form(), { today });
    store.setInput('more', 'yes');
    store.setInput('age', '-3');
    store.setRowInput('people', 0, 'lead', 'no');
    store.attempt();
    assert.deepEqual(
      store.shownProblems('who').map((p) => p.path),
      ['people.0.who'],
    );
    assert.deepEqual(
      store.shownSummary().map((p) => p.path),
      ['name', 'people.0.who', 'age'],
    );
    store.setInput('more', 'no');
    assert.deepEqual(
      store.shownSummary().map((p) => p.path),
      ['name', 'people.0.who'],
    );
    assert.deepEqual(store.shownProblems('age'), [], 'a hidden field shows nothing');
  });

  it('an attempt tells listeners which sections now look different; unsubscribing stops it', () => {
    const store = new FormStore(form(), { today });
    const heard: string[][] = [];
    const stop = store.subscribe((changed) => heard.push([...changed].sort()));
    store.attempt();
    assert.deepEqual(heard, [['s1']], 's1 starts showing an error; s2 has none to show');
    store.attempt();
    assert.deepEqual(heard[1], [], 'the same problems again: nothing looks different');
    store.setInput('name', 'Sally');
    assert.deepEqual(heard[2], ['name']);
    store.attempt();
    assert.deepEqual(heard[3], ['s1'], 'the error went');
    stop();
    store.setInput('name', 'Bea');
    assert.equal(heard.length, 4);
  });

  it('an attempt sees a changed message as a change (same field, another problem)', () => {
    const store = new FormStore(form(), { today });
    const heard: string[][] = [];
    store.subscribe((changed) => heard.push([...changed]));
    store.attempt(['s1']);
    store.setInput('name', 'x'.repeat(501));
    store.attempt(['s1']);
    assert.deepEqual(heard.at(-1), ['s1']);
  });

  it('setInput tells listeners of the field and everything that reads it', () => {
    const store = new FormStore(form(), { today });
    const heard: string[][] = [];
    store.subscribe((changed) => heard.push([...changed].sort()));
    store.setInput('more', 'yes');
    assert.deepEqual(heard, [['age', 'contact', 'more', 'people']]);
    store.load({});
    assert.deepEqual(heard[1], ['age', 'contact', 'lead', 'more', 'name', 'people', 'who', 'why'], 'a load changes every field');
  });
});

describe('store: the server’s problems', () => {
  it('are placed at their fields (a row’s at its group) and returned when they name no field', () => {
    const store = new FormStore(form(), { today, data: { s1: { name: 'Sally', people: [{ who: 'Ann' }], more: 'yes' } } });
    const heard: string[][] = [];
    store.subscribe((changed) => heard.push([...changed].sort()));
    const unplaced = store.setServerProblems([
      { path: 'age', message: 'Age does not match the records' },
      { path: 'people.0.who', message: 'Person 1: Not known to us' },
      { path: 'ghost', message: 'Remove "ghost"' },
      { path: '', message: 'Something else' },
    ]);
    assert.deepEqual(
      unplaced.map((p) => p.path),
      ['ghost', ''],
    );
    assert.deepEqual(heard, [['age', 'people']]);
    assert.deepEqual(
      store.shownProblems('who').map((p) => p.message),
      [],
      'no submit yet: own problems wait, the server’s too',
    );
    store.attempt();
    store.setServerProblems([
      { path: 'age', message: 'Age does not match the records' },
      { path: 'people.0.who', message: 'Person 1: Not known to us' },
      { path: 'name', message: 'Name is not on file' },
    ]);
    assert.deepEqual(
      store.shownProblems('people').map((p) => p.message),
      ['Person 1: Not known to us'],
    );
    assert.deepEqual(
      store.shownSummary().map((p) => p.path),
      ['name', 'people.0.who', 'age'],
      'in the order of the form',
    );
    store.setInput('age', '8');
    assert.deepEqual(store.shownProblems('age'), [], 'a changed answer drops the server’s problem');
    assert.deepEqual(
      store.shownProblems('name').map((p) => p.message),
      ['Name is not on file'],
    );
    store.setInput('more', 'no');
    assert.deepEqual(
      store.shownSummary().map((p) => p.path),
      ['name', 'people.0.who'],
      'a hidden field’s server problem leaves the summary',
    );
  });

  it('the next report replaces the last, telling listeners of both; a submit clears the summary’s', () => {
    const store = new FormStore(form(), { today, data: { s1: { name: 'Sally', more: 'yes' } } });
    store.attempt();
    store.setServerProblems([{ path: 'name', message: 'Name is not on file' }]);
    const heard: string[][] = [];
    store.subscribe((changed) => heard.push([...changed].sort()));
    store.setServerProblems([{ path: 'more', message: 'More is wrong' }]);
    assert.deepEqual(heard, [['more', 'name']]);
    assert.deepEqual(store.shownProblems('name'), []);
    assert.deepEqual(
      store.shownProblems('more').map((p) => p.message),
      ['More is wrong'],
    );
    store.attempt();
    assert.deepEqual(store.shownSummary(), []);
    store.load({ s1: { name: 'Sally' } });
    assert.deepEqual(store.shownProblems('more'), [], 'loading answers drops them too');
  });
});

describe('store: another language', () => {
  const cy = translator({ 'error.enter': 'Rhowch {subject}', 'error.inRow': '{Item} {n}: {message}' });

  it('re-words what is shown without a new submit, and tells listeners every field changed', () => {
    const store = new FormStore(form(), { today });
    store.setRowInput('people', 0, 'lead', 'no');
    store.attempt();
    const heard: number[] = [];
    store.subscribe((changed) => heard.push(changed.size));
    store.setTranslator(cy);
    assert.equal(store.t, cy);
    assert.deepEqual(
      store.shownSummary().map((p) => p.message),
      ['Rhowch child’s name', 'Person 1: Rhowch name'],
    );
    assert.deepEqual(
      store.shownProblems('name').map((p) => p.message),
      ['Rhowch child’s name'],
    );
    assert.deepEqual(heard, [8]);
    store.setTranslator(cy);
    assert.deepEqual(heard, [8], 'the same language again changes nothing');
    store.setInput('name', 'Sally');
    store.setTranslator(translate);
    assert.deepEqual(
      store.shownSummary().map((p) => p.message),
      ['Person 1: Enter name'],
      'only what is still wrong, in English again',
    );
  });

  it('a store made with a translate function words its messages with it', () => {
    const store = new FormStore(form(), { today, t: cy });
    assert.deepEqual(messages(store, ['s1']), ['name: Rhowch child’s name']);
  });
});
