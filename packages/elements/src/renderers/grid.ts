// A grid: one question per row, answered from the same columns. Each row is its own fieldset
// whose legend carries the row's number, so a screen reader hears which row a radio is in.
import { html, nothing } from 'lit';
import { live } from 'lit/directives/live.js';
import { domId } from '@caf-forms/core/runtime';
import type { FieldRenderer } from '../registry.js';
import { describedBy, errorMessage, formGroup, hint, invalid, legend, str } from './parts.js';
import { optionId } from './choices.js';

export const grid: FieldRenderer<'grid'> = (view, ctx) => {
  const field = view.field;
  const value = (view.input && typeof view.input === 'object' ? view.input : {}) as Record<string, unknown>;
  const set = (key: string, v: string): void => ctx.set(view, { ...value, [key]: v });
  const messageFor = (path: string): string[] => view.errors.filter((e) => e.path === path).map((e) => e.message);
  return formGroup(
    view,
    html`<fieldset class="govuk-fieldset caf-grid" aria-describedby=${describedBy(view.field.hint ? view.hintId : undefined)}>
    ${legend(view, ctx)}${hint(view)}
    ${field.rows.map((row) => {
      const path = `${view.path}.${row.id}`;
      const rowId = domId(ctx.prefix, path);
      const rowErrors = messageFor(path);
      const chosen = str(value[row.id]);
      const specify = row.specify;
      const showSpecify = specify && (!specify.showFor || specify.showFor.includes(chosen));
      const specifyPath = specify ? `${view.path}.${specify.id}` : '';
      const specifyId = specify ? domId(ctx.prefix, specifyPath) : '';
      const specifyErrors = specify ? messageFor(specifyPath) : [];
      return html`<div class="govuk-form-group caf-grid__row ${rowErrors.length || specifyErrors.length ? 'govuk-form-group--error' : ''}">
        <fieldset class="govuk-fieldset" aria-describedby=${describedBy(row.hint ? `${rowId}-hint` : undefined, rowErrors.length ? `${rowId}-error` : undefined)}>
          <legend class="govuk-fieldset__legend govuk-fieldset__legend--s">${row.number ? `${row.number}. ` : ''}${row.label}</legend>
          ${row.hint ? html`<div id=${`${rowId}-hint`} class="govuk-hint">${row.hint}</div>` : nothing}
          ${errorMessage(view, ctx, `${rowId}-error`, rowErrors)}
          <div class="govuk-radios govuk-radios--inline govuk-radios--small">
            ${field.columns.map((column, i) => {
              const id = optionId(rowId, i);
              // A column that shows the "specify" box controls it, as a GOV.UK conditional reveal does.
              const reveals = specify !== undefined && (!specify.showFor || specify.showFor.includes(column.value));
              return html`<div class="govuk-radios__item">
                <input class="govuk-radios__input" id=${id} name=${rowId} type="radio" value=${column.value}
                  .checked=${chosen === column.value}
                  aria-controls=${reveals ? `${specifyId}-conditional` : nothing}
                  @change=${() => set(row.id, column.value)}>
                <label class="govuk-label govuk-radios__label" for=${id}>${column.label}</label>
              </div>`;
            })}
          </div>
          ${
            specify
              ? html`<div class="govuk-form-group caf-grid__specify" id=${`${specifyId}-conditional`} ?hidden=${!showSpecify}>${
                  showSpecify
                    ? html`
                <label class="govuk-label" for=${specifyId}>${specify.label} ${ctx.t('form.optional')}</label>
                ${errorMessage(view, ctx, `${specifyId}-error`, specifyErrors)}
                <input class="govuk-input ${specifyErrors.length ? 'govuk-input--error' : ''}" id=${specifyId} name=${specifyId} type="text"
                  aria-describedby=${describedBy(specifyErrors.length ? `${specifyId}-error` : undefined)}
                  aria-invalid=${invalid(specifyErrors.length > 0)}
                  .value=${live(str(value[specify.id]))}
                  @input=${(e: Event) => set(specify.id, (e.target as HTMLInputElement).value)}>`
                    : nothing
                }
              </div>`
              : nothing
          }
        </fieldset>
      </div>`;
    })}
  </fieldset>`,
  );
};
