// The fixture projects under test/packages/fixtures, copied into one temporary folder and
// installed from the packed tarballs, as a user's project would install them from npm.
// One `npm install` serves all of them (they are the workspaces of a throwaway root), from the
// machine's npm cache where it can (--prefer-offline), with the versions the repository pins.
import { execFileSync } from 'node:child_process';
import { cpSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { type Packed, npmEnv, root } from './pack.js';

export const FIXTURES = ['node-app', 'vite-page', 'react-app'] as const;

export function installFixtures(workDir: string, packed: readonly Packed[]): void {
  for (const fixture of FIXTURES) cpSync(join(root, 'test/packages/fixtures', fixture), join(workDir, fixture), { recursive: true });
  // The fixtures name @caf-forms/* by version, as from the registry; overrides point every
  // occurrence (theirs and the packages' own dependencies on each other) at the tarballs.
  const overrides = Object.fromEntries(packed.map((p) => [p.name, `file:${p.tarball}`]));
  writeFileSync(join(workDir, 'package.json'), JSON.stringify({ private: true, workspaces: [...FIXTURES], overrides }, null, 2));
  execFileSync('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund'], { cwd: workDir, env: npmEnv, stdio: ['ignore', 'pipe', 'pipe'] });
}

/** Runs a command in a fixture; throws with its output when it fails. */
export function run(cwd: string, command: string, args: readonly string[], env: NodeJS.ProcessEnv = npmEnv): string {
  try {
    return execFileSync(command, args, { cwd, env, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  } catch (error) {
    const e = error as { stdout?: string; stderr?: string; message: string };
    throw new Error(`${command} ${args.join(' ')} failed in ${cwd}:\n${e.stdout ?? ''}${e.stderr ?? e.message}`, { cause: error });
  }
}
