// The form store: conditions, computed values that follow the answers, GOV.UK error timing,
// and a change that recomputes only what depends on it.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { type ContentItem, type FormDefinition, FormStore, createEnvelope, evaluate, fieldView } from '@caf-forms/core';
import { example, exampleSample, today } from '../support/example.js';

describe('conditions', () => {
  const answers: Record<string, unknown> = { a: 'yes', n: 7, d: '2020-05-01', c: ['x', 'y'], e: '' };
  const lookup = (ref: string): unknown => answers[ref];
  const cases: [object, boolean][] = [
    [{ field: 'a', equals: 'yes' }, true],
    [{ field: 'a', equals: 'no' }, false],
    [{ field: 'a', notEquals: 'no' }, true],
    [{ field: 'missing', notEquals: 'no' }, true],
    [{ field: 'a', in: ['no', 'yes'] }, true],
    [{ field: 'a', in: ['no'] }, false],
    [{ field: 'c', includes: 'y' }, true],
    [{ field: 'c', includes: 'z' }, false],
    [{ field: 'a', includes: 'y' }, false],
    [{ field: 'a', filled: true }, true],
    [{ field: 'e', filled: true }, false],
    [{ field: 'missing', empty: true }, true],
    [{ field: 'n', greaterThan: 5 }, true],
    [{ field: 'n', lessThan: 5 }, false],
    [{ field: 'missing', greaterThan: 5 }, false],
    [{ field: 'd', greaterThan: '2020-04-30' }, true],
    [{ field: 'd', lessThan: '2020-04-30' }, false],
    [
      {
        all: [
          { field: 'a', equals: 'yes' },
          { field: 'n', greaterThan: 5 },
        ],
      },
      true,
    ],
    [
      {
        all: [
          { field: 'a', equals: 'yes' },
          { field: 'n', greaterThan: 9 },
        ],
      },
      false,
    ],
    [
      {
        any: [
          { field: 'a', equals: 'no' },
          { field: 'n', greaterThan: 5 },
        ],
      },
      true,
    ],
    [{ not: { field: 'a', equals: 'yes' } }, false],
  ];
  for (const [condition, expected] of cases) {
    it(`${JSON.stringify(condition)} is ${expected}`, () => {
      assert.equal(evaluate(condition as Parameters<typeof evaluate>[0], lookup), expected);
    });
  }
});

