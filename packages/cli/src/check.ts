// caf-forms check: every problem of every definition, as `file: path: message`.
import { allDefinitionProblems } from '@caf-forms/core';
import { definitionFiles, readJson } from './files.js';
import { checkTranslations } from './i18n/check.js';

export interface CheckOutcome {
  lines: string[];
  failed: number;
}

export function checkFiles(paths: readonly string[]): CheckOutcome {
  const lines: string[] = [];
  let failed = 0;
  for (const file of definitionFiles(paths)) {
    let json: unknown;
    try {
      json = readJson(file);
    } catch (error) {
      lines.push((error as Error).message);
      failed++;
      continue;
    }
    // Every problem at once: the meta-schema's and the semantic ones together.
    const problems = allDefinitionProblems(json);
    if (problems.length === 0) {
      lines.push(`${file}: ok`);
    } else {
      failed++;
      for (const problem of problems) lines.push(`${file}: ${problem.path || '/'}: ${problem.message}`);
    }
  }
  // The translations beside the definitions (forms/i18n/) are part of a form's check.
  const translations = checkTranslations(paths);
  return { lines: [...lines, ...translations.lines.map((line) => line.replace(/: ok \(.*\)$/, ': ok'))], failed: failed + translations.failed };
}
