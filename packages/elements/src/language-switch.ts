// The language switch a host may offer (`languages="en cy"`), as GOV.UK's language navigation
// draws it: each language named in itself ("English", "Cymraeg", "اردو"), marked with its own
// lang so that a screen reader pronounces it, the current one not a link.
// A part loaded only by forms that offer languages or show a submission's (parts.ts).
import { css, html, nothing, type TemplateResult } from 'lit';
import { directionOf } from '@caf-forms/core/runtime';
import type { Translate } from './messages.js';
import { nameOf, primary } from './language-names.js';
import { govukLanguageNavigationCss } from './generated/govuk-language-navigation.css.js';

export const styles = css`
  ${govukLanguageNavigationCss}
  /* The choices are buttons (they change the form, not the URL), drawn as its links. */
  button.govuk-language-navigation__link { background: none; border: 0; padding: 0; font: inherit; cursor: pointer; color: var(--govuk-link-colour, #1a65a6); text-decoration: underline; }
  .caf-language-switch { margin-bottom: 20px; }
`;

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
