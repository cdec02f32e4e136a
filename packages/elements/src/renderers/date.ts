// GOV.UK date input: day, month and year in a fieldset, typed separately, numeric keyboard.
import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { DATE_PARTS, type DateInput, type DatePart, type Problem } from '@caf-forms/core/runtime';
import type { FieldRenderer, RenderContext } from '../registry.js';
import { describedBy, errorMessage, formGroup, hint, invalid, legend, str } from './parts.js';

const WIDTH: Record<DatePart, string> = { day: '2', month: '2', year: '4' };
const LABEL = { day: 'form.day', month: 'form.month', year: 'form.year' } as const;

export function asDate(value: unknown): DateInput {
  const v = (value && typeof value === 'object' ? value : {}) as Partial<Record<DatePart, unknown>>;
  return { day: str(v.day), month: str(v.month), year: str(v.year) };
}

/** The three inputs; `erroneous` says which parts to mark. Shared with the signature. */
export function dateInputs(
  baseId: string,
  value: DateInput,
  erroneous: (part: DatePart) => boolean,
  ctx: RenderContext,
  onChange: (next: DateInput) => void,
  autocomplete?: 'bday',
): TemplateResult {
  return html`<div class="govuk-date-input" id=${baseId}>${DATE_PARTS.map((part) => {
    const error = erroneous(part);
    return html`<div class="govuk-date-input__item"><div class="govuk-form-group">
      <label class="govuk-label govuk-date-input__label" for=${`${baseId}-${part}`}>${ctx.t(LABEL[part])}</label>
      <input class="govuk-input govuk-date-input__input govuk-input--width-${WIDTH[part]} ${error ? 'govuk-input--error' : ''}"
        id=${`${baseId}-${part}`} name=${`${baseId}-${part}`} type="text" inputmode="numeric" autocomplete=${autocomplete ? `${autocomplete}-${part}` : nothing}
        aria-invalid=${invalid(error)}
        .value=${live(value[part])}
        @input=${(e: Event) => onChange({ ...value, [part]: (e.target as HTMLInputElement).value })}>
    </div></div>`;
  })}</div>`;
}

/**
 * The parts to mark, by GOV.UK's rule: every part for a problem with the whole date ("Enter the
 * date", "must be in the past"), otherwise each part missing or wrong, as the problem lists them.
 */
export function partsInError(problems: readonly Problem[]): (part: DatePart) => boolean {
  const marked = new Set(problems.flatMap((p) => p.parts ?? DATE_PARTS));
  return (part) => marked.has(part);
}

export const dateField: FieldRenderer<'date'> = (view, ctx) => {
  const value = asDate(view.input);
  const erroneous = partsInError(view.errors);
  return formGroup(
    view,
    html`<fieldset class="govuk-fieldset" role="group" aria-describedby=${describedBy(view.describedBy)}>
    ${legend(view, ctx)}${hint(view)}${errorMessage(view, ctx)}
    ${dateInputs(view.id, value, erroneous, ctx, (next) => ctx.set(view, next), view.field.ownBirthday ? 'bday' : undefined)}
  </fieldset>`,
  );
};
