// What a page shows instead of a form whose definition has problems: each with its path.
import { html, type TemplateResult } from 'lit';
import type { DefinitionProblem } from '@caf-forms/core/runtime';
import type { Translate } from './messages.js';

export function definitionProblems(problems: readonly DefinitionProblem[], t: Translate): TemplateResult {
  return html`<div class="govuk-error-summary caf-definition-problems">
    <h2 class="govuk-error-summary__title">${t('form.problemsTitle')}</h2>
    <div class="govuk-error-summary__body">
      <p class="govuk-body">${t('form.problemsIntro')}</p>
      <ul class="govuk-list">${problems.map((p) => html`<li><code>${p.path || '/'}</code>: ${p.message}</li>`)}</ul>
    </div>
  </div>`;
}
