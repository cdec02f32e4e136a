// Field renderers: field type → template. <caf-form> composes them; a host replaces how a type
// is drawn for every form (registerRenderer) or for one element (its `renderers` property, over
// these). No custom element per field.
//
// A renderer reads the form through `ctx.store` (read-only) and changes it only through the
// context's actions (set, addRow, removeRow): each goes through the element, which tells the
// page with caf-change. A renderer cannot change answers behind the page's back.
import { html, type TemplateResult } from 'lit';
import type { Field, FieldType, FieldView, FormStore, Item } from '@caf-forms/core/runtime';
import type { Translate } from './messages.js';
import { builtinRenderers } from './renderers/index.js';

/** What a renderer may read of the form's state. */
export type StoreReader = Pick<
  FormStore,
  'model' | 'input' | 'rowInput' | 'rowCount' | 'computedValue' | 'answer' | 'isVisible' | 'isRequired' | 'isContentVisible'
>;

export interface RenderContext {
  store: StoreReader;
  t: Translate;
  /** Prefix of every DOM id in this form, so two forms on one page never share ids. */
  prefix: string;
  /**
   * The level of the heading of the section being drawn: one below the form's title (heading-level,
   * 1 by default), or the title's own level when the section's heading repeats the title and is
   * left out. Headings inside the section are one below this.
   */
  sectionLevel: number;
  /** Stores what the user typed in a field (top-level or in a row) and tells the page. */
  set(view: FieldView, input: unknown): void;
  /** Adds a row to the repeatable group `view` shows, and tells the page. */
  addRow(view: FieldView): void;
  /** Removes row `index` of the repeatable group `view` shows, and tells the page. */
  removeRow(view: FieldView, index: number): void;
  /** Moves focus to the element with this id once the next render is done (new rows, removed rows). */
  focusAfterUpdate(id: string): void;
  /** Renders follow-up items (under an option) in the same row as the field they follow. */
  renderItems(items: readonly Item[], row?: FieldView['row']): TemplateResult;
}

/** Each field type's definition, by type name. */
type FieldByType = { [F in Field as F['type']]: F };
export type FieldOf<T extends FieldType> = FieldByType[T];
/** Draws one field of type T: its view's `field` is that type's definition, no cast needed. */
export type FieldRenderer<T extends FieldType = FieldType> = (view: FieldView<FieldOf<T>>, ctx: RenderContext) => TemplateResult;
/** Renderers by field type, each typed by its own field. */
export type Renderers = { [T in FieldType]?: FieldRenderer<T> };

const registered: Renderers = { ...builtinRenderers };

/** Replaces how a field type is drawn, for every form on the page (a per-element `renderers` property wins). */
export function registerRenderer<T extends FieldType>(type: T, renderer: FieldRenderer<T>): void {
  (registered as Record<string, unknown>)[type] = renderer;
}

/** The renderer for a field: the element's own, then the registered one. */
export function rendererFor<T extends FieldType>(type: T, own?: Renderers): FieldRenderer<T> {
  return own?.[type] ?? registered[type] ?? unknownType;
}

/** A type nobody can draw is shown, not skipped: a silently missing question is worse. */
const unknownType: FieldRenderer = (view, ctx) =>
  html`<div class="govuk-form-group caf-unknown-type"><p class="govuk-body">${ctx.t('form.unknownType', { type: view.field.type })}</p></div>`;
