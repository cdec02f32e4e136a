// What the preview would send: the envelope (as the answers change, and as submitted) and
// whether it passes the compiled submission schema, with the schema's errors when it does not.
import { html, nothing, type TemplateResult } from 'lit';
import type { SubmissionCheck } from './submission-check.js';

export interface ShownSubmission {
  /** 'draft': built from the answers so far; 'submitted': the envelope of a valid submit. */
  kind: 'draft' | 'submitted';
  envelope: unknown;
  check?: SubmissionCheck;
}

export function submissionPanel(shown: ShownSubmission | undefined): TemplateResult {
  if (!shown) return html`<p class="note">Answer a question or press Submit in the preview to see the submission it emits.</p>`;
  const { check } = shown;
  return html`
    <p class="note">${shown.kind === 'submitted' ? 'Submitted (the caf-submit event): ' : 'As it would be sent with the answers so far: '}
      ${check ? html`<strong class=${check.valid ? 'valid' : 'invalid'}>${check.valid ? 'valid against the compiled submission schema' : `not valid against the compiled submission schema (${check.errors.length})`}</strong>` : nothing}</p>
    ${check && !check.valid ? html`<ul class="schema-errors">${check.errors.map((e) => html`<li><code>${e.path}</code> ${e.message}</li>`)}</ul>` : nothing}
    <pre class="envelope" tabindex="0" aria-label="Submission JSON">${JSON.stringify(shown.envelope, null, 2)}</pre>`;
}
