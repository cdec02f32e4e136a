// Packs every workspace package as npm would publish it (`npm pack`), from its built dist/.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export const root = new URL('../../../', import.meta.url).pathname;
export const PACKAGES = ['core', 'elements', 'react', 'cli', 'server'] as const;
export type PackageDir = (typeof PACKAGES)[number];

export interface Packed {
  dir: PackageDir;
  name: string;
  tarball: string;
}

/** npm's output on this machine carries a warning about its own config; keep only real lines. */
export const npmEnv = { ...process.env, npm_config_update_notifier: 'false', npm_config_loglevel: 'error' };

export function packAll(destination: string): Packed[] {
  return PACKAGES.map((dir) => {
    const cwd = join(root, 'packages', dir);
    const { name } = JSON.parse(readFileSync(join(cwd, 'package.json'), 'utf8')) as { name: string };
    // --json names the file written; --ignore-scripts: the packages are already built.
    const out = execFileSync('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', destination], { cwd, env: npmEnv, encoding: 'utf8' });
    const [{ filename }] = JSON.parse(out) as [{ filename: string }];
    return { dir, name, tarball: join(destination, filename) };
  });
}
