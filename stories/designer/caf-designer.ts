// <caf-designer>: the form designer, used only by the Designer story. The outline of the form
// (a WAI-ARIA tree), the properties of the selected item (generated from the meta-schema), the
// real <caf-form> as the preview, and the problems, versions and seed-wording panels. Every
// change goes through commit(), which keeps the state before it for undo.
import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { checkDefinition, type DefinitionProblem, type FormDefinition } from '@caf-forms/core';
import type { CafSubmitDetail } from '@caf-forms/elements';
import { FORM_IDS } from '../support/forms.js';
import { checkSubmission } from '../editor/submission-check.js';
import { submissionPanel, type ShownSubmission } from '../editor/submission-panel.js';
import { designerStyles } from './designer-styles.js';
import { blankForm, formText } from './form-files.js';
import { problemsPanel, versionsPanel, wordingPanel } from './panels.js';
import { formatLike } from './format-like.js';
import { History, type Snapshot } from './history.js';
import { edit, get, isObject, type Json, type JsonObject } from './json-pointer.js';
import { ROOT, TYPE_CHOICES, itemSchema } from './meta-schema.js';
import {
  addFollowUp,
  addItem,
  addSection,
  changeType,
  duplicate,
  idFromLabel,
  idsIn,
  move,
  moveTo,
  remove,
  renameReferences,
  uniqueId,
  type Definition,
} from './operations.js';
import { nodeFor, outlineOf, visibleNodes, type OutlineNode } from './outline.js';
import { humanise, objectFields, type PropertyContext } from './properties.js';
import { questionsOf } from './conditions.js';
import { computedPanel } from './computed-editor.js';
import './json-view.js';

/** The form node (title, id, version…) and the computed values node sit beside the sections. */
const FORM = '';
const COMPUTED = '/computed';
const SAVE_URL = '/__caf-designer/save';
const TYPE_AHEAD_MS = 700;
/** Items and sections: what can be duplicated, moved and deleted. */
const MOVABLE = /(^\/sections\/\d+$)|(\/(items|reveal(\/(yes|no))?)\/\d+$)/;
/** <caf-form> prefixes its element ids with 'caf-<instance>-'. */
const DOM_PREFIX = /^caf-(\d+-)?/;

export class CafDesigner extends LitElement {
  static override styles = designerStyles;

  /** The form in forms/ to start from, or 'blank'. */
  @property() start = 'consent';

  @state() private definition: Definition = {};
  @state() private selected = FORM;
  @state() private collapsed = new Set<string>();
  @state() private picking = false;
  @state() private status = '';
  @state() private showJson = false;
  @state() private submission?: ShownSubmission;
  /** The file as it is in forms/ (its text), or undefined for a new form. */
  @state() private savedText?: string;
  private saved?: FormDefinition;
  /** Ids, and option values, in the file in forms/: they never follow a label. */
  private publishedIds = new Set<string>();
  private publishedValues = new Set<string>();
  private problems: DefinitionProblem[] = [];
  private outline: OutlineNode[] = [];
  private readonly history = new History();
  private typed = '';
  private typedAt = 0;
  private focusTree = false;
  /** The item being dragged in the outline. */
  private dragging?: string;
  private highlighted?: HTMLElement;
  @query('[role="tree"]') private tree?: HTMLElement;

  protected override willUpdate(changed: PropertyValues): void {
    if (changed.has('start')) this.load(this.start);
    if (changed.has('definition')) {
      this.problems = checkDefinition(this.definition).problems;
      this.outline = outlineOf(this.definition);
      // An item removed in the JSON view: select the form, so the outline keeps its tab stop.
      if (this.selected !== FORM && this.selected !== COMPUTED && get(this.definition, this.selected) === undefined) this.selected = FORM;
    }
  }

