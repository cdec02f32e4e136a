/// <reference types="vite/client" />
// The definitions in forms/ and their sample submissions, found by Vite at build time, so a new
// forms/<id>.json (with forms/samples/<id>.valid.json) is in Storybook without code changes.
import type { FormDefinition, SubmissionEnvelope, TranslationFile } from '@caf-forms/core';

const definitions = import.meta.glob<FormDefinition>('../../forms/*.json', { eager: true, import: 'default' });
const translations = import.meta.glob<TranslationFile>('../../forms/i18n/*.json', { eager: true, import: 'default' });
const samples = import.meta.glob<SubmissionEnvelope>('../../forms/samples/*.valid.json', { eager: true, import: 'default' });

const idOf = (path: string): string => path.slice(path.lastIndexOf('/') + 1).replace(/(\.valid)?\.json$/, '');

export const FORM_IDS: readonly string[] = Object.keys(definitions).map(idOf).sort();

export function formDefinition(id: string): FormDefinition {
  const definition = definitions[`../../forms/${id}.json`];
  if (!definition) throw new Error(`no definition forms/${id}.json`);
  return definition;
}

export function formSample(id: string): SubmissionEnvelope | undefined {
  return samples[`../../forms/samples/${id}.valid.json`];
}

/** A form's translations by language (forms/i18n/<id>.<lang>.json), for <caf-form>'s translations property. */
export function formTranslations(id: string): Record<string, TranslationFile> {
  const prefix = `../../forms/i18n/${id}.`;
  return Object.fromEntries(
    Object.entries(translations)
      .filter(([path]) => path.startsWith(prefix))
      .map(([path, file]) => [path.slice(prefix.length, -'.json'.length), file]),
  );
}
