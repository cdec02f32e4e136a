// Pieces every renderer shares: the form group, label, hint, error message and the
// visually hidden row name that tells a screen reader which row of a group a label is in.
import { html, nothing, type TemplateResult } from 'lit';
import { subjectOf, type FieldView, type RepeatField } from '@caf-forms/core/runtime';
import type { RenderContext } from '../registry.js';

export function formGroup(view: FieldView, body: TemplateResult, extraClass = ''): TemplateResult {
  return html`<div class="govuk-form-group ${view.errors.length ? 'govuk-form-group--error' : ''} ${extraClass}">${body}</div>`;
}

/** "Professional 2: " before a label in a row, hidden visually because the row heading shows it. */
export function rowName(view: FieldView, ctx: RenderContext): TemplateResult | typeof nothing {
  if (!view.row) return nothing;
  const group = ctx.store.model.fields.get(view.row.repeatId)?.field as RepeatField | undefined;
  const item = group ? group.itemLabel : '';
  return html`<span class="govuk-visually-hidden">${ctx.t('form.rowHeading', { item, n: view.row.index + 1 })}: </span>`;
}

export function label(view: FieldView, ctx: RenderContext, forId = view.id): TemplateResult {
  return html`<label class="govuk-label" for=${forId}>${rowName(view, ctx)}${view.field.label}${optional(view, ctx)}</label>`;
}

export function legend(view: FieldView, ctx: RenderContext): TemplateResult {
  return html`<legend class="govuk-fieldset__legend govuk-fieldset__legend--s">${rowName(view, ctx)}${view.field.label}${optional(view, ctx)}</legend>`;
}

function optional(view: FieldView, ctx: RenderContext): TemplateResult | typeof nothing {
  return view.required ? nothing : html` ${ctx.t('form.optional')}`;
}

export function hint(view: FieldView): TemplateResult | typeof nothing {
  return view.field.hint ? html`<div id=${view.hintId} class="govuk-hint">${view.field.hint}</div>` : nothing;
}

export function errorMessage(view: FieldView, ctx: RenderContext, id = view.errorId, messages = view.errors.map((e) => e.message)): TemplateResult | typeof nothing {
  if (!messages.length) return nothing;
  return html`<p id=${id} class="govuk-error-message">${messages.map(
    (m, i) => html`${i ? html`<br>` : nothing}<span class="govuk-visually-hidden">${ctx.t('form.errorPrefix')}</span> ${m}`,
  )}</p>`;
}

/** aria-describedby, or no attribute at all when nothing describes the input. */
export function describedBy(...ids: (string | undefined)[]): string | typeof nothing {
  const text = ids.filter(Boolean).join(' ');
  return text || nothing;
}

/** aria-invalid appears only while an error is shown. */
export function invalid(shown: boolean): 'true' | typeof nothing {
  return shown ? 'true' : nothing;
}

export const str = (v: unknown): string => (typeof v === 'string' ? v : v === undefined || v === null ? '' : String(v));

export { subjectOf };
