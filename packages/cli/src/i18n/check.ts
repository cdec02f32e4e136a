// caf-forms i18n check: per form and language, the texts with no translation (missing), the
// translations made from English that has since changed (stale), and entries for texts the
// form no longer has (extra). Part of caf-forms check too.
import { existsSync, statSync } from 'node:fs';
import { basename, dirname } from 'node:path';
import { checkDefinition, checkTranslation, isClean, type FormDefinition } from '@caf-forms/core';
import { definitionFiles, readJson } from '../files.js';
import { languageFilesIn, readTranslation } from './files.js';

export interface TranslationCheck {
  lines: string[];
  failed: number;
}

/** Checks the translations of the forms in these folders (files given directly: their folder's i18n/). */
export function checkTranslations(paths: readonly string[]): TranslationCheck {
  const lines: string[] = [];
  let failed = 0;
  const definitions = new Map<string, FormDefinition>();
  // Per folder, the forms asked about: all of them for a folder, the named ones for files.
  const folders = new Map<string, Set<string> | 'all'>();
  for (const path of paths) {
    if (!existsSync(path)) continue; // the definitions' check reports it
    if (statSync(path).isDirectory()) folders.set(path, 'all');
    else {
      const folder = dirname(path);
      const named = folders.get(folder);
      if (named !== 'all') folders.set(folder, new Set([...(named ?? []), basename(path, '.json')]));
    }
  }
  for (const [folder, asked] of folders) {
    for (const file of definitionFiles([folder])) {
      try {
        const checked = checkDefinition(readJson(file));
        if (checked.ok) definitions.set(`${folder}\u0000${checked.definition.id}`, checked.definition);
      } catch {
        // an unreadable definition is the definitions' check's to report
      }
    }
    for (const language of languageFilesIn(folder).filter((l) => asked === 'all' || asked.has(l.form))) {
      const definition = definitions.get(`${folder}\u0000${language.form}`);
      if (!definition) {
        lines.push(`${language.path}: there is no form "${language.form}" in ${folder}`);
        failed++;
        continue;
      }
      let report;
      try {
        const file = readTranslation(language.path);
        report = checkTranslation(definition, file);
        if (file.lang !== language.lang) report.problems.push(`its lang is "${file.lang}", but its name says "${language.lang}"`);
        const counts = `${report.missing.length} missing, ${report.stale.length} stale, ${report.extra.length} extra`;
        if (isClean(report)) {
          lines.push(
            `${language.path}: ok (${language.form}, ${language.lang}, ${file.status}${file.status === 'reviewed' ? ` by ${file.reviewedBy} on ${file.reviewedOn}` : ''})`,
          );
          continue;
        }
        failed++;
        lines.push(`${language.path}: ${language.form} in ${language.lang}: ${counts}`);
      } catch (error) {
        lines.push((error as Error).message);
        failed++;
        continue;
      }
      for (const problem of report.problems) lines.push(`${language.path}: ${problem}`);
      for (const key of report.missing) lines.push(`${language.path}: missing: ${key}`);
      for (const key of report.stale) lines.push(`${language.path}: stale (the English changed): ${key}`);
      for (const key of report.extra) lines.push(`${language.path}: extra (the form has no such text): ${key}`);
    }
  }
  return { lines, failed };
}
