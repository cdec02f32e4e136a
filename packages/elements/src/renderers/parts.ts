// Pieces every renderer shares: the form group, label, hint and error message.
import { html, nothing, type TemplateResult } from 'lit';
import { subjectOf, type FieldView } from '@caf-forms/core/runtime';
import type { RenderContext } from '../registry.js';

export function formGroup(view: FieldView, body: TemplateResult, extraClass = ''): TemplateResult {
  return html`<div class=${groupClass(view, extraClass)}>${body}</div>`;
}

export function groupClass(view: FieldView, extraClass = ''): string {
  return `govuk-form-group${view.errors.length ? ' govuk-form-group--error' : ''}${extraClass ? ` ${extraClass}` : ''}`;
}

/**
 * A labelled control's whole form group (label, hint, error, control) as one template. Long
 * forms render thousands of these: one template instead of nested ones means fewer clones,
 * parts and marker nodes per field (see bench/).
 */
export function labelledGroup(view: FieldView, ctx: RenderContext, control: TemplateResult, extraClass = ''): TemplateResult {
  return html`<div class=${groupClass(view, extraClass)}><label class="govuk-label" for=${view.id}>${labelText(view, ctx)}</label>${hint(view)}${errorMessage(view, ctx)}${control}</div>`;
}

/**
 * The words of a label or legend: plain text, one text node. A field in a repeatable group's row
 * needs no row name of its own: the row is a fieldset whose legend ("Professional 2") a screen
 * reader announces on entering it.
 */
export function labelText(view: FieldView, ctx: RenderContext): string {
  return view.required ? view.field.label : `${view.field.label} ${ctx.t('form.optional')}`;
}

export function legend(view: FieldView, ctx: RenderContext): TemplateResult {
  return html`<legend class="govuk-fieldset__legend govuk-fieldset__legend--s">${labelText(view, ctx)}</legend>`;
}

export function hint(view: FieldView): TemplateResult | typeof nothing {
  return view.field.hint ? html`<div id=${view.hintId} class="govuk-hint">${view.field.hint}</div>` : nothing;
}

export function errorMessage(
  view: FieldView,
  ctx: RenderContext,
  id = view.errorId,
  messages = view.errors.map((e) => e.message),
): TemplateResult | typeof nothing {
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

/** What an input shows: the typed text, or '' (never "[object Object]"). */
export { scalarText as str } from '@caf-forms/core/runtime';

export { subjectOf };
