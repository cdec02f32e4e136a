// The caf-forms command as someone who installed it from npm meets it: init, every problem in
// one run (check and build alike), "did you mean" for other tools' names, typed validators.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, describe, it } from 'node:test';
import { example } from '../support/example.js';

const root = new URL('../../', import.meta.url).pathname;
const tmp = mkdtempSync(join(tmpdir(), 'caf-cli-user-'));
after(() => rmSync(tmp, { recursive: true, force: true }));
const run = (...args: string[]) => {
  const r = spawnSync(process.execPath, ['--conditions=source', '--import', 'tsx', 'packages/cli/src/cli.ts', ...args], { cwd: root, encoding: 'utf8' });
  return { code: r.status, out: r.stdout, err: r.stderr };
};
const folder = (name: string): string => {
  const dir = join(tmp, name);
  mkdirSync(dir, { recursive: true });
  return dir;
};
type Definition = { sections: { items: Record<string, unknown>[] }[] };

/** A definition with a type typo, a duplicate id and a condition naming no field: three rounds of fixes before. */
function threeProblems(): Definition {
  const d = example() as unknown as Definition;
  const items = d.sections[0]!.items;
  items[1]!.type = 'txet';
  items[2]!.id = items[3]!.id;
  items.push({ type: 'text', id: 'pets', label: 'Pets', visibleWhen: { field: 'noSuchField', equals: 'x' } });
  return d;
}

describe('caf-forms init', () => {
  it('writes forms/<id>.json that passes check, with a $schema that resolves to the meta-schema', () => {
    const dir = folder('init');
    const r = run('init', 'visit-request', '--out', dir);
    assert.equal(r.code, 0, r.err);
    const file = join(dir, 'visit-request.json');
    assert.equal(r.out, `wrote ${file}; check it with: npx caf-forms check ${file}\n`);
    const written = JSON.parse(readFileSync(file, 'utf8')) as { $schema: string; id: string; title: string };
    assert.equal(written.id, 'visit-request');
    assert.equal(written.title, 'Visit request');
    const schema = resolve(dir, written.$schema);
    assert.equal(JSON.parse(readFileSync(schema, 'utf8')).$id, 'https://caf-forms.dev/schema/definition.schema.json');
    assert.equal(run('check', file).code, 0);
  });

  it("prefers the project's own node_modules/@caf-forms/core for $schema, relative to the file", () => {
    const project = folder('project');
    mkdirSync(join(project, 'node_modules/@caf-forms/core/schema'), { recursive: true });
    writeFileSync(join(project, 'node_modules/@caf-forms/core/schema/definition.schema.json'), '{}');
    assert.equal(run('init', 'consent-to-share', '--out', join(project, 'forms')).code, 0);
    const written = JSON.parse(readFileSync(join(project, 'forms/consent-to-share.json'), 'utf8')) as { $schema: string };
    assert.equal(written.$schema, '../node_modules/@caf-forms/core/schema/definition.schema.json');
  });

  it('refuses an id that is not lower-case words with hyphens, and an existing file', () => {
    const dir = folder('init-refused');
    const bad = run('init', 'Visit_Request', '--out', dir);
    assert.equal(bad.code, 1);
    assert.equal(bad.err, "caf-forms: 'Visit_Request' is not a form id: use lower-case words joined by hyphens, like 'consent-to-share'\n");
    assert.equal(run('init', 'visit', '--out', dir).code, 0);
    const again = run('init', 'visit', '--out', dir);
    assert.equal(again.code, 1);
    assert.match(again.err, /visit\.json already exists/);
  });
});

describe('every problem in one run', () => {
  it('check lists a type typo, a duplicate id and a dangling condition together', () => {
    const file = join(folder('three'), 'three.json');
    writeFileSync(file, JSON.stringify(threeProblems()));
    const r = run('check', file);
    assert.equal(r.code, 1);
    const lines = r.err.trim().split('\n');
    assert.ok(
      lines.some((l) => /\/sections\/0\/items\/1\/type: unknown field type 'txet'; did you mean 'text'\?$/.test(l)),
      r.err,
    );
    assert.ok(
      lines.some((l) => /\/sections\/0\/items\/3\/id: duplicate id 'gender'/.test(l)),
      r.err,
    );
    assert.ok(
      lines.some((l) => /visibleWhen\/field: condition refers to 'noSuchField', which is not a field of this form$/.test(l)),
      r.err,
    );
  });

  it("suggests caf-forms' name for another tool's property (visibleIf → visibleWhen)", () => {
    const d = example() as unknown as Definition;
    d.sections[0]!.items[1]!.visibleIf = { field: 'x', filled: true };
    const file = join(folder('synonym'), 'synonym.json');
    writeFileSync(file, JSON.stringify(d));
    const r = run('check', file);
    assert.match(r.err, /\/sections\/0\/items\/1\/visibleIf: 'visibleIf' is not a property of a \w+ item; did you mean 'visibleWhen'\?/);
  });

  it('build lists the problems of every file, malformed JSON included, and builds nothing', () => {
    const dir = folder('build-all');
    writeFileSync(join(dir, 'a.json'), JSON.stringify(threeProblems()));
    writeFileSync(join(dir, 'b.json'), '{ "id": "b", oops }');
    writeFileSync(join(dir, 'c.json'), JSON.stringify({ ...example(), version: 'one' }));
    const r = run('build', dir, '--out', join(dir, 'out'));
    assert.equal(r.code, 1);
    assert.match(r.err, /^caf-forms: nothing built; fix these first:\n/);
    for (const expected of [
      /a\.json: .*duplicate id/,
      /a\.json: .*condition refers to 'noSuchField'/,
      /b\.json: not valid JSON at line 1/,
      /c\.json: \/version: version 'one'/,
    ])
      assert.match(r.err, expected);
    assert.equal(existsSync(join(dir, 'out')), false);
  });
});

