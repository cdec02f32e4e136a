// Radios (also yes/no, scale and rating), checkboxes and select, in GOV.UK markup. Follow-up
// questions under an option render beneath it, only while that option is chosen.
import { html, nothing, type TemplateResult } from 'lit';
import type { FieldView, Item } from '@caf-forms/core/runtime';
import type { FieldRenderer, RenderContext } from '../registry.js';
import { describedBy, errorMessage, formGroup, hint, invalid, labelledGroup, legend, str } from './parts.js';

export interface Choice {
  value: string;
  label: string;
  hint?: string;
  exclusive?: boolean;
  reveal?: readonly Item[];
}

/** GOV.UK ids: the first option has the field's id (where error links point), the rest -2, -3… */
export const optionId = (id: string, index: number): string => (index === 0 ? id : `${id}-${index + 1}`);

/**
 * A follow-up block under an option, as GOV.UK's: always in the page with an id, which the
 * option's aria-controls names; its questions are rendered only while open (a hidden question has
 * no answer). Open, it is a group named by its option ("Yes", then its questions), so a screen
 * reader moving into it hears what it follows. GOV.UK also sets aria-expanded on the option. ARIA
 * 1.2 allows it on a checkbox (axe passes it since 4.8), so a checkbox that reveals says whether it
 * is expanded; ARIA still does not allow it on a radio (w3c/aria#1404, govuk-frontend #979, where
 * axe's aria-allowed-attr fails it), so a radio names its block with aria-controls only.
 */
function conditional(kind: 'radios' | 'checkboxes', id: string, open: boolean, content: () => TemplateResult): TemplateResult {
  // Whole class names, so that the build's CSS purge (scripts/purge-css.mjs) sees them.
  const classes =
    kind === 'radios'
      ? open
        ? 'govuk-radios__conditional'
        : 'govuk-radios__conditional govuk-radios__conditional--hidden'
      : open
        ? 'govuk-checkboxes__conditional'
        : 'govuk-checkboxes__conditional govuk-checkboxes__conditional--hidden';
  const option = id.replace(/-conditional$/, '');
  return open
    ? html`<div class=${classes} id=${id} role="group" aria-labelledby=${`${option}-label`}>${content()}</div>`
    : html`<div class=${classes} id=${id}></div>`;
}

interface GroupOptions {
  inline?: boolean;
  /** Extra hint ids for the fieldset (the ends of a rating scale). */
  extra?: TemplateResult;
  extraIds?: string;
}

export function radioGroup(view: FieldView, ctx: RenderContext, choices: readonly Choice[], options: GroupOptions = {}): TemplateResult {
  const chosen = str(view.input);
  return formGroup(
    view,
    html`<fieldset class="govuk-fieldset" aria-describedby=${describedBy(view.describedBy, options.extraIds)}>
    ${legend(view, ctx)}${hint(view)}${options.extra ?? nothing}${errorMessage(view, ctx)}
    <div class="govuk-radios ${options.inline ? 'govuk-radios--inline' : ''}">
      ${choices.map((choice, i) => {
        const id = optionId(view.id, i);
        const checked = chosen === choice.value;
        const revealId = choice.reveal ? `${id}-conditional` : undefined;
        return html`<div class="govuk-radios__item">
            <input class="govuk-radios__input" id=${id} name=${view.id} type="radio" value=${choice.value}
              .checked=${checked}
              aria-describedby=${describedBy(choice.hint ? `${id}-item-hint` : undefined)}
              aria-controls=${revealId ?? nothing}
              @change=${() => ctx.set(view, choice.value)}>
            <label class="govuk-label govuk-radios__label" for=${id} id=${`${id}-label`}>${choice.label}</label>
            ${choice.hint ? html`<div id=${`${id}-item-hint`} class="govuk-hint govuk-radios__hint">${choice.hint}</div>` : nothing}
          </div>
          ${choice.reveal ? conditional('radios', revealId!, checked, () => ctx.renderItems(choice.reveal!, view.row)) : nothing}`;
      })}
    </div>
  </fieldset>`,
  );
}

export const radios: FieldRenderer<'radios'> = (view, ctx) => radioGroup(view, ctx, view.field.options, { inline: view.field.inline });

