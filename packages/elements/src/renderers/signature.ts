// A signature: the signer's full name, the date of signing and a confirmation tick box.
import { html } from 'lit';
import { live } from 'lit/directives/live.js';
import type { DateInput, Problem, SignatureInput } from '@caf-forms/core/runtime';
import type { FieldRenderer } from '../registry.js';
import { asDate, dateInputs, partsInError } from './date.js';
import { describedBy, errorMessage, formGroup, hint, invalid, legend, str } from './parts.js';

function asSignature(value: unknown): SignatureInput {
  const v = (value && typeof value === 'object' ? value : {}) as Partial<Record<keyof SignatureInput, unknown>>;
  return { name: str(v.name), date: asDate(v.date), confirmed: v.confirmed === true };
}

/**
 * Each part has its own message, above it and describing it, as a GOV.UK form group does: a
 * screen reader on the tick box hears why it is wrong, not the name's and the date's problems.
 */
export const signature: FieldRenderer<'signature'> = (view, ctx) => {
  const value = asSignature(view.input);
  const about = (...parts: string[]) => view.errors.filter((e) => parts.includes(e.focus ?? ''));
  const nameErrors = about('name');
  const dateErrors = about('day', 'month', 'year');
  const confirmErrors = about('confirmed');
  const confirmation = view.field.confirmation ?? view.field.label;
  const update = (patch: Partial<SignatureInput>): void => ctx.set(view, { ...value, ...patch });
  const ids = { name: `${view.id}-name`, date: `${view.id}-date`, confirmed: `${view.id}-confirmed` };
  const group = (errors: readonly Problem[]) => `govuk-form-group${errors.length ? ' govuk-form-group--error' : ''}`;
  const message = (id: string, errors: readonly Problem[]) =>
    errorMessage(
      view,
      ctx,
      `${id}-error`,
      errors.map((e) => e.message),
    );
  // Not "name": whoever fills the form in signs for someone else as often as for themselves.
  return formGroup(
    view,
    html`<fieldset class="govuk-fieldset" aria-describedby=${describedBy(view.describedBy)}>
    ${legend(view, ctx)}${hint(view)}
    <div class=${group(nameErrors)}>
      <label class="govuk-label" for=${ids.name}>${ctx.t('form.signatureName')}</label>
      ${message(ids.name, nameErrors)}
      <input class="govuk-input ${nameErrors.length ? 'govuk-input--error' : ''}" id=${ids.name} name=${ids.name} type="text"
        autocomplete="off" spellcheck="false" aria-invalid=${invalid(nameErrors.length > 0)}
        aria-describedby=${describedBy(nameErrors.length ? `${ids.name}-error` : undefined)}
        .value=${live(value.name)} @input=${(e: Event) => update({ name: (e.target as HTMLInputElement).value })}>
    </div>
    <div class=${group(dateErrors)}>
      <fieldset class="govuk-fieldset" role="group" aria-describedby=${describedBy(dateErrors.length ? `${ids.date}-error` : undefined)}>
        <legend class="govuk-fieldset__legend">${ctx.t('form.signatureDate')}</legend>
        ${message(ids.date, dateErrors)}
        ${dateInputs(view.id, value.date, partsInError(dateErrors), ctx, (date: DateInput) => update({ date }))}
      </fieldset>
    </div>
    <div class=${group(confirmErrors)}>
      ${message(ids.confirmed, confirmErrors)}
      <div class="govuk-checkboxes govuk-checkboxes--small">
        <div class="govuk-checkboxes__item">
          <input class="govuk-checkboxes__input" id=${ids.confirmed} name=${ids.confirmed} type="checkbox"
            aria-invalid=${invalid(confirmErrors.length > 0)} aria-describedby=${describedBy(confirmErrors.length ? `${ids.confirmed}-error` : undefined)}
            .checked=${value.confirmed}
            @change=${(e: Event) => update({ confirmed: (e.target as HTMLInputElement).checked })}>
          <label class="govuk-label govuk-checkboxes__label" for=${ids.confirmed}>${confirmation}</label>
        </div>
      </div>
    </div>
  </fieldset>`,
  );
};
