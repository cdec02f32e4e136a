// caf-forms publish and the build of published versions, as a user runs them: a published
// version is kept byte for byte and recorded with its time; publishing it again unchanged does
// nothing; a changed or lower version is refused, saying which version it needs; a published
// file edited afterwards stops the build; and the build compiles every published version
// beside the current forms, leaving their own output where it was.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { compareVersions } from '@caf-forms/core';
import { buildForms } from '../../packages/cli/src/build.js';
import { buildPublishedVersions } from '../../packages/cli/src/build-versions.js';
import { publishForms } from '../../packages/cli/src/publish.js';
import { readIndex } from '../../packages/cli/src/published.js';

const root = new URL('../../', import.meta.url).pathname;
const run = (...args: string[]) => {
  const r = spawnSync(process.execPath, ['--conditions=source', '--import', 'tsx', 'packages/cli/src/cli.ts', ...args], { cwd: root, encoding: 'utf8' });
  return { code: r.status, out: r.stdout, err: r.stderr };
};
const consentText = readFileSync(join(root, 'forms/consent.json'), 'utf8');
type Definition = { version: string; title: string; sections: { id: string; items: Record<string, unknown>[] }[] };
const consent = (): Definition => JSON.parse(consentText) as Definition;

/** A project folder with forms/consent.json as in the repository ($schema relative to it), and its meta-schema where that points. */
function project(): { dir: string; forms: string; file: string; versions: string } {
  const dir = mkdtempSync(join(tmpdir(), 'caf-publish-'));
  const forms = join(dir, 'forms');
  mkdirSync(forms);
  const file = join(forms, 'consent.json');
  writeFileSync(file, consentText);
  return { dir, forms, file, versions: join(forms, 'versions') };
}

const at = (iso: string) => () => new Date(iso);

/** The repository's example form's version (these tests copy the form into a scratch folder). */
const exampleVersion = (): string => (JSON.parse(readFileSync(join(root, 'forms/example.json'), 'utf8')) as { version: string }).version;

