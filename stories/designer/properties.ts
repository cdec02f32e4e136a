// The properties of the selected item, as a form generated from the meta-schema: every property
// its type has there gets a control chosen by the property's schema (text, number, yes/no,
// a choice, a list of entries, a condition), so a property added to the schema appears here
// without designer code. The schema's descriptions are the hints.
import { html, nothing, type TemplateResult } from 'lit';
import { isObject, type Json, type JsonObject } from './json-pointer.js';
import { refName, resolve, type SchemaNode } from './meta-schema.js';
import { conditionEditor } from './condition-editor.js';
import type { Question } from './conditions.js';

export interface PropertyContext {
  questions: readonly Question[];
  /** Sets (or, with undefined, removes) the value at a pointer. `typing` merges keystrokes into one undo step. */
  set(pointer: string, value: Json | undefined, typing?: boolean): void;
  /** Properties the designer draws itself (type, id, follow-ups…): key → template. */
  special?: (key: string, pointer: string) => TemplateResult | undefined;
}

/** 'maxLength' → 'Max length'. */
export const humanise = (key: string): string => {
  const words = key
    .replace(/^\$/, '')
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
};

const domIdOf = (pointer: string): string => `p${pointer.replace(/[^A-Za-z0-9]/g, '-')}`;
const LONG_TEXT = new Set(['text', 'hint', 'guidance', 'description', 'confirmation']);

/** The controls for every property an object's schema has, in the schema's order. */
export function objectFields(
  schema: SchemaNode,
  value: JsonObject,
  pointer: string,
  ctx: PropertyContext,
  skip: ReadonlySet<string> = new Set(),
): TemplateResult {
  const properties = resolve(schema).properties ?? {};
  const required = new Set(resolve(schema).required ?? []);
  return html`${Object.entries(properties)
    .filter(([key]) => !skip.has(key))
    .map(([key, sub]) => {
      const at = `${pointer}/${key}`;
      const special = ctx.special?.(key, at);
      if (special) return special;
      return control(key, sub, value[key], at, ctx, required.has(key));
    })}`;
}

/** The property's description; the shared 'text' type's ("Plain text…") would only repeat itself. */
const descriptionOf = (node: SchemaNode): string | undefined => node.description ?? (refName(node) === 'text' ? undefined : resolve(node).description);

function describe(node: SchemaNode, id: string): TemplateResult | typeof nothing {
  const text = descriptionOf(node);
  return text ? html`<span class="hint" id="${id}-hint">${text}</span>` : nothing;
}

export function control(
  key: string,
  node: SchemaNode,
  value: Json | undefined,
  pointer: string,
  ctx: PropertyContext,
  required = false,
  label = humanise(key),
): TemplateResult {
  const id = domIdOf(pointer);
  const schema = resolve(node);
  const name = refName(node);
  const hintId = descriptionOf(node) ? `${id}-hint` : undefined;
  const title = html`${label}${required ? nothing : html` <span class="optional">(optional)</span>`}`;

  if (name === 'condition') {
    const verb = key === 'requiredWhen' ? 'Required' : 'Shown';
    return html`<fieldset class="prop"><legend>${humanise(key)}</legend>
      ${conditionEditor(value, { verb, otherwise: key === 'requiredWhen' ? 'Required only if “Required” is ticked.' : 'Always shown.', idPrefix: id, questions: ctx.questions }, (next) => ctx.set(pointer, next))}
    </fieldset>`;
  }
  if (schema.const !== undefined) return html``;
  if (schema.enum) {
    return html`<div class="prop"><label for=${id}>${title}</label>${describe(node, id)}
      <select id=${id} aria-describedby=${hintId ?? nothing} @change=${(e: Event) => {
        const v = (e.target as HTMLSelectElement).value;
        ctx.set(pointer, v === '' ? undefined : (schema.enum!.find((x) => String(x) === v) as Json));
      }}>
        <option value="" ?selected=${value === undefined}>(not set)</option>
        ${schema.enum.map((v) => html`<option value=${String(v)} ?selected=${v === value}>${String(v)}</option>`)}
      </select></div>`;
  }
  const type = Array.isArray(schema.type) ? schema.type[0] : schema.type;
  if (type === 'boolean') {
    return html`<div class="prop check"><input type="checkbox" id=${id} aria-describedby=${hintId ?? nothing} .checked=${value === true}
        @change=${(e: Event) => ctx.set(pointer, (e.target as HTMLInputElement).checked ? true : undefined)}>
      <label for=${id}>${label}</label>${describe(node, id)}</div>`;
  }
  if (type === 'integer' || type === 'number') {
    return html`<div class="prop"><label for=${id}>${title}</label>${describe(node, id)}
      <input type="number" id=${id} aria-describedby=${hintId ?? nothing} step=${type === 'integer' ? '1' : 'any'} min=${schema.minimum ?? nothing} max=${schema.maximum ?? nothing} .value=${value === undefined ? '' : String(value)}
        @input=${(e: Event) => {
          const raw = (e.target as HTMLInputElement).value;
          const n = Number(raw);
          ctx.set(pointer, raw === '' || Number.isNaN(n) ? undefined : n, true);
        }}></div>`;
  }
  if (type === 'string' || (Array.isArray(schema.type) && typeof value === 'string')) {
    const long = LONG_TEXT.has(key) || (typeof value === 'string' && value.length > 80);
    // The words a person edits first (Enter in the outline comes here).
    const primary =
      ['label', 'title', 'text'].includes(key) &&
      /^\/(sections\/\d+(\/(items|options\/\d+\/reveal|reveal\/(yes|no))\/\d+)*)?\/(label|title|text)$/.test(pointer);
    const onInput = (e: Event): void => {
      const v = (e.target as HTMLInputElement).value;
      ctx.set(pointer, v === '' && !required ? undefined : v, true);
    };
    return html`<div class="prop"><label for=${id}>${title}</label>${describe(node, id)}
      ${
        long
          ? html`<textarea id=${id} rows="3" ?data-primary=${primary} aria-describedby=${hintId ?? nothing} .value=${typeof value === 'string' ? value : ''} @input=${onInput}></textarea>`
          : html`<input type="text" id=${id} ?data-primary=${primary} aria-describedby=${hintId ?? nothing} .value=${value === undefined ? '' : String(value)} @input=${onInput}>`
      }</div>`;
  }
  if (type === 'array' && schema.items) {
    const items = resolve(schema.items);
    if (items.properties) return listEditor(key, schema, Array.isArray(value) ? value : [], pointer, ctx, label);
    const text = Array.isArray(value) ? value.map(String).join(', ') : '';
    return html`<div class="prop"><label for=${id}>${title}</label>${describe(node, id)}<span class="hint">Separate them with commas.</span>
      <input type="text" id=${id} .value=${text} @change=${(e: Event) => {
        const parts = (e.target as HTMLInputElement).value
          .split(',')
          .map((s) => s.trim())
          .filter(Boolean);
        ctx.set(pointer, parts.length ? parts : undefined);
      }}></div>`;
  }
  if (type === 'object' && schema.properties) {
    const object = isObject(value) ? value : {};
    const nested: PropertyContext = { ...ctx, set: (p, v, typing) => ctx.set(p, v, typing) };
    return html`<fieldset class="prop nested"><legend>${title}</legend>${describe(node, id)}
      ${objectFields(schema, object, pointer, {
        ...nested,
        // A nested object is created on its first value and removed with its last.
        set: (p, v, typing) => {
          const key = p.slice(pointer.length + 1);
          if (key.includes('/')) return ctx.set(p, v, typing);
          const next: JsonObject = { ...object };
          if (v === undefined) delete next[key];
          else next[key] = v;
          ctx.set(pointer, Object.keys(next).length ? next : undefined, typing);
        },
      })}</fieldset>`;
  }
  return html`<p class="prop note">${label}: edit this in the JSON view.</p>`;
}

