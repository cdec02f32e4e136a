#!/usr/bin/env node
// The caf-forms command. Errors are one line each; only a bug in caf-forms prints a stack.
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { checkFiles } from './check.js';
import { CliError } from './files.js';
import { I18N_USAGE, i18nMain } from './i18n/command.js';
import { publishForms } from './publish.js';
import { versionsDirFor } from './published.js';

const USAGE = `usage:
  caf-forms init <id> [--out DIR]           start a definition: DIR/<id>.json (default forms/)
  caf-forms check [files or folders…]       check definitions (default: forms/)
  caf-forms build [folder] --out DIR        write <id>.schema.json, <id>.validate.js (with its .d.ts) and <id>.d.ts per form,
                    [--allow-draft]          <id>.<lang>.json per translation (drafts only with --allow-draft),
                                            and every published version into DIR/versions (--versions DIR)
  caf-forms publish [files or folders…]     keep these versions for good in <folder>/versions (--versions DIR)
${I18N_USAGE}
  caf-forms --help | --version`;

/** The package's own version, read from its package.json (beside src/ and dist/ alike). */
function version(): string {
  const manifest = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string };
  return manifest.version;
}

export async function main(argv: readonly string[], log = console.log, fail = console.error): Promise<number> {
  if (argv[0] === 'i18n') return i18nMain(argv.slice(1), log, fail);
  let parsed;
  try {
    // Node's own parser: --out DIR and --out=DIR, -h, --, and a clear error for anything else.
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: {
        out: { type: 'string' },
        versions: { type: 'string' },
        'allow-draft': { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean', short: 'v' },
      },
    });
  } catch (error) {
    return usage(fail, error instanceof Error ? error.message.split('\n')[0]!.replace(/\. To specify .*$/, '') : String(error));
  }
  const { values, positionals } = parsed;
  if (values.help) return (log(USAGE), 0);
  if (values.version) return (log(version()), 0);
  const [command, ...positional] = positionals;
  try {
    if (command === 'check') {
      if (values.out !== undefined) return usage(fail, 'check takes no --out');
      const { lines, failed } = checkFiles(positional.length ? positional : ['forms']);
      for (const line of lines) (line.endsWith(': ok') ? log : fail)(line);
      return failed ? 1 : 0;
    }
    if (command === 'init') {
      if (positional.length > 1) return usage(fail, 'init takes one form id');
      const { initForm } = await import('./init.js');
      const file = initForm(positional[0], values.out ?? 'forms');
      log(`wrote ${file}; check it with: npx caf-forms check ${file}`);
      return 0;
    }
    if (command === 'build') {
      if (positional.length > 1) return usage(fail, 'build takes one folder');
      if (values.out === '') return usage(fail, '--out needs a folder');
      const outDir = values.out ?? 'dist/forms';
      // Loaded only here: the compiler brings esbuild and json-schema-to-typescript (prettier).
      const { buildForms } = await import('./build.js');
      const { buildPublishedVersions } = await import('./build-versions.js');
      const built = await buildForms(positional.length ? positional : ['forms'], outDir, { drafts: values['allow-draft'] ? 'allow' : 'refuse' });
      log(`built ${built.length} form${built.length === 1 ? '' : 's'} into ${outDir}:`);
      for (const form of built) log(`  ${form.id}: ${form.files.map((f) => f.split('/').pop()).join(', ')}`);
      const versionsDir = versionsDirFor(positional, values.versions, values.versions === undefined);
      if (versionsDir) {
        const versions = await buildPublishedVersions(versionsDir, outDir, built);
        for (const line of versions.lines) log(line);
        for (const warning of versions.warnings) fail(`caf-forms: warning: ${warning}`);
      }
      return 0;
    }
    if (command === 'publish') {
      if (values.out !== undefined) return usage(fail, 'publish takes no --out');
      const paths = positional.length ? positional : ['forms'];
      const { lines } = publishForms(paths, { versionsDir: versionsDirFor(paths, values.versions, false)! });
      for (const line of lines) log(line);
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
