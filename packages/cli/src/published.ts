// The published versions of the forms, as `caf-forms publish` keeps them (forms/versions/ by
// default): one file per version, `<id>@<version>.json`, a copy of the definition as it was
// published; and `index.json`, one line per version with when it was published and a hash of
// its content. The index is the record reviewers read in a diff ("consent 1.1.0 was published
// on …"), and what a receiver reads to know when a newer version replaced an older one.
import { createHash } from 'node:crypto';
import { existsSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { compareVersions } from '@caf-forms/core';
import { CliError, readJson } from './files.js';

export interface Publication {
  id: string;
  version: string;
  /** When `caf-forms publish` first wrote this version (ISO 8601, UTC). */
  publishedAt: string;
  /** sha256 of the definition's content (contentHash): a published version never changes. */
  sha256: string;
}

export const INDEX_FILE = 'index.json';
export const DEFAULT_VERSIONS_DIR = 'forms/versions';

const INDEX_NOTE =
  'Every published version of each form, written by caf-forms publish. A published version never changes: publish a changed form under a new version.';

export const versionFileName = (id: string, version: string): string => `${id}@${version}.json`;

/**
 * sha256 of what a definition says, whatever its layout: keys sorted, and without `$schema`
 * (which only tells editors where the meta-schema is, and differs between forms/ and
 * forms/versions/). Two files with the same hash define the same form.
 */
export function contentHash(definition: unknown): string {
  const rest = isRecord(definition) ? Object.fromEntries(Object.entries(definition).filter(([key]) => key !== '$schema')) : definition;
  return createHash('sha256').update(canonical(rest)).digest('hex');
}

function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (isRecord(value))
    return `{${Object.keys(value)
      .sort()
      .map((key) => `${JSON.stringify(key)}:${canonical(value[key])}`)
      .join(',')}}`;
  return JSON.stringify(value);
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The index in `dir`, in id then version order; empty when nothing was published there yet. */
export function readIndex(dir: string): Publication[] {
  const file = join(dir, INDEX_FILE);
  if (!existsSync(file)) return [];
  const json = readJson(file);
  const versions = isRecord(json) ? json.versions : undefined;
  if (!Array.isArray(versions)) throw new CliError(`${file}: not an index of published versions (no "versions" list)`);
  return versions
    .map((entry: unknown, i) => {
      const e = isRecord(entry) ? entry : {};
      const ok =
        typeof e.id === 'string' &&
        typeof e.version === 'string' &&
        typeof e.publishedAt === 'string' &&
        !Number.isNaN(Date.parse(e.publishedAt)) &&
        typeof e.sha256 === 'string';
      if (!ok) throw new CliError(`${file}: /versions/${i}: needs id, version, publishedAt (a date-time) and sha256`);
      return { id: e.id, version: e.version, publishedAt: e.publishedAt, sha256: e.sha256 } as Publication;
    })
    .sort(byIdThenVersion);
}

/**
 * Writes the index with one version per line, so that a diff of a publication is one added
 * line, and two branches publishing different forms merge without a conflict more often.
 */
export function writeIndex(dir: string, publications: readonly Publication[]): void {
  const line = (p: Publication): string =>
    `    { "id": ${JSON.stringify(p.id)}, "version": ${JSON.stringify(p.version)}, "publishedAt": ${JSON.stringify(p.publishedAt)}, "sha256": ${JSON.stringify(p.sha256)} }`;
  const lines = [...publications].sort(byIdThenVersion).map(line);
  writeFileSync(join(dir, INDEX_FILE), `{\n  "note": ${JSON.stringify(INDEX_NOTE)},\n  "versions": [\n${lines.join(',\n')}\n  ]\n}\n`);
}

export const byIdThenVersion = (a: { id: string; version: string }, b: { id: string; version: string }): number =>
  a.id < b.id ? -1 : a.id > b.id ? 1 : compareVersions(a.version, b.version);

/** The date part of a publication time, for messages. */
export const dayOf = (iso: string): string => iso.slice(0, 10);

/** The published file's definition, checked against the index's hash. */
export function readPublished(dir: string, publication: Publication): unknown {
  const file = join(dir, versionFileName(publication.id, publication.version));
  if (!existsSync(file))
    throw new CliError(
      `${file}: missing, though ${join(dir, INDEX_FILE)} lists ${publication.id} ${publication.version} as published; restore it (e.g. git checkout ${file})`,
    );
  const json = readJson(file);
  if (contentHash(json) !== publication.sha256) {
    throw new CliError(
      `${file}: changed after it was published (its content no longer matches the sha256 in ${join(dir, INDEX_FILE)}). ` +
        'A published version never changes: restore the file (e.g. git checkout) and publish the change under a new version.',
    );
  }
  return json;
}

export function versionsDirFor(paths: readonly string[], given: string | undefined, mustExist: boolean): string | undefined {
  if (given !== undefined) return given;
  const first = paths[0] ?? 'forms';
  const base = existsSync(first) && statSync(first).isDirectory() ? first : dirname(first);
  const dir = join(base, 'versions');
  return !mustExist || existsSync(join(dir, INDEX_FILE)) ? dir : undefined;
}
