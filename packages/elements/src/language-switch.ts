// The language switch a host may offer (`languages="en cy"`), as GOV.UK's language navigation
// draws it: each language named in itself ("English", "Cymraeg", "اردو"), marked with its own
// lang so that a screen reader pronounces it, the current one not a link. And, in a document,
// the note that says in which language a submission was filled in.
import { html, nothing, type TemplateResult } from 'lit';
import { directionOf } from '@caf-forms/core/runtime';
import type { Translate } from './messages.js';

const primary = (lang: string): string => lang.toLowerCase().split('-')[0] ?? '';

/**
 * The names of the languages caf-forms ships, in each of them: browsers trim their locale
 * data, and Chromium names Welsh "Welsh" even in Welsh.
 */
const NAMES: Record<string, Record<string, string>> = {
  en: { en: 'English', cy: 'Welsh', ur: 'Urdu' },
  cy: { en: 'Saesneg', cy: 'Cymraeg', ur: 'Wrdw' },
  ur: { en: 'انگریزی', cy: 'ویلش', ur: 'اردو' },
};

/** A language's name in that language ('cy' → 'Cymraeg'), or in another ('ur' in English → 'Urdu'). */
export function nameOf(lang: string, inLanguage: string = lang): string {
  const known = NAMES[primary(inLanguage)]?.[primary(lang)];
  if (known) return known;
  try {
    const name = new Intl.DisplayNames([inLanguage, 'en'], { type: 'language' }).of(lang) ?? lang;
    return name.charAt(0).toLocaleUpperCase(inLanguage) + name.slice(1);
  } catch {
    return lang;
  }
}

export function languageSwitch(languages: string | undefined, current: string, t: Translate, choose: (lang: string) => void): TemplateResult | typeof nothing {
  const list = (languages ?? '').split(/[\s,]+/).filter(Boolean);
  if (list.length < 2) return nothing;
  return html`<nav class="govuk-language-navigation caf-language-switch" aria-label=${t('form.languageSwitch')}>
    <ul class="govuk-language-navigation__list">${list.map((lang) =>
      primary(lang) === primary(current)
        ? html`<li class="govuk-language-navigation__list-item" aria-current="true"><span class="govuk-language-navigation__text" lang=${lang} dir=${directionOf(lang)}>${nameOf(lang)}</span></li>`
        : html`<li class="govuk-language-navigation__list-item"><button type="button" class="govuk-language-navigation__link caf-language-switch__choice" lang=${lang} dir=${directionOf(lang)} @click=${() => choose(lang)}>${nameOf(lang)}</button></li>`,
    )}
    </ul>
  </nav>`;
}

/** "This form was filled in in Urdu…", when a submission is shown in another language than its own. */
export function languageNote(written: string | undefined, shown: string, t: Translate): TemplateResult | typeof nothing {
  if (!written || primary(written) === primary(shown)) return nothing;
  return html`<div class="govuk-inset-text caf-written-in">${t('form.writtenIn', { language: nameOf(written, shown) })}</div>`;
}
