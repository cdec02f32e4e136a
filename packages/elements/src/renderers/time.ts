// A time of day: one text input, as GOV.UK asks for times (there is no time component; a
// native type=time input reads poorly in screen readers and forces a 12- or 24-hour picker on
// people). The engine accepts "14:30", "2:30pm", "midday" and the like (core/src/fields/time.ts).
import { live } from 'lit/directives/live.js';
import { html } from 'lit';
import type { FieldRenderer } from '../registry.js';
import { describedBy, errorMessage, groupClass, hint, invalid, labelText, str } from './parts.js';

export const timeField: FieldRenderer<'time'> = (view, ctx) => {
  const error = view.errors.length > 0;
  return html`<div class=${groupClass(view)}><label class="govuk-label" for=${view.id}>${labelText(view, ctx)}</label>${hint(view)}${errorMessage(view, ctx)}<input
    class=${`govuk-input govuk-input--width-5${error ? ' govuk-input--error' : ''}`} id=${view.id} name=${view.id} type="text"
    spellcheck="false" aria-describedby=${describedBy(view.describedBy)} aria-invalid=${invalid(error)}
    .value=${live(str(view.input))} @input=${(e: Event) => ctx.set(view, (e.target as HTMLInputElement).value)}></div>`;
};
