// Content items: headings, paragraphs, inset text, warnings, details, computed read-outs and
// the four-axis matrix chart. Text only, never HTML.
import { html, nothing, type TemplateResult } from 'lit';
import { computedText, fillLetter, type ContentItem } from '@caf-forms/core/runtime';
import type { RenderContext } from '../registry.js';
import { heading } from '../heading.js';
import { loaded } from '../lazy-part.js';
import { matrixPart } from '../parts.js';

export function renderContent(item: ContentItem, ctx: RenderContext): TemplateResult | typeof nothing {
  switch (item.type) {
    case 'heading':
      return heading(ctx.sectionLevel + (item.level === 4 ? 2 : 1), 'govuk-heading-s', item.text);
    case 'paragraph':
      return html`<p class="govuk-body">${item.text}</p>`;
    case 'inset':
      return html`<div class="govuk-inset-text">${item.text}</div>`;
    case 'warning':
      return html`<div class="govuk-warning-text"><span class="govuk-warning-text__icon" aria-hidden="true">!</span>
        <strong class="govuk-warning-text__text"><span class="govuk-visually-hidden">${ctx.t('form.warning')}</span> ${item.text}</strong></div>`;
    case 'details':
      return html`<details class="govuk-details"><summary class="govuk-details__summary"><span class="govuk-details__summary-text">${item.summary}</span></summary>
        <div class="govuk-details__text">${item.text}</div></details>`;
    case 'computed': {
      const value = ctx.store.model.definition.computed?.find((c) => c.id === item.computed);
      const text = value ? computedText(value, ctx.store.computedValue(value.id)) : '';
      // The live region says what the number is ("Vulnerability: 2"), not a bare "2".
      return html`<div class="govuk-form-group caf-computed">${heading(ctx.sectionLevel + 1, 'govuk-heading-s', item.label)}
        <p class="govuk-body caf-computed__value" aria-live="polite" aria-atomic="true"><span class="govuk-visually-hidden">${item.label}: </span>${text}</p></div>`;
    }
    case 'matrix':
      // A lazy part: the form asks for it when its definition has a matrix, and waits for it
      // (updateComplete) before the chart is drawn.
      return loaded(matrixPart)?.matrixChart(item, ctx) ?? nothing;
    case 'letter':
      return letterPreview(item.label, fillLetter(item, ctx.store, ctx.t), ctx.sectionLevel + 1);
  }
}

/** A letter as it will be sent, filled in as the questions are answered. */
export function letterPreview(label: string | undefined, paragraphs: readonly string[], level: number): TemplateResult {
  return html`<div class="caf-letter">
    ${label ? heading(level, 'govuk-heading-s', label) : nothing}
    ${paragraphs.map((p) => html`<p class="govuk-body caf-letter__paragraph">${p}</p>`)}
  </div>`;
}
