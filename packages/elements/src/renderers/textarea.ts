// Long text, with GOV.UK's character count that counts down and never blocks typing (no
// maxlength attribute: a pasted answer is kept whole, and the count says how much to cut).
import { html, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { DEFAULT_MAX_LENGTH, codePointLength } from '@caf-forms/core/runtime';
import type { FieldRenderer, RenderContext } from '../registry.js';
import { afterPause } from '../directives/after-pause.js';
import { describedBy, invalid, labelledGroup, str } from './parts.js';
import { onInput } from './text.js';

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
