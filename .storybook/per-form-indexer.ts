// A new forms/<id>.json gets its stories without anyone writing one: stories/forms.stories.ts
// exports the variants once (Empty, Filled, …), and this indexer lists them under a title per
// form, "Forms/<id>". Storybook hands the entry's title to the story (context.title), and the
// story finds the definition by it through import.meta.glob. Restart `npm run storybook` after
// adding a form: the index is built at start-up.
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Indexer } from 'storybook/internal/types';

const FORMS_DIR = fileURLToPath(new URL('../forms/', import.meta.url));
const FORMS_STORIES = /[\\/]stories[\\/]forms\.stories\.ts$/;

export function formIds(): string[] {
  return readdirSync(FORMS_DIR).filter((name) => name.endsWith('.json')).map((name) => name.slice(0, -'.json'.length)).sort();
}

export function perFormIndexer(existing: Indexer[]): Indexer {
  return {
    test: FORMS_STORIES,
    async createIndex(fileName, options) {
      const csf = existing.find((indexer) => indexer.test.test(fileName));
      if (!csf) throw new Error(`no CSF indexer for ${fileName}`);
      const variants = await csf.createIndex(fileName, options);
      // Ids are left to Storybook (from title and export name): 'forms-caf--filled'.
      return formIds().flatMap((id) => variants.map(({ __id: _omit, ...entry }) => ({ ...entry, title: `Forms/${id}` })));
    },
  };
}
