// A signature: the signer's full name, the date of signing and a confirmation tick box.
import { html } from 'lit';
import { live } from 'lit/directives/live.js';
import type { DateInput, FieldView, SignatureInput } from '@caf-forms/core/runtime';
import type { FieldRenderer } from '../registry.js';
import { asDate, dateInputs, partsInError } from './date.js';
import { describedBy, errorMessage, formGroup, hint, invalid, legend, str } from './parts.js';

function asSignature(value: unknown): SignatureInput {
  const v = (value && typeof value === 'object' ? value : {}) as Partial<Record<keyof SignatureInput, unknown>>;
  return { name: str(v.name), date: asDate(v.date), confirmed: v.confirmed === true };
}

export const signature: FieldRenderer<'signature'> = (view, ctx) => {
  const value = asSignature(view.input);
  const focuses = view.errors.map((e) => e.focus);
  const nameError = focuses.includes('name');
  const dateFocuses = focuses.filter((f) => f === 'day' || f === 'month' || f === 'year');
  const confirmError = focuses.includes('confirmed');
  const confirmation = view.field.confirmation ?? view.field.label;
  const update = (patch: Partial<SignatureInput>): void => ctx.set(view, { ...value, ...patch });
  return formGroup(view, html`<fieldset class="govuk-fieldset" aria-describedby=${describedBy(view.describedBy)}>
    ${legend(view, ctx)}${hint(view)}${errorMessage(view, ctx)}
    <div class="govuk-form-group">
      <label class="govuk-label" for=${`${view.id}-name`}>${ctx.t('form.signatureName')}</label>
      <input class="govuk-input ${nameError ? 'govuk-input--error' : ''}" id=${`${view.id}-name`} name=${`${view.id}-name`} type="text"
        autocomplete="name" spellcheck="false" aria-invalid=${invalid(nameError)}
        .value=${live(value.name)} @input=${(e: Event) => update({ name: (e.target as HTMLInputElement).value })}>
    </div>
    <div class="govuk-form-group">
      <fieldset class="govuk-fieldset" role="group">
        <legend class="govuk-fieldset__legend">${ctx.t('form.signatureDate')}</legend>
        ${dateInputs(view.id, value.date, partsInError(view, value.date, dateFocuses), ctx, (date: DateInput) => update({ date }))}
      </fieldset>
    </div>
    <div class="govuk-checkboxes govuk-checkboxes--small">
      <div class="govuk-checkboxes__item">
        <input class="govuk-checkboxes__input" id=${`${view.id}-confirmed`} name=${`${view.id}-confirmed`} type="checkbox"
          aria-invalid=${invalid(confirmError)} .checked=${value.confirmed}
          @change=${(e: Event) => update({ confirmed: (e.target as HTMLInputElement).checked })}>
        <label class="govuk-label govuk-checkboxes__label" for=${`${view.id}-confirmed`}>${confirmation}</label>
      </div>
    </div>
  </fieldset>`);
};
