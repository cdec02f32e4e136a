// Finding and reading definition files, with one-line errors instead of stack traces.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

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
    return readdirSync(path).filter((name) => name.endsWith('.json')).sort().map((name) => join(path, name));
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

/** Node reports a JSON error by character offset; people want a line and column. */
export function describeJsonError(text: string, error: Error): string {
  const offset = /position (\d+)/.exec(error.message)?.[1];
  const reason = error.message.replace(/ in JSON at position \d+.*$/s, '').replace(/^JSON\.parse: /, '');
  if (offset === undefined) return `not valid JSON: ${reason}`;
  const before = text.slice(0, Number(offset));
  const line = before.split('\n').length;
  const column = Number(offset) - before.lastIndexOf('\n');
  return `not valid JSON at line ${line}, column ${column}: ${reason}`;
}
