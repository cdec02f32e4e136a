// Where translations live: beside the definitions, in an i18n folder, one file per form and
// language (forms/i18n/consent.cy.json for forms/consent.json in Welsh).
import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { checkDefinition, type FormDefinition, type TranslationFile } from '@caf-forms/core';
import { CliError, readJson } from '../files.js';

export interface LanguageFile {
  path: string;
  lang: string;
  file: TranslationFile;
}

export function i18nFolder(definitionPath: string): string {
  return join(dirname(definitionPath), 'i18n');
}

export function languageFilePath(definitionPath: string, id: string, lang: string): string {
  return join(i18nFolder(definitionPath), `${id}.${lang}.json`);
}

const LANGUAGE_FILE = /^([a-z0-9-]+)\.([A-Za-z]{2,3}(?:-[A-Za-z0-9]+)*)\.json$/;

/** Every language file in a forms folder's i18n/, with its form id and language from its name. */
export function languageFilesIn(formsFolder: string): { path: string; form: string; lang: string }[] {
  const folder = join(formsFolder, 'i18n');
  if (!existsSync(folder)) return [];
  return readdirSync(folder)
    .sort()
    .flatMap((name) => {
      const match = LANGUAGE_FILE.exec(name);
      return match ? [{ path: join(folder, name), form: match[1]!, lang: match[2]! }] : [];
    });
}

/** The language files of one definition. */
export function languageFilesOf(definitionPath: string, id: string): LanguageFile[] {
  return languageFilesIn(dirname(definitionPath))
    .filter((f) => f.form === id)
    .map((f) => ({ path: f.path, lang: f.lang, file: readTranslation(f.path) }));
}

export function readTranslation(path: string): TranslationFile {
  const json = readJson(path) as Partial<TranslationFile> | null;
  // A file on disk may be anything, whatever the type says: each check is for a real mistake.
  /* eslint-disable @typescript-eslint/no-unnecessary-condition */
  if (!json || typeof json !== 'object' || typeof json.entries !== 'object' || json.entries === null)
    throw new CliError(`${path}: not a translation file (it needs form, lang, status and entries)`);
  for (const [key, entry] of Object.entries(json.entries)) {
    if (!entry || typeof entry.text !== 'string' || typeof entry.source !== 'string')
      throw new CliError(`${path}: entry "${key}" needs a text and the source fingerprint`);
  }
  /* eslint-enable @typescript-eslint/no-unnecessary-condition */
  return json as TranslationFile;
}

export function writeTranslation(path: string, file: TranslationFile): void {
  writeFileSync(path, `${JSON.stringify(file, null, 2)}\n`);
}

/** A form given as a path (forms/consent.json) or an id (consent, looked for in forms/). */
export function definitionAt(form: string): { path: string; definition: FormDefinition } {
  const path = form.endsWith('.json') ? form : join('forms', `${form}.json`);
  if (!existsSync(path)) throw new CliError(`${path}: no such form`);
  const checked = checkDefinition(readJson(path));
  if (!checked.ok) throw new CliError(`${path}: fix the definition first (caf-forms check ${path})`);
  if (`${checked.definition.id}.json` !== basename(path))
    throw new CliError(`${path}: its id is "${checked.definition.id}"; a form's file is named after its id`);
  return { path, definition: checked.definition };
}
