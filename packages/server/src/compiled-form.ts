// One compiled form as `caf-forms build` writes it: the definition (`<name>.json`) and its
// precompiled validator (`<name>.validate.js`, an ES module imported as it is: nothing is
// compiled or evaluated at run time). `<name>` is the form's id for the current build, and
// `<id>@<version>` for a published version (versions/).
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { buildModel, checkDefinition } from '@caf-forms/core';
import type { CompiledValidator, LoadedForm } from './forms.js';

/**
 * One compiled form: `<name>.json` (its definition, whose id must be `id`) and
 * `<name>.validate.js` (its precompiled validator, imported as a module) in `dir`.
 */
export async function loadCompiled(dir: string, name: string, id: string): Promise<LoadedForm> {
  const file = join(dir, `${name}.json`);
  if (!existsSync(file)) throw new Error(`${dir}: ${name}.validate.js has no ${name}.json beside it; build the forms with caf-forms build`);
  const checked = checkDefinition(JSON.parse(readFileSync(file, 'utf8')) as unknown);
  if (!checked.ok) {
    const first = checked.problems[0];
    throw new Error(`${file}: not a valid form definition (${first?.path || '/'}: ${first?.message}); rebuild with caf-forms build`);
  }
  const { definition } = checked;
  if (definition.id !== id) throw new Error(`${file}: its id is "${definition.id}", not "${id}"`);
  const validatorFile = resolve(dir, `${name}.validate.js`);
  const module = (await import(pathToFileURL(validatorFile).href)) as { default?: unknown };
  if (typeof module.default !== 'function') throw new Error(`${validatorFile}: its default export is not a validator`);
  return { definition, model: buildModel(definition), validate: module.default as CompiledValidator };
}
