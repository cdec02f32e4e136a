// What a designer does to a definition: add, duplicate, delete and move items and sections,
// derive ids from labels, rename an id everywhere it is referenced, change a field's type.
// Every operation returns a new definition (the old one stays, for undo) and where the
// affected item now is.
import { container, edit, get, isObject, type Json, type JsonObject } from './json-pointer.js';
import { itemSchema } from './meta-schema.js';

export type Definition = JsonObject;

/** 'Is an interpreter needed?' → 'isAnInterpreterNeeded' (the meta-schema's id pattern). */
export function idFromLabel(label: string): string {
  const words = label
    .normalize('NFKD')
    .replace(/[^A-Za-z0-9 ]+/g, ' ')
    .trim()
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, 6);
  const id = words.map((w, i) => (i === 0 ? w.toLowerCase() : w[0]!.toUpperCase() + w.slice(1).toLowerCase())).join('');
  if (!id) return 'question';
  return /^[A-Za-z]/.test(id) ? id.slice(0, 48) : `q${id}`.slice(0, 48);
}

/** Every id the definition uses: sections, items, grid rows and computed values share one namespace. */
export function idsIn(definition: unknown, except?: string): Set<string> {
  const ids = new Set<string>();
  const walk = (node: unknown, key?: string): void => {
    if (Array.isArray(node)) node.forEach((n) => walk(n, key));
    else if (isObject(node)) {
      if (typeof node.id === 'string' && key !== 'options' && key !== 'columns') ids.add(node.id);
      for (const [k, v] of Object.entries(node)) if (k !== 'notes') walk(v, k);
    }
  };
  walk(definition);
  if (except) ids.delete(except);
  return ids;
}

export function uniqueId(base: string, taken: ReadonlySet<string>): string {
  if (!taken.has(base)) return base;
  let n = 2;
  while (taken.has(`${base}${n}`)) n++;
  return `${base}${n}`;
}

/** A copy of the definition with every reference to id `from` pointing at `to`. */
export function renameReferences(definition: Definition, from: string, to: string): Definition {
  const ref = (value: Json): Json => {
    if (typeof value !== 'string') return value;
    if (value === from) return to;
    return value.startsWith(`${from}.`) ? `${to}${value.slice(from.length)}` : value;
  };
  const placeholders = (text: Json): Json =>
    typeof text === 'string'
      ? text.replace(/\{([A-Za-z][A-Za-z0-9_]*)(\.[^}]*)?\}/g, (all, id: string, rest?: string) => (id === from ? `{${to}${rest ?? ''}}` : all))
      : text;
  const walk = (node: Json, inLetter: boolean): Json => {
    if (Array.isArray(node)) return node.map((n) => walk(n, inLetter));
    if (!isObject(node)) return node;
    const out: JsonObject = {};
    const letter = inLetter || node.type === 'letter';
    for (const [key, value] of Object.entries(node)) {
      if (key === 'field' || (key === 'computed' && typeof value === 'string')) out[key] = ref(value);
      else if ((key === 'of' || key === 'sum') && Array.isArray(value)) out[key] = value.map(ref);
      else if (letter && key === 'text') out[key] = placeholders(value);
      else out[key] = walk(value, letter);
    }
    return out;
  };
  return walk(definition, false) as Definition;
}

/** A new item of a type, valid as it stands, with ids not yet taken. */
export function newItem(type: string, taken: Set<string>): JsonObject {
  const id = (base: string): string => {
    const unique = uniqueId(base, taken);
    taken.add(unique);
    return unique;
  };
  const options = (): JsonObject[] => [
    { value: 'option1', label: 'Option 1' },
    { value: 'option2', label: 'Option 2' },
  ];
  switch (type) {
    case 'heading':
      return { type, text: 'New heading' };
    case 'paragraph':
    case 'inset':
    case 'warning':
      return { type, text: 'New text' };
    case 'details':
      return { type, summary: 'More help', text: 'New text' };
    case 'computed':
      return { type, computed: 'score', label: 'Score' };
    case 'letter':
      return { type, label: 'Letter', paragraphs: [{ text: 'Dear parent or carer,' }] };
    case 'matrix':
      return {
        type,
        label: 'Matrix',
        axes: {
          top: { computed: 'top', label: 'Top' },
          right: { computed: 'right', label: 'Right' },
          bottom: { computed: 'bottom', label: 'Bottom' },
          left: { computed: 'left', label: 'Left' },
        },
        quadrants: {},
      };
    default:
      break;
  }
  const label = type === 'repeat' ? 'New group' : 'New question';
  const item: JsonObject = { type, id: id(idFromLabel(label)), label };
  if (type === 'radios' || type === 'checkboxes' || type === 'select' || type === 'scale') item.options = options();
  if (type === 'grid') {
    item.columns = [
      { value: 'yes', label: 'Yes' },
      { value: 'no', label: 'No' },
    ];
    item.rows = [{ id: id('row1'), label: 'Row 1' }];
  }
  if (type === 'repeat') {
    item.itemLabel = 'Row';
    item.items = [{ type: 'text', id: id(idFromLabel('Name')), label: 'Name' }];
  }
  return item;
}

