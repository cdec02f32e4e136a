// The element's words and the engine's, by language, read through one translate function.
// English ships complete, Welsh complete, Urdu for what a form shows; a host serving another
// language registers its table once, and <caf-form lang="…"> uses it. A key a table lacks is
// English rather than a key name.
import { cy, en, translatorOver, ur, type MessageKey, type MessageText, type Translator } from '@caf-forms/core/runtime';
import { elementEn, type ElementMessageKey } from './messages/en.js';
import { elementCy } from './messages/cy.js';
import { elementUr } from './messages/ur.js';

/** Every key the element shows: its own and the engine's. */
export type AnyMessageKey = MessageKey | ElementMessageKey;
/** A table of the element's and the engine's words for one language (any may be left out). */
export type ElementMessages = Partial<Record<AnyMessageKey, MessageText>>;
/** The element's translate function: its own keys and the engine's. */
export type Translate = Translator<AnyMessageKey>;

const english: Record<AnyMessageKey, MessageText> = { ...en, ...elementEn };
const tables = new Map<string, ElementMessages>([['cy', { ...cy, ...elementCy }], ['ur', { ...ur, ...elementUr }]]);

/**
 * Sets the element's and the engine's words for a language ('cy', 'cy-GB'), replacing any table
 * it had (to change a few of the Welsh shipped, spread them: `{ ...shippedWelsh, 'form.submit': … }`,
 * see messagesFor). Call before the form renders.
 */
export function registerMessages(lang: string, messages: ElementMessages): void {
  tables.set(lang.toLowerCase(), messages);
}

/** The table registered (or shipped) for a language, to extend. */
export function messagesFor(lang: string): ElementMessages | undefined {
  return tables.get(lang.toLowerCase());
}

/** The translate function for a lang attribute: exact tag, then its primary language, then English. */
export function translatorFor(lang: string | undefined): Translate {
  const tag = (lang ?? '').toLowerCase();
  return translatorOver<AnyMessageKey>(english, tables.get(tag) ?? tables.get(tag.split('-')[0] ?? '') ?? {}, tag || 'en');
}
