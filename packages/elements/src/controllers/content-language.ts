// The form's content in the element's language: the English definition as given (or fetched
// from src), translated by a `translations` file for that language, or replaced by the built
// language definition beside the English one (`caf-forms build` writes consent.cy.json beside
// consent.json). Content with no translation for the language stays English, and says so: the
// form's lang attribute, and the envelope's, are the language the content is actually in.
// Answers are the same ids in every language, so a language change keeps the same store.
// A part loaded only by a form whose language is not English (lazy-content-language.ts).
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { FormDefinition, TranslationFile } from '@caf-forms/core/runtime';
import { loaded, type LazyParts } from '../lazy-part.js';
import { translationPart } from '../parts.js';
import { isEnglish, sameForm } from './language-wanted.js';

export type { Translations } from './language-wanted.js';
import type { Translations } from './language-wanted.js';

export interface Host extends ReactiveControllerHost, HTMLElement {
  lang: string;
  src?: string;
  translations?: Translations;
}

/** The built language definition's URL: forms/consent.json → forms/consent.cy.json. */
export function languageUrl(src: string, lang: string): string | undefined {
  const match = /^(.*)\.json(\?.*|#.*)?$/.exec(src);
  return match ? `${match[1]}.${lang}.json${match[2] ?? ''}` : undefined;
}

export class ContentLanguage implements ReactiveController {
  /** Fetched language definitions, by URL: 'missing' when there is none (404, not JSON). */
  private readonly fetched = new Map<string, unknown>();
  /** Translated definitions by file, then English definition: the same object on every render, so the form is not set up again. */
  private readonly translated = new WeakMap<TranslationFile, WeakMap<FormDefinition, { definition: FormDefinition; lang: string }>>();

  constructor(
    private readonly host: Host,
    /** Translating with a `translations` file is a lazy part: loaded by the first form that has one for its language. */
    private readonly parts: LazyParts,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    // Nothing to start: the language files are fetched when a render asks for one (resolve).
  }

  /** The language tag the host asks for, lower-cased; '' is English. */
  private wanted(): string {
    // Undefined until a host sets it, whatever HTMLElement's type says (the element declares no default).
    // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition
    const lang = (this.host.lang ?? '').trim();
    return isEnglish(lang) ? '' : lang;
  }

  /**
   * The definition to show for this English one, and the language it is in. `fromSrc` says the
   * English came from src, whose language files can be fetched. While one is on its way, what
   * is `shown` stays (a language switch keeps the form on screen), or, at first, nothing (the
   * element says it is loading): a Welsh page never flashes English content first.
   */
  resolve(english: unknown, fromSrc: boolean, shown?: { definition: unknown; lang: string }): { definition: unknown; lang: string } {
    const lang = this.wanted();
    if (!lang || !english || typeof english !== 'object') return { definition: english, lang: 'en' };
    const file = this.fileFor(lang);
    const keep = (): { definition: unknown; lang: string } => (shown && sameForm(shown.definition, english) ? shown : { definition: undefined, lang });
    if (file) return this.parts.need(translationPart) ? this.translate(english as FormDefinition, file) : keep();
    const url = fromSrc && this.host.src ? languageUrl(this.host.src, lang) : undefined;
    if (!url) return { definition: english, lang: 'en' };
    const got = this.fetched.get(url);
    if (got === undefined || got === 'pending') {
      if (got === undefined) void this.fetch(url);
      return keep();
    }
    const same = got !== 'missing' && sameForm(got, english);
    return same ? { definition: got, lang } : { definition: english, lang: 'en' };
  }

  private fileFor(lang: string): TranslationFile | undefined {
    const files = this.host.translations;
    if (!files) return undefined;
    const tag = lang.toLowerCase();
    const key = Object.keys(files).find((k) => k.toLowerCase() === tag) ?? Object.keys(files).find((k) => k.toLowerCase() === tag.split('-')[0]);
    return key ? files[key] : undefined;
  }

  private translate(english: FormDefinition, file: TranslationFile): { definition: FormDefinition; lang: string } {
    let byEnglish = this.translated.get(file);
    if (!byEnglish) this.translated.set(file, (byEnglish = new WeakMap()));
    let done = byEnglish.get(english);
    const translateDefinition = loaded(translationPart)!.translateDefinition; // resolve() asked for it
    if (!done) byEnglish.set(english, (done = { definition: translateDefinition(english, file).definition, lang: file.lang }));
    return done;
  }

  private async fetch(url: string): Promise<void> {
    this.fetched.set(url, 'pending');
    let result: unknown = 'missing';
    try {
      const response = await fetch(url);
      if (response.ok) result = JSON.parse(await response.text()) as unknown;
    } catch {
      // no language file (or no network): the English content stays, in the form's own lang
    }
    this.fetched.set(url, result);
    this.host.requestUpdate();
  }
}
