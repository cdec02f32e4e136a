// The interpreter (the browser's rules) and the compiled schema (a server's rules) must agree:
// for any answers, the schema accepts exactly what the engine accepts, so the fields the engine
// says are shown and required are exactly those the schema enforces.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import {
  type Answers,
  DEFAULT_MAX_ROWS,
  type Field,
  type FormDefinition,
  type FormModel,
  FormStore,
  buildModel,
  checkDefinition,
  problemsFromSchemaErrors,
  translate,
  validateData,
} from '@caf-forms/core';
import { compileSubmissionSchema, createAjv } from '@caf-forms/core/compile';
import { chained } from '../support/chained.js';
import { example, exampleSample, today } from '../support/example.js';

const definition = example();
const model = buildModel(definition);
const validate = createAjv().compile(compileSubmissionSchema(definition));
const envelopeOf = (data: Answers): unknown => ({ ...exampleSample(), data, computed: new FormStore(definition, { data, today }).computed() });

/**
 * A well-formed answer for a field: only presence, visibility and requiredness are in question.
 * `wild` adds answers the form would not send: a checkbox value that is not an option, empty
 * and blank-rowed repeatable groups.
 */
function answerArb(field: Field, wild = false, of: FormModel = model): fc.Arbitrary<unknown> {
  switch (field.type) {
    // wild: hidden characters (a NUL, a right-to-left override, a zero-width space), which no typed answer holds
    case 'text':
      return fc.constantFrom('Self', 'Jo Teacher', ...(wild ? ['Jo\u0000Teacher', 'Jo\u202ETeacher', 'Jo\u200BTeacher'] : []));
    case 'textarea':
      return fc.constantFrom('Some words.', 'Line one\nline two\twith a tab', ...(wild ? ['A bell\u0007', 'Isolate\u2066d'] : []));
    case 'date':
      return fc.constantFrom('2010-01-01', '2019-06-01', '2021-05-05');
    // wild: a time the form would have written as '09:30', and one past the end of the day
    case 'time':
      return fc.constantFrom('00:00', '09:30', '14:30', '23:59', ...(wild ? ['9:30', '24:00'] : []));
    case 'email':
      return fc.constant('a@example.com');
    case 'tel':
      return fc.constant('01632 960 001');
    case 'postcode':
      return fc.constant('MK42 9AP');
    case 'number':
      return fc.integer({ min: field.min ?? 0, max: field.max ?? 20 });
    case 'radios':
    case 'select':
    case 'scale':
      return fc.constantFrom(...field.options.map((o) => o.value));
    case 'yesno':
      return fc.constantFrom('yes', 'no');
    case 'rating':
      return fc.integer({ min: 1, max: field.max ?? 5 });
    case 'checkboxes':
      return fc.uniqueArray(fc.constantFrom(...field.options.map((o) => o.value), ...(wild ? ['not-an-option'] : [])), { minLength: 1 });
    case 'signature':
      return fc.constant({ name: 'Anna Example', date: '2026-11-20', confirmed: true });
    case 'grid': {
      const keys: Record<string, fc.Arbitrary<string>> = {};
      for (const row of field.rows) {
        keys[row.id] = fc.constantFrom(...field.columns.map((c) => c.value));
        if (row.specify) keys[row.specify.id] = fc.constantFrom('Details', ...(wild ? ['Details\u202D'] : []));
      }
      return fc.record(keys, { requiredKeys: [] }).filter((o) => Object.keys(o).length > 0);
    }
    case 'repeat': {
      const rowFields = of.rowFields.get(field.id) ?? [];
      const row = fc.record(Object.fromEntries(rowFields.map((n) => [n.id, answerArb(n.field, wild, of)])), { requiredKeys: [] });
      return fc.array(row, { minLength: wild ? 0 : 1, maxLength: 3 });
    }
  }
}

function dataArbOf(of: FormModel, wild = false): fc.Arbitrary<Answers> {
  return fc.record(
    Object.fromEntries(
      of.definition.sections.map((section) => [
        section.id,
        fc.record(Object.fromEntries((of.sectionFields.get(section.id) ?? []).map((n) => [n.id, answerArb(n.field, wild, of)])), { requiredKeys: [] }),
      ]),
    ),
  );
}

