// <caf-designer-json>: the definition as it will be saved, editable. Valid JSON typed here
// changes the definition (so the outline and the preview follow); a change made elsewhere shows
// here at once. While the text typed here is what produced the definition, it is kept as typed.
import { LitElement, css, html, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { locateJsonError } from '@caf-forms/core';
import { formatLike } from './format-like.js';
import type { Definition } from './operations.js';

export class CafDesignerJson extends LitElement {
  static override styles = css`
    :host { display: block; }
    label { display: block; font-weight: 600; margin-bottom: 0.25rem; }
    textarea { box-sizing: border-box; width: 100%; height: 28rem; font: 0.8rem/1.4 ui-monospace, monospace; border: 2px solid #0b0c0c; }
    textarea:focus { outline: 3px solid #ffdd00; }
    .error { color: #d4351c; font-weight: 600; }
  `;

  @property({ attribute: false }) definition?: Definition;
  /** The file in forms/, whose layout the text follows. */
  @property({ attribute: false }) savedText?: string;
  @state() private text = '';
  @state() private syntax = '';
  /** The definition the text was last made from, or produced. */
  private shown?: Definition;

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('definition') && this.definition !== this.shown) {
      this.shown = this.definition;
      this.text = this.definition ? formatLike(this.definition, this.savedText) : '';
      this.syntax = '';
    }
  }

  private onInput(event: Event): void {
    this.text = (event.target as HTMLTextAreaElement).value;
    const error = locateJsonError(this.text);
    this.syntax = error ? `Line ${error.line}, column ${error.column}: ${error.message}` : '';
    if (error) return;
    const parsed: unknown = JSON.parse(this.text);
    if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) {
      this.syntax = 'A definition is a JSON object ({ … }).';
      return;
    }
    this.shown = parsed as Definition;
    this.dispatchEvent(new CustomEvent<Definition>('json-change', { detail: this.shown }));
  }

  protected override render(): TemplateResult {
    return html`<label for="json-text">The definition as it will be saved</label>
      <textarea id="json-text" spellcheck="false" .value=${this.text} @input=${this.onInput}></textarea>
      <p class=${this.syntax ? 'error' : ''} role="status">${this.syntax || 'Valid JSON: the outline and the preview follow what you type.'}</p>`;
  }
}

if (!customElements.get('caf-designer-json')) customElements.define('caf-designer-json', CafDesignerJson);

declare global {
  interface HTMLElementTagNameMap {
    'caf-designer-json': CafDesignerJson;
  }
}