describe('caf-forms publish', () => {
  it('keeps the definition byte for byte (its $schema pointed from the versions folder) and records it in index.json with its time', () => {
    const p = project();
    const r = run('publish', p.file);
    assert.equal(r.code, 0, r.err);
    assert.match(r.out, /^consent 1\.0\.0: published as .*forms\/versions\/consent@1\.0\.0\.json\n$/);
    const copy = readFileSync(join(p.versions, 'consent@1.0.0.json'), 'utf8');
    assert.equal(
      copy,
      consentText.replace('"$schema": "../packages/core/schema/definition.schema.json"', '"$schema": "../../packages/core/schema/definition.schema.json"'),
    );
    const [entry, ...rest] = readIndex(p.versions);
    assert.equal(rest.length, 0);
    assert.equal(entry!.id, 'consent');
    assert.equal(entry!.version, '1.0.0');
    assert.ok(Math.abs(Date.parse(entry!.publishedAt) - Date.now()) < 10 * 60_000, 'published just now');
    // one line per version, so a publication is one added line in a diff
    const index = readFileSync(join(p.versions, 'index.json'), 'utf8');
    assert.match(index, /\n {4}\{ "id": "consent", "version": "1\.0\.0", "publishedAt": "[^"]+", "sha256": "[0-9a-f]{64}" \}\n/);
  });

  it('publishing the same version again unchanged does nothing (exit 0), whatever the layout; changed, it is refused with the version it needs', () => {
    const p = project();
    publishForms([p.file], { versionsDir: p.versions, now: at('2026-10-01T09:00:00Z') });
    const indexBefore = readFileSync(join(p.versions, 'index.json'), 'utf8');
    writeFileSync(p.file, JSON.stringify(consent())); // the same content on one line
    const again = run('publish', p.file);
    assert.equal(again.code, 0, again.err);
    assert.equal(again.out, 'consent 1.0.0: already published on 2026-10-01, unchanged\n');
    assert.equal(readFileSync(join(p.versions, 'index.json'), 'utf8'), indexBefore);

    const changed = consent();
    changed.sections[1]!.items.push({ type: 'tel', id: 'contactPhone', label: 'Contact telephone number', required: true });
    writeFileSync(p.file, JSON.stringify(changed, null, 2));
    const refused = run('publish', p.file);
    assert.equal(refused.code, 1);
    assert.match(
      refused.err,
      /consent 1\.0\.0 was published on 2026-10-01 with other content, and a published version never changes\. Publish it as 2\.0\.0 \(breaking for submissions made with 1\.0\.0\)/,
    );
    assert.equal(readFileSync(join(p.versions, 'index.json'), 'utf8'), indexBefore, 'nothing written');
    assert.equal(readFileSync(join(p.versions, 'consent@1.0.0.json'), 'utf8'), consentText.replace('"../packages', '"../../packages'));

    const reworded = consent();
    reworded.title = 'Consent to sharing information';
    writeFileSync(p.file, JSON.stringify(reworded, null, 2));
    assert.match(run('publish', p.file).err, /Publish it as 1\.0\.1: /, 'a change of wording needs a patch');
  });

  it('refuses a version lower than the latest published, and publishes nothing of a run with a refusal', () => {
    const p = project();
    const v110 = { ...consent(), version: '1.1.0' };
    writeFileSync(p.file, JSON.stringify(v110, null, 2));
    publishForms([p.file], { versionsDir: p.versions, now: at('2026-10-01T09:00:00Z') });
    const other = join(p.forms, 'older.json');
    writeFileSync(other, JSON.stringify({ ...consent(), version: '1.0.5' }, null, 2));
    const example = join(p.forms, 'example.json');
    writeFileSync(example, readFileSync(join(root, 'forms/example.json'), 'utf8'));
    const r = run('publish', example, other);
    assert.equal(r.code, 1);
    assert.match(
      r.err,
      /^caf-forms: nothing published:\n.*older\.json: consent 1\.0\.5 is lower than 1\.1\.0, the latest published version; a new version must come after it\./,
    );
    assert.deepEqual(
      readIndex(p.versions).map((e) => `${e.id}@${e.version}`),
      ['consent@1.1.0'],
    );
    assert.equal(existsSync(join(p.versions, `example@${exampleVersion()}.json`)), false);
    // a prerelease of the published version comes before it too
    writeFileSync(other, JSON.stringify({ ...consent(), version: '1.1.0-rc.1' }, null, 2));
    assert.equal(run('publish', other).code, 1);
    // two files of one new version that differ: neither is published
    writeFileSync(other, JSON.stringify({ ...consent(), version: '1.2.0' }, null, 2));
    writeFileSync(example, JSON.stringify({ ...consent(), version: '1.2.0', title: 'Another title' }, null, 2));
    assert.throws(
      () => publishForms([other, example], { versionsDir: p.versions }),
      /example\.json: consent 1\.2\.0 is also given as .*older\.json, with other content/,
    );
    assert.deepEqual(
      readIndex(p.versions).map((e) => `${e.id}@${e.version}`),
      ['consent@1.1.0'],
    );
  });

  it('refuses a definition with problems, saying them, like check', () => {
    const p = project();
    writeFileSync(p.file, JSON.stringify({ ...consent(), version: 'one' }));
    const r = run('publish', p.file);
    assert.equal(r.code, 1);
    assert.match(r.err, /consent\.json: \/version: version 'one' must be a semantic version/);
    assert.equal(existsSync(p.versions), false);
  });
});

describe('caf-forms build, with published versions', () => {
  it('compiles every published version into <out>/versions beside the current forms, whose output is where it was', async () => {
    const p = project();
    publishForms([p.file], { versionsDir: p.versions, now: at('2026-10-01T09:00:00Z') });
    const next = consent();
    next.version = '1.1.0';
    next.sections[1]!.items.push({ type: 'tel', id: 'contactPhone', label: 'Contact telephone number' });
    writeFileSync(p.file, JSON.stringify(next, null, 2));
    publishForms([p.file], { versionsDir: p.versions, now: at('2026-11-20T12:00:00Z') });
    const out = join(p.dir, 'dist');
    const r = run('build', p.forms, '--out', out);
    assert.equal(r.code, 0, r.err);
    assert.equal(r.err, '');
    assert.match(r.out, /consent@1\.0\.0: compiled\n {2}consent@1\.1\.0: the current form, copied\n/);
    for (const ext of ['json', 'schema.json', 'validate.js', 'd.ts']) {
      assert.ok(existsSync(join(out, `consent.${ext}`)), `consent.${ext}`);
      for (const v of ['1.0.0', '1.1.0']) assert.ok(existsSync(join(out, 'versions', `consent@${v}.${ext}`)), `versions/consent@${v}.${ext}`);
    }
    // each version's validator is its own: 1.0.0's knows nothing of the new question
    assert.doesNotMatch(readFileSync(join(out, 'versions/consent@1.0.0.validate.js'), 'utf8'), /contactPhone/);
    assert.match(readFileSync(join(out, 'versions/consent@1.1.0.validate.js'), 'utf8'), /contactPhone/);
    assert.equal((JSON.parse(readFileSync(join(out, 'versions/consent@1.0.0.json'), 'utf8')) as Definition).version, '1.0.0');
    assert.deepEqual(
      readIndex(join(out, 'versions')).map((e) => [e.version, e.publishedAt]),
      [
        ['1.0.0', '2026-10-01T09:00:00.000Z'],
        ['1.1.0', '2026-11-20T12:00:00.000Z'],
      ],
    );
  });

  it('stops when a published file was changed after it was published', () => {
    const p = project();
    publishForms([p.file], { versionsDir: p.versions, now: at('2026-10-01T09:00:00Z') });
    const published = join(p.versions, 'consent@1.0.0.json');
    const edited = JSON.parse(readFileSync(published, 'utf8')) as Definition;
    edited.title = 'Edited afterwards';
    writeFileSync(published, JSON.stringify(edited, null, 2));
    const r = run('build', p.forms, '--out', join(p.dir, 'dist'));
    assert.equal(r.code, 1);
    assert.match(
      r.err,
      /consent@1\.0\.0\.json: changed after it was published .* restore the file \(e\.g\. git checkout\) and publish the change under a new version/,
    );
  });

  it('warns when the current form differs from the published version of the same number, and says which forms are not published yet', async () => {
    const p = project();
    publishForms([p.file], { versionsDir: p.versions, now: at('2026-10-01T09:00:00Z') });
    const changed = consent();
    changed.title = 'Changed without a new version';
    writeFileSync(p.file, JSON.stringify(changed, null, 2));
    writeFileSync(join(p.forms, 'example.json'), readFileSync(join(root, 'forms/example.json'), 'utf8'));
    const out = join(p.dir, 'dist');
    const built = await buildForms([p.forms], out);
    const { lines, warnings } = await buildPublishedVersions(p.versions, out, built);
    assert.equal(warnings.length, 1);
    assert.match(warnings[0]!, /^consent 1\.0\.0: the definition in the forms folder differs from the version published on 2026-10-01/);
    assert.ok(lines.includes(`  example ${exampleVersion()}: not published yet (caf-forms publish, before it goes live)`), lines.join('\n'));
    assert.equal(
      (JSON.parse(readFileSync(join(out, 'versions/consent@1.0.0.json'), 'utf8')) as Definition).title,
      consent().title,
      'the published one is built as published',
    );
    assert.deepEqual(
      readdirSync(join(out, 'versions')).filter((n) => n.startsWith('example')),
      [],
    );
  });

  it("the repository's own forms are all published, in forms/versions", () => {
    const published = new Set(readIndex(join(root, 'forms/versions')).map((e) => `${e.id}@${e.version}`));
    for (const name of readdirSync(join(root, 'forms')).filter((n) => n.endsWith('.json'))) {
      const { id, version } = JSON.parse(readFileSync(join(root, 'forms', name), 'utf8')) as { id: string; version: string };
      assert.ok(published.has(`${id}@${version}`), `${id} ${version} is published`);
    }
  });
});

describe('compareVersions', () => {
  it('orders versions as semantic versioning does, prereleases before their release', () => {
    const ordered = [
      '0.9.9',
      '1.0.0-alpha',
      '1.0.0-alpha.1',
      '1.0.0-alpha.beta',
      '1.0.0-beta.2',
      '1.0.0-beta.11',
      '1.0.0-rc.1',
      '1.0.0',
      '1.0.1',
      '1.2.0',
      '1.10.0',
      '2.0.0',
    ];
    const shuffled = [...ordered].reverse();
    assert.deepEqual(shuffled.sort(compareVersions), ordered);
    assert.equal(compareVersions('1.0.0', '1.0.0'), 0);
  });
});