describe('caf-forms build: typed validators', () => {
  it("writes <id>.validate.d.ts: type guards to the submission type, with typed errors (GOV.UK problems, and ajv's)", () => {
    const dir = folder('typed');
    writeFileSync(join(dir, 'example.json'), JSON.stringify(example()));
    const r = run('build', dir, '--out', join(dir, 'out'));
    assert.equal(r.code, 0, r.err);
    assert.match(r.out, /example: example\.json, example\.schema\.json, example\.validate\.js, example\.d\.ts, example\.validate\.d\.ts/);
    const types = readFileSync(join(dir, 'out/example.validate.d.ts'), 'utf8');
    assert.match(types, /import type \{ ExampleSubmission \} from '\.\/example\.js';/);
    assert.match(types, /export declare function validate\(value: unknown\): value is ExampleSubmission;/);
    assert.match(types, /export declare namespace validate \{[^}]*let errors: Problem\[\] \| null;/);
    assert.match(types, /declare function schemaValidate\(value: unknown\): value is ExampleSubmission;/);
    assert.match(types, /let errors: SchemaError\[\] \| null \| undefined;/);
    assert.match(types, /export default schemaValidate;/);
  });

  it("the named validate's errors are the engine's GOV.UK wording, a hidden answer included", async () => {
    const dir = folder('worded');
    writeFileSync(join(dir, 'contact.json'), readFileSync(join(root, 'test/packages/fixtures/node-app/forms/contact.json')));
    assert.equal(run('build', dir, '--out', join(dir, 'out')).code, 0);
    const module = (await import(pathToFileURL(join(dir, 'out/contact.validate.js')).href)) as {
      default: ((v: unknown) => boolean) & { errors?: { keyword: string }[] | null };
      validate: ((v: unknown) => boolean) & { errors: { path: string; message: string }[] | null };
    };
    const envelope = {
      formId: 'contact',
      formVersion: '1.0.0',
      submissionId: '0b6c7c4e-0d3c-4e8e-9a51-0e1f6b4a2c11',
      startedAt: '2026-12-01T10:00:00.000Z',
      submittedAt: '2026-12-01T10:05:00.000Z',
      computed: {},
    };
    assert.equal(module.validate({ ...envelope, data: { you: { name: 'Sam', callBack: 'no' } } }), true);
    assert.equal(module.validate.errors, null);
    assert.equal(module.validate({ ...envelope, data: { you: { callBack: 'no', phone: '01632 960000' } } }), false);
    assert.deepEqual(module.validate.errors, [
      { path: 'phone', message: 'Remove the answer to telephone number: the question does not apply' },
      { path: 'name', message: 'Enter your full name' },
    ]);
    assert.doesNotMatch(JSON.stringify(module.validate.errors), /boolean schema is false/);
    // The default export is the raw ajv validator, as the receiver reads it.
    assert.equal(module.default({ ...envelope, data: { you: { callBack: 'no', phone: '01632 960000' } } }), false);
    assert.ok(module.default.errors?.some((e) => e.keyword === 'false schema'));
  });

  it('--help lists init', () => {
    assert.match(run('--help').out, /caf-forms init <id> \[--out DIR\]/);
  });
});

describe('the compiler is loaded only by build', () => {
  // esbuild and json-schema-to-typescript (with prettier) are most of the CLI's start-up time.
  const withoutCompiler = (...args: string[]) => {
    const r = spawnSync(
      process.execPath,
      ['--conditions=source', '--import', 'tsx', '--import', './test/cli/support/forbid-compiler.mjs', 'packages/cli/src/cli.ts', ...args],
      { cwd: root, encoding: 'utf8' },
    );
    return { code: r.status, out: r.stdout, err: r.stderr };
  };

  it('init, check, --help and --version run without esbuild and json-schema-to-typescript', () => {
    const dir = folder('lazy');
    assert.equal(withoutCompiler('init', 'lazy-form', '--out', dir).code, 0);
    const checked = withoutCompiler('check', dir);
    assert.equal(checked.code, 0, checked.err);
    assert.equal(withoutCompiler('--help').code, 0);
    assert.equal(withoutCompiler('--version').code, 0);
  });

  it('build does load them (so the check above is not vacuous)', () => {
    const dir = folder('lazy-build');
    assert.equal(withoutCompiler('init', 'lazy-form', '--out', dir).code, 0);
    const built = withoutCompiler('build', dir, '--out', join(dir, 'out'));
    assert.notEqual(built.code, 0);
    assert.match(built.err, /must not be loaded by this command/);
  });
});