const dataArb = dataArbOf(model);

describe('interpreter and compiled schema agree', () => {
  it('accept and reject the same answers (fast-check, 400 cases)', () => {
    fc.assert(
      fc.property(dataArb, (data) => {
        const engineOk = validateData(definition, data, { today }).length === 0;
        const schemaOk = validate(envelopeOf(data));
        assert.equal(schemaOk, engineOk, `engine ${engineOk ? 'accepts' : 'rejects'} but schema ${schemaOk ? 'accepts' : 'rejects'}: ${JSON.stringify(data)}`);
      }),
      { numRuns: 400, seed: 20261123 },
    );
  });

  it('require exactly the fields the engine says are shown and required (fast-check, 200 cases)', () => {
    // Start from answers the store itself produced (so they are consistent), then drop one answer.
    fc.assert(
      fc.property(dataArb, (raw) => {
        const store = new FormStore(definition, { data: raw, today });
        const data = store.data();
        if (validateData(definition, data, { today }).length > 0) return; // only complete answers
        for (const [sectionId, answers] of Object.entries(data)) {
          for (const id of Object.keys(answers)) {
            const removed = structuredClone(data);
            delete removed[sectionId]![id];
            // answers that only applied because of this one go with it, as they would in the form
            const without = new FormStore(definition, { data: removed, today }).data();
            const problems = validateData(definition, without, { today });
            assert.equal(validate(envelopeOf(without)), problems.length === 0, `removing "${id}": schema and engine disagree`);
            assert.equal(
              problems.some((p) => p.path === id || p.path.startsWith(`${id}.`)),
              store.isRequired(id),
              `removing "${id}": engine says required=${store.isRequired(id)}`,
            );
          }
        }
      }),
      { numRuns: 200, seed: 7 },
    );
  });

  it('the valid sample fails when its shown required answers go, one at a time', () => {
    const sample = exampleSample();
    const store = new FormStore(definition, { data: sample.data, today });
    const required = [...model.sectionFields.values()]
      .flat()
      .filter((n) => store.isVisible(n.id) && store.isRequired(n.id))
      .map((n) => n.id);
    assert.ok(required.length >= 10, 'the example has many required answers');
    for (const id of required) {
      const data = structuredClone(sample.data);
      delete data[model.fields.get(id)!.section.id]![id];
      assert.equal(validate({ ...sample, data }), false, `schema accepted the sample without "${id}"`);
    }
  });
});

// ---- the same problems, whichever side finds them ----

const chainedModel = buildModel(chained);

const ctx = { t: translate, today: today() };
const validators = new Map<FormDefinition, ReturnType<ReturnType<typeof createAjv>['compile']>>();
function validatorOf(def: FormDefinition): ReturnType<ReturnType<typeof createAjv>['compile']> {
  let v = validators.get(def);
  if (!v) validators.set(def, (v = createAjv().compile(compileSubmissionSchema(def))));
  return v;
}

/** Problems as [path, message], sorted: the engine's first message at each path, and the schema's. */
function bothWays(def: FormDefinition, data: Answers): { engine: string[][]; schema: string[][] } {
  const firstAt = new Map<string, string>();
  for (const p of validateData(def, data, { today })) if (!firstAt.has(p.path)) firstAt.set(p.path, p.message);
  const check = validatorOf(def);
  const envelope = { ...exampleSample(), formId: def.id, formVersion: def.version, data, computed: new FormStore(def, { data, today }).computed() };
  const schema = check(envelope) ? [] : problemsFromSchemaErrors(buildModel(def), check.errors ?? [], data, ctx).map((p) => [p.path, p.message]);
  const sort = (list: string[][]): string[][] => list.sort((a, b) => (a[0]! < b[0]! ? -1 : a[0]! > b[0]! ? 1 : 0));
  return { engine: sort([...firstAt]), schema: sort(schema) };
}

