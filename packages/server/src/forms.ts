// The compiled forms a server accepts, as `caf-forms build` writes them: per form <id>.json
// (the definition) and <id>.validate.js (the precompiled validator, an ES module whose default
// export checks a whole envelope). The validators are imported as ordinary modules: nothing is
// compiled or evaluated at run time, and ajv is not needed here.
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { type FormDefinition, type FormModel, type SchemaError, buildModel, checkDefinition } from '@caf-forms/core';

/** A precompiled validator: true or false, with ajv's errors on `.errors` after a failure. */
export type CompiledValidator = ((envelope: unknown) => boolean) & { errors?: SchemaError[] | null };

export interface LoadedForm {
  definition: FormDefinition;
  model: FormModel;
  validate: CompiledValidator;
}

export interface FormRegistry {
  /** The form with this id and version, if this server has it. */
  get(id: string, version: string): LoadedForm | undefined;
  /** The versions of a form this server accepts (empty for an unknown id). */
  versions(id: string): string[];
  /** Every loaded form, in id then version order. */
  all(): LoadedForm[];
}

/**
 * Loads every compiled form in `dirs` (dist/forms by default). Give several folders to keep
 * accepting an older version while pages that still have it open drain away: the same id may
 * then appear in more than one, with different versions. A folder's forms are its
 * `<id>.validate.js` files, each with `<id>.json` beside it.
 */
export async function loadForms(dirs: string | readonly string[]): Promise<FormRegistry> {
  const byKey = new Map<string, LoadedForm>();
  for (const dir of typeof dirs === 'string' ? [dirs] : dirs) {
    // Each validator names a form; other files (schemas, types, a host's own JSON) are not read.
    const ids = readdirSync(dir).filter((n) => n.endsWith('.validate.js')).map((n) => n.slice(0, -'.validate.js'.length)).sort();
    for (const id of ids) {
      const file = join(dir, `${id}.json`);
      if (!existsSync(file)) throw new Error(`${dir}: ${id}.validate.js has no ${id}.json beside it; build the forms with caf-forms build`);
      const checked = checkDefinition(JSON.parse(readFileSync(file, 'utf8')) as unknown);
      if (!checked.ok) {
        const first = checked.problems[0];
        throw new Error(`${file}: not a valid form definition (${first?.path || '/'}: ${first?.message}); rebuild with caf-forms build`);
      }
      const { definition } = checked;
      if (definition.id !== id) throw new Error(`${file}: its id is "${definition.id}", not "${id}"`);
      const validatorFile = resolve(dir, `${id}.validate.js`);
      const module = (await import(pathToFileURL(validatorFile).href)) as { default?: unknown };
      if (typeof module.default !== 'function') throw new Error(`${validatorFile}: its default export is not a validator`);
      const key = `${definition.id}@${definition.version}`;
      // The first folder given wins: list the current build first.
      if (!byKey.has(key)) byKey.set(key, { definition, model: buildModel(definition), validate: module.default as CompiledValidator });
    }
  }
  const sorted = [...byKey.values()].sort((a, b) =>
    a.definition.id.localeCompare(b.definition.id) || a.definition.version.localeCompare(b.definition.version, 'en', { numeric: true }));
  return {
    get: (id, version) => byKey.get(`${id}@${version}`),
    versions: (id) => sorted.filter((f) => f.definition.id === id).map((f) => f.definition.version),
    all: () => [...sorted],
  };
}
