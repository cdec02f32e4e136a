// The caf-forms command, run as a user runs it: exit codes and one-line, readable output.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { example } from '../support/example.js';

const root = new URL('../../', import.meta.url).pathname;
const run = (...args: string[]) => {
  const r = spawnSync(process.execPath, ['--conditions=source', '--import', 'tsx', 'packages/cli/src/cli.ts', ...args], { cwd: root, encoding: 'utf8' });
  return { code: r.status, out: r.stdout, err: r.stderr };
};
const tmp = mkdtempSync(join(tmpdir(), 'caf-cli-'));
const write = (name: string, content: string): string => {
  const file = join(tmp, name);
  writeFileSync(file, content);
  return file;
};

describe('caf-forms check', () => {
  it('passes the forms folder', () => {
    const r = run('check', 'forms');
    assert.equal(r.code, 0, r.err);
    assert.match(r.out, /forms\/example\.json: ok/);
  });

  it('exits 1 and prints every problem as file: path: message', () => {
    const d = example() as unknown as { sections: { items: Record<string, unknown>[] }[] };
    d.sections[0]!.items[1]!.type = 'txet';
    const bad = write('bad.json', JSON.stringify(d));
    const r = run('check', bad);
    assert.equal(r.code, 1);
    assert.equal(r.err.trim(), `${bad}: /sections/0/items/1/type: unknown field type 'txet'; did you mean 'text'?`);
  });

  it('reports malformed JSON with its line and column, in one line', () => {
    const bad = write('malformed.json', '{\n  "id": "x",\n  "title": oops\n}');
    const r = run('check', bad);
    assert.equal(r.code, 1);
    assert.equal(r.err.trim().split('\n').length, 1);
    assert.match(r.err, /malformed\.json: not valid JSON at line 3, column 12/);
    assert.doesNotMatch(r.err, /at .*\(.*:\d+:\d+\)/, 'no stack trace');
  });

  it('says so in one line when a file is missing', () => {
    const r = run('check', join(tmp, 'nope.json'));
    assert.equal(r.code, 1);
    assert.match(r.err, /^caf-forms: .*nope\.json: no such file or folder\n$/);
  });

  it('rejects an unknown option with usage, exit 2', () => {
    const r = run('check', '--fast');
    assert.equal(r.code, 2);
    assert.match(r.err, /Unknown option '--fast'\nusage:/);
  });
});

describe('caf-forms build', () => {
  it('writes schema, precompiled validator and types for every form', () => {
    const out = join(tmp, 'out');
    // forms/i18n holds draft translations (written by an engineer, not yet reviewed): see test/cli/i18n.node.test.ts
    const r = run('build', 'forms', '--out', out, '--allow-draft');
    assert.equal(r.code, 0, r.err);
    for (const ext of ['schema.json', 'validate.js', 'd.ts']) assert.ok(existsSync(join(out, `example.${ext}`)), `example.${ext}`);
    for (const file of ['consent.cy.json', 'consent.ur.json', 'feedback.cy.json']) assert.ok(existsSync(join(out, file)), file);
    const types = readFileSync(join(out, 'example.d.ts'), 'utf8');
    assert.match(types, /export interface ExampleSubmission/);
    assert.match(types, /childName: string/);
    const validator = readFileSync(join(out, 'example.validate.js'), 'utf8');
    assert.doesNotMatch(validator, /\bnew Function\(|(^|[^'"\w.])(eval|require)\(/);
  });

  it('builds nothing when a definition has problems', () => {
    const dir = mkdtempSync(join(tmpdir(), 'caf-cli-bad-'));
    writeFileSync(join(dir, 'bad.json'), JSON.stringify({ ...example(), version: 'one' }));
    const r = run('build', dir, '--out', join(dir, 'out'));
    assert.equal(r.code, 1);
    assert.match(r.err, /nothing built; fix these first:\n.*bad\.json: \/version: version 'one' must be a semantic version/);
    assert.equal(existsSync(join(dir, 'out')), false);
  });
});

describe('caf-forms --help and --version', () => {
  it('--help prints the usage and exits 0', () => {
    for (const flag of ['--help', '-h']) {
      const r = run(flag);
      assert.equal(r.code, 0, r.err);
      assert.match(r.out, /caf-forms check \[files or folders…\]/);
    }
  });

  it('--version prints the package version and exits 0', () => {
    const { version } = JSON.parse(readFileSync(join(root, 'packages/cli/package.json'), 'utf8')) as { version: string };
    const r = run('--version');
    assert.equal(r.code, 0, r.err);
    assert.equal(r.out.trim(), version);
  });

  it('an unknown option or a missing value exits 2 with one line saying which, then the usage', () => {
    const unknown = run('check', '--nope');
    assert.equal(unknown.code, 2);
    assert.match(unknown.err.split('\n')[0]!, /^caf-forms: Unknown option '--nope'$/);
    const missing = run('build', 'forms', '--out');
    assert.equal(missing.code, 2);
    assert.match(missing.err.split('\n')[0]!, /^caf-forms: Option '--out <value>' argument missing$/);
  });
});
