// The answers as a document: GOV.UK summary lists for single answers, tables for grids and
// repeatable groups. The same markup serves "Check your answers" (with a Change link per
// answer) and the read-only document a family is given (without).
import { html, nothing, type TemplateResult } from 'lit';
import { letterPreview } from './renderers/content.js';
import type { DocumentEntry, DocumentSection, MatrixContent, Translate } from '@caf-forms/core/runtime';

export interface AnswersViewOptions {
  t: Translate;
  /** Offers a Change link per answer that calls this with the field's id (check your answers). */
  change?: (fieldId: string) => void;
  /** How a matrix chart is drawn (the same as in the form). */
  matrix: (item: MatrixContent) => TemplateResult | typeof nothing;
  /** The form's id prefix, so that section headings have unique ids to label their sections. */
  idPrefix: string;
}

export function answersView(sections: readonly DocumentSection[], options: AnswersViewOptions): TemplateResult {
  return html`${sections.map((section) => html`<section class="caf-document__section" aria-labelledby=${`${options.idPrefix}doc-${section.id}`}>
    <h2 class="govuk-heading-m" id=${`${options.idPrefix}doc-${section.id}`}>${section.title}</h2>
    ${groups(section.entries).map((group) => (Array.isArray(group) ? summaryList(group, options) : entry(group, options)))}
  </section>`)}`;
}

type AnswerEntry = Extract<DocumentEntry, { kind: 'answer' }>;

/** Consecutive answers share one summary list; tables, headings and charts stand alone. */
function groups(entries: readonly DocumentEntry[]): (AnswerEntry[] | DocumentEntry)[] {
  const out: (AnswerEntry[] | DocumentEntry)[] = [];
  for (const e of entries) {
    const last = out[out.length - 1];
    if (e.kind === 'answer' && Array.isArray(last)) last.push(e);
    else out.push(e.kind === 'answer' ? [e] : e);
  }
  return out;
}

function summaryList(answers: readonly AnswerEntry[], options: AnswersViewOptions): TemplateResult {
  const { t, change } = options;
  return html`<dl class="govuk-summary-list">${answers.map((a) => html`<div class="govuk-summary-list__row ${change ? '' : 'govuk-summary-list__row--no-actions'}">
    <dt class="govuk-summary-list__key">${a.label}</dt>
    <dd class="govuk-summary-list__value">${a.lines.length
      ? a.lines.map((line, i) => html`${i ? html`<br>` : nothing}${line}`)
      : html`<span class="caf-not-answered">${t('form.notAnswered')}</span>`}</dd>
    ${change ? html`<dd class="govuk-summary-list__actions">${changeLink(a.fieldId, a.label, options)}</dd>` : nothing}
  </div>`)}</dl>`;
}

function entry(e: DocumentEntry, options: AnswersViewOptions): TemplateResult | typeof nothing {
  switch (e.kind) {
    case 'heading':
      return html`<h3 class="govuk-heading-s">${e.text}</h3>`;
    case 'computed':
      return html`<dl class="govuk-summary-list"><div class="govuk-summary-list__row govuk-summary-list__row--no-actions">
        <dt class="govuk-summary-list__key">${e.label}</dt><dd class="govuk-summary-list__value">${e.text}</dd></div></dl>`;
    case 'matrix':
      return options.matrix(e.item);
    case 'letter':
      return letterPreview(undefined, e.paragraphs);
    case 'table':
      return html`<table class="govuk-table caf-document__table">
        <caption class="govuk-table__caption govuk-table__caption--s">${e.label}</caption>
        <thead class="govuk-table__head"><tr class="govuk-table__row">${e.columns.map((c) => html`<th scope="col" class="govuk-table__header">${c}</th>`)}</tr></thead>
        <tbody class="govuk-table__body">${e.rows.length
          ? e.rows.map((row) => html`<tr class="govuk-table__row">${row.map((cell, i) => (i === 0
            ? html`<th scope="row" class="govuk-table__header">${cell}</th>`
            : html`<td class="govuk-table__cell">${cell}</td>`))}</tr>`)
          : html`<tr class="govuk-table__row"><td class="govuk-table__cell" colspan=${e.columns.length}>${options.t('form.notAnswered')}</td></tr>`}</tbody>
      </table>
      ${options.change ? html`<p class="govuk-body caf-no-print">${changeLink(e.fieldId, e.label, options)}</p>` : nothing}`;
    default:
      return nothing;
  }
}

function changeLink(fieldId: string, label: string, options: AnswersViewOptions): TemplateResult {
  return html`<a class="govuk-link" href="#" @click=${(event: Event) => { event.preventDefault(); options.change?.(fieldId); }}
    >${options.t('form.change')}<span class="govuk-visually-hidden"> ${label}</span></a>`;
}