  /** Starts from a form in forms/, or from a blank form. */
  load(start: string): void {
    const text = start === 'blank' ? undefined : formText(start);
    this.savedText = text;
    this.saved = text === undefined ? undefined : (JSON.parse(text) as FormDefinition);
    this.definition = (text === undefined ? blankForm() : JSON.parse(text)) as Definition;
    this.remember();
    this.selected = text === undefined ? '/sections/0' : FORM;
    this.history.clear();
    this.submission = undefined;
    this.status = text === undefined ? 'A blank form. Add questions with “Add”.' : `Editing forms/${start}.json.`;
  }

  /** Notes the ids and option values of the saved file. */
  private remember(): void {
    this.publishedIds = idsIn(this.saved);
    this.publishedValues = new Set();
    const visit = (node: unknown): void => {
      if (Array.isArray(node)) node.forEach(visit);
      else if (isObject(node)) {
        for (const [key, value] of Object.entries(node)) {
          if ((key === 'options' || key === 'columns') && Array.isArray(value))
            value.forEach((o) => isObject(o) && typeof o.value === 'string' && this.publishedValues.add(`${String(node.id)}:${o.value}`));
          visit(value);
        }
      }
    };
    visit(this.saved);
  }

  /** The definition as it would be saved: laid out like its file in forms/. */
  fileText(): string {
    return formatLike(this.definition, this.savedText);
  }

  private snapshot(): Snapshot {
    return { definition: this.definition, selected: this.selected };
  }

  /** Every change to the definition comes here. `typingIn` merges keystrokes in one box into one undo step. */
  private commit(definition: Definition, selected = this.selected, message = '', typingIn?: string): void {
    this.history.record(this.snapshot(), typingIn);
    this.definition = definition;
    this.selected = selected;
    this.status = message;
    if (!typingIn) this.history.seal();
  }

  private undo(): void {
    const previous = this.history.undo(this.snapshot());
    if (!previous) return;
    this.definition = previous.definition;
    this.selected = previous.selected;
    this.status = 'Undone.';
  }

  private redo(): void {
    const next = this.history.redo(this.snapshot());
    if (!next) return;
    this.definition = next.definition;
    this.selected = next.selected;
    this.status = 'Redone.';
  }

  // ---- selection and the preview -------------------------------------------------------------

  private select(pointer: string, focus = false): void {
    this.selected = pointer;
    this.focusTree = focus;
    this.picking = false;
    this.history.seal();
  }

  protected override updated(): void {
    if (this.focusTree) {
      this.focusTree = false;
      this.tree?.querySelector<HTMLElement>('[role="treeitem"][tabindex="0"]')?.focus();
    }
    void this.highlightInPreview();
  }

  /** Scrolls the preview to the selected question and marks it. */
  private async highlightInPreview(): Promise<void> {
    const form = this.renderRoot.querySelector('caf-form');
    if (!form) return;
    await form.updateComplete;
    this.highlighted?.classList.remove('caf-designer-selected');
    this.highlighted?.style.removeProperty('outline');
    this.highlighted?.style.removeProperty('outline-offset');
    this.highlighted = undefined;
    const item = get(this.definition, this.selected);
    const id = isObject(item) && typeof item.id === 'string' ? item.id : undefined;
    const root = form.shadowRoot ?? form;
    const section = /^\/sections\/\d+$/.test(this.selected);
    let target: Element | undefined;
    if (id) {
      const element = [...root.querySelectorAll('[id]')].find((el) => {
        const rest = el.id.replace(DOM_PREFIX, '');
        return section ? rest === `section-${id}` : rest === id || rest.startsWith(`${id}-`) || new RegExp(`^[A-Za-z0-9_]+-0-${id}($|-)`).test(rest);
      });
      target = section ? element : (element?.closest('.govuk-form-group') ?? element?.closest('fieldset') ?? element);
    }
    if (!(target instanceof HTMLElement)) return;
    // The preview's own styles are in its shadow root: an inline outline marks the selection.
    target.style.outline = '4px solid #ffdd00';
    target.style.outlineOffset = '6px';
    this.highlighted = target;
    if (this.lastScrolled !== this.selected) {
      this.lastScrolled = this.selected;
      target.scrollIntoView({ block: 'nearest' });
    }
  }
  private lastScrolled?: string;

