// <id>.validate.js as a backend imports it: the precompiled ajv validator as its default export
// (unchanged: the receiver and any JSON Schema tooling read ajv's errors), and a named
// `validate` whose `errors` are the engine's own problems, `{ path, message }` in GOV.UK
// wording ("Enter your full name", "Remove the answer to …: the question does not apply"),
// the same words the form showed and the receiver answers with. The engine's mapping is bundled
// in, so the file needs nothing installed beside it.
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FormDefinition } from '@caf-forms/core';
import { build } from 'esbuild';

const WRAPPER = `
import raw from 'caf:raw';
import definition from 'caf:definition';
import { buildModel, problemsFromSchemaErrors, translate, todayIso } from '@caf-forms/core/runtime';
const model = buildModel(definition);
export default raw;
export function validate(value) {
  if (raw(value)) { validate.errors = null; return true; }
  const data = value && typeof value === 'object' ? value.data : undefined;
  const problems = problemsFromSchemaErrors(model, raw.errors || [], data, { t: translate, today: todayIso() });
  // Errors outside the answers (the envelope's own fields) have no field to name: ajv's words.
  validate.errors = problems.length ? problems.map((p) => ({ path: p.path, message: p.message }))
    : (raw.errors || []).map((e) => ({ path: e.instancePath, message: e.message || e.keyword }));
  return false;
}
validate.errors = null;
`;

/** Bundles the raw validator, the definition and the engine's error wording into one module. */
export async function wordedValidatorModule(rawValidator: string, definition: FormDefinition): Promise<string> {
  const coreRuntime = fileURLToPath(import.meta.resolve('@caf-forms/core/runtime'));
  // Run from this repository's sources (tsx), core's runtime is TypeScript under src/: esbuild
  // reads it through the same `source` condition; installed, it is core's dist/.
  const fromSource = coreRuntime.endsWith('.ts');
  const out = await build({
    stdin: { contents: WRAPPER, resolveDir: dirname(coreRuntime), loader: 'js' },
    bundle: true,
    format: 'esm',
    platform: 'neutral',
    target: 'es2020',
    write: false,
    minify: true,
    legalComments: 'none',
    conditions: fromSource ? ['source'] : [],
    mainFields: ['module', 'main'],
    plugins: [
      {
        name: 'caf-forms-form',
        setup(b) {
          b.onResolve({ filter: /^caf:(raw|definition)$/ }, (args) => ({ path: args.path, namespace: 'caf' }));
          b.onLoad({ filter: /.*/, namespace: 'caf' }, (args) =>
            args.path === 'caf:raw'
              ? { contents: rawValidator, loader: 'js', resolveDir: dirname(coreRuntime) }
              : { contents: JSON.stringify(definition), loader: 'json' },
          );
        },
      },
    ],
  });
  const code = out.outputFiles[0]!.text;
  if (/\bnew Function\(|[^.\w]eval\(/.test(code)) throw new Error('the validator would evaluate code at run time');
  return code;
}
