// The element's words and the engine's, by language, read through one translate function.
// English ships complete (in the bundle), Welsh and Urdu complete too (each
// loaded the first time a form asks for it); a host serving another language registers its
// table once, and <caf-form lang="…"> uses it. A key a table lacks is English rather than a key
// name.
import { en, translatorOver, type MessageKey, type MessageText, type Translator } from '@caf-forms/core/runtime';
import { elementEn, type ElementMessageKey } from './messages/en.js';

/** Every key the element shows: its own and the engine's. */
export type AnyMessageKey = MessageKey | ElementMessageKey;
/** A table of the element's and the engine's words for one language (any may be left out). */
export type ElementMessages = Partial<Record<AnyMessageKey, MessageText>>;
/** The element's translate function: its own keys and the engine's. */
export type Translate = Translator<AnyMessageKey>;

/**
 * English, complete once the parts that use a key have loaded: a lazy part (delivery, the
 * matrix) brings its own English words and adds them here (addEnglish) as it loads, before it
 * draws anything. It is typed complete because no key is read before its part is here.
 */
const english = { ...en, ...elementEn } as Record<AnyMessageKey, MessageText>;
const tables = new Map<string, ElementMessages>();

/** Languages whose tables ship with caf-forms (messages/shipped.ts), loaded when first asked for. */
const SHIPPED = new Set(['cy', 'ur']);
let shippedLoaded: Promise<void> | undefined;

const primaryOf = (tag: string): string => tag.toLowerCase().split('-')[0] ?? '';

function loadShipped(): Promise<void> {
  shippedLoaded ??= import('./messages/shipped.js').then(({ shipped }) => {
    // A table the host registered meanwhile wins.
    for (const [lang, table] of Object.entries(shipped)) if (!tables.has(lang)) tables.set(lang, table);
  });
  return shippedLoaded;
}

/**
 * Resolves once the words for this language are here: at once (undefined) for English and for a
 * registered table; for a shipped language (Welsh, Urdu), when its chunk has loaded.
 */
export function messagesReady(lang: string | undefined): Promise<void> | undefined {
  const tag = (lang ?? '').toLowerCase();
  if (tables.has(tag) || tables.has(primaryOf(tag)) || !SHIPPED.has(primaryOf(tag))) return undefined;
  return loadShipped();
}

/**
 * Sets the element's and the engine's words for a language ('cy', 'cy-GB'), replacing any table
 * it had (to change a few of the Welsh shipped, spread them: `{ ...shippedWelsh, 'form.submit': … }`,
 * see messagesFor). Call before the form renders.
 */
export function registerMessages(lang: string, messages: ElementMessages): void {
  tables.set(lang.toLowerCase(), messages);
}

/** The table registered (or shipped) for a language, to extend. */
export async function messagesFor(lang: string): Promise<ElementMessages | undefined> {
  await messagesReady(lang);
  return tables.get(lang.toLowerCase()) ?? tables.get(primaryOf(lang));
}

/** A lazily loaded part's English words (its module calls this as it loads). */
export function addEnglish(words: ElementMessages): void {
  Object.assign(english, words);
}

/** The translate function for a lang attribute: exact tag, then its primary language, then English. */
export function translatorFor(lang: string | undefined): Translate {
  const tag = (lang ?? '').toLowerCase();
  return translatorOver<AnyMessageKey>(english, tables.get(tag) ?? tables.get(primaryOf(tag)) ?? {}, tag || 'en');
}
