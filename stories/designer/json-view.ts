// <caf-designer-json>: the definition as it will be saved, in CodeMirror 6 with completion,
// hover and lint from the meta-schema (codemirror-json-schema; completion: json-completion.ts) and the engine's own problems
// (checkDefinition) as diagnostics. In sync both ways: valid JSON typed here changes the
// definition (the outline and the preview follow); a change made elsewhere replaces the text.
// While the text typed here is what produced the definition, it is kept as typed.
import { LitElement, css, html, type PropertyValues, type TemplateResult } from 'lit';
import { property, query } from 'lit/decorators.js';
import { basicSetup } from 'codemirror';
import { Annotation, EditorState } from '@codemirror/state';
import { EditorView, hoverTooltip } from '@codemirror/view';
import { forEachDiagnostic, linter, type Diagnostic } from '@codemirror/lint';
import { json, jsonLanguage, jsonParseLinter } from '@codemirror/lang-json';
import { handleRefresh, jsonSchemaHover, jsonSchemaLinter, stateExtensions } from 'codemirror-json-schema';
import { checkDefinition, locateJsonError } from '@caf-forms/core';
import schema from '../../packages/core/schema/definition.schema.json';
import { jsonPlaces, placeOf } from '../editor/json-places.js';
import { formatLike } from './format-like.js';
import { definitionCompletion } from './json-completion.js';
import type { Definition } from './operations.js';

/** Marks a replacement of the whole text from outside, which must not come back as an edit. */
const fromOutside = Annotation.define<boolean>();

/** checkDefinition's problems, each at the place in the text its path points to. */
const engineProblems = linter(
  (view): Diagnostic[] => {
    const text = view.state.doc.toString();
    if (locateJsonError(text)) return []; // the JSON linter reports syntax
    const result = checkDefinition(JSON.parse(text));
    if (result.ok) return [];
    const places = jsonPlaces(text);
    return result.problems.map((p) => {
      const place = placeOf(places, p.path) ?? { start: 0, end: 1 };
      return { from: place.start, to: Math.max(place.end, place.start + 1), severity: 'error', source: 'checkDefinition', message: `${p.path}: ${p.message}` };
    });
  },
  { delay: 300 },
);

export class CafDesignerJson extends LitElement {
  static override styles = css`
    :host { display: block; }
    .label { display: block; font-weight: 600; margin-bottom: 0.25rem; }
    .editor { border: 2px solid #0b0c0c; height: 32rem; }
    .editor .cm-editor { height: 100%; }
    .editor .cm-editor.cm-focused { outline: 3px solid #ffdd00; }
    .editor .cm-scroller { font: 0.8rem/1.4 ui-monospace, monospace; }
    .error { color: #d4351c; font-weight: 600; }
  `;

  @property({ attribute: false }) definition?: Definition;
  /** The file in forms/, whose layout the text follows. */
  @property({ attribute: false }) savedText?: string;
  @query('.editor') private host!: HTMLElement;
  @query('[role="status"]') private statusLine!: HTMLElement;
  private view?: EditorView;
  /** The definition the text was last made from, or produced. */
  private shown?: Definition;

  protected override firstUpdated(): void {
    this.view = new EditorView({
      parent: this.host,
      root: this.shadowRoot ?? document,
      state: EditorState.create({
        doc: this.textOf(this.definition),
        extensions: [
          basicSetup,
          EditorView.lineWrapping,
          // codemirror-json-schema's bundle, with our completion instead of its own (json-completion.ts says why).
          json(),
          linter(jsonParseLinter()),
          linter(jsonSchemaLinter(), { needsRefresh: handleRefresh }),
          hoverTooltip(jsonSchemaHover()),
          stateExtensions(schema as never),
          jsonLanguage.data.of({ autocomplete: definitionCompletion }),
          engineProblems,
          // tabindex: the text is focusable anyway (contenteditable); saying so lets axe see the scroller is reachable.
          EditorView.contentAttributes.of({ 'aria-label': 'The definition as JSON', 'aria-describedby': 'json-status', tabindex: '0' }),
          EditorView.updateListener.of((update) => {
            if (update.docChanged && !update.transactions.some((t) => t.annotation(fromOutside))) this.onEdit(update.state.doc.toString());
          }),
        ],
      }),
    });
    this.shown = this.definition;
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.view?.destroy();
    this.view = undefined;
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (!this.view || !changed.has('definition') || this.definition === this.shown) return;
    this.shown = this.definition;
    const text = this.textOf(this.definition);
    this.view.dispatch({ changes: { from: 0, to: this.view.state.doc.length, insert: text }, annotations: fromOutside.of(true) });
    this.say('');
  }

  /** The text as a JSON string: also what tests read. */
  get text(): string {
    return this.view?.state.doc.toString() ?? '';
  }

  /** The messages of the diagnostics shown in the text (schema lint and checkDefinition). */
  get diagnostics(): string[] {
    const out: string[] = [];
    if (this.view) forEachDiagnostic(this.view.state, (d) => out.push(`${d.source ?? 'json'}: ${d.message}`));
    return out;
  }

  private textOf(definition: Definition | undefined): string {
    return definition ? formatLike(definition, this.savedText) : '';
  }

  private say(syntax: string): void {
    this.statusLine.textContent = syntax || 'Valid JSON: the outline and the preview follow what you type.';
    this.statusLine.className = syntax ? 'error' : '';
  }

  private onEdit(text: string): void {
    const error = locateJsonError(text);
    if (error) return this.say(`Line ${error.line}, column ${error.column}: ${error.message}`);
    const parsed: unknown = JSON.parse(text);
    if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) return this.say('A definition is a JSON object ({ … }).');
    this.say('');
    this.shown = parsed as Definition;
    this.dispatchEvent(new CustomEvent<Definition>('json-change', { detail: this.shown }));
  }

  protected override render(): TemplateResult {
    return html`<span class="label">The definition as it will be saved (completion with Ctrl+Space; problems are underlined)</span>
      <div class="editor"></div>
      <p id="json-status" role="status">Valid JSON: the outline and the preview follow what you type.</p>`;
  }
}

if (!customElements.get('caf-designer-json')) customElements.define('caf-designer-json', CafDesignerJson);

declare global {
  interface HTMLElementTagNameMap {
    'caf-designer-json': CafDesignerJson;
  }
}
