// caf-forms check: every problem of every definition, as `file: path: message`.
import { checkDefinition } from '@caf-forms/core';
import { definitionFiles, readJson } from './files.js';

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
    const result = checkDefinition(json);
    if (result.ok) {
      lines.push(`${file}: ok`);
    } else {
      failed++;
      for (const problem of result.problems) lines.push(`${file}: ${problem.path || '/'}: ${problem.message}`);
    }
  }
  return { lines, failed };
}
