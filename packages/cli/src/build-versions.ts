// caf-forms build, for the published versions: each version in forms/versions/ is compiled as
// the current forms are, into <out>/versions/<id>@<version>.{json,schema.json,validate.js,d.ts},
// with <out>/versions/index.json (when each was published), which is what a receiver reads to
// accept a submission of an older version for a while after a newer one is published. The
// current forms' own output (<out>/<id>.*) is unchanged.
import { copyFileSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { type BuiltForm, buildForms } from './build.js';
import { readJson } from './files.js';
import { contentHash, readIndex, readPublished, versionFileName, writeIndex } from './published.js';

export interface VersionsBuild {
  /** What was built, for the command's output. */
  lines: string[];
  /** Current forms that differ from the published version of the same number. */
  warnings: string[];
}

/**
 * Where a command's published versions are: the folder given with --versions, else
 * `versions/` beside the definitions (forms/versions for `forms` or `forms/consent.json`).
 * For build, only when that folder has an index (a project that never published builds as before).
 */
export async function buildPublishedVersions(versionsDir: string, outDir: string, current: readonly BuiltForm[]): Promise<VersionsBuild> {
  const publications = readIndex(versionsDir);
  const out = join(outDir, 'versions');
  // Rebuilt whole each time: a version is only ever in the output if it is in the index.
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  const currentById = new Map(
    current.map((form) => {
      const definitionFile = join(outDir, `${form.id}.json`);
      const json = readJson(definitionFile) as { version?: unknown };
      return [form.id, { form, version: json.version, sha256: contentHash(json) }];
    }),
  );
  const lines: string[] = [];
  const warnings: string[] = [];
  for (const publication of publications) {
    readPublished(versionsDir, publication); // refuses a file changed after it was published
    const { id, version } = publication;
    const same = currentById.get(id);
    if (same && same.version === version && same.sha256 === publication.sha256) {
      // The current form is this version: its compiled files are this version's, as they are.
      copyRenamed(same.form.files, id, version, out);
      lines.push(`  ${id}@${version}: the current form, copied`);
      continue;
    }
    if (same && same.version === version) {
      warnings.push(
        `${id} ${version}: the definition in the forms folder differs from the version published on ${publication.publishedAt.slice(0, 10)}; ` +
          "a receiver checks a submission of this version against the forms folder's. Publish the change under a new version (caf-forms publish).",
      );
    }
    const tmp = mkdtempSync(join(tmpdir(), 'caf-forms-version-'));
    try {
      const [built] = await buildForms([join(versionsDir, versionFileName(id, version))], tmp);
      copyRenamed(built!.files, id, version, out);
    } finally {
      rmSync(tmp, { recursive: true, force: true });
    }
    lines.push(`  ${id}@${version}: compiled`);
  }
  for (const { form, version } of currentById.values()) {
    if (!publications.some((p) => p.id === form.id && p.version === version))
      lines.push(`  ${form.id} ${String(version)}: not published yet (caf-forms publish, before it goes live)`);
  }
  writeIndex(out, publications);
  return { lines: [`published versions from ${versionsDir} into ${out}:`, ...lines], warnings };
}

/** <dir>/<id>.<ext> → <out>/<id>@<version>.<ext>, for every file a form's build wrote (whatever kinds it writes). */
function copyRenamed(files: readonly string[], id: string, version: string, out: string): void {
  for (const file of files) {
    const name = basename(file);
    if (!name.startsWith(`${id}.`)) continue;
    const target = join(out, `${versionFileName(id, version).slice(0, -'.json'.length)}${name.slice(id.length)}`);
    copyFileSync(file, target);
  }
}
