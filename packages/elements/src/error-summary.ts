// The GOV.UK error summary: "There is a problem" and a link to each input with an error.
import { html, type TemplateResult } from 'lit';
import { domId, type Problem } from '@caf-forms/core/runtime';
import type { Translate } from './messages.js';

export function errorSummary(problems: readonly Problem[], prefix: string, t: Translate, focusInput: (id: string) => void): TemplateResult {
  return html`<div class="govuk-error-summary" tabindex="-1">
    <div role="alert">
      <h2 class="govuk-error-summary__title">${t('form.errorSummary')}</h2>
      <div class="govuk-error-summary__body">
        <p class="govuk-visually-hidden">${t('form.problemCount', { n: problems.length })}</p>
        <ul class="govuk-list govuk-error-summary__list">
          ${problems.map((p) => {
            const id = domId(prefix, p.path, p.focus);
            // Shadow DOM ids are out of reach of a URL fragment, so the link focuses the input itself.
            return html`<li><a href=${`#${id}`} @click=${(e: Event) => {
              e.preventDefault();
              focusInput(id);
            }}>${p.message}</a></li>`;
          })}
        </ul>
      </div>
    </div>
  </div>`;
}