export function newSection(taken: Set<string>): JsonObject {
  const id = uniqueId('newSection', taken);
  taken.add(id);
  return { id, title: 'New section', items: [newItem('text', taken)] };
}

const isSection = (pointer: string): boolean => /^\/sections\/\d+$/.test(pointer);

export interface Result {
  definition: Definition;
  selected: string;
}

/** Adds an item after the selected one (or at the end of a selected section, or a selected group's rows). */
export function addItem(definition: Definition, selected: string, type: string): Result {
  const taken = idsIn(definition);
  const item = newItem(type, taken);
  const target = get(definition, selected);
  let array: string;
  let index: number;
  if (isSection(selected)) {
    array = `${selected}/items`;
    index = (get(definition, array) as Json[]).length;
  } else if (isObject(target) && target.type === 'repeat' && type !== 'repeat' && isFieldType(type)) {
    array = `${selected}/items`;
    index = (get(definition, array) as Json[]).length;
  } else if (Array.isArray(target)) {
    // A group of follow-up questions: add at its end.
    array = selected;
    index = target.length;
  } else {
    ({ array, index } = container(selected));
    index += 1;
  }
  return { definition: edit(definition, array, (a) => void (a as Json[]).splice(index, 0, item)), selected: `${array}/${index}` };
}

/** Adds a section after the selected one (or the selected item's), or at the end. */
export function addSection(definition: Definition, selected: string): Result {
  const inSection = /^\/sections\/(\d+)/.exec(selected);
  const at = inSection ? Number(inSection[1]) + 1 : (get(definition, '/sections') as Json[]).length;
  const section = newSection(idsIn(definition));
  return { definition: edit(definition, '/sections', (a) => void (a as Json[]).splice(at, 0, section)), selected: `/sections/${at}` };
}

/** Adds a follow-up question under an option (radios, checkboxes) or an answer (yes/no: 'yes' or 'no'). */
export function addFollowUp(definition: Definition, field: string, option: number | 'yes' | 'no'): Result {
  const item = newItem('text', idsIn(definition));
  const reveal = typeof option === 'number' ? `${field}/options/${option}/reveal` : `${field}/reveal/${option}`;
  let next = definition;
  if (typeof option !== 'number' && get(next, `${field}/reveal`) === undefined) next = edit(next, field, (f) => void ((f as JsonObject).reveal = {}));
  if (get(next, reveal) === undefined) {
    next = edit(next, reveal.slice(0, reveal.lastIndexOf('/')), (o) => void ((o as JsonObject)[reveal.slice(reveal.lastIndexOf('/') + 1)] = [item]));
    return { definition: next, selected: `${reveal}/0` };
  }
  const length = (get(next, reveal) as Json[]).length;
  return { definition: edit(next, reveal, (a) => void (a as Json[]).push(item)), selected: `${reveal}/${length}` };
}

/** A copy of the selected item (or section) just after it, with new ids throughout. */
export function duplicate(definition: Definition, selected: string): Result {
  const taken = idsIn(definition);
  const renamed = new Map<string, string>();
  const renew = (node: Json, key?: string): Json => {
    if (Array.isArray(node)) return node.map((n) => renew(n, key));
    if (!isObject(node)) return node;
    const out: JsonObject = {};
    for (const [k, v] of Object.entries(node)) out[k] = renew(v, k);
    if (typeof node.id === 'string' && key !== 'options' && key !== 'columns') {
      out.id = uniqueId(node.id.replace(/\d+$/, ''), taken);
      taken.add(out.id);
      renamed.set(node.id, out.id);
    }
    return out;
  };
  let copy = renew(get(definition, selected)!) as JsonObject;
  // References inside the copy (a row field's condition on another row field) follow its new ids.
  for (const [from, to] of renamed) copy = renameReferences(copy, from, to);
  const { array, index } = container(selected);
  return { definition: edit(definition, array, (a) => void (a as Json[]).splice(index + 1, 0, copy)), selected: `${array}/${index + 1}` };
}

