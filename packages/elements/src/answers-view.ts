// The answers as a document: GOV.UK summary lists for single answers and grids, a summary card per
// row of a repeatable group. The same markup serves "Check your answers" (with a Change link per
// answer) and the read-only document a family is given (without).
import { html, nothing, type TemplateResult } from 'lit';
import { heading } from './heading.js';
import { letterPreview } from './renderers/content.js';
import type { DocumentEntry, DocumentSection, MatrixContent } from '@caf-forms/core/runtime';
import type { Translate } from './messages.js';

export interface AnswersViewOptions {
  t: Translate;
  /** Offers a Change link per answer that calls this with the field's id (check your answers). */
  change?: (fieldId: string) => void;
  /** How a matrix chart is drawn (the same as in the form). */
  matrix: (item: MatrixContent) => TemplateResult | typeof nothing;
  /** The form's id prefix, so that section headings have unique ids to label their sections. */
  idPrefix: string;
  /** The level of the sections' headings: one below the form's title (heading-level). */
  sectionLevel: number;
  /** The only section is titled as the form: its heading would repeat the title's, so it is left out. */
  omitSectionHeading?: boolean;
}

export function answersView(sections: readonly DocumentSection[], options: AnswersViewOptions): TemplateResult {
  return html`${sections.map(
    (section) => html`<section class="caf-document__section">
    ${options.omitSectionHeading ? nothing : heading(options.sectionLevel, 'govuk-heading-m', section.title, { id: `${options.idPrefix}doc-${section.id}` })}
    ${groups(section.entries).map((group) => (Array.isArray(group) ? summaryList(group, options) : entry(group, options)))}
  </section>`,
  )}`;
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

// Answers have dir="auto": one typed in another script than the document's (Urdu in an English
// copy, English names in an Urdu one) is laid out in its own direction, as it was typed.
function summaryList(answers: readonly AnswerEntry[], options: AnswersViewOptions): TemplateResult {
  const { t, change } = options;
  return html`<dl class="govuk-summary-list">${answers.map(
    (a) => html`<div class="govuk-summary-list__row ${change ? '' : 'govuk-summary-list__row--no-actions'}">
    <dt class="govuk-summary-list__key">${a.label}</dt>
    <dd class="govuk-summary-list__value" dir="auto">${
      a.lines.length ? a.lines.map((line, i) => html`${i ? html`<br>` : nothing}${line}`) : html`<span class="caf-not-answered">${t('form.notAnswered')}</span>`
    }</dd>
    ${change ? html`<dd class="govuk-summary-list__actions">${changeLink(a.fieldId, a.label, options)}</dd>` : nothing}
  </div>`,
  )}</dl>`;
}

function entry(e: DocumentEntry, options: AnswersViewOptions): TemplateResult | typeof nothing {
  switch (e.kind) {
    case 'heading':
      return heading(options.sectionLevel + 1, 'govuk-heading-s', e.text);
    case 'computed':
      return html`<dl class="govuk-summary-list"><div class="govuk-summary-list__row govuk-summary-list__row--no-actions">
        <dt class="govuk-summary-list__key">${e.label}</dt><dd class="govuk-summary-list__value">${e.text}</dd></div></dl>`;
    case 'matrix':
      return options.matrix(e.item);
    case 'letter':
      return letterPreview(undefined, e.paragraphs, options.sectionLevel + 1);
    case 'table':
      // Not wide tables (a 14-column review table scrolls sideways even at 1,280 px, WCAG
      // 1.4.10): a grid is a summary list of its questions, a repeatable group a summary card per item.
      return html`${heading(options.sectionLevel + 1, 'govuk-heading-s', e.label)}
      ${e.itemLabel === undefined ? gridList(e, options) : itemCards(e, e.itemLabel, options)}
      ${options.change ? html`<p class="govuk-body caf-no-print">${changeLink(e.fieldId, e.label, options)}</p>` : nothing}`;
    default:
      return nothing;
  }
}

type TableEntry = Extract<DocumentEntry, { kind: 'table' }>;

const value = (cell: string | undefined, options: AnswersViewOptions): TemplateResult =>
  cell ? html`${cell}` : html`<span class="caf-not-answered">${options.t('form.notAnswered')}</span>`;

/** A grid: each question with its answer (and the details given, on a line of their own). */
function gridList(e: TableEntry, options: AnswersViewOptions): TemplateResult {
  return html`<dl class="govuk-summary-list">${e.rows.map(
    ([question, answer, details]) => html`<div class="govuk-summary-list__row govuk-summary-list__row--no-actions">
    <dt class="govuk-summary-list__key">${question}</dt>
    <dd class="govuk-summary-list__value">${value(answer, options)}${details ? html`<br>${details}` : nothing}</dd>
  </div>`,
  )}</dl>`;
}

/** A repeatable group: one GOV.UK summary card per item, its answers as a summary list. */
function itemCards(e: TableEntry, itemLabel: string, options: AnswersViewOptions): TemplateResult {
  if (!e.rows.length) return html`<p class="govuk-body">${value(undefined, options)}</p>`;
  return html`${e.rows.map(
    (row, index) => html`<div class="govuk-summary-card">
    <div class="govuk-summary-card__title-wrapper">${heading(options.sectionLevel + 2, 'govuk-summary-card__title', options.t('form.rowHeading', { item: itemLabel, n: index + 1 }))}</div>
    <div class="govuk-summary-card__content"><dl class="govuk-summary-list">${e.columns.map(
      (column, i) => html`<div class="govuk-summary-list__row govuk-summary-list__row--no-actions">
      <dt class="govuk-summary-list__key">${column}</dt><dd class="govuk-summary-list__value">${value(row[i], options)}</dd>
    </div>`,
    )}</dl></div>
  </div>`,
  )}`;
}

function changeLink(fieldId: string, label: string, options: AnswersViewOptions): TemplateResult {
  return html`<a class="govuk-link" href="#" @click=${(event: Event) => {
    event.preventDefault();
    options.change?.(fieldId);
  }}
    >${options.t('form.change')}<span class="govuk-visually-hidden"> ${label}</span></a>`;
}