/** A list of entries (options, grid rows and columns, letter paragraphs…), reorderable. */
function listEditor(key: string, schema: SchemaNode, list: Json[], pointer: string, ctx: PropertyContext, label: string): TemplateResult {
  const entry = resolve(schema.items!);
  const noun = key === 'options' ? 'option' : key === 'columns' ? 'column' : key === 'rows' ? 'row' : key === 'paragraphs' ? 'paragraph' : 'entry';
  const min = schema.minItems ?? 0;
  const moveTo = (from: number, to: number): void => {
    const next = [...list];
    const [item] = next.splice(from, 1);
    next.splice(to, 0, item!);
    ctx.set(pointer, next);
  };
  const add = (): void => {
    const n = list.length + 1;
    const fresh: JsonObject = {};
    if (entry.properties?.value) fresh.value = `${noun}${n}`;
    if (entry.properties?.id) fresh.id = `${noun}${n}`;
    if (entry.properties?.label) fresh.label = `${noun.charAt(0).toUpperCase()}${noun.slice(1)} ${n}`;
    if (entry.properties?.text) fresh.text = 'New text';
    ctx.set(pointer, [...list, fresh]);
  };
  return html`<fieldset class="prop list"><legend>${label}</legend>
    <ol class="entries">${list.map(
      (item, i) => html`<li>
      <fieldset class="entry"><legend>${humanise(noun)} ${i + 1}${isObject(item) && typeof item.label === 'string' ? html`: ${item.label}` : nothing}</legend>
        ${objectFields(schema.items!, isObject(item) ? item : {}, `${pointer}/${i}`, ctx, new Set(['reveal']))}
        <div class="entry-actions">
          <button type="button" ?disabled=${i === 0} aria-label="Move ${noun} ${i + 1} up" @click=${() => moveTo(i, i - 1)}>Up</button>
          <button type="button" ?disabled=${i === list.length - 1} aria-label="Move ${noun} ${i + 1} down" @click=${() => moveTo(i, i + 1)}>Down</button>
          <button type="button" ?disabled=${list.length <= min} aria-label="Remove ${noun} ${i + 1}" @click=${() =>
            ctx.set(
              pointer,
              list.filter((_, j) => j !== i),
            )}>Remove</button>
          ${ctx.special?.(`${key}-entry`, `${pointer}/${i}`) ?? nothing}
        </div>
      </fieldset></li>`,
    )}</ol>
    <button type="button" @click=${add}>Add ${noun === 'entry' ? 'an entry' : `a ${noun}`}</button>
  </fieldset>`;
}