/** Removes the selected item or section; the form keeps at least one section, a group at least one row field. */
export function remove(definition: Definition, selected: string): Result | undefined {
  const { array, index } = container(selected);
  const siblings = get(definition, array) as Json[];
  const minimum = array === '/sections' || /\/items\/\d+\/items$/.test(array) ? 1 : 0;
  if (siblings.length <= minimum) return undefined;
  let next = edit(definition, array, (a) => void (a as Json[]).splice(index, 1));
  // An emptied follow-up list goes too: the meta-schema wants a reveal to hold something.
  if (siblings.length === 1 && /\/reveal(\/(yes|no))?$/.test(array)) {
    const holder = array.slice(0, array.lastIndexOf('/'));
    const key = array.slice(array.lastIndexOf('/') + 1);
    next = edit(next, holder, (h) => {
      delete (h as JsonObject)[key];
    });
    if (key !== 'reveal' && Object.keys(get(next, holder) as JsonObject).length === 0)
      next = edit(next, holder.slice(0, holder.lastIndexOf('/')), (f) => {
        delete (f as JsonObject).reveal;
      });
    return { definition: next, selected: holder.replace(/\/(options\/\d+\/)?reveal$/, '') };
  }
  const left = siblings.length - 1;
  if (left === 0) return { definition: next, selected: array.replace(/\/items$/, '') };
  return { definition: next, selected: `${array}/${Math.min(index, left - 1)}` };
}

/**
 * Moves the selected item one place up (-1) or down (+1). A section's first item moved up goes
 * to the end of the section before; its last moved down, to the start of the next.
 */
export function move(definition: Definition, selected: string, delta: -1 | 1): Result | undefined {
  const { array, index } = container(selected);
  const siblings = get(definition, array) as Json[];
  const to = index + delta;
  if (to >= 0 && to < siblings.length) {
    const next = edit(definition, array, (a) => {
      const list = a as Json[];
      const [item] = list.splice(index, 1);
      list.splice(to, 0, item!);
    });
    return { definition: next, selected: `${array}/${to}` };
  }
  const section = /^\/sections\/(\d+)\/items$/.exec(array);
  if (!section) return undefined;
  const other = Number(section[1]) + delta;
  const sections = get(definition, '/sections') as Json[];
  if (other < 0 || other >= sections.length || siblings.length === 1) return undefined;
  const item = siblings[index]!;
  let next = edit(definition, array, (a) => void (a as Json[]).splice(index, 1));
  const target = `/sections/${other}/items`;
  const at = delta < 0 ? (get(next, target) as Json[]).length : 0;
  next = edit(next, target, (a) => void (a as Json[]).splice(at, 0, item));
  return { definition: next, selected: `${target}/${at}` };
}

/** Where `pointer` is once item `index` of `array` has been taken out (later siblings move up one). */
function afterRemoval(pointer: string, array: string, index: number): string {
  if (!pointer.startsWith(`${array}/`)) return pointer;
  const [first, ...rest] = pointer.slice(array.length + 1).split('/');
  const n = Number(first);
  return n > index ? [`${array}/${n - 1}`, ...rest].join('/') : pointer;
}

/**
 * Moves an item (or a section) to where another one is, before it: dragging in the outline.
 * Items go only among items (into a section, a group's rows or follow-ups), sections among sections.
 */
export function moveTo(definition: Definition, from: string, to: string): Result | undefined {
  const source = container(from);
  const isSections = (array: string): boolean => array === '/sections';
  if (from === to || isSections(source.array) !== isSections(container(to).array) || to.startsWith(`${from}/`)) return undefined;
  const item = get(definition, from)!;
  const removed = edit(definition, source.array, (a) => void (a as Json[]).splice(source.index, 1));
  const target = container(afterRemoval(to, source.array, source.index));
  return { definition: edit(removed, target.array, (a) => void (a as Json[]).splice(target.index, 0, item)), selected: `${target.array}/${target.index}` };
}

export function isFieldType(type: string): boolean {
  const s = itemSchema(type);
  return Boolean(s?.properties?.label && s.properties.id && s.required?.includes('id'));
}

/** Changes an item's type, keeping the properties the new type has; says which were dropped. */
export function changeType(definition: Definition, selected: string, type: string): Result & { dropped: string[] } {
  const old = get(definition, selected) as JsonObject;
  const schema = itemSchema(type);
  const fresh = newItem(type, idsIn(definition, typeof old.id === 'string' ? old.id : undefined));
  const kept: JsonObject = { type };
  const dropped: string[] = [];
  for (const [key, value] of Object.entries(old)) {
    if (key === 'type') continue;
    if (schema?.properties?.[key]) kept[key] = value;
    else dropped.push(key);
  }
  for (const [key, value] of Object.entries(fresh)) if (!(key in kept)) kept[key] = value;
  // The new type's own settings (e.g. options) that the old type lacked come from a fresh item.
  return { definition: edit(definition, selected, () => kept), selected, dropped };
}
