// caf-forms init <id>: a starting definition, forms/<id>.json, that passes `caf-forms check` and
// names the meta-schema installed with @caf-forms/core in `$schema`, as a path relative to the
// file, so the user's editor completes and checks it with no setting.
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CliError } from './files.js';

const FORM_ID = /^[a-z][a-z0-9]*(-[a-z0-9]+)*$/;
const SCHEMA_IN_PACKAGE = join('node_modules', '@caf-forms', 'core', 'schema', 'definition.schema.json');

/**
 * Where the meta-schema is, seen from `folder`: the nearest node_modules/@caf-forms/core above
 * it (the path a project's own install gives, stable across versions), else wherever the CLI's
 * own @caf-forms/core is.
 */
export function schemaPathFrom(folder: string): string {
  for (let dir = resolve(folder); ; dir = dirname(dir)) {
    if (existsSync(join(dir, SCHEMA_IN_PACKAGE))) return toUrlPath(relative(resolve(folder), join(dir, SCHEMA_IN_PACKAGE)));
    if (dirname(dir) === dir) break;
  }
  const installed = fileURLToPath(import.meta.resolve('@caf-forms/core/definition.schema.json'));
  return toUrlPath(relative(resolve(folder), installed));
}

const toUrlPath = (path: string): string => path.split(sep).join('/');

function titleOf(id: string): string {
  const words = id.split('-').join(' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

export function starterDefinition(id: string, schemaPath: string): object {
  return {
    $schema: schemaPath,
    id,
    version: '0.1.0',
    title: titleOf(id),
    sections: [
      {
        id: 'aboutYou',
        title: 'About you',
        items: [
          { type: 'paragraph', text: 'Replace these questions with your own. Run `npx caf-forms check` to see what needs fixing.' },
          { type: 'text', id: 'fullName', label: 'Full name', required: true },
          { type: 'yesno', id: 'contactMe', label: 'Can we contact you about this?', required: true },
          { type: 'email', id: 'email', label: 'Email address', required: true, visibleWhen: { field: 'contactMe', equals: 'yes' } },
        ],
      },
    ],
  };
}

/** Writes <folder>/<id>.json; refuses a bad id or an existing file. Returns the file written. */
export function initForm(id: string | undefined, folder: string): string {
  if (!id) throw new CliError('init needs a form id, e.g. caf-forms init consent-to-share');
  if (!FORM_ID.test(id)) throw new CliError(`'${id}' is not a form id: use lower-case words joined by hyphens, like 'consent-to-share'`);
  const file = join(folder, `${id}.json`);
  if (existsSync(file)) throw new CliError(`${file} already exists; choose another id or edit that file`);
  mkdirSync(folder, { recursive: true });
  writeFileSync(file, `${JSON.stringify(starterDefinition(id, schemaPathFrom(folder)), null, 2)}\n`);
  return file;
}
