// The form's content in its language (content-language.ts) is a part loaded by need: an
// English form never downloads it. Until it has loaded, a form in another language shows what
// it showed (a language switch keeps the form on screen) or, at first, nothing: a Welsh page
// never flashes English content first. updateComplete waits for it (LazyParts).
import { loaded, type LazyParts } from '../lazy-part.js';
import { contentLanguagePart } from '../parts.js';
import type { ContentLanguage, Host } from './content-language.js';
import { isEnglish, sameForm } from './language-wanted.js';

type Shown = { definition: unknown; lang: string };

export class LazyContentLanguage {
  private content?: ContentLanguage;

  constructor(
    private readonly host: Host,
    private readonly parts: LazyParts,
  ) {}

  /** As ContentLanguage.resolve: the definition to show for this English one, and its language. */
  resolve(english: unknown, fromSrc: boolean, shown?: Shown): Shown {
    // Undefined until a host sets it, whatever HTMLElement's type says (the element declares no default).
    // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition
    const lang = (this.host.lang ?? '').trim();
    if (isEnglish(lang)) return { definition: english, lang: 'en' };
    // Another language: its part starts loading at once, while the definition is still fetched.
    const part = this.content ? undefined : this.parts.need(contentLanguagePart) ? loaded(contentLanguagePart) : undefined;
    if (!english || typeof english !== 'object') return { definition: english, lang: 'en' };
    if (!this.content) {
      if (!part) return shown && sameForm(shown.definition, english) ? shown : { definition: undefined, lang };
      this.content = new part.ContentLanguage(this.host, this.parts);
    }
    return this.content.resolve(english, fromSrc, shown);
  }
}
