// The compiled forms a server accepts, as `caf-forms build` writes them: per form <id>.json
// (the definition) and <id>.validate.js (the precompiled validator, an ES module whose default
// export checks a whole envelope). The validators are imported as ordinary modules: nothing is
// compiled or evaluated at run time, and ajv is not needed here.
import { readdirSync } from 'node:fs';
import type { FormDefinition, FormModel, SchemaError } from '@caf-forms/core';
import { loadCompiled } from './compiled-form.js';
import { loadPublishedVersions } from './form-versions.js';

/** A precompiled validator: true or false, with ajv's errors on `.errors` after a failure. */
export type CompiledValidator = ((envelope: unknown) => boolean) & { errors?: SchemaError[] | null };

export interface LoadedForm {
  definition: FormDefinition;
  model: FormModel;
  validate: CompiledValidator;
  /** When this version was published (caf-forms publish), if the build's versions/index.json says. */
  publishedAt?: string;
  /**
   * True for an older published version, found only in a build's versions/ folder: it is
   * accepted for a window after the next version's publication (form-versions.ts), whereas
   * the forms of the build folders themselves are always accepted.
   */
  archived?: boolean;
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
 * `<id>.validate.js` files, each with `<id>.json` beside it. Each folder's `versions/` (every
 * published version, as caf-forms build writes it) is loaded too, after all the folders.
 */
export async function loadForms(dirs: string | readonly string[]): Promise<FormRegistry> {
  const byKey = new Map<string, LoadedForm>();
  for (const dir of typeof dirs === 'string' ? [dirs] : dirs) {
    // Each validator names a form; other files (schemas, types, a host's own JSON) are not read.
    const ids = readdirSync(dir)
      .filter((n) => n.endsWith('.validate.js'))
      .map((n) => n.slice(0, -'.validate.js'.length))
      .sort();
    for (const id of ids) {
      const form = await loadCompiled(dir, id, id);
      const key = `${form.definition.id}@${form.definition.version}`;
      // The first folder given wins: list the current build first.
      if (!byKey.has(key)) byKey.set(key, form);
    }
  }
  // Older published versions, for submissions made with them; a build folder's copy of a
  // version wins. Every loaded form learns when its version was published.
  for (const dir of typeof dirs === 'string' ? [dirs] : dirs) {
    const published = await loadPublishedVersions(dir, (id, version) => !byKey.has(`${id}@${version}`));
    for (const form of published.forms) byKey.set(`${form.definition.id}@${form.definition.version}`, { ...form, archived: true });
    for (const { id, version, publishedAt } of published.publications) {
      const form = byKey.get(`${id}@${version}`);
      if (form && form.publishedAt === undefined) form.publishedAt = publishedAt;
    }
  }
  const sorted = [...byKey.values()].sort(
    (a, b) => a.definition.id.localeCompare(b.definition.id) || a.definition.version.localeCompare(b.definition.version, 'en', { numeric: true }),
  );
  return {
    get: (id, version) => byKey.get(`${id}@${version}`),
    versions: (id) => sorted.filter((f) => f.definition.id === id).map((f) => f.definition.version),
    all: () => [...sorted],
  };
}
