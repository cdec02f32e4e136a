// caf-forms i18n: keeping translations beside the definitions.
//   extract <form> --lang <code> [--accept KEY…]   create or update forms/i18n/<id>.<lang>.json
//   check [folders…]                               missing, stale and extra entries per form and language
//   export <form> --lang <code> [--out FILE]       XLIFF 2.0 for a translator (stdout without --out)
//   import <file.xlf> [--form <form>]              take an XLIFF's translations into the language file
import { existsSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { extractTranslation } from '@caf-forms/core';
import { CliError } from '../files.js';
import { checkTranslations } from './check.js';
import { definitionAt, i18nFolder, languageFilePath, readTranslation, writeTranslation } from './files.js';
import { exportXliff, importXliff, parseXliff } from './xliff.js';

export const I18N_USAGE = `  caf-forms i18n extract <form> --lang <code> [--accept KEY]…   create or update forms/i18n/<id>.<lang>.json
  caf-forms i18n check [folders…]                               missing, stale and extra translations
  caf-forms i18n export <form> --lang <code> [--out FILE.xlf]   XLIFF 2.0 for translators
  caf-forms i18n import <FILE.xlf> [--form <form>]              take an XLIFF's translations in`;

const LANG = /^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$/;

export function i18nMain(argv: readonly string[], log: (s: string) => void, fail: (s: string) => void): number {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: { lang: { type: 'string' }, out: { type: 'string' }, form: { type: 'string' }, accept: { type: 'string', multiple: true } },
    });
  } catch (error) {
    fail(`caf-forms i18n: ${(error as Error).message.split('\n')[0]}\n${I18N_USAGE}`);
    return 2;
  }
  const { values, positionals } = parsed;
  const [command, ...rest] = positionals;
  const needLang = (): string => {
    if (!values.lang || !LANG.test(values.lang)) throw new CliError(`i18n ${command} needs --lang with a language code, like cy or ur`);
    return values.lang;
  };
  const oneForm = (): string => {
    if (rest.length !== 1) throw new CliError(`i18n ${command} takes one form (a path like forms/consent.json, or an id)`);
    return rest[0]!;
  };
  try {
    switch (command) {
      case 'extract': {
        const lang = needLang();
        const { path, definition } = definitionAt(oneForm());
        const target = languageFilePath(path, definition.id, lang);
        const existing = existsSync(target) ? readTranslation(target) : undefined;
        const { file, added, removed, stale } = extractTranslation(definition, lang, existing, values.accept ?? []);
        mkdirSync(i18nFolder(path), { recursive: true });
        writeTranslation(target, file);
        log(`${target}: ${existing ? 'updated' : 'created'}; ${added.length} added (to translate), ${removed.length} removed, ${stale.length} stale`);
        for (const key of stale) log(`  stale: ${key}`);
        return 0;
      }
      case 'check': {
        const { lines, failed } = checkTranslations(rest.length ? rest : ['forms']);
        for (const line of lines) (/: ok \(/.test(line) ? log : fail)(line);
        if (!lines.length) log('no translations found');
        return failed ? 1 : 0;
      }
      case 'export': {
        const lang = needLang();
        const { path, definition } = definitionAt(oneForm());
        const source = languageFilePath(path, definition.id, lang);
        if (!existsSync(source)) throw new CliError(`${source}: no such translation; create it with caf-forms i18n extract ${path} --lang ${lang}`);
        const xml = exportXliff(definition, readTranslation(source));
        if (values.out) {
          writeFileSync(values.out, xml);
          log(`wrote ${values.out}`);
        } else process.stdout.write(xml);
        return 0;
      }
      case 'import': {
        if (rest.length !== 1) throw new CliError('i18n import takes one XLIFF file');
        const xliffPath = rest[0]!;
        let xliff;
        try {
          xliff = parseXliff(readFileSync(xliffPath, 'utf8'));
        } catch (error) {
          throw new CliError(`${xliffPath}: ${(error as Error).message}`);
        }
        const { path, definition } = definitionAt(values.form ?? xliff.form);
        const target = languageFilePath(path, definition.id, xliff.lang);
        if (!existsSync(target)) throw new CliError(`${target}: no such translation; create it with caf-forms i18n extract ${path} --lang ${xliff.lang}`);
        const { file, changed, refused } = importXliff(definition, readTranslation(target), xliff);
        writeTranslation(target, file);
        log(`${target}: ${changed.length} translation${changed.length === 1 ? '' : 's'} changed`);
        for (const key of changed) log(`  changed: ${key}`);
        for (const key of refused) fail(`  not taken (its English is not the form's now, or the form has no such text): ${key}`);
        return 0;
      }
      default:
        fail(`caf-forms i18n: ${command ? `unknown command ${command}` : 'no command given'}\n${I18N_USAGE}`);
        return 2;
    }
  } catch (error) {
    if (error instanceof CliError) {
      fail(`caf-forms: ${error.message}`);
      return 1;
    }
    throw error;
  }
}
