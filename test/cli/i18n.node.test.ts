// caf-forms i18n, run as a user runs it: the check on forms/, a changed English label found
// stale, an XLIFF round trip that changes exactly the entry edited, and build's language files.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';

const root = new URL('../../', import.meta.url).pathname;
const run = (...args: string[]) => {
  const r = spawnSync(process.execPath, ['--conditions=source', '--import', 'tsx', 'packages/cli/src/cli.ts', ...args], { cwd: root, encoding: 'utf8' });
  return { code: r.status, out: r.stdout, err: r.stderr };
};

/** A forms folder of its own with the consent form and its Welsh translation. */
function formsCopy(): string {
  const dir = mkdtempSync(join(tmpdir(), 'caf-i18n-'));
  mkdirSync(join(dir, 'i18n'));
  copyFileSync(join(root, 'forms/consent.json'), join(dir, 'consent.json'));
  copyFileSync(join(root, 'forms/i18n/consent.cy.json'), join(dir, 'i18n/consent.cy.json'));
  return dir;
}
const readJson = (path: string) => JSON.parse(readFileSync(path, 'utf8')) as { entries: Record<string, { text: string; source: string }>; status: string };

describe('caf-forms i18n', () => {
  it('check is clean on forms/, and caf-forms check includes it', () => {
    const r = run('i18n', 'check', 'forms');
    assert.equal(r.code, 0, r.err);
    assert.match(r.out, /forms\/i18n\/consent\.cy\.json: ok \(consent, cy, draft\)/);
    assert.match(r.out, /forms\/i18n\/consent\.ur\.json: ok/);
    assert.match(r.out, /forms\/i18n\/feedback\.cy\.json: ok/);
    assert.match(run('check', 'forms').out, /forms\/i18n\/consent\.cy\.json: ok/);
    const one = run('check', 'forms/consent.json');
    assert.equal(one.code, 0, one.err);
    assert.deepEqual(
      one.out.trim().split('\n'),
      ['forms/consent.json: ok', 'forms/i18n/consent.cy.json: ok', 'forms/i18n/consent.ur.json: ok'],
      'a file given: its own translations only',
    );
  });

  it('one English label changed: the check reports exactly that entry stale, and caf-forms check fails', () => {
    const dir = formsCopy();
    const form = JSON.parse(readFileSync(join(dir, 'consent.json'), 'utf8'));
    form.sections[1].items[0].label = 'Full name of child/young person:';
    writeFileSync(join(dir, 'consent.json'), JSON.stringify(form, null, 2));
    const r = run('i18n', 'check', dir);
    assert.equal(r.code, 1);
    const file = join(dir, 'i18n/consent.cy.json');
    assert.deepEqual(r.err.trim().split('\n'), [
      `${file}: consent in cy: 0 missing, 1 stale, 0 extra`,
      `${file}: stale (the English changed): youngPerson.childName.label`,
    ]);
    assert.equal(run('check', dir).code, 1);
    const extract = run('i18n', 'extract', join(dir, 'consent.json'), '--lang', 'cy');
    assert.equal(extract.code, 0, extract.err);
    assert.match(extract.out, /0 added \(to translate\), 0 removed, 1 stale\n {2}stale: youngPerson\.childName\.label/);
  });

  it('XLIFF 2.0 round trip: export, edit one target, import: exactly that entry changes', () => {
    const dir = formsCopy();
    const xlf = join(dir, 'consent.cy.xlf');
    const exported = run('i18n', 'export', join(dir, 'consent.json'), '--lang', 'cy', '--out', xlf);
    assert.equal(exported.code, 0, exported.err);
    const xml = readFileSync(xlf, 'utf8');
    assert.match(xml, /<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="en" trgLang="cy">/);
    assert.match(
      xml,
      /<unit id="youngPerson.dateOfBirth.label">\s*<segment state="translated">\s*<source>Date of birth:<\/source>\s*<target>Dyddiad geni:<\/target>/,
    );
    const before = readJson(join(dir, 'i18n/consent.cy.json'));
    writeFileSync(xlf, xml.replace('<target>Dyddiad geni:</target>', '<target>Dyddiad geni &amp; oed:</target>'));
    const imported = run('i18n', 'import', xlf, '--form', join(dir, 'consent.json'));
    assert.equal(imported.code, 0, imported.err);
    assert.match(imported.out, /1 translation changed\n {2}changed: youngPerson\.dateOfBirth\.label/);
    const after = readJson(join(dir, 'i18n/consent.cy.json'));
    const changed = Object.keys(after.entries).filter((k) => JSON.stringify(after.entries[k]) !== JSON.stringify(before.entries[k]));
    assert.deepEqual(changed, ['youngPerson.dateOfBirth.label']);
    assert.equal(after.entries['youngPerson.dateOfBirth.label']!.text, 'Dyddiad geni & oed:');
    assert.deepEqual(Object.keys(after.entries), Object.keys(before.entries));
  });

  it('an XLIFF made from English that has since changed brings nothing in for that text', () => {
    const dir = formsCopy();
    const xlf = join(dir, 'consent.cy.xlf');
    run('i18n', 'export', join(dir, 'consent.json'), '--lang', 'cy', '--out', xlf);
    const form = JSON.parse(readFileSync(join(dir, 'consent.json'), 'utf8'));
    form.sections[1].items[1].label = 'Date of birth of the child:';
    writeFileSync(join(dir, 'consent.json'), JSON.stringify(form, null, 2));
    writeFileSync(xlf, readFileSync(xlf, 'utf8').replace('<target>Dyddiad geni:</target>', '<target>Dyddiad geni’r plentyn:</target>'));
    const imported = run('i18n', 'import', xlf, '--form', join(dir, 'consent.json'));
    assert.match(imported.out, /0 translations changed/);
    assert.match(imported.err, /not taken .*: youngPerson\.dateOfBirth\.label/);
  });

  it('build refuses a draft translation without --allow-draft, and writes <id>.<lang>.json with it', () => {
    const dir = formsCopy();
    const out = join(dir, 'out');
    const refused = run('build', dir, '--out', out);
    assert.equal(refused.code, 1);
    assert.match(refused.err, /consent\.cy\.json: a draft translation .*--allow-draft/);
    assert.equal(existsSync(join(out, 'consent.json')), false, 'nothing built');
    const built = run('build', dir, '--out', out, '--allow-draft');
    assert.equal(built.code, 0, built.err);
    const welsh = JSON.parse(readFileSync(join(out, 'consent.cy.json'), 'utf8'));
    assert.equal(welsh.title, 'Caniatâd i rannu gwybodaeth');
    assert.equal(welsh.sections[0].items[0].options[1].value, 'myChild', 'values are not translated');
  });
});
