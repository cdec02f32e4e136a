// The interpreter (the browser's rules) and the compiled schema (a server's rules) must agree:
// for any answers, the schema accepts exactly what the engine accepts, so the fields the engine
// says are shown and required are exactly those the schema enforces.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { type Answers, type Field, FormStore, buildModel, validateData } from '@caf-forms/core';
import { compileSubmissionSchema, createAjv } from '@caf-forms/core/compile';
import { example, exampleSample, today } from '../support/example.js';

const definition = example();
const model = buildModel(definition);
const validate = createAjv().compile(compileSubmissionSchema(definition));
const envelopeOf = (data: Answers): unknown => ({ ...exampleSample(), data, computed: new FormStore(definition, { data, today }).computed() });

/** A well-formed answer for a field: only presence, visibility and requiredness are in question. */
function answerArb(field: Field): fc.Arbitrary<unknown> {
  switch (field.type) {
    case 'text': return fc.constantFrom('Self', 'Jo Teacher');
    case 'textarea': return fc.constant('Some words.');
    case 'date': return fc.constantFrom('2010-01-01', '2019-06-01', '2021-05-05');
    case 'email': return fc.constant('a@example.com');
    case 'tel': return fc.constant('01632 960 001');
    case 'postcode': return fc.constant('MK42 9AP');
    case 'number': return fc.integer({ min: field.min ?? 0, max: field.max ?? 20 });
    case 'radios': case 'select': case 'scale': return fc.constantFrom(...field.options.map((o) => o.value));
    case 'yesno': return fc.constantFrom('yes', 'no');
    case 'rating': return fc.integer({ min: 1, max: field.max ?? 5 });
    case 'checkboxes': return fc.uniqueArray(fc.constantFrom(...field.options.map((o) => o.value)), { minLength: 1 });
    case 'signature': return fc.constant({ name: 'Anna Example', date: '2026-11-20', confirmed: true });
    case 'grid': {
      const keys: Record<string, fc.Arbitrary<string>> = {};
      for (const row of field.rows) {
        keys[row.id] = fc.constantFrom(...field.columns.map((c) => c.value));
        if (row.specify) keys[row.specify.id] = fc.constant('Details');
      }
      return fc.record(keys, { requiredKeys: [] }).filter((o) => Object.keys(o).length > 0);
    }
    case 'repeat': {
      const rowFields = model.rowFields.get(field.id) ?? [];
      const row = fc.record(Object.fromEntries(rowFields.map((n) => [n.id, answerArb(n.field)])), { requiredKeys: [] });
      return fc.array(row, { minLength: 1, maxLength: 3 });
    }
  }
}

const dataArb: fc.Arbitrary<Answers> = fc.record(
  Object.fromEntries(definition.sections.map((section) => [
    section.id,
    fc.record(Object.fromEntries((model.sectionFields.get(section.id) ?? []).map((n) => [n.id, answerArb(n.field)])), { requiredKeys: [] }),
  ])),
) as fc.Arbitrary<Answers>;

describe('interpreter and compiled schema agree', () => {
  it('accept and reject the same answers (fast-check, 400 cases)', () => {
    fc.assert(
      fc.property(dataArb, (data) => {
        const engineOk = validateData(definition, data, { today }).length === 0;
        const schemaOk = validate(envelopeOf(data)) === true;
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
            assert.equal(problems.some((p) => p.path === id || p.path.startsWith(`${id}.`)), store.isRequired(id), `removing "${id}": engine says required=${store.isRequired(id)}`);
          }
        }
      }),
      { numRuns: 200, seed: 7 },
    );
  });

  it('the valid sample fails when its shown required answers go, one at a time', () => {
    const sample = exampleSample();
    const store = new FormStore(definition, { data: sample.data, today });
    const required = [...model.sectionFields.values()].flat().filter((n) => store.isVisible(n.id) && store.isRequired(n.id)).map((n) => n.id);
    assert.ok(required.length >= 10, 'the example has many required answers');
    for (const id of required) {
      const data = structuredClone(sample.data);
      delete data[model.fields.get(id)!.section.id]![id];
      assert.equal(validate({ ...sample, data }), false, `schema accepted the sample without "${id}"`);
    }
  });
});
