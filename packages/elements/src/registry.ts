// Field renderers are entries in one registry: field type → template. <caf-form> composes
// them, and a host adds its own field types with registerRenderer. No custom element per field.
import { html, type TemplateResult } from 'lit';
import type { FieldView, FormStore, Item, Translate } from '@caf-forms/core/runtime';
import { builtinRenderers } from './renderers/index.js';

export interface RenderContext {
  store: FormStore;
  t: Translate;
  /** Prefix of every DOM id in this form, so two forms on one page never share ids. */
  prefix: string;
  /** Stores what the user typed in a field (top-level or in a row) and tells the page. */
  set(view: FieldView, input: unknown): void;
  /** Moves focus to the element with this id once the next render is done (new rows, removed rows). */
  focusAfterUpdate(id: string): void;
  /** Renders follow-up items (under an option) in the same row as the field they follow. */
  renderItems(items: readonly Item[], row?: FieldView['row']): TemplateResult;
}

export type FieldRenderer = (view: FieldView, ctx: RenderContext) => TemplateResult;

const renderers = new Map<string, FieldRenderer>(Object.entries(builtinRenderers));

/** Adds (or replaces) the renderer for a field type. Hosts call this for their own types. */
export function registerRenderer(type: string, renderer: FieldRenderer): void {
  renderers.set(type, renderer);
}

export function rendererFor(type: string): FieldRenderer {
  return renderers.get(type) ?? unknownType;
}

/** A type nobody registered is shown, not skipped: a silently missing question is worse. */
const unknownType: FieldRenderer = (view, ctx) =>
  html`<div class="govuk-form-group caf-unknown-type"><p class="govuk-body">${ctx.t('form.unknownType', { type: view.field.type })}</p></div>`;
