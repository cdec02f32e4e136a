// caf-forms publish: keeps the version of a form that is about to go live, for good. Families
// and practitioners may have a page of the previous version open for days (or a submission
// queued in their outbox), and a receiver can only check such a submission against the
// definition it was filled in with. So each published version is copied to
// `<versions>/<id>@<version>.json` and recorded in `<versions>/index.json` with the time it was
// published (a receiver keeps accepting the version before it for a window from that time).
//
// A published version never changes: publishing the same version again with the same content
// does nothing (exit 0), with other content is refused with the version it needs
// (diffDefinitions says whether the change is breaking); and a version lower than the latest
// published is refused, since the order of versions is what tells a receiver which one
// replaced which. Nothing is written unless every form given can be published.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve } from 'node:path';
import { type FormDefinition, bumpVersion, checkDefinition, compareVersions, diffDefinitions } from '@caf-forms/core';
import { CliError, definitionFiles, readJson } from './files.js';
import { type Publication, contentHash, dayOf, readIndex, readPublished, versionFileName, writeIndex } from './published.js';

export interface PublishOptions {
  /** Where published versions are kept (default forms/versions). */
  versionsDir: string;
  /** The clock, for publishedAt (tests pass a fixed one). */
  now?: () => Date;
}

export interface PublishOutcome {
  /** One line per form: what was published, or that it already was. */
  lines: string[];
  published: Publication[];
}

export function publishForms(paths: readonly string[], options: PublishOptions): PublishOutcome {
  const dir = options.versionsDir;
  // One time for the run: the versions published together were published together.
  const publishedAt = (options.now ?? (() => new Date()))().toISOString();
  const index = readIndex(dir);
  const problems: string[] = [];
  const lines: string[] = [];
  const toWrite: { source: string; file: string; text: string; publication: Publication }[] = [];

  for (const file of definitionFiles(paths)) {
    const text = readFileSync(file, 'utf8');
    const json = readJson(file);
    const checked = checkDefinition(json);
    if (!checked.ok) {
      problems.push(...checked.problems.map((p) => `${file}: ${p.path || '/'}: ${p.message}`));
      continue;
    }
    const { definition } = checked;
    const { id, version } = definition;
    const sha256 = contentHash(json);
    const published = [...index, ...toWrite.map((w) => w.publication)].filter((p) => p.id === id);
    const same = published.find((p) => p.version === version);
    const pending = toWrite.find((w) => w.publication === same);
    if (pending && same!.sha256 !== sha256) {
      problems.push(`${file}: ${id} ${version} is also given as ${pending.source}, with other content`);
      continue;
    }
    if (same) {
      if (same.sha256 === sha256) lines.push(`${id} ${version}: already published on ${dayOf(same.publishedAt)}, unchanged`);
      else
        problems.push(
          `${file}: ${id} ${version} was published on ${dayOf(same.publishedAt)} with other content, and a published version never changes. ${nextVersionAdvice(dir, published, index, definition)}`,
        );
      continue;
    }
    const latest = published.at(-1);
    if (latest && compareVersions(version, latest.version) < 0) {
      problems.push(
        `${file}: ${id} ${version} is lower than ${latest.version}, the latest published version; a new version must come after it. ${nextVersionAdvice(dir, published, index, definition)}`,
      );
      continue;
    }
    const target = join(dir, versionFileName(id, version));
    // A file without an index line: left by an interrupted publish, or copied by hand.
    if (existsSync(target) && contentHash(readJson(target)) !== sha256) {
      problems.push(`${target}: exists with other content but is not in ${join(dir, 'index.json')}; remove it or publish under another version`);
      continue;
    }
    const publication: Publication = { id, version, publishedAt, sha256 };
    toWrite.push({ source: file, file: target, text: copyText(text, definition, file, dir), publication });
    lines.push(`${id} ${version}: published as ${target}`);
  }
  if (problems.length) throw new CliError(`nothing published:\n${problems.join('\n')}`);
  if (toWrite.length) {
    mkdirSync(dir, { recursive: true });
    // The version files first, then the index: an interrupted run leaves at most a file the
    // next run recognises (same content) rather than an index line without its file.
    for (const { file, text } of toWrite) writeFileSync(file, text);
    writeIndex(dir, [...index, ...toWrite.map((w) => w.publication)]);
  }
  return { lines, published: toWrite.map((w) => w.publication) };
}

/** "Publish it as 2.0.0: …", from what changed since the latest published version. */
function nextVersionAdvice(dir: string, published: readonly Publication[], onDisk: readonly Publication[], definition: FormDefinition): string {
  const latest = published.at(-1);
  if (!latest) return '';
  // Two files given in one run for the same form: the other is not written yet, so not diffed.
  if (!onDisk.includes(latest)) return `Give it a version after ${latest.version}.`;
  const checked = checkDefinition(readPublished(dir, latest));
  if (!checked.ok) return `Give it a version after ${latest.version}.`;
  const diff = diffDefinitions(checked.definition, definition);
  // A change diffDefinitions does not classify (notes, say) still needs a new version: a patch.
  const bump = diff.bump === 'none' ? 'patch' : diff.bump;
  const why = diff.changes
    .slice(0, 3)
    .map((c) => c.message)
    .join(' ');
  return `Publish it as ${bumpVersion(latest.version, bump)}${diff.breaking ? ' (breaking for submissions made with ' + latest.version + ')' : ''}${why ? `: ${why}` : '.'}`;
}

/**
 * The file as written in forms/, byte for byte (hand-made layout included, so that
 * `diff forms/x.json forms/versions/x@1.0.0.json` shows nothing), except a relative `$schema`,
 * which is pointed at the same meta-schema from the versions folder.
 */
function copyText(text: string, definition: FormDefinition & { $schema?: unknown }, file: string, dir: string): string {
  const schema = definition.$schema;
  if (typeof schema !== 'string' || isAbsolute(schema) || /^[a-z][a-z0-9+.-]*:/i.test(schema)) return text;
  const moved = relative(resolve(dir), resolve(dirname(file), schema))
    .split('\\')
    .join('/');
  return text.replace(`"$schema": ${JSON.stringify(schema)}`, `"$schema": ${JSON.stringify(moved)}`);
}
