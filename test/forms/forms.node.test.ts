// Every form in forms/: it passes checkDefinition; its valid sample passes the compiled schema
// and the engine's own rules, with the computed values the engine computes; each invalid sample
// fails with exactly the errors it lists.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { FormStore, checkDefinition, problemsFromSchemaErrors, translate, validateData, buildModel } from '@caf-forms/core';
import { compileSubmissionSchema, createAjv } from '@caf-forms/core/compile';
import { formFixtures } from '../support/samples.js';

const today = (): string => '2026-11-23';

for (const fixture of formFixtures()) {
  describe(fixture.file, () => {
    const { definition } = fixture;
    const validate = createAjv().compile(compileSubmissionSchema(definition));
    const model = buildModel(definition);

    it('passes checkDefinition', () => {
      assert.deepEqual(checkDefinition(definition).problems, []);
    });

    it('its valid sample passes the compiled schema', () => {
      assert.equal(validate(fixture.valid), true, JSON.stringify(validate.errors, null, 1));
    });

    it('its valid sample breaks none of the engine rules', () => {
      assert.deepEqual(validateData(definition, fixture.valid.data, { today }), []);
    });

    it('the engine computes the computed values the sample records', () => {
      const store = new FormStore(definition, { data: fixture.valid.data, today });
      assert.deepEqual(store.computed(), fixture.valid.computed);
    });

    for (const sample of fixture.invalid) {
      it(`rejects ${sample.description}, with exactly the expected errors`, () => {
        assert.equal(validate(sample.envelope), false, 'the compiled schema accepted it');
        const problems = problemsFromSchemaErrors(model, validate.errors ?? [], sample.envelope.data, { t: translate, today: today() });
        assert.deepEqual(
          problems.map(({ path, message }) => ({ path, message })),
          sample.errors,
        );
        const engine = validateData(definition, sample.envelope.data, { today });
        assert.deepEqual(
          [...new Set(engine.map((p) => p.path))].sort(),
          [...new Set(sample.errors.map((e) => e.path))].sort(),
          'the engine finds problems elsewhere',
        );
      });
    }
  });
}
