// Finding and reading definition files, with one-line errors instead of stack traces.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { locateJsonError } from '@caf-forms/core';

export class CliError extends Error {}

/** Definition files: the .json files given, and those directly inside the folders given (not samples/). */
export function definitionFiles(paths: readonly string[]): string[] {
  return paths.flatMap((path) => {
    let stat;
    try {
      stat = statSync(path);
    } catch {
      throw new CliError(`${path}: no such file or folder`);
    }
    if (!stat.isDirectory()) return [path];
    return readdirSync(path)
      .filter((name) => name.endsWith('.json'))
      .sort()
      .map((name) => join(path, name));
  });
}

/** Reads JSON; a syntax error becomes "file: line L, column C: what is wrong". */
export function readJson(file: string): unknown {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    throw new CliError(`${file}: cannot be read`);
  }
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new CliError(`${file}: ${describeJsonError(text, error as Error)}`);
  }
}

/** "not valid JSON at line L, column C: what is wrong", from core's locator. */
export function describeJsonError(text: string, error: Error): string {
  const where = locateJsonError(text);
  return where ? `not valid JSON at line ${where.line}, column ${where.column}: ${where.message}` : `not valid JSON: ${error.message}`;
}
