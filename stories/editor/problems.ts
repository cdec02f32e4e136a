// The editor's problem list: each problem with its JSON path (or line and column, for a syntax
// error), its message, and the offending line of the designer's text with the place marked.
// Everything is rendered as text, never as HTML.
import { html, nothing, type TemplateResult } from 'lit';
import { lineAndColumn, type Place } from './json-places.js';

export interface EditorProblem {
  /** A JSON pointer, or '' for a JSON syntax error. */
  path: string;
  message: string;
  place?: Place;
}

function excerpt(text: string, place: Place): TemplateResult {
  const lineStart = text.lastIndexOf('\n', place.start - 1) + 1;
  const nextBreak = text.indexOf('\n', place.start);
  const lineEnd = nextBreak === -1 ? text.length : nextBreak;
  // A syntax error is a point; mark at least one character so that it shows.
  const markEnd = Math.min(Math.max(place.end, place.start + 1), lineEnd);
  const { line } = lineAndColumn(text, place.start);
  return html`<pre class="excerpt"><span class="line-number">${line}</span>${text.slice(lineStart, place.start)}<mark>${text.slice(place.start, markEnd) || ' '}</mark>${text.slice(markEnd, lineEnd)}</pre>`;
}

export function problemList(problems: readonly EditorProblem[], text: string, show: (place: Place) => void): TemplateResult {
  return html`<ul class="problems">
    ${problems.map((p) => {
      const where = p.place ? lineAndColumn(text, p.place.start) : undefined;
      return html`<li class="problem">
        ${p.path ? html`<code class="problem-path">${p.path}</code>` : nothing}
        <span class="problem-message">${p.message}</span>
        ${p.place ? excerpt(text, p.place) : nothing}
        ${p.place && where ? html`<button type="button" class="show" @click=${() => show(p.place!)}>Select it in the definition (line ${where.line}, column ${where.column})</button>` : nothing}
      </li>`;
    })}
  </ul>`;
}
