/// <reference types="vite/client" />
// The files in forms/ as they are on disk (the text, to save in the same layout, and what the
// versions panel compares with) and the seeds' wording lists, found by Vite at build time.
import { type FormDefinition, definitionTexts } from '@caf-forms/core';

const texts = import.meta.glob<string>('../../forms/*.json', { eager: true, query: '?raw', import: 'default' });
const wordings = import.meta.glob<string[]>('../../forms/samples/*.wording.json', { eager: true, import: 'default' });

export function formText(id: string): string | undefined {
  return texts[`../../forms/${id}.json`];
}

export function seedWording(id: string): readonly string[] | undefined {
  return wordings[`../../forms/samples/${id}.wording.json`];
}

export function blankForm(): FormDefinition {
  return {
    $schema: '../packages/core/schema/definition.schema.json',
    id: 'new-form',
    version: '0.1.0',
    title: 'New form',
    sections: [{ id: 'aboutYou', title: 'About you', items: [] }],
  };
}

/** The seed's wordings the saved form has and the edited one no longer has. */
export function wordingRemoved(wording: readonly string[], before: unknown, after: unknown): string[] {
  const had = definitionTexts(before);
  const has = definitionTexts(after);
  return wording.filter((phrase) => had.some((t) => t.includes(phrase)) && !has.some((t) => t.includes(phrase)));
}
