#!/usr/bin/env node
// The caf-forms command. Errors are one line each; only a bug in caf-forms prints a stack.
import { buildForms } from './build.js';
import { checkFiles } from './check.js';
import { CliError } from './files.js';

const USAGE = `usage:
  caf-forms check [files or folders…]       check definitions (default: forms/)
  caf-forms build [folder] --out DIR        write <id>.schema.json, <id>.validate.js and <id>.d.ts per form`;

export async function main(argv: readonly string[], log = console.log, fail = console.error): Promise<number> {
  const [command, ...rest] = argv;
  const positional: string[] = [];
  let out: string | undefined;
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i]!;
    if (arg === '--out') {
      out = rest[++i];
      if (!out) return usage(fail, '--out needs a folder');
    } else if (arg.startsWith('--out=')) out = arg.slice('--out='.length);
    else if (arg === '--help' || arg === '-h') return log(USAGE), 0;
    else if (arg.startsWith('-')) return usage(fail, `unknown option ${arg}`);
    else positional.push(arg);
  }
  try {
    if (command === 'check') {
      const { lines, failed } = checkFiles(positional.length ? positional : ['forms']);
      for (const line of lines) (line.endsWith(': ok') ? log : fail)(line);
      return failed ? 1 : 0;
    }
    if (command === 'build') {
      if (positional.length > 1) return usage(fail, 'build takes one folder');
      const outDir = out ?? 'dist/forms';
      const built = await buildForms(positional.length ? positional : ['forms'], outDir);
      log(`built ${built.length} form${built.length === 1 ? '' : 's'} into ${outDir}:`);
      for (const form of built) log(`  ${form.id}: ${form.files.map((f) => f.split('/').pop()).join(', ')}`);
      return 0;
    }
    return usage(fail, command ? `unknown command ${command}` : 'no command given');
  } catch (error) {
    if (error instanceof CliError) {
      fail(`caf-forms: ${error.message}`);
      return 1;
    }
    throw error;
  }
}

function usage(fail: (s: string) => void, problem: string): number {
  fail(`caf-forms: ${problem}\n${USAGE}`);
  return 2;
}

if (process.argv[1] && import.meta.url === new URL(`file://${process.argv[1]}`).href) {
  process.exitCode = await main(process.argv.slice(2));
}
