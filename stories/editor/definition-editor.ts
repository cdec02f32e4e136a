// <caf-definition-editor>: a designer's workshop, used only by the editor story. Edit a whole
// definition as JSON on the left; the real <caf-form> renders it on the right as you type.
// Every problem checkDefinition finds is listed with its path and the place in the text; invalid
// JSON is reported with line and column, and the preview keeps the last text that parsed.
import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { checkDefinition, locateJsonError, newSubmissionId, type FormDefinition } from '@caf-forms/core';
import type { CafChangeDetail, CafSubmitDetail } from '@caf-forms/elements';
import { FORM_IDS, formDefinition } from '../support/forms.js';
import { editorStyles } from './editor-styles.js';
import { jsonPlaces, placeOf, type Place } from './json-places.js';
import { problemList, type EditorProblem } from './problems.js';
import { checkSubmission } from './submission-check.js';
import { submissionPanel, type ShownSubmission } from './submission-panel.js';

/** Wait this long after the last keystroke before re-checking: a large form takes a moment. */
const TYPING_PAUSE_MS = 250;

export class CafDefinitionEditor extends LitElement {
  static override styles = editorStyles;

  /** The form in forms/ to start from. */
  @property() start = 'example';

  /** Not a @state: typing must not re-render; the check after a pause does. */
  private text = '';
  /** The last text that was valid JSON: what the preview shows. */
  @state() private parsed?: unknown;
  @state() private problems: EditorProblem[] = [];
  @state() private syntaxError = false;
  @state() private submission?: ShownSubmission;
  @query('textarea') private textarea!: HTMLTextAreaElement;
  private timer?: ReturnType<typeof setTimeout>;
  private readonly startedAt = new Date().toISOString();

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('start')) this.load(JSON.stringify(formDefinition(this.start), null, 2));
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.timer);
  }

  private load(text: string): void {
    this.text = text;
    this.analyse();
  }

  private onInput(event: Event): void {
    this.text = (event.target as HTMLTextAreaElement).value;
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.analyse(), TYPING_PAUSE_MS);
  }

  private analyse(): void {
    const syntax = locateJsonError(this.text);
    this.syntaxError = syntax !== undefined;
    if (syntax) {
      const offset = offsetOf(this.text, syntax.line, syntax.column);
      this.problems = [{ path: '', message: `Line ${syntax.line}, column ${syntax.column}: ${syntax.message}`, place: { start: offset, end: offset + 1 } }];
      return;
    }
    const parsed: unknown = JSON.parse(this.text);
    const result = checkDefinition(parsed);
    const places = result.ok ? undefined : jsonPlaces(this.text);
    this.problems = result.problems.map((p) => ({ ...p, place: places && placeOf(places, p.path) }));
    this.parsed = parsed;
    this.submission = undefined;
  }

  /** Selects the offending text in the editor and scrolls it into view. */
  private show(place: Place): void {
    const textarea = this.textarea;
    textarea.focus();
    textarea.setSelectionRange(place.start, Math.max(place.end, place.start + 1));
    const line = this.text.slice(0, place.start).split('\n').length;
    const lineHeight = parseFloat(getComputedStyle(textarea).lineHeight) || 20;
    textarea.scrollTop = Math.max(0, (line - 3) * lineHeight);
  }

  private download(): void {
    const id = (this.parsed as { id?: unknown } | undefined)?.id;
    const link = document.createElement('a');
    link.href = URL.createObjectURL(new Blob([this.text], { type: 'application/json' }));
    link.download = `${typeof id === 'string' && id ? id : 'definition'}.json`;
    link.click();
    setTimeout(() => URL.revokeObjectURL(link.href), 1000);
  }

  /** The definition the preview shows, when it passed the check (the submission needs one). */
  private get checked(): FormDefinition | undefined {
    return !this.syntaxError && this.problems.length === 0 ? (this.parsed as FormDefinition) : undefined;
  }

  private onChange(event: CustomEvent<CafChangeDetail>): void {
    const definition = this.checked;
    if (!definition) return;
    const now = new Date().toISOString();
    const envelope = {
      formId: definition.id,
      formVersion: definition.version,
      submissionId: newSubmissionId(),
      startedAt: this.startedAt,
      submittedAt: now,
      ...event.detail,
    };
    this.submission = { kind: 'draft', envelope, check: checkSubmission(definition, envelope) };
  }

  private onSubmit(event: CustomEvent<CafSubmitDetail>): void {
    event.preventDefault(); // the preview never posts
    const definition = this.checked;
    const { envelope } = event.detail;
    this.submission = { kind: 'submitted', envelope, check: definition && checkSubmission(definition, envelope) };
  }

  private status(): string {
    if (this.syntaxError) return 'The definition is not valid JSON. The preview shows the last text that was.';
    const n = this.problems.length;
    return n === 0 ? 'No problems: the definition passes checkDefinition.' : `${n} ${n === 1 ? 'problem' : 'problems'} found by checkDefinition.`;
  }

  protected override render(): TemplateResult {
    return html`<div class="editor">
      <section class="source" aria-labelledby="source-heading">
        <h2 id="source-heading">Definition</h2>
        <div class="row">
          <label for="start">Start from a form in forms/</label>
          <select id="start" @change=${(e: Event) => {
            this.start = (e.target as HTMLSelectElement).value;
          }}>
            ${FORM_IDS.map((id) => html`<option value=${id} ?selected=${id === this.start}>${id}</option>`)}
          </select>
          <button type="button" @click=${this.download}>Download the definition</button>
        </div>
        <label for="json">Definition (JSON)</label>
        <textarea id="json" spellcheck="false" autocomplete="off" .value=${this.text} @input=${this.onInput}></textarea>
        <h2 id="problems-heading">Problems</h2>
        <p class=${this.problems.length ? 'status has-problems' : 'status'} role="status">${this.status()}</p>
        ${this.problems.length ? problemList(this.problems, this.text, (place) => this.show(place)) : nothing}
      </section>
      <section class="preview" aria-labelledby="preview-heading">
        <h2 id="preview-heading">Preview</h2>
        ${
          this.parsed === undefined
            ? html`<p class="note">Nothing to show until the text is valid JSON.</p>`
            : html`<caf-form .definition=${this.parsed} @caf-change=${this.onChange} @caf-submit=${this.onSubmit}></caf-form>`
        }
        <h2>Submission</h2>
        ${submissionPanel(this.submission)}
      </section>
    </div>`;
  }
}

/** The offset of a 1-based line and column. */
function offsetOf(text: string, line: number, column: number): number {
  let offset = 0;
  for (let l = 1; l < line; l++) offset = text.indexOf('\n', offset) + 1;
  return offset + column - 1;
}

if (!customElements.get('caf-definition-editor')) customElements.define('caf-definition-editor', CafDefinitionEditor);

declare global {
  interface HTMLElementTagNameMap {
    'caf-definition-editor': CafDefinitionEditor;
  }
}