describe('FormStore', () => {
  it('computes counts, sums and first-matching rules from the sample', () => {
    const store = new FormStore(example(), { data: exampleSample().data, today });
    assert.deepEqual(store.computed(), { risksYes: 2, supportScore: 5, nextStep: 'caf' });
  });

  it('updates computed values when one answer changes', () => {
    const store = new FormStore(example(), { data: exampleSample().data, today });
    store.setInput('risks', { ...(store.input('risks') as object), harm: 'yes' });
    assert.equal(store.computedValue('risksYes'), 3);
    assert.equal(store.computedValue('supportScore'), 6);
    assert.equal(store.computedValue('nextStep'), 'refer');
    store.setInput('confidence', '5');
    assert.equal(store.computedValue('supportScore'), 8);
  });

  it('counts a grid\'s row answers, not its "please specify" texts', () => {
    const store = new FormStore(example(), { data: exampleSample().data, today });
    store.setInput('risks', { ...(store.input('risks') as object), healthSpecify: 'yes' });
    assert.equal(store.computedValue('risksYes'), 2);
  });

  it('shows a revealed follow-up only while its option is chosen, and leaves hidden answers out', () => {
    const store = new FormStore(example(), { today });
    store.setInput('hasDisability', 'yes');
    store.setInput('disabilityDetails', 'Hearing');
    assert.equal(store.isVisible('disabilityDetails'), true);
    assert.equal(store.data().child!.disabilityDetails, 'Hearing');
    store.setInput('hasDisability', 'no');
    assert.equal(store.isVisible('disabilityDetails'), false);
    assert.equal('disabilityDetails' in store.data().child!, false);
  });

  it('makes an answer required only while its requiredWhen holds', () => {
    const store = new FormStore(example(), { today });
    assert.equal(store.isRequired('referrer'), true);
    store.setInput('contactEmail', 'parent@example.com');
    assert.equal(store.isRequired('referrer'), false);
  });

  it('has errors from the start but shows them only after an attempt, then clears each as it is fixed', () => {
    const store = new FormStore(example(), { today });
    assert.ok(store.problems().some((p) => p.path === 'childName'));
    assert.deepEqual(store.shownProblems('childName'), []);
    store.attempt();
    assert.equal(store.shownProblems('childName')[0]?.message, "Enter the child's full name");
    store.setInput('childName', 'Sally');
    assert.deepEqual(store.shownProblems('childName'), []);
  });

  it('an attempt tells listeners only of the sections that start showing errors', () => {
    const store = new FormStore(
      {
        $schema: '../packages/core/schema/definition.schema.json',
        id: 'two',
        version: '1.0.0',
        title: 'Two sections',
        sections: [
          { id: 'a', title: 'A', items: [{ type: 'text', id: 'name', label: 'Name', required: true }] },
          { id: 'b', title: 'B', items: [{ type: 'text', id: 'note', label: 'Note' }] },
          { id: 'c', title: 'C', items: [{ type: 'text', id: 'town', label: 'Town', required: true }] },
        ],
      },
      { today },
    );
    store.setInput('town', 'Leeds');
    const told: string[][] = [];
    store.subscribe((changed) => told.push([...changed]));
    store.attempt();
    assert.deepEqual(told[0], ['a'], 'b has nothing to show, c is answered');
    store.attempt();
    assert.deepEqual(told[1], [], 'a second attempt changes nothing on screen');
    store.setInput('town', '');
    assert.deepEqual(store.shownProblems('town'), [], 'a problem made after the submit waits for the next one (GOV.UK)');
    store.attempt();
    assert.deepEqual(told[told.length - 1], ['c'], 'the next submit shows it');
    assert.equal(store.shownProblems('town')[0]?.path, 'town');
  });

  it('keeps the summary, and each message, as they were at the submit until the next one', () => {
    const store = new FormStore(example(), { today });
    store.attempt();
    const summary = store.shownSummary();
    const dob = store.shownProblems('dateOfBirth')[0];
    assert.equal(dob?.message, "Enter the child's date of birth");
    store.setInput('dateOfBirth', { day: '31', month: '', year: '' });
    assert.deepEqual(store.shownProblems('dateOfBirth'), [dob], 'still wrong: the same message, not a new one while typing');
    store.setInput('childName', 'Sally');
    assert.deepEqual(store.shownProblems('childName'), [], 'fixed: its message goes at once');
    assert.deepEqual(store.shownSummary(), summary, 'the summary is left alone');
    store.attempt();
    assert.equal(store.shownProblems('dateOfBirth')[0]?.message, "The child's date of birth must include a month and year");
    assert.ok(!store.shownSummary().some((p) => p.path === 'childName'), 'the next submit updates the summary');
  });

  it("attempting one section shows only that section's errors (paged mode)", () => {
    const store = new FormStore(example(), { today });
    store.attempt(['child']);
    assert.ok(store.shownSummary().length > 0);
    assert.ok(store.shownSummary().every((p) => store.model.fields.get(p.path.split('.')[0]!)!.section.id === 'child'));
  });

  it('reports date problems in the GOV.UK order', () => {
    const store = new FormStore(example(), { today });
    const submitted = (input: unknown) => {
      store.setInput('dateOfBirth', input);
      store.attempt(); // messages are decided at submit
      return store.shownProblems('dateOfBirth');
    };
    assert.deepEqual(submitted({ day: '31', month: '', year: '' })[0], {
      path: 'dateOfBirth',
      focus: 'month',
      parts: ['month', 'year'],
      message: "The child's date of birth must include a month and year",
    });
    assert.deepEqual(submitted({ day: '31', month: 'Feb', year: '2015' })[0], {
      path: 'dateOfBirth',
      focus: 'day',
      parts: ['day'],
      message: "The child's date of birth must be a real date",
    });
    assert.equal(submitted({ day: '1', month: 'December', year: '2030' })[0]?.message, "The child's date of birth must be in the past");
    store.setInput('dateOfBirth', { day: '27', month: 'mar', year: '2014' });
    assert.deepEqual(store.shownProblems('dateOfBirth'), []);
    assert.equal(store.answer('dateOfBirth'), '2014-03-27');
  });

  it('recomputes only what depends on a changed answer', () => {
    const store = new FormStore(example(), { data: exampleSample().data, today });
    store.problems();
    store.computed();
    const before = store.checksRun;
    store.setInput('childName', 'Sam');
    store.problems();
    store.computed();
    assert.equal(store.checksRun - before, 1, 'only childName was checked again');
    const beforeLanguage = store.checksRun;
    store.setInput('language', 'other');
    store.problems();
    // language, and the two questions whose visibility reads it
    assert.equal(store.checksRun - beforeLanguage, 3);
  });

  it('builds the envelope of DESIGN.md with a UUID submission id', () => {
    const store = new FormStore(example(), { data: exampleSample().data, today });
    const envelope = createEnvelope(example(), store);
    assert.equal(envelope.formId, 'example');
    assert.equal(envelope.formVersion, example().version);
    assert.match(envelope.submissionId, /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    assert.deepEqual(envelope.data, exampleSample().data);
    assert.deepEqual(envelope.computed, exampleSample().computed);
  });
});

describe('FormStore: rows and content', () => {
  it('setRowInput into a row the group shows but that does not exist yet creates the rows up to it', () => {
    const store = new FormStore(example(), { today });
    assert.equal(store.rows('professionals').length, 0);
    assert.equal(store.rowCount('professionals'), 1, 'one row is shown before any exists');
    store.setRowInput('professionals', 0, 'professionalName', 'Jo Teacher');
    assert.deepEqual(store.rows('professionals'), [{ professionalName: 'Jo Teacher' }]);
    store.setRowInput('professionals', 2, 'isLead', 'no');
    assert.deepEqual(store.rows('professionals'), [{ professionalName: 'Jo Teacher' }, {}, { isLead: 'no' }]);
    assert.equal(store.rowInput('professionals', 2, 'isLead'), 'no');
    // the answer follows: the blank row between is not part of it
    assert.deepEqual(store.data().people, { professionals: [{ professionalName: 'Jo Teacher' }, { isLead: 'no' }] });
    assert.throws(() => store.setRowInput('professionals', -1, 'isLead', 'no'), RangeError);
  });

  it("a row's follow-up reads an answer not valid yet as typed, as the compiled schema does", () => {
    const definition: FormDefinition = {
      $schema: '../packages/core/schema/definition.schema.json',
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
                { type: 'email', id: 'email', label: 'Email' },
                { type: 'yesno', id: 'emailOk', label: 'Can we email them?', visibleWhen: { field: 'email', filled: true } },
              ],
            },
          ],
        },
      ],
    };
    const store = new FormStore(definition, { today });
    store.setRowInput('people', 0, 'email', 'jo@');
    assert.equal(store.isRowFieldVisible('people', 0, 'emailOk'), true, 'the follow-up does not blink out while the address is typed');
  });

  it("isContentVisible evaluates a content item's visibleWhen against the answers", () => {
    const store = new FormStore(example(), { today });
    const note: ContentItem = { type: 'inset', text: 'Remember the interpreter.', visibleWhen: { field: 'interpreter', equals: 'yes' } };
    const always: ContentItem = { type: 'paragraph', text: 'Always shown.' };
    assert.equal(store.isContentVisible(always), true);
    assert.equal(store.isContentVisible(note), false);
    store.setInput('language', 'polish');
    store.setInput('interpreter', 'yes');
    assert.equal(store.isContentVisible(note), true);
    // interpreter is hidden again: its answer reads as unanswered, so the note goes too
    store.setInput('language', 'english');
    assert.equal(store.isContentVisible(note), false);
  });
});

