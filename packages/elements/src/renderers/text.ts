// Text-like inputs (text, email, tel, postcode, number) and the textarea with a GOV.UK
// character count that counts down and never blocks typing (no maxlength attribute).
import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { DEFAULT_MAX_LENGTH, codePointLength, type FieldView } from '@caf-forms/core/runtime';
import type { FieldRenderer, RenderContext } from '../registry.js';
import { afterPause } from '../directives/after-pause.js';
import { describedBy, errorMessage, groupClass, hint, invalid, labelText, labelledGroup, str } from './parts.js';

// No autocomplete token by default: most of these forms ask about other people (a parent's
// telephone, a professional's email), and a browser offering the user's own details there fills
// a child's record with the wrong person's (WCAG 1.3.5 asks for tokens only where the question is
// about the user). A definition names one where it is (`autocomplete`).
const INPUT_TYPES: Record<string, { type: string; inputmode?: string; spellcheck?: boolean; width?: string }> = {
  text: { type: 'text' },
  email: { type: 'email', spellcheck: false, width: '30' },
  tel: { type: 'tel', width: '20' },
  postcode: { type: 'text', width: '10' },
  // GOV.UK advises type=text with inputmode for numbers: type=number rounds and scrolls values.
  number: { type: 'text', inputmode: 'decimal', width: '5' },
};

const onInput =
  (view: FieldView, ctx: RenderContext) =>
  (e: Event): void =>
    ctx.set(view, (e.target as HTMLInputElement).value);

/** What an input's bindings say; both of textInput's templates bind the same list. */
function inputAttributes(view: FieldView, ctx: RenderContext) {
  const kind = INPUT_TYPES[view.field.type] ?? { type: 'text' };
  const field = view.field;
  const width = ('width' in field ? field.width : undefined) ?? kind.width;
  const error = view.errors.length > 0;
  const widthClass = width ? (width === 'full' ? ' caf-width-full' : ` govuk-input--width-${width}`) : '';
  return {
    class: `govuk-input${widthClass}${error ? ' govuk-input--error' : ''}`,
    type: kind.type,
    inputmode: kind.inputmode ?? nothing,
    autocomplete: ('autocomplete' in field ? field.autocomplete : undefined) ?? nothing,
    spellcheck: kind.spellcheck === false ? 'false' : nothing,
    describedBy: describedBy(view.describedBy),
    invalid: invalid(error),
    value: live(str(view.input)),
    onInput: onInput(view, ctx),
  };
}

export const textInput: FieldRenderer<'text' | 'email' | 'tel' | 'postcode' | 'number'> = (view, ctx) => {
  const a = inputAttributes(view, ctx);
  const suffix = view.field.type === 'number' ? view.field.suffix : undefined;
  // The common case is one flat template (group, label and input): a long form renders
  // thousands, and each nested template costs a clone, parts and marker nodes (see bench/).
  if (!suffix) {
    return html`<div class=${groupClass(view)}><label class="govuk-label" for=${view.id}>${labelText(view, ctx)}</label>${hint(view)}${errorMessage(view, ctx)}<input
      class=${a.class} id=${view.id} name=${view.id} type=${a.type} inputmode=${a.inputmode} autocomplete=${a.autocomplete}
      spellcheck=${a.spellcheck} aria-describedby=${a.describedBy} aria-invalid=${a.invalid} .value=${a.value} @input=${a.onInput}></div>`;
  }
  return labelledGroup(
    view,
    ctx,
    html`<div class="govuk-input__wrapper"><input
      class=${a.class} id=${view.id} name=${view.id} type=${a.type} inputmode=${a.inputmode} autocomplete=${a.autocomplete}
      spellcheck=${a.spellcheck} aria-describedby=${a.describedBy} aria-invalid=${a.invalid} .value=${a.value} @input=${a.onInput}><div
      class="govuk-input__suffix" aria-hidden="true">${suffix}</div></div>`,
  );
};

export const textarea: FieldRenderer<'textarea'> = (view, ctx) => {
  const field = view.field;
  const max = field.maxLength ?? DEFAULT_MAX_LENGTH.textarea;
  const text = str(view.input);
  const left = max - codePointLength(text);
  const infoId = `${view.id}-info`;
  const error = view.errors.length > 0;
  return labelledGroup(
    view,
    ctx,
    html`<textarea class=${`govuk-textarea${error || left < 0 ? ' govuk-textarea--error' : ''}`}
        id=${view.id} name=${view.id} rows=${field.rows ?? 5}
        aria-describedby=${describedBy(view.describedBy, infoId)}
        aria-invalid=${invalid(error)}
        .value=${live(text)}
        @input=${onInput(view, ctx)}></textarea>
      ${characterCount(infoId, max, left, ctx)}`,
    'govuk-character-count',
  );
};

/** The spoken count waits for a pause in typing this long (govuk-frontend's own is about a second). */
const SPOKEN_COUNT_DELAY = 1000;

function characterCount(infoId: string, max: number, left: number, ctx: RenderContext): TemplateResult {
  const status = left >= 0 ? ctx.t('form.charactersLeft', { n: left }) : ctx.t('form.charactersOver', { n: -left });
  // As govuk-frontend does: the limit is described once, the visible count is hidden from
  // screen readers, and a polite live region announces the count.
  return html`<div id=${infoId} class="govuk-hint govuk-character-count__message govuk-visually-hidden">${ctx.t('form.charactersMax', { n: max })}</div>
    <div class="govuk-character-count__status ${left < 0 ? 'govuk-error-message' : 'govuk-hint'}" aria-hidden="true">${status}</div>
    <div class="govuk-character-count__sr-status govuk-visually-hidden" aria-live="polite">${afterPause(status, SPOKEN_COUNT_DELAY)}</div>`;
}
