// A one-line text answer, and the one-line input every typed-text type draws (email, tel,
// postcode, number: each its own module, naming its kind of input).
import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import type { FieldView } from '@caf-forms/core/runtime';
import type { FieldOf, FieldRenderer, RenderContext } from '../registry.js';
import { describedBy, errorMessage, groupClass, hint, invalid, labelText, labelledGroup, str } from './parts.js';

/** The native input a type asks for, and its GOV.UK width class when the definition names none. */
export interface InputKind {
  type: string;
  inputmode?: string;
  spellcheck?: false;
  width?: string;
}

type LineField = FieldOf<'text' | 'email' | 'tel' | 'postcode' | 'number'>;

/** What the user types goes to the store through the context, which tells the page (caf-change). */
export const onInput =
  (view: FieldView, ctx: RenderContext) =>
  (e: Event): void =>
    ctx.set(view, (e.target as HTMLInputElement).value);

// No autocomplete token by default: most of these forms ask about other people (a parent's
// telephone, a professional's email), and a browser offering the user's own details there fills
// a child's record with the wrong person's (WCAG 1.3.5 asks for tokens only where the question is
// about the user). A definition names one where it is (`autocomplete`).
/** A labelled one-line input of this kind, with a unit after it when `suffix` is given. */
export function lineInput(view: FieldView<LineField>, ctx: RenderContext, kind: InputKind, suffix?: string): TemplateResult {
  const field = view.field;
  const width = ('width' in field ? field.width : undefined) ?? kind.width;
  const error = view.errors.length > 0;
  const widthClass = width ? (width === 'full' ? ' caf-width-full' : ` govuk-input--width-${width}`) : '';
  const a = {
    class: `govuk-input${widthClass}${error ? ' govuk-input--error' : ''}`,
    inputmode: kind.inputmode ?? nothing,
    autocomplete: ('autocomplete' in field ? field.autocomplete : undefined) ?? nothing,
    spellcheck: kind.spellcheck === false ? 'false' : nothing,
    describedBy: describedBy(view.describedBy),
    invalid: invalid(error),
    value: live(str(view.input)),
    onInput: onInput(view, ctx),
  };
  // The common case is one flat template (group, label and input): a long form renders
  // thousands, and each nested template costs a clone, parts and marker nodes (see bench/).
  if (!suffix) {
    return html`<div class=${groupClass(view)}><label class="govuk-label" for=${view.id}>${labelText(view, ctx)}</label>${hint(view)}${errorMessage(view, ctx)}<input
      class=${a.class} id=${view.id} name=${view.id} type=${kind.type} inputmode=${a.inputmode} autocomplete=${a.autocomplete}
      spellcheck=${a.spellcheck} aria-describedby=${a.describedBy} aria-invalid=${a.invalid} .value=${a.value} @input=${a.onInput}></div>`;
  }
  return labelledGroup(
    view,
    ctx,
    html`<div class="govuk-input__wrapper"><input
      class=${a.class} id=${view.id} name=${view.id} type=${kind.type} inputmode=${a.inputmode} autocomplete=${a.autocomplete}
      spellcheck=${a.spellcheck} aria-describedby=${a.describedBy} aria-invalid=${a.invalid} .value=${a.value} @input=${a.onInput}><div
      class="govuk-input__suffix" aria-hidden="true">${suffix}</div></div>`,
  );
}

export const textField: FieldRenderer<'text'> = (view, ctx) => lineInput(view, ctx, { type: 'text' });
