// A repeatable group ("add another"): each row a fieldset headed 'Professional 1', with add and
// remove buttons that respect the group's minimum and maximum number of rows.
import { html, nothing } from 'lit';
import { maxRowsOf, subjectOf } from '@caf-forms/core/runtime';
import { heading } from '../heading.js';
import type { FieldRenderer } from '../registry.js';
import { describedBy, errorMessage, formGroup, hint, legend } from './parts.js';

export const repeatGroup: FieldRenderer<'repeat'> = (view, ctx) => {
  const field = view.field;
  const { store, t } = ctx;
  const count = store.rowCount(field.id);
  const canRemove = count > Math.max(field.minItems ?? 0, 1);
  const canAdd = count < maxRowsOf(field); // every group has a maximum (DEFAULT_MAX_ROWS when the definition sets none)
  const item = subjectOf({ label: field.itemLabel });
  const rows = Array.from({ length: count }, (_, index) => index);
  // The group itself takes focus from the error summary (too few or too many rows) and after a
  // row is removed, so that focus never falls back to the top of the page.
  return formGroup(
    view,
    html`<fieldset class="govuk-fieldset caf-repeat" id=${view.id} tabindex="-1" aria-describedby=${describedBy(view.describedBy)}>
    ${legend(view, ctx)}${hint(view)}${errorMessage(view, ctx)}
    ${rows.map((index) => {
      const rowHeading = t('form.rowHeading', { item: field.itemLabel, n: index + 1 });
      return html`<fieldset class="govuk-fieldset caf-repeat__row" id=${`${view.id}-row-${index}`} tabindex="-1">
        <legend class="govuk-fieldset__legend govuk-fieldset__legend--m">${heading(ctx.sectionLevel + 1, 'govuk-fieldset__heading', rowHeading)}</legend>
        ${ctx.renderItems(field.items, { repeatId: field.id, index })}
        ${
          canRemove
            ? html`<button type="button" class="govuk-button govuk-button--secondary caf-repeat__remove"
              @click=${() => {
                ctx.removeRow(view, index);
                ctx.focusAfterUpdate(view.id);
              }}>${t('form.removeRow')}<span class="govuk-visually-hidden"> ${rowHeading}</span></button>`
            : nothing
        }
      </fieldset>`;
    })}
    ${
      canAdd
        ? html`<button type="button" class="govuk-button govuk-button--secondary caf-repeat__add" @click=${() => {
            ctx.addRow(view);
            // Focus the new row, whose legend tells a screen reader which one it is.
            ctx.focusAfterUpdate(`${view.id}-row-${count}`);
          }}>${t('form.addRow', { item })}</button>`
        : nothing
    }
  </fieldset>`,
  );
};
