// The element's own words by language. English ships in core, and Welsh (complete) and Urdu
// (the words a form shows) beside it; a host serving another language registers its table once,
// and <caf-form lang="…"> uses it. A key the table lacks falls back to English rather than
// showing a key name.
import { cy, translator, ur, type Messages, type Translate } from '@caf-forms/core/runtime';

const tables = new Map<string, Partial<Messages>>([['cy', cy], ['ur', ur]]);

/** Adds (or replaces) the element's strings for a language ('cy', 'cy-GB'); call before the form renders. */
export function registerMessages(lang: string, messages: Partial<Messages>): void {
  tables.set(lang.toLowerCase(), messages);
}

/** The translate function for a lang attribute: exact tag, then its primary language, then English. */
export function translatorFor(lang: string | undefined): Translate {
  const tag = (lang ?? '').toLowerCase();
  return translator(tables.get(tag) ?? tables.get(tag.split('-')[0] ?? '') ?? {}, tag || 'en');
}