  /** A click in the preview selects the question clicked in the outline. */
  private onPreviewClick(event: Event): void {
    const ids = new Map<string, string>();
    const collect = (nodes: readonly OutlineNode[]): void =>
      nodes.forEach((n) => {
        if (n.id && n.kind !== 'section') ids.set(n.id, n.pointer);
        collect(n.children);
      });
    collect(this.outline);
    for (const target of event.composedPath()) {
      if (!(target instanceof Element)) continue;
      const group = target.matches('.govuk-form-group, fieldset') ? target : undefined;
      if (!group) continue;
      for (const el of [group, ...group.querySelectorAll('[id]')]) {
        const rest = el.id.replace(DOM_PREFIX, '');
        // A row's field: '<group>-<row>-<field>…'; otherwise the longest field id the element's id starts with.
        const row = /^[A-Za-z][A-Za-z0-9_]*-\d+-([A-Za-z][A-Za-z0-9_]*)/.exec(rest);
        const match =
          row && ids.has(row[1]!) ? row[1]! : [...ids.keys()].filter((id) => rest === id || rest.startsWith(`${id}-`)).sort((a, b) => b.length - a.length)[0];
        if (match) {
          this.lastScrolled = ids.get(match);
          this.select(ids.get(match)!);
          return;
        }
      }
    }
  }

  private onSubmit(event: CustomEvent<CafSubmitDetail>): void {
    event.preventDefault(); // the preview never posts
    const { envelope } = event.detail;
    const checked = checkDefinition(this.definition);
    this.submission = { kind: 'submitted', envelope, check: checked.ok ? checkSubmission(checked.definition, envelope) : undefined };
  }

  // ---- the outline ---------------------------------------------------------------------------

