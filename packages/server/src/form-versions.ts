// Versions in the field. A family may open the consent form on Monday and send it on Friday;
// a practitioner may leave a CAF open in a tab for a week, or have it waiting in the outbox
// while offline. If version 1.1.0 was published meanwhile, their submission names 1.0.0, and it
// is checked against 1.0.0's own compiled validator, which `caf-forms build` keeps in
// <build>/versions/ with when each version was published (versions/index.json).
//
// An older version is accepted until a window has passed since the next version was published
// (acceptedUntil = publishedAt of the next version + window; 30 days by default, per form if
// wanted). The versions in a build folder itself are always accepted; so is a published version
// that nothing newer has replaced. After the window, a submission of that version is refused
// with 409 and a message saying why and what to do, which <caf-form> shows while it keeps the
// answers in the form.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { compareVersions } from '@caf-forms/core';
import { loadCompiled } from './compiled-form.js';
import type { FormRegistry, LoadedForm } from './forms.js';
import { clip } from './limits.js';

/** One line of versions/index.json: a version of a form and when it was published. */
export interface PublishedVersion {
  id: string;
  version: string;
  publishedAt: string;
}

/** How long an older version is still accepted after the next one is published, in ms, per form id. */
export type VersionWindow = (formId: string) => number;

/** A duration ('30d', '12h', '90m', or '0'), or one per form id with '*' for the rest: { "consent": "7d", "*": "30d" }. */
export type VersionWindowSetting = string | Readonly<Record<string, string>>;

/**
 * 30 days. Long enough for what keeps an older version in use: a tab left open over a
 * holiday fortnight, an outbox entry kept on the device for its 7 days (`outbox-ttl`), a
 * review form filled in across a month of meetings. Short enough that a council's change of
 * wording (a new privacy notice, say) stops being answered in the old words within a month.
 * A change the council must not accept in the old form at all (consent that now means
 * something else) is published with a window of 0 for that form.
 */
export const DEFAULT_VERSION_WINDOW = '30d';

const UNIT_MS: Record<string, number> = { d: 86_400_000, h: 3_600_000, m: 60_000 };

export function parseDuration(text: string, name = 'the version window'): number {
  const match = /^\s*(\d+)\s*([dhm])?\s*$/.exec(text);
  if (!match || (match[2] === undefined && match[1] !== '0')) throw new Error(`${name} must be a duration such as 30d, 12h or 90m (or 0), not "${clip(text)}"`);
  return Number(match[1]) * (match[2] ? UNIT_MS[match[2]]! : 0);
}

/** A setting (the receiver's option, or CAF_VERSION_WINDOW: a duration or JSON) as a window per form. */
export function parseVersionWindow(setting: VersionWindowSetting | undefined): VersionWindow {
  let value: unknown = setting ?? DEFAULT_VERSION_WINDOW;
  if (typeof value === 'string' && value.trim().startsWith('{')) {
    try {
      value = JSON.parse(value) as unknown;
    } catch {
      throw new Error('the version window is not valid JSON');
    }
  }
  if (typeof value === 'string') {
    const ms = parseDuration(value);
    return () => ms;
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    throw new Error('the version window must be a duration or { "<formId or *>": duration }');
  const byForm = new Map(Object.entries(value).map(([form, duration]) => [form, parseDuration(String(duration), `the version window for "${form}"`)]));
  const fallback = byForm.get('*') ?? parseDuration(DEFAULT_VERSION_WINDOW);
  return (formId) => byForm.get(formId) ?? fallback;
}

/**
 * The published versions in `<dir>/versions/` (none if the build has no such folder), with
 * the compiled form of those `wanted` (the others are already loaded from the build itself).
 */
export async function loadPublishedVersions(
  dir: string,
  wanted: (id: string, version: string) => boolean,
): Promise<{ publications: PublishedVersion[]; forms: LoadedForm[] }> {
  const versionsDir = join(dir, 'versions');
  const indexFile = join(versionsDir, 'index.json');
  if (!existsSync(indexFile)) return { publications: [], forms: [] };
  const publications = readPublications(indexFile);
  const forms: LoadedForm[] = [];
  for (const publication of publications) {
    if (!wanted(publication.id, publication.version)) continue;
    const form = await loadCompiled(versionsDir, `${publication.id}@${publication.version}`, publication.id);
    if (form.definition.version !== publication.version)
      throw new Error(`${versionsDir}: ${publication.id}@${publication.version}.json is version ${form.definition.version}; rebuild with caf-forms build`);
    forms.push({ ...form, publishedAt: publication.publishedAt });
  }
  return { publications, forms };
}

function readPublications(file: string): PublishedVersion[] {
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(file, 'utf8')) as unknown;
  } catch {
    throw new Error(`${file}: not valid JSON; rebuild with caf-forms build`);
  }
  const versions = (json as { versions?: unknown } | null)?.versions;
  if (!Array.isArray(versions)) throw new Error(`${file}: has no "versions" list; rebuild with caf-forms build`);
  return versions.map((entry: unknown, i) => {
    const { id, version, publishedAt } = (entry ?? {}) as Record<string, unknown>;
    if (typeof id !== 'string' || typeof version !== 'string' || typeof publishedAt !== 'string' || Number.isNaN(Date.parse(publishedAt))) {
      throw new Error(`${file}: /versions/${i} needs id, version and publishedAt (a date-time)`);
    }
    return { id, version, publishedAt };
  });
}

