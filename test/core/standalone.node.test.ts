// The precompiled (ajv standalone) validator that `caf-forms build` writes gives the same
// verdicts as ajv compiling the schema at run time, on every sample, and evaluates no code.
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { before, describe, it } from 'node:test';
import { compileSubmissionSchema, createAjv, standaloneModule } from '@caf-forms/core/compile';
import { formFixtures } from '../support/samples.js';

type Validator = ((data: unknown) => boolean) & { errors?: { instancePath: string; keyword: string }[] | null };

const coreDir = new URL('../../packages/core/', import.meta.url).pathname;
const dir = mkdtempSync(join(tmpdir(), 'caf-standalone-'));

for (const fixture of formFixtures()) {
  describe(`precompiled validator of ${fixture.file}`, () => {
    const schema = compileSubmissionSchema(fixture.definition);
    const runtime = createAjv().compile(schema);
    let code = '';
    let precompiled: Validator;
    before(async () => {
      code = await standaloneModule(schema, { resolveDir: coreDir, minify: true });
      const file = join(dir, `${fixture.definition.id}.validate.js`);
      writeFileSync(file, code);
      precompiled = ((await import(pathToFileURL(file).href)) as { default: Validator }).default;
    });

    it('contains no new Function, eval or require', () => {
      // ajv keeps 'require("…")' as string data in .code properties; calls are what matter
      assert.doesNotMatch(code, /\bnew Function\(|(^|[^'"\w.])(eval|require)\(/);
    });

    it('gives the same verdict and errors as run-time ajv on every sample', () => {
      for (const envelope of [fixture.valid, ...fixture.invalid.map((c) => c.envelope)]) {
        const expected = runtime(envelope);
        assert.equal(precompiled(envelope), expected);
        const summary = (errors: Validator['errors']): string[] => (errors ?? []).map((e) => `${e.instancePath} ${e.keyword}`);
        assert.deepEqual(summary(precompiled.errors), summary(runtime.errors as Validator['errors']));
      }
      assert.equal(precompiled(fixture.valid), true);
    });
  });
}
