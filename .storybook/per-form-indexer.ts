// A new forms/<id>.json gets its stories without anyone writing one: stories/forms.stories.ts
// exports the variants once (Empty, Filled, …), and this indexer lists them under a title per
// form, "Forms/<id>". Storybook hands the entry's title to the story (context.title), and the
// story finds the definition by it through import.meta.glob. Restart `npm run storybook` after
// adding a form: the index is built at start-up.
import { existsSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Indexer } from 'storybook/internal/types';

const FORMS_DIR = fileURLToPath(new URL('../forms/', import.meta.url));
const FORMS_STORIES = /[\\/]stories[\\/]forms\.stories\.ts$/;

export function formIds(): string[] {
  return readdirSync(FORMS_DIR)
    .filter((name) => name.endsWith('.json'))
    .map((name) => name.slice(0, -'.json'.length))
    .sort();
}

/** The languages a form has a translation in (forms/i18n/<id>.<lang>.json), each a set of stories: "Forms/consent (cy)". */
export function formLanguages(id: string): string[] {
  const folder = `${FORMS_DIR}i18n/`;
  if (!existsSync(folder)) return [];
  const prefix = `${id}.`;
  return readdirSync(folder)
    .filter((name) => name.startsWith(prefix) && /^[A-Za-z]{2,3}(-[A-Za-z0-9]+)*\.json$/.test(name.slice(prefix.length)))
    .map((name) => name.slice(prefix.length, -'.json'.length))
    .sort();
}

export function perFormIndexer(existing: Indexer[]): Indexer {
  return {
    test: FORMS_STORIES,
    async createIndex(fileName, options) {
      const csf = existing.find((indexer) => indexer.test.test(fileName));
      if (!csf) throw new Error(`no CSF indexer for ${fileName}`);
      const variants = await csf.createIndex(fileName, options);
      // Ids are left to Storybook (from title and export name): 'forms-caf--filled'.
      const titles = formIds().flatMap((id) => [`Forms/${id}`, ...formLanguages(id).map((lang) => `Forms/${id} (${lang})`)]);
      return titles.flatMap((title) => variants.map(({ __id: _omit, ...entry }) => ({ ...entry, title })));
    },
  };
}