export type Acceptance = { accepted: true; acceptedUntil?: Date } | { accepted: false; acceptedUntil: Date; replacedBy: LoadedForm };

/** Whether `form` (a loaded version) is accepted at `now`, and until when. */
export function acceptanceOf(forms: FormRegistry, form: LoadedForm, now: Date, window: VersionWindow): Acceptance {
  if (!form.archived) return { accepted: true };
  const { id, version } = form.definition;
  // The version that replaced this one: the first published after it, in version order.
  const next = forms
    .all()
    .filter((f) => f.definition.id === id && f.publishedAt !== undefined && compareVersions(f.definition.version, version) > 0)
    .sort((a, b) => compareVersions(a.definition.version, b.definition.version))[0];
  if (!next) return { accepted: true };
  const acceptedUntil = new Date(Date.parse(next.publishedAt!) + window(id));
  return now < acceptedUntil ? { accepted: true, acceptedUntil } : { accepted: false, acceptedUntil, replacedBy: next };
}

/** A 409's reply: what <caf-form> shows (message) and what a host's code can read. */
export interface VersionRefusal {
  status: 409;
  body: { message: string; errors: []; formId: string; formVersion: string; acceptedVersions: string[]; acceptedUntil?: string; replacedBy?: string };
}

/**
 * The receiver's check of the version a submission names, before it is validated: undefined
 * when the version is accepted now (or the body names no known form: validation says so);
 * else a 409 with a message for the person who filled it in. Their answers are never read.
 */
export function versionRefusal(forms: FormRegistry, body: unknown, now: Date, window: VersionWindow): VersionRefusal | undefined {
  const { formId, formVersion } = (typeof body === 'object' && body !== null ? body : {}) as Record<string, unknown>;
  if (typeof formId !== 'string' || typeof formVersion !== 'string' || forms.versions(formId).length === 0) return undefined;
  // Worked out only for a refusal: an accepted submission costs one look-up.
  const acceptedVersions = (): string[] =>
    forms
      .all()
      .filter((f) => f.definition.id === formId && acceptanceOf(forms, f, now, window).accepted)
      .map((f) => f.definition.version);
  const form = forms.get(formId, formVersion);
  if (!form) {
    const accepted = acceptedVersions();
    const message = `This server accepts version ${accepted.join(' or ')} of the form "${formId}", not version ${clip(formVersion)}. Reload the page to get the current form.`;
    return { status: 409, body: { message, errors: [], formId, formVersion: clip(formVersion), acceptedVersions: accepted } };
  }
  const acceptance = acceptanceOf(forms, form, now, window);
  if (acceptance.accepted) return undefined;
  const { acceptedUntil, replacedBy } = acceptance;
  // <caf-form> shows it after "Your answers could not be sent:"; it is written for the family.
  const message =
    `This form was updated on ${day(new Date(replacedBy.publishedAt!))}, and the version you filled in (${formVersion}) could only be sent until ${day(acceptedUntil)}. ` +
    'Your answers are still here: keep a note of them, then reload the page to fill in the current version of the form.';
  return {
    status: 409,
    body: {
      message,
      errors: [],
      formId,
      formVersion,
      acceptedVersions: acceptedVersions(),
      acceptedUntil: acceptedUntil.toISOString(),
      replacedBy: replacedBy.definition.version,
    },
  };
}

/** "2 December 2026", as the people filling forms in for English councils read dates. */
const day = (date: Date): string =>
  new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'Europe/London' }).format(date);