export const yesno: FieldRenderer<'yesno'> = (view, ctx) => {
  const field = view.field;
  const choices: Choice[] = [
    { value: 'yes', label: ctx.t('form.yes'), reveal: field.reveal?.yes },
    { value: 'no', label: ctx.t('form.no'), reveal: field.reveal?.no },
  ];
  return radioGroup(view, ctx, choices, { inline: !field.reveal });
};

export const scale: FieldRenderer<'scale'> = (view, ctx) => radioGroup(view, ctx, view.field.options);

export const rating: FieldRenderer<'rating'> = (view, ctx) => {
  const field = view.field;
  const max = field.max ?? 5;
  const choices = Array.from({ length: max }, (_, i): Choice => ({ value: String(i + 1), label: String(i + 1) }));
  const endsId = `${view.id}-ends`;
  const ends =
    field.lowLabel || field.highLabel
      ? html`<div id=${endsId} class="govuk-hint caf-rating__ends">${field.lowLabel ? html`<span>1: ${field.lowLabel}</span>` : nothing}${field.lowLabel && field.highLabel ? html`<span>, </span>` : nothing}${field.highLabel ? html`<span>${max}: ${field.highLabel}</span>` : nothing}</div>`
      : undefined;
  return radioGroup(view, ctx, choices, { inline: true, extra: ends, extraIds: ends ? endsId : undefined });
};

export const checkboxes: FieldRenderer<'checkboxes'> = (view, ctx) => {
  const options: readonly Choice[] = view.field.options;
  const chosen = Array.isArray(view.input) ? view.input.map(str) : [];
  const toggle = (choice: Choice, on: boolean): void => {
    // GOV.UK "None" behaviour: an exclusive option clears the others, and any other clears it.
    const exclusive = new Set(options.filter((o) => o.exclusive).map((o) => o.value));
    const next = !on
      ? chosen.filter((v) => v !== choice.value)
      : choice.exclusive
        ? [choice.value]
        : [...chosen.filter((v) => !exclusive.has(v)), choice.value];
    ctx.set(
      view,
      options.map((o) => o.value).filter((v) => next.includes(v)),
    );
  };
  return formGroup(
    view,
    html`<fieldset class="govuk-fieldset" aria-describedby=${describedBy(view.describedBy)}>
    ${legend(view, ctx)}${hint(view)}${errorMessage(view, ctx)}
    <div class="govuk-checkboxes">
      ${options.map((choice, i) => {
        const id = optionId(view.id, i);
        const checked = chosen.includes(choice.value);
        return html`${choice.exclusive ? html`<div class="govuk-checkboxes__divider">${ctx.t('form.or')}</div>` : nothing}
          <div class="govuk-checkboxes__item">
            <input class="govuk-checkboxes__input" id=${id} name=${view.id} type="checkbox" value=${choice.value}
              .checked=${checked}
              aria-describedby=${describedBy(choice.hint ? `${id}-item-hint` : undefined)}
              aria-controls=${choice.reveal ? `${id}-conditional` : nothing}
              aria-expanded=${choice.reveal ? String(checked) : nothing}
              @change=${(e: Event) => toggle(choice, (e.target as HTMLInputElement).checked)}>
            <label class="govuk-label govuk-checkboxes__label" for=${id} id=${`${id}-label`}>${choice.label}</label>
            ${choice.hint ? html`<div id=${`${id}-item-hint`} class="govuk-hint govuk-checkboxes__hint">${choice.hint}</div>` : nothing}
          </div>
          ${choice.reveal ? conditional('checkboxes', `${id}-conditional`, checked, () => ctx.renderItems(choice.reveal!, view.row)) : nothing}`;
      })}
    </div>
  </fieldset>`,
  );
};

export const select: FieldRenderer<'select'> = (view, ctx) => {
  const options: readonly Choice[] = view.field.options;
  const chosen = str(view.input);
  const error = view.errors.length > 0;
  return labelledGroup(
    view,
    ctx,
    html`<select class=${`govuk-select${error ? ' govuk-select--error' : ''}`} id=${view.id} name=${view.id}
      aria-describedby=${describedBy(view.describedBy)} aria-invalid=${invalid(error)}
      @change=${(e: Event) => ctx.set(view, (e.target as HTMLSelectElement).value)}>
      <option value="" .selected=${chosen === ''}></option>
      ${options.map((o) => html`<option value=${o.value} .selected=${chosen === o.value}>${o.label}</option>`)}
    </select>`,
  );
};
