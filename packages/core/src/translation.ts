// Translations of a form's content, kept beside the definition (forms/i18n/<id>.<lang>.json),
// never inside it: the English definition stays the one source of truth, and each translated
// text records a fingerprint of the English it was made from, so that a translation made from
// wording that has since changed is found ("stale") instead of being shown as if it were current.
// Answers are the same ids and values in every language: a translation changes words only.
import type { FormDefinition } from './definition.js';
import { definitionTextUnits, type TextUnit } from './texts.js';
import { textHash } from './text-hash.js';

export interface TranslationEntry {
  /** The translated text; empty until someone translates it. */
  text: string;
  /** textHash of the English this text was made from. */
  source: string;
  /**
   * Written by extract when the English has changed since: a marker for whoever reads the file.
   * What makes an entry stale is its fingerprint; this only says so.
   */
  stale?: true;
}

export interface TranslationFile {
  $schema?: string;
  /** The form's id. */
  form: string;
  /** A BCP 47 language tag: 'cy', 'ur'. */
  lang: string;
  /**
   * 'draft' until a person who reads the language (and knows the service) has checked every
   * text; then 'reviewed', with who and when. A build refuses a draft unless told otherwise.
   */
  status: 'draft' | 'reviewed';
  reviewedBy?: string;
  /** ISO date of the review. */
  reviewedOn?: string;
  /** Keyed as definitionTextUnits keys them: ids, option values, row ids, not positions where there are ids. */
  entries: Record<string, TranslationEntry>;
}

export interface TranslationReport {
  /** Texts of the form with no translation (no entry, or an empty one). */
  missing: string[];
  /** Entries made from English that has since changed. */
  stale: string[];
  /** Entries for texts the form no longer has. */
  extra: string[];
  /** Problems with the file itself (wrong form, status without reviewer…). */
  problems: string[];
}

/** The texts a translation covers: every text shown, including those inside messages. */
export function translatableUnits(definition: unknown): TextUnit[] {
  return definitionTextUnits(definition, true);
}

// directionOf lives in direction.ts (the page needs it for every form; translating only some).
export { directionOf } from './direction.js';

/** Missing, stale and extra entries of a translation against the definition as it is now. */
export function checkTranslation(definition: FormDefinition, file: TranslationFile): TranslationReport {
  const report: TranslationReport = { missing: [], stale: [], extra: [], problems: [] };
  if (file.form !== definition.id) report.problems.push(`is for form "${file.form}", not "${definition.id}"`);
  // The file was read from disk (or a host): its status may be anything, whatever its type says.
  // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition
  if (file.status !== 'draft' && file.status !== 'reviewed') report.problems.push(`status must be "draft" or "reviewed", not ${JSON.stringify(file.status)}`);
  if (file.status === 'reviewed' && !(file.reviewedBy && file.reviewedOn))
    report.problems.push('a reviewed translation names who reviewed it (reviewedBy) and when (reviewedOn)');
  const units = translatableUnits(definition);
  const keys = new Set(units.map((u) => u.key));
  // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- as above: a file without entries is reported, not a crash
  const entries = file.entries ?? {};
  for (const unit of units) {
    const entry = entries[unit.key];
    if (!entry || !entry.text) report.missing.push(unit.key);
    else if (entry.source !== textHash(unit.text)) report.stale.push(unit.key);
  }
  for (const key of Object.keys(entries)) if (!keys.has(key)) report.extra.push(key);
  return report;
}

export function isClean(report: TranslationReport): boolean {
  return !report.missing.length && !report.stale.length && !report.extra.length && !report.problems.length;
}

export interface ExtractResult {
  file: TranslationFile;
  added: string[];
  removed: string[];
  stale: string[];
}

/**
 * A language file brought up to date with the definition: new texts added empty (with the
 * fingerprint of the English to translate), texts the form no longer has dropped, texts whose
 * English changed kept but reported stale (their fingerprint is left as it was, which is what
 * marks them). `accept` names entries whose translation has been updated for the new English:
 * their fingerprint is renewed. Entries come out in the form's order.
 */
export function extractTranslation(definition: FormDefinition, lang: string, existing?: TranslationFile, accept: readonly string[] = []): ExtractResult {
  const entries: Record<string, TranslationEntry> = {};
  const added: string[] = [];
  const stale: string[] = [];
  const before = existing?.entries ?? {};
  for (const unit of translatableUnits(definition)) {
    const hash = textHash(unit.text);
    const had = before[unit.key];
    if (!had) {
      entries[unit.key] = { text: '', source: hash };
      added.push(unit.key);
    } else if (had.source !== hash && !accept.includes(unit.key)) {
      entries[unit.key] = { text: had.text, source: had.source, stale: true };
      stale.push(unit.key);
    } else entries[unit.key] = { text: had.text, source: hash };
  }
  const removed = Object.keys(before).filter((key) => !(key in entries));
  const file: TranslationFile = {
    ...(existing?.$schema ? { $schema: existing.$schema } : {}),
    form: definition.id,
    lang,
    status: existing?.status ?? 'draft',
    ...(existing?.reviewedBy ? { reviewedBy: existing.reviewedBy } : {}),
    ...(existing?.reviewedOn ? { reviewedOn: existing.reviewedOn } : {}),
    entries,
  };
  return { file, added, removed, stale };
}

/**
 * The definition in another language: every text with a current translation replaced by it.
 * A missing or stale entry keeps its English (a check reports it): a consent form must never
 * show a translation of words it no longer says.
 */
export function translateDefinition(definition: FormDefinition, file: TranslationFile): { definition: FormDefinition; untranslated: string[] } {
  const copy = structuredCloneJson(definition);
  const untranslated: string[] = [];
  for (const unit of translatableUnits(definition)) {
    const entry = file.entries[unit.key];
    if (!entry?.text || entry.source !== textHash(unit.text)) {
      untranslated.push(unit.key);
      continue;
    }
    setAt(copy, unit.path, entry.text);
  }
  return { definition: copy, untranslated };
}

/** Definitions are JSON: a JSON copy is a deep copy (and core has no DOM's structuredClone type). */
function structuredCloneJson<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}

function setAt(root: unknown, path: readonly (string | number)[], text: string): void {
  let node = root as Record<string | number, unknown>;
  for (const step of path.slice(0, -1)) node = node[step] as Record<string | number, unknown>;
  node[path[path.length - 1]!] = text;
}