  private onTreeKey(event: KeyboardEvent): void {
    const rows = [
      { node: { pointer: FORM, name: this.formTitle, kind: 'form', children: [] } as OutlineNode, depth: 1 },
      ...visibleNodes(this.outline, this.collapsed),
      { node: { pointer: COMPUTED, name: 'Computed values', kind: 'computed-values', children: [] } as OutlineNode, depth: 1 },
    ];
    const at = Math.max(
      0,
      rows.findIndex((r) => r.node.pointer === this.selected),
    );
    const current = rows[at]!;
    const go = (index: number): void => {
      event.preventDefault();
      const row = rows[Math.max(0, Math.min(rows.length - 1, index))]!;
      this.select(row.node.pointer, true);
    };
    if (event.altKey && (event.key === 'ArrowUp' || event.key === 'ArrowDown')) {
      event.preventDefault();
      this.moveSelected(event.key === 'ArrowUp' ? -1 : 1);
      return;
    }
    switch (event.key) {
      case 'ArrowDown':
        return go(at + 1);
      case 'ArrowUp':
        return go(at - 1);
      case 'Home':
        return go(0);
      case 'End':
        return go(rows.length - 1);
      case 'ArrowRight':
        if (current.node.children.length) {
          event.preventDefault();
          if (this.collapsed.has(current.node.pointer)) this.toggle(current.node.pointer);
          else go(at + 1);
        }
        return;
      case 'ArrowLeft': {
        event.preventDefault();
        if (current.node.children.length && !this.collapsed.has(current.node.pointer)) return this.toggle(current.node.pointer);
        const parent = 'parent' in current ? (current as { parent?: OutlineNode }).parent : undefined;
        if (parent) this.select(parent.pointer, true);
        return;
      }
      case 'Delete':
        event.preventDefault();
        return this.deleteSelected();
      case 'Insert':
      case '+':
        event.preventDefault();
        return void this.openPicker();
      case 'Enter':
        // Enter goes to the selected item's first words (label, title or text) to edit them.
        event.preventDefault();
        return void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('.properties [data-primary]')?.focus());
      default:
        break;
    }
    // Type-ahead: letters typed in quick succession find the next item whose name starts with them.
    if (event.key.length === 1 && !event.ctrlKey && !event.metaKey && !event.altKey && event.key !== ' ') {
      const now = Date.now();
      this.typed = (now - this.typedAt < TYPE_AHEAD_MS ? this.typed : '') + event.key.toLowerCase();
      this.typedAt = now;
      const order = [...rows.slice(at + (this.typed.length === 1 ? 1 : 0)), ...rows.slice(0, at + 1)];
      const found = order.find((r) => r.node.name.toLowerCase().startsWith(this.typed));
      if (found) {
        event.preventDefault();
        this.select(found.node.pointer, true);
      }
    }
  }

  private async openPicker(): Promise<void> {
    this.picking = true;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('#type-picker button')?.focus();
  }

  /** Escape in the properties goes back to the item in the outline. */
  private onPropertiesKey(event: KeyboardEvent): void {
    // The JSON view's editor has its own Escape (closing its search, its completions).
    if (event.key !== 'Escape' || event.defaultPrevented || event.composedPath().some((t) => t instanceof Element && t.localName === 'caf-designer-json'))
      return;
    event.preventDefault();
    this.select(this.selected, true);
    this.requestUpdate();
  }

  private toggle(pointer: string): void {
    const next = new Set(this.collapsed);
    if (next.has(pointer)) next.delete(pointer);
    else next.add(pointer);
    this.collapsed = next;
  }

  private get formTitle(): string {
    return `Form: ${typeof this.definition.title === 'string' ? this.definition.title : 'untitled'}`;
  }

  /**
   * One row of the tree. The tree is flat (aria-level, aria-setsize and aria-posinset give its
   * shape), as the WAI-ARIA tree pattern allows: nested groups would make each item's accessible
   * name include all of its children's.
   */
  private treeItem(node: OutlineNode, depth: number, setSize: number, position: number): TemplateResult {
    const expandable = node.children.length > 0;
    const expanded = expandable && !this.collapsed.has(node.pointer);
    const selected = node.pointer === this.selected;
    // Dragging is a shortcut for Move up/down (and moves between sections); nothing needs it.
    const movable = MOVABLE.test(node.pointer);
    // The item is named by its text (the name and kind below), which the rule cannot see through
    // the template; keys are handled once for the whole tree (onTreeKey: a roving tabindex).
    // eslint-disable-next-line lit-a11y/accessible-name, lit-a11y/click-events-have-key-events
    return html`<li role="treeitem" aria-level=${depth} aria-setsize=${setSize} aria-posinset=${position} aria-selected=${selected ? 'true' : 'false'}
        aria-expanded=${expandable ? String(expanded) : nothing} tabindex=${selected ? '0' : '-1'} data-pointer=${node.pointer} style="--depth: ${depth - 1}"
        draggable=${movable ? 'true' : 'false'}
        @dragstart=${(e: DragEvent) => {
          this.dragging = node.pointer;
          e.dataTransfer?.setData('text/plain', node.name);
        }}
        @dragover=${(e: DragEvent) => {
          if (this.dragging && movable) e.preventDefault();
        }}
        @drop=${(e: DragEvent) => {
          e.preventDefault();
          if (this.dragging) this.apply(moveTo(this.definition, this.dragging, node.pointer), 'Moved.');
          this.dragging = undefined;
        }}
        @dragend=${() => {
          this.dragging = undefined;
        }}
        @click=${() => this.select(node.pointer, true)}>
      <span class="node">${
        expandable
          ? html`<span class="twisty" aria-hidden="true" @click=${(e: Event) => {
              e.stopPropagation();
              this.toggle(node.pointer);
            }}>${expanded ? '▾' : '▸'}</span>`
          : html`<span class="twisty"></span>`
      }<span class="name">${node.name}</span>
        <span class="kind"><span class="visually-hidden">(</span>${node.kind}<span class="visually-hidden">)</span></span></span>
    </li>
    ${expanded ? node.children.map((c, i) => this.treeItem(c, depth + 1, node.children.length, i + 1)) : nothing}`;
  }

  private renderOutline(): TemplateResult {
    const top = this.outline.length + 2;
    const isItem = MOVABLE.test(this.selected);
    return html`<section class="outline" aria-labelledby="outline-heading">
      <h2 id="outline-heading">Outline</h2>
      <div class="toolbar" role="toolbar" aria-label="Change the outline" @keydown=${this.onToolbarKey}>
        <button type="button" aria-expanded=${String(this.picking)} aria-keyshortcuts="Insert" @click=${() => {
          if (this.picking) this.picking = false;
          else void this.openPicker();
        }}>Add…</button>
        <button type="button" @click=${() => this.apply(addSection(this.definition, this.selected), 'Added a section.')}>Add section</button>
        <button type="button" ?disabled=${!isItem} @click=${() => this.apply(duplicate(this.definition, this.selected), 'Duplicated.')}>Duplicate</button>
        <button type="button" ?disabled=${!isItem} aria-keyshortcuts="Alt+ArrowUp" @click=${() => this.moveSelected(-1)}>Move up</button>
        <button type="button" ?disabled=${!isItem} aria-keyshortcuts="Alt+ArrowDown" @click=${() => this.moveSelected(1)}>Move down</button>
        <button type="button" ?disabled=${!isItem} aria-keyshortcuts="Delete" @click=${this.deleteSelected}>Delete</button>
      </div>
      ${this.picking ? this.renderPicker() : nothing}
      <ul role="tree" aria-labelledby="outline-heading" aria-describedby="tree-keys" @keydown=${this.onTreeKey}>
        ${this.treeItem({ pointer: FORM, name: this.formTitle, kind: 'form', children: [] }, 1, top, 1)}
        ${this.outline.map((n, i) => this.treeItem(n, 1, top, i + 2))}
        ${this.treeItem({ pointer: COMPUTED, name: 'Computed values', kind: `${Array.isArray(this.definition.computed) ? this.definition.computed.length : 0}`, children: [] }, 1, top, top)}
      </ul>
      <p class="keys" id="tree-keys">Arrow keys move through the outline; type to jump to an item; Enter edits it (Escape comes back); Insert or + adds after it; Alt+↑/↓ moves it; Delete deletes it; Ctrl+Z undoes, Ctrl+Shift+Z redoes.</p>
    </section>`;
  }

  /** Arrow keys move between the toolbar's buttons (one tab stop would be the pattern; these stay tabbable too). */
  private onToolbarKey(event: KeyboardEvent): void {
    if (event.key !== 'ArrowRight' && event.key !== 'ArrowLeft') return;
    const buttons = [...(event.currentTarget as HTMLElement).querySelectorAll<HTMLButtonElement>('button:not([disabled])')];
    const at = buttons.indexOf(event.target as HTMLButtonElement);
    buttons[(at + (event.key === 'ArrowRight' ? 1 : -1) + buttons.length) % buttons.length]?.focus();
  }

  private renderPicker(): TemplateResult {
    const choose = (type: string): void => {
      this.picking = false;
      const result = addItem(this.definition, this.selected.startsWith('/sections/') ? this.selected : '/sections/0', type);
      this.apply(result, `Added a ${type}.`);
      this.focusTree = true;
    };
    const group = (kind: 'field' | 'content', title: string): TemplateResult => html`<h3>${title}</h3>
      <ul class="types">${TYPE_CHOICES.filter((c) => c.kind === kind).map((c) => html`<li><button type="button" class="type" data-type=${c.type} @click=${() => choose(c.type)}><strong>${humanise(c.type)}</strong> <span>${c.description}</span></button></li>`)}</ul>`;
    return html`<div id="type-picker" class="picker" role="region" aria-label="Choose what to add" @keydown=${(e: KeyboardEvent) => {
      if (e.key === 'Escape') {
        this.picking = false;
        this.focusTree = true;
      }
    }}>
      ${group('field', 'Questions')}${group('content', 'Content')}
    </div>`;
  }

  private apply(result: { definition: Definition; selected: string } | undefined, message: string): void {
    if (!result) {
      this.status = 'That cannot be done here.';
      return;
    }
    this.commit(result.definition, result.selected, message);
  }

  private moveSelected(delta: -1 | 1): void {
    this.apply(move(this.definition, this.selected, delta), delta < 0 ? 'Moved up.' : 'Moved down.');
    this.focusTree = true;
  }

  private deleteSelected(): void {
    const node = nodeFor(this.outline, this.selected);
    const result = remove(this.definition, this.selected);
    this.apply(result, `Deleted ‘${node?.name ?? 'item'}’. Ctrl+Z brings it back.`);
    this.focusTree = true;
  }

  // ---- properties ----------------------------------------------------------------------------

  /** Sets a value inside the definition: a label also renames an id derived from it, an id renames its references. */
  private setValue(pointer: string, value: Json | undefined, typing = false): void {
    const parent = pointer.slice(0, pointer.lastIndexOf('/'));
    const key = pointer.slice(pointer.lastIndexOf('/') + 1);
    let next = edit(this.definition, parent, (holder) => {
      if (!isObject(holder)) return;
      if (value === undefined) delete holder[key];
      else holder[key] = value;
    });
    const holder = get(this.definition, parent);
    let message = '';
    if (isObject(holder) && key === 'label' && typeof value === 'string') {
      const old = typeof holder.label === 'string' ? holder.label : '';
      // An id still derived from the label follows it; an id a person chose stays, and so does
      // one the file in forms/ already has (submissions are filed under it).
      const published = typeof holder.id === 'string' && this.publishedIds.has(holder.id);
      if (typeof holder.id === 'string' && !published && holder.id.replace(/\d+$/, '') === idFromLabel(old) && !/\/(options|columns)\/\d+$/.test(parent)) {
        const id = uniqueId(idFromLabel(value), idsIn(next, holder.id));
        if (id !== holder.id)
          next = renameReferences(
            edit(next, `${parent}/id`, () => id),
            holder.id,
            id,
          );
      }
      if (
        typeof holder.value === 'string' &&
        /\/(options|columns)\/\d+$/.test(parent) &&
        !this.publishedValues.has(`${String(get(this.definition, `${parent.replace(/\/(options|columns)\/\d+$/, '')}/id`))}:${holder.value}`) &&
        (/^(option|column)\d+$/.test(holder.value) || holder.value === valueFromLabel(old))
      ) {
        next = edit(next, `${parent}/value`, () => valueFromLabel(value) || holder.value);
      }
    }
    // An item's, section's or computed value's id (not the form's, which nothing inside refers to).
    if (parent !== '' && isObject(holder) && key === 'id' && typeof holder.id === 'string' && typeof value === 'string' && value !== holder.id) {
      next = renameReferences(next, holder.id, value);
      message = `Renamed ‘${holder.id}’ to ‘${value}’ everywhere it is used.`;
    }
    this.commit(next, this.selected, message, typing ? pointer : undefined);
  }

  private renderProperties(): TemplateResult {
    const ctx: PropertyContext = {
      questions: questionsOf(this.definition).filter((q) => q.ref !== (get(this.definition, `${this.selected}/id`) as string | undefined)),
      set: (p, v, typing) => this.setValue(p, v, typing),
      special: (key, at) => this.special(key, at),
    };
    if (this.selected === FORM) {
      return html`<h2 id="props-heading">The form</h2>${objectFields(ROOT, this.definition, '', ctx, new Set(['sections', 'computed', '$schema']))}`;
    }
    if (this.selected === COMPUTED) return computedPanel(this.definition, ctx);
    const item = get(this.definition, this.selected);
    if (!isObject(item)) return html`<h2 id="props-heading">Properties</h2><p class="note">Select an item in the outline.</p>`;
    if (/^\/sections\/\d+$/.test(this.selected)) {
      return html`<h2 id="props-heading">Section</h2>${objectFields({ $ref: '#/$defs/section' }, item, this.selected, ctx, new Set(['items']))}`;
    }
    if (/reveal(\/(yes|no))?$/.test(this.selected))
      return html`<h2 id="props-heading">Follow-up questions</h2><p class="note">Select a question under it in the outline.</p>`;
    const schema = itemSchema(String(item.type));
    return html`<h2 id="props-heading">${humanise(String(item.type))}: ${String(item.label ?? item.text ?? '')}</h2>
      ${schema ? objectFields(schema, item, this.selected, ctx) : html`<p>Unknown type.</p>`}`;
  }

  /** The properties the designer draws itself. */
  private special(key: string, at: string): TemplateResult | undefined {
    if (key === 'type' && /\/(items|reveal(\/(yes|no))?)\/\d+\/type$/.test(at)) {
      const item = get(this.definition, this.selected) as JsonObject;
      const inRow = /\/items\/\d+\/items\/\d+$/.test(this.selected) || /reveal/.test(this.selected);
      const choices = TYPE_CHOICES.filter((c) => !inRow || (c.kind === 'field' && c.type !== 'repeat'));
      return html`<div class="prop"><label for="prop-type">Type</label>
        <select id="prop-type" @change=${(e: Event) => {
          const result = changeType(this.definition, this.selected, (e.target as HTMLSelectElement).value);
          this.commit(
            result.definition,
            result.selected,
            result.dropped.length
              ? `Changed the type. Dropped what the new type does not have: ${result.dropped.join(', ')}.`
              : 'Changed the type; everything still applies.',
          );
        }}>${choices.map((c) => html`<option value=${c.type} ?selected=${c.type === item.type}>${humanise(c.type)}: ${c.description}</option>`)}</select></div>`;
    }
    if (key === 'id' && /^\/sections\/.*\/id$/.test(at) && !/\/(options|columns|rows)\/\d+\/id$/.test(at)) {
      const current = get(this.definition, at);
      return html`<div class="prop"><label for="prop-id">Id <span class="optional">(made from the label; used by conditions and in the submission)</span></label>
        <input id="prop-id" type="text" .value=${typeof current === 'string' ? current : ''} @change=${(e: Event) => {
          const wanted = (e.target as HTMLInputElement).value.trim();
          if (wanted === current) return;
          const id = uniqueId(
            wanted || idFromLabel(String(get(this.definition, at.replace(/\/id$/, '/label')) ?? '')),
            idsIn(this.definition, typeof current === 'string' ? current : undefined),
          );
          this.setValue(at, id);
        }}></div>`;
    }
    if (key === 'items' && at.endsWith('/items') && get(this.definition, at.replace(/\/items$/, '/type')) === 'repeat') {
      return html`<div class="prop"><p class="note">The fields of each row are under this group in the outline.</p>
        <button type="button" @click=${() => {
          this.apply(addItem(this.definition, at.replace(/\/items$/, ''), 'text'), 'Added a field to each row.');
          this.focusTree = true;
        }}>Add a field to each row</button></div>`;
    }
    if (key === 'reveal' && get(this.definition, at.replace(/\/reveal$/, '/type')) === 'yesno') {
      const field = at.replace(/\/reveal$/, '');
      return html`<div class="prop"><p class="note">Follow-up questions show beneath an answer.</p>
        <button type="button" @click=${() => this.apply(addFollowUp(this.definition, field, 'yes'), 'Added a follow-up question.')}>Add a follow-up when Yes</button>
        <button type="button" @click=${() => this.apply(addFollowUp(this.definition, field, 'no'), 'Added a follow-up question.')}>Add a follow-up when No</button></div>`;
    }
    if (key === 'options-entry' && /\/options\/\d+$/.test(at)) {
      const field = at.replace(/\/options\/\d+$/, '');
      const type = get(this.definition, `${field}/type`);
      if (type !== 'radios' && type !== 'checkboxes') return undefined;
      const index = Number(at.slice(at.lastIndexOf('/') + 1));
      return html`<button type="button" aria-label="Add a follow-up question under option ${index + 1}" @click=${() => this.apply(addFollowUp(this.definition, field, index), 'Added a follow-up question.')}>Add a follow-up question</button>`;
    }
    return undefined;
  }

  // ---- saving --------------------------------------------------------------------------------

  private async save(): Promise<void> {
    if (this.problems.length) {
      this.status = 'Fix the problems first: only a form that passes checkDefinition is saved.';
      return;
    }
    const response = await fetch(SAVE_URL, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ from: this.saved?.id, definition: this.definition }),
    });
    const result = (await response.json()) as { ok: boolean; file?: string; text?: string; message?: string };
    if (!result.ok) {
      this.status = `Not saved: ${result.message ?? response.statusText}`;
      return;
    }
    this.savedText = result.text;
    this.saved = JSON.parse(result.text!) as FormDefinition;
    this.remember();
    this.status = `Saved ${result.file}.`;
    this.requestUpdate();
  }

  private download(): void {
    const link = document.createElement('a');
    link.href = URL.createObjectURL(new Blob([this.fileText()], { type: 'application/json' }));
    link.download = `${typeof this.definition.id === 'string' ? this.definition.id : 'form'}.json`;
    link.click();
    setTimeout(() => URL.revokeObjectURL(link.href), 1000);
    this.status = `Downloaded ${link.download}.`;
  }

  private onKey(event: KeyboardEvent): void {
    const inPreview = event.composedPath().some((t) => t instanceof Element && t.localName === 'caf-form');
    if (inPreview || !(event.ctrlKey || event.metaKey) || (event.key.toLowerCase() !== 'z' && event.key.toLowerCase() !== 'y')) return;
    event.preventDefault();
    if (event.shiftKey || event.key.toLowerCase() === 'y') this.redo();
    else this.undo();
  }

  protected override render(): TemplateResult {
    const dev = import.meta.env.DEV;
    return html`<div class="designer" @keydown=${this.onKey}>
      <header class="bar">
        <label for="start" class="inline">Start from</label>
        <select id="start" @change=${(e: Event) => {
          this.start = (e.target as HTMLSelectElement).value;
        }}>
          <option value="blank" ?selected=${this.start === 'blank'}>A blank form</option>
          ${FORM_IDS.map((id) => html`<option value=${id} ?selected=${id === this.start}>forms/${id}.json</option>`)}
        </select>
        <button type="button" ?disabled=${!this.history.canUndo} aria-keyshortcuts="Control+Z" @click=${this.undo}>Undo</button>
        <button type="button" ?disabled=${!this.history.canRedo} aria-keyshortcuts="Control+Shift+Z" @click=${this.redo}>Redo</button>
        <button type="button" aria-pressed=${String(this.showJson)} @click=${() => {
          this.showJson = !this.showJson;
        }}>JSON view</button>
        ${dev ? html`<button type="button" class="primary" @click=${this.save}>Save to forms/</button>` : nothing}
        <button type="button" @click=${this.download}>Download</button>
        <p class="message" role="status">${this.status}</p>
      </header>
      ${this.renderOutline()}
      <section class="properties" aria-labelledby="props-heading" @keydown=${this.onPropertiesKey}>
        ${
          this.showJson
            ? html`<h2 id="props-heading">JSON</h2><caf-designer-json .definition=${this.definition} .savedText=${this.savedText}
          @json-change=${(e: CustomEvent<Definition>) => this.commit(e.detail, this.selected, '', 'json')}></caf-designer-json>`
            : this.renderProperties()
        }
        ${problemsPanel(this.problems, this.outline, (pointer) => this.select(pointer, true))}
        ${versionsPanel(this.saved, this.problems.length ? undefined : (this.definition as unknown as FormDefinition), (version) => this.setValue('/version', version))}
        ${wordingPanel(this.saved, this.definition)}
      </section>
      <section class="preview" aria-labelledby="preview-heading">
        <h2 id="preview-heading">Preview</h2>
        <caf-form .definition=${this.definition} @click=${this.onPreviewClick} @caf-submit=${this.onSubmit}></caf-form>
        <h2>Submission</h2>
        ${submissionPanel(this.submission)}
      </section>
    </div>`;
  }
}

/** 'Not shared' → 'not-shared': the value a new option gets from its label. */
function valueFromLabel(label: string): string {
  return label
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40);
}

if (!customElements.get('caf-designer')) customElements.define('caf-designer', CafDesigner);

declare global {
  interface HTMLElementTagNameMap {
    'caf-designer': CafDesigner;
  }
}
