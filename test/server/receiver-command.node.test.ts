// The receiver as a command (`caf-forms-receiver`, here run from source): --help, --version,
// and start-up failures as one readable line naming the fix, never a stack trace.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';

const root = new URL('../../', import.meta.url).pathname;
const tmp = mkdtempSync(join(tmpdir(), 'caf-receiver-cmd-'));
after(() => rmSync(tmp, { recursive: true, force: true }));

function receiver(args: string[], env: Record<string, string> = {}) {
  const r = spawnSync(process.execPath, ['--conditions=source', '--import', 'tsx', 'packages/server/src/main.ts', ...args], {
    cwd: root,
    encoding: 'utf8',
    timeout: 60_000,
    env: { PATH: process.env.PATH, HOME: process.env.HOME, CAF_DATA_DIR: join(tmp, 'data'), HOST: '127.0.0.1', PORT: '0', ...env },
  });
  return { code: r.status, out: r.stdout, err: r.stderr };
}
const noStack = (text: string) => assert.doesNotMatch(text, /^\s+at .*:\d+:\d+\)?$/m, 'no stack trace');

describe('caf-forms-receiver', () => {
  it('--help names the environment it reads and exits 0', () => {
    const r = receiver(['--help']);
    assert.equal(r.code, 0, r.err);
    assert.match(r.out, /^usage: caf-forms-receiver/);
    for (const name of ['CAF_FORMS_DIR', 'DATABASE_URL', 'PORT', 'CAF_OIDC_ISSUER']) assert.match(r.out, new RegExp(name));
  });

  it('--version prints the package version', () => {
    const r = receiver(['--version']);
    assert.equal(r.code, 0, r.err);
    const { version } = JSON.parse(readFileSync(join(root, 'packages/server/package.json'), 'utf8')) as { version: string };
    assert.equal(r.out, `${version}\n`);
  });

  it('refuses an unknown option with usage, exit 2', () => {
    const r = receiver(['--port', '9']);
    assert.equal(r.code, 2);
    assert.match(r.err, /^caf-forms-receiver: Unknown option '--port'.*\nusage:/);
  });

  it('a missing forms folder is one line naming the folder and the build command', () => {
    const r = receiver([], { CAF_FORMS_DIR: 'nope' });
    assert.equal(r.code, 1);
    assert.equal(
      r.err,
      "caf-forms-receiver: no folder 'nope' of compiled forms (CAF_FORMS_DIR): build them with `npx caf-forms build forms --out nope`, or set CAF_FORMS_DIR to the folder you built them into\n",
    );
    noStack(r.err);
  });

  it('an empty forms folder says to run npx caf-forms build, not an npm script of this repository', () => {
    const empty = mkdtempSync(join(tmp, 'empty-'));
    const r = receiver([], { CAF_FORMS_DIR: empty });
    assert.equal(r.code, 1);
    assert.match(r.err, /^caf-forms-receiver: no compiled forms in '.*empty-\w+' \(CAF_FORMS_DIR\): build them with `npx caf-forms build forms --out .*`/);
    assert.doesNotMatch(r.err, /npm run/);
    assert.equal(r.err.trim().split('\n').length, 1);
  });

  it('a port in use is one line saying to set PORT', async () => {
    const busy = createServer();
    await new Promise<void>((resolve) => busy.listen(0, '127.0.0.1', resolve));
    const { port } = busy.address() as { port: number };
    try {
      // One compiled form is enough for the receiver to get as far as listening.
      const source = join(tmp, 'definitions');
      const forms = join(tmp, 'forms');
      mkdirSync(source);
      copyFileSync(join(root, 'forms/consent.json'), join(source, 'consent.json'));
      const built = spawnSync(process.execPath, ['--conditions=source', '--import', 'tsx', 'packages/cli/src/cli.ts', 'build', source, '--out', forms], {
        cwd: root,
        encoding: 'utf8',
      });
      assert.equal(built.status, 0, built.stderr);
      const r = receiver([], { CAF_FORMS_DIR: forms, PORT: String(port) });
      assert.equal(r.code, 1);
      assert.equal(r.err, `caf-forms-receiver: port ${port} is already in use: stop what is using it, or set PORT to another port\n`);
    } finally {
      busy.close();
    }
  });
});
