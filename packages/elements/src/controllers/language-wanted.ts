// What the entry needs to know of a form's language before the content-language part loads:
// whether it is English (then nothing loads), and whether a definition is the same form.
import type { TranslationFile } from '@caf-forms/core/runtime';

export type Translations = Record<string, TranslationFile>;

const ENGLISH = /^en(-|$)/i;

/** '', 'en', 'en-GB'…: the definition as written. */
export const isEnglish = (lang: string): boolean => lang === '' || ENGLISH.test(lang);

/** A language definition is only shown over the English one of the same form and version. */
export function sameForm(candidate: unknown, english: unknown): boolean {
  if (!candidate || typeof candidate !== 'object') return false;
  const a = candidate as { id?: unknown; version?: unknown };
  const b = english as { id?: unknown; version?: unknown };
  return a.id === b.id && a.version === b.version;
}
