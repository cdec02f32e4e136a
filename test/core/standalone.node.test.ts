// The precompiled (ajv standalone) validator that `caf-forms build` writes gives the same
// verdicts as ajv compiling the schema at run time, on every sample, and evaluates no code.
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { before, describe, it } from 'node:test';
import { type FormDefinition, LINE_TEXT_PATTERN } from '@caf-forms/core';
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

describe('shared answer schemas', () => {
  const field = (id: string, extra: object = {}) => ({ type: 'text' as const, id, label: id, required: true, ...extra });
  const definition: FormDefinition = {
    $schema: '../packages/core/schema/definition.schema.json',
    id: 'shared',
    version: '1.0.0',
    title: 'Shared',
    sections: [
      { id: 'a', title: 'A', items: [field('one'), field('two'), field('short', { maxLength: 10 })] },
      { id: 'b', title: 'B', items: [field('three')] },
    ],
  };

  it('go once into $defs, referred to by every field that has them; a one-off stays inline', () => {
    const schema = compileSubmissionSchema(definition) as {
      $defs: Record<string, unknown>;
      properties: { data: { properties: Record<string, { properties: Record<string, unknown> }> } };
    };
    const sections = schema.properties.data.properties;
    assert.deepEqual(Object.keys(schema.$defs), ['text']);
    for (const [section, id] of [
      ['a', 'one'],
      ['a', 'two'],
      ['b', 'three'],
    ] as const)
      assert.deepEqual(sections[section]!.properties[id], { $ref: '#/$defs/text' });
    assert.deepEqual(sections.a!.properties.short, { type: 'string', minLength: 1, maxLength: 10, pattern: LINE_TEXT_PATTERN });
  });

  it('are written inline when asked (for the generated types)', () => {
    const schema = compileSubmissionSchema(definition, { shareAnswers: false }) as {
      $defs?: unknown;
      properties: { data: { properties: Record<string, { properties: Record<string, unknown> }> } };
    };
    assert.equal(schema.$defs, undefined);
    assert.deepEqual(schema.properties.data.properties.b!.properties.three, { type: 'string', minLength: 1, maxLength: 500, pattern: LINE_TEXT_PATTERN });
  });

  it('keep a validator of many like fields small: one function for the answer, a loop for "required"', async () => {
    const many: FormDefinition = { ...definition, sections: [{ id: 'a', title: 'A', items: Array.from({ length: 200 }, (_, i) => field(`f${i}`)) }] };
    const code = await standaloneModule(compileSubmissionSchema(many), { resolveDir: coreDir, minify: true });
    const inline = await standaloneModule(compileSubmissionSchema(many, { shareAnswers: false }), { resolveDir: coreDir, minify: true });
    assert.ok(code.length < inline.length / 2, `shared ${code.length} B vs inline ${inline.length} B`);
    assert.equal(code.match(/missingProperty:"f\d+"/g), null, 'no code per required field');
  });
});