describe('interpreter and compiled schema give the same problems', () => {
  it('the chained form is a correct definition', () => {
    assert.deepEqual(checkDefinition(chained).problems, []);
  });

  for (const [name, of, runs] of [
    ['the example', model, 300],
    ['a form of chained conditions', chainedModel, 300],
  ] as const) {
    it(`same paths and messages for ${name}, stray and missing answers included (fast-check, ${runs} cases)`, () => {
      fc.assert(
        fc.property(dataArbOf(of, true), (data) => {
          const { engine, schema } = bothWays(of.definition, data);
          assert.deepEqual(schema, engine, `for ${JSON.stringify(data)}`);
        }),
        { numRuns: runs, seed: 20261130 },
      );
    });
  }

  const sample = (change: (data: Answers) => void): Answers => {
    const data = structuredClone(exampleSample().data);
    change(data);
    return data;
  };
  const expectBoth = (def: FormDefinition, data: Answers, expected: string[][]): void => {
    const { engine, schema } = bothWays(def, data);
    assert.deepEqual(engine, expected, 'engine');
    assert.deepEqual(schema, expected, 'schema');
  };
  const notApplicable = (subject: string): string => `Remove the answer to ${subject}: the question does not apply`;

  it("(a) a hidden answer in a row is reported at the row's field", () => {
    const data = sample((d) => {
      (d.people!.professionals as Record<string, unknown>[])[1]!.leadSince = '2020-01-01';
    });
    expectBoth(definition, data, [['professionals.1.leadSince', `Professional 2: ${notApplicable('the date they became lead professional')}`]]);
  });

  it("(a) … also beside another row's missing answer", () => {
    const data = sample((d) => {
      const rows = d.people!.professionals as Record<string, unknown>[];
      delete rows[0]!.isLead;
      delete rows[0]!.leadSince;
      rows[1]!.leadSince = '2020-01-01';
    });
    expectBoth(definition, data, [
      ['professionals.0.isLead', 'Professional 1: Select whether they are the lead professional'],
      ['professionals.1.leadSince', `Professional 2: ${notApplicable('the date they became lead professional')}`],
    ]);
  });

  it('(b) a hidden "please specify" is reported at its own id in the grid', () => {
    const data = sample((d) => {
      (d.wellbeing!.risks as Record<string, string>).health = 'no';
    });
    expectBoth(definition, data, [['risks.healthSpecify', notApplicable('please specify')]]);
  });

  it('(c) a checkbox value that is not an option is reported at the checkboxes', () => {
    const data = sample((d) => {
      d.assessment!.concerns = ['learning', 'not-an-option', 'housing', 'other'];
    });
    expectBoth(definition, data, [['concerns', 'Select one of the options given for the areas you are concerned about']]);
  });

  it('(d) an empty, missing or blank-rowed group asks for a row; a short one for its minimum', () => {
    const addOne = [['professionals', 'Add at least one professional']];
    expectBoth(
      definition,
      sample((d) => void (d.people!.professionals = [])),
      addOne,
    );
    expectBoth(
      definition,
      sample((d) => {
        delete d.people!.professionals;
      }),
      addOne,
    );
    expectBoth(
      definition,
      sample((d) => void (d.people!.professionals = [{}])),
      addOne,
    );
    const chainedData: Answers = { first: { kind: 'a', noDetail: 'None', people: [{ name: 'Ann' }] }, second: {} };
    expectBoth(chained, chainedData, [['people', 'Add at least 2 rows to people']]);
    expectBoth(chained, { ...chainedData, first: { ...chainedData.first, people: [{ name: 'Ann' }, {}] } }, [['people', 'Add at least 2 rows to people']]);
  });

  it('(e) a stray hidden answer is only "not applicable": it shows and requires nothing', () => {
    const valid: Answers = { first: { kind: 'a', noDetail: 'None', people: [{ name: 'Ann' }, { name: 'Bo' }] }, second: { secondAnswer: 'yes' } };
    expectBoth(chained, valid, []);
    // 'detail' is hidden (kind is a): it must not make detailCheck required, nor noDetail optional
    expectBoth(chained, { ...valid, first: { ...valid.first, detail: 'Stray' } }, [['detail', notApplicable('detail')]]);
    // secondAnswer's section is hidden (kind is b): notSecond is then shown, as if it were unanswered
    const kindB: Answers = {
      first: { kind: 'b', detail: 'Some', detailCheck: 'yes', notSecond: 'Shown', people: valid.first!.people },
      second: { secondAnswer: 'yes' },
    };
    expectBoth(chained, kindB, [['secondAnswer', notApplicable('second answer')]]);
    // in a row: a hidden roleOther does not require roleChecked; a hidden answer too long is only stray
    const rows = [{ name: 'Ann', role: 'lead', roleOther: 'x'.repeat(600) }, { name: 'Bo' }];
    expectBoth(chained, { ...valid, first: { ...valid.first, people: rows } }, [['people.0.roleOther', `Person 1: ${notApplicable('other role')}`]]);
    // a hidden grid's answers are stray as a whole, whatever else is wrong with them
    expectBoth(
      definition,
      sample((d) => {
        d.child!.otherLanguage = 'x'.repeat(600);
      }),
      [['otherLanguage', notApplicable("the child's first language")]],
    );
  });

  const hidden = (subject: string): string =>
    `${subject} must not include hidden characters, such as control or text direction codes: type it in again rather than pasting it`;

  it('(f) hidden characters are refused in text, long text, "please specify" and a signature\'s name; long text keeps its newlines and tabs', () => {
    expectBoth(
      definition,
      sample((d) => void (d.child!.childName = 'Sally\u202EExample')),
      [['childName', hidden("The child's full name")]],
    );
    expectBoth(
      definition,
      sample((d) => void (d.child!.childName = 'Sally\u0000Example')),
      [['childName', hidden("The child's full name")]],
    );
    expectBoth(
      definition,
      sample((d) => void (d.assessment!.reason = 'Attendance\u0007')),
      [['reason', hidden('What has led to this assessment')]],
    );
    expectBoth(
      definition,
      sample((d) => void (d.assessment!.reason = 'Attendance.\nLate most days,\tsince September.')),
      [],
    );
    expectBoth(
      definition,
      sample((d) => void ((d.wellbeing!.risks as Record<string, string>).healthSpecify = 'Hearing\u200Bimpairment')),
      [['risks.healthSpecify', hidden('Please specify')]],
    );
    expectBoth(
      definition,
      sample((d) => void ((d.next!.parentSignature as Record<string, unknown>).name = 'Anna\u2067Example')),
      [['parentSignature', hidden('The full name')]],
    );
  });

  it('(g) checkboxes take no more values than they have options', () => {
    const schema = compileSubmissionSchema(definition) as {
      properties: { data: { properties: { assessment: { properties: { concerns: { maxItems: number } } } } } };
    };
    assert.equal(schema.properties.data.properties.assessment.properties.concerns.maxItems, 5);
    const { engine, schema: fromSchema } = bothWays(
      definition,
      sample((d) => void (d.assessment!.concerns = ['learning', 'housing', 'other', 'learning', 'housing', 'other'])),
    );
    assert.deepEqual(fromSchema, engine);
    assert.deepEqual(
      engine.map(([path]) => path),
      ['concerns'],
    );
  });

  it(`(h) a group with no maxItems takes at most ${DEFAULT_MAX_ROWS} rows, in both`, () => {
    const unbounded: FormDefinition = structuredClone(chained);
    const people = unbounded.sections[0].items.find((i) => 'id' in i && i.id === 'people') as { maxItems?: number };
    delete people.maxItems;
    const valid: Answers = { first: { kind: 'a', noDetail: 'None' }, second: { secondAnswer: 'yes' } };
    const rows = (n: number): Answers => ({ ...valid, first: { ...valid.first, people: Array.from({ length: n }, (_, i) => ({ name: `Person ${i}` })) } });
    expectBoth(unbounded, rows(DEFAULT_MAX_ROWS), []);
    expectBoth(unbounded, rows(DEFAULT_MAX_ROWS + 1), [['people', `You can add up to ${DEFAULT_MAX_ROWS} rows to people`]]);
  });
});
