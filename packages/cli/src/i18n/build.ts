// caf-forms build's part for translations: beside <id>.json, each language's definition
// (<id>.<lang>.json), the same form with its texts translated, for <caf-form lang> to fetch.
// Refused: a translation with missing, stale or extra entries (a consent form must not show a
// translation of words it no longer says), and a draft one unless the build allows drafts.
import { checkDefinition, checkTranslation, isClean, translateDefinition, type FormDefinition } from '@caf-forms/core';
import { CliError } from '../files.js';
import { languageFilesOf } from './files.js';

export interface BuildLanguageOptions {
  /**
   * What to do with a translation no person has reviewed yet (status "draft"): build it
   * ('allow'), stop the build ('refuse', what the command does without --allow-draft), or build
   * the form without it ('skip', the default for code that builds forms to check submissions,
   * such as a receiver's tests, which need no language files).
   */
  drafts?: 'allow' | 'refuse' | 'skip';
}

/** [path, text] of each language's definition for one form. */
export function languageDefinitionFiles(
  definitionPath: string,
  definition: FormDefinition,
  base: string,
  options: BuildLanguageOptions = {},
): [string, string][] {
  const out: [string, string][] = [];
  for (const { path, lang, file } of languageFilesOf(definitionPath, definition.id)) {
    const drafts = options.drafts ?? 'skip';
    if (file.status !== 'reviewed' && drafts === 'skip') continue;
    if (file.status !== 'reviewed' && drafts === 'refuse') {
      throw new CliError(
        `${path}: a draft translation (no person has reviewed it); have it reviewed and set "status": "reviewed", or build with --allow-draft`,
      );
    }
    const report = checkTranslation(definition, file);
    if (!isClean(report))
      throw new CliError(`${path}: ${report.missing.length} missing, ${report.stale.length} stale, ${report.extra.length} extra; see caf-forms i18n check`);
    const translated = translateDefinition(definition, file).definition;
    const checked = checkDefinition(translated);
    if (!checked.ok)
      throw new CliError(`${path}: the translated definition has problems: ${checked.problems.map((p) => `${p.path}: ${p.message}`).join('; ')}`);
    out.push([`${base}.${lang}.json`, `${JSON.stringify(translated, null, 2)}\n`]);
  }
  return out;
}