describe('fieldView', () => {
  it('describes a field by its hint and, once shown, its error message', () => {
    const store = new FormStore(example(), { today });
    assert.equal(fieldView(store, 'dateOfBirth').describedBy, 'caf-dateOfBirth-hint');
    store.attempt();
    assert.equal(fieldView(store, 'dateOfBirth').describedBy, 'caf-dateOfBirth-hint caf-dateOfBirth-error');
    assert.equal(fieldView(store, 'childName').describedBy, 'caf-childName-error');
  });

  it('names no error id for a grid: its rows describe themselves with their own', () => {
    const definition = example();
    const risks = definition.sections.flatMap((s) => s.items).find((i) => 'id' in i && i.id === 'risks')!;
    Object.assign(risks, { hint: 'Answer every row.' });
    const store = new FormStore(definition, { today });
    store.attempt();
    const view = fieldView(store, 'risks');
    assert.ok(view.errors.length > 0, 'the grid has errors to show');
    assert.ok(
      view.errors.every((e) => e.path.startsWith('risks.')),
      'each at a row (caf-risks-<row>-error in the grid renderer)',
    );
    // the grid renderer renders the hint, and per-row messages, never an element with view.errorId
    assert.equal(view.describedBy, 'caf-risks-hint');
    assert.equal(fieldView(store, 'risks', undefined, 'x-').describedBy, 'x-risks-hint');
  });
});
