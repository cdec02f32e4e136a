// diffDefinitions: what changed between two versions of a definition, and whether each change
// breaks submissions already made (a submission valid under the old version could be rejected,
// or misread, under the new one). The designer shows it before saving; the CLI and the receiver
// can use it to refuse a release whose version bump is too small.
//
// Fields are matched by id (ids are unique in a form, and a submission keys answers by section
// and field id), so a changed id is a removal plus an addition, reported as a rename when the
// type and label stayed the same.
import type { Field, FormDefinition, Item } from './definition.js';
import { isField } from './definition.js';
import { DEFAULT_MAX_LENGTH } from './formats.js';
import { buildModel, type FieldNode } from './model.js';

export type ChangeLevel = 'major' | 'minor' | 'patch';

export type ChangeKind =
  // breaking (major)
  | 'form-id-changed'
  | 'field-removed'
  | 'field-renamed'
  | 'field-moved'
  | 'type-changed'
  | 'option-removed'
  | 'row-removed'
  | 'now-required'
  | 'required-field-added'
  | 'limit-tightened'
  | 'condition-changed'
  | 'computed-removed'
  // not breaking (minor)
  | 'field-added'
  | 'option-added'
  | 'row-added'
  | 'no-longer-required'
  | 'limit-loosened'
  | 'condition-removed'
  | 'computed-added'
  | 'computed-changed'
  // not breaking (patch)
  | 'wording-changed'
  | 'content-changed'
  | 'order-changed'
  | 'presentation-changed'
  | 'form-details-changed';

export interface DefinitionChange {
  kind: ChangeKind;
  level: ChangeLevel;
  /** True when a submission made under the old version may be rejected or misread. */
  breaking: boolean;
  /** The field (or computed value) concerned, by id. */
  id?: string;
  /** A sentence for a designer. Definitions hold no answers, so this never contains one. */
  message: string;
}

export interface DefinitionDiff {
  changes: DefinitionChange[];
  breaking: boolean;
  /** The smallest version bump the changes need; 'none' when nothing changed. */
  bump: ChangeLevel | 'none';
  /** The old version with that bump applied. */
  suggestedVersion: string;
}

const LEVEL_OF: Record<ChangeKind, ChangeLevel> = {
  'form-id-changed': 'major',
  'field-removed': 'major',
  'field-renamed': 'major',
  'field-moved': 'major',
  'type-changed': 'major',
  'option-removed': 'major',
  'row-removed': 'major',
  'now-required': 'major',
  'required-field-added': 'major',
  'limit-tightened': 'major',
  'condition-changed': 'major',
  'computed-removed': 'major',
  'field-added': 'minor',
  'option-added': 'minor',
  'row-added': 'minor',
  'no-longer-required': 'minor',
  'limit-loosened': 'minor',
  'condition-removed': 'minor',
  'computed-added': 'minor',
  'computed-changed': 'minor',
  'wording-changed': 'patch',
  'content-changed': 'patch',
  'order-changed': 'patch',
  'presentation-changed': 'patch',
  'form-details-changed': 'patch',
};

/** Keys of a field whose change only alters what a person reads. */
const WORDING_KEYS = new Set(['label', 'hint', 'errorSubject', 'errorMessages', 'itemLabel', 'lowLabel', 'highLabel', 'confirmation', 'suffix']);

/**
 * Limits on an answer: for each, whether a larger value accepts more answers ('up') or fewer
 * ('down'), and the value that applies when the key is absent.
 */
const LIMITS: Record<string, { looserWhen: 'up' | 'down'; absent: (field: Field) => number }> = {
  maxLength: {
    looserWhen: 'up',
    absent: (f) => (f.type === 'text' ? DEFAULT_MAX_LENGTH.text : f.type === 'textarea' ? DEFAULT_MAX_LENGTH.textarea : Infinity),
  },
  minLength: { looserWhen: 'down', absent: () => 0 },
  min: { looserWhen: 'down', absent: () => -Infinity },
  max: { looserWhen: 'up', absent: (f) => (f.type === 'rating' ? 5 : Infinity) },
  maxSelected: { looserWhen: 'up', absent: () => Infinity },
  maxItems: { looserWhen: 'up', absent: () => Infinity },
  minItems: { looserWhen: 'down', absent: () => 0 },
};

const same = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);
const quote = (text: string): string => `'${text}'`;

/** The changes from `before` to `after`. Both must pass checkDefinition (ids unique, references resolved). */
export function diffDefinitions(before: FormDefinition, after: FormDefinition): DefinitionDiff {
  const changes: DefinitionChange[] = [];
  const add = (kind: ChangeKind, message: string, id?: string): void => {
    const level = LEVEL_OF[kind];
    changes.push({ kind, level, breaking: level === 'major', message, ...(id ? { id } : {}) });
  };

  if (before.id !== after.id)
    add('form-id-changed', `The form's id changed from ${quote(before.id)} to ${quote(after.id)}: submissions name the form by its id.`);
  for (const key of ['title', 'description', 'source', 'notes'] as const) {
    if (!same(before[key], after[key])) add('form-details-changed', `The form's ${key} changed.`);
  }

  diffFields(before, after, add);
  diffContent(before, after, add);
  diffComputed(before, after, add);

  const bump = changes.some((c) => c.level === 'major') ? 'major' : changes.some((c) => c.level === 'minor') ? 'minor' : changes.length ? 'patch' : 'none';
  return { changes, breaking: bump === 'major', bump, suggestedVersion: bumpVersion(before.version, bump) };
}

export function bumpVersion(version: string, bump: ChangeLevel | 'none'): string {
  const match = /^(\d+)\.(\d+)\.(\d+)/.exec(version);
  if (!match || bump === 'none') return version;
  const [major, minor, patch] = match.slice(1).map(Number) as [number, number, number];
  if (bump === 'major') return `${major + 1}.0.0`;
  if (bump === 'minor') return `${major}.${minor + 1}.0`;
  return `${major}.${minor}.${patch + 1}`;
}

type Add = (kind: ChangeKind, message: string, id?: string) => void;

/** Where a field's answer sits in a submission's data. */
const placeOf = (node: FieldNode): string => `${node.section.id}${node.repeat ? `/${node.repeat.id}` : ''}`;
const isRequired = (field: Field): boolean => field.required === true;

function diffFields(before: FormDefinition, after: FormDefinition, add: Add): void {
  const old = buildModel(before).fields;
  const now = buildModel(after).fields;
  const removed = [...old.values()].filter((n) => !now.has(n.id));
  const added = [...now.values()].filter((n) => !old.has(n.id));

  // A removed and an added field of the same type and label, in the same place: a renamed id.
  for (const gone of [...removed]) {
    const twin = added.find((n) => n.field.type === gone.field.type && n.field.label === gone.field.label && placeOf(n) === placeOf(gone));
    if (!twin) continue;
    removed.splice(removed.indexOf(gone), 1);
    added.splice(added.indexOf(twin), 1);
    add(
      'field-renamed',
      `The id of ${quote(gone.field.label)} changed from ${quote(gone.id)} to ${quote(twin.id)}: answers already given are filed under the old id.`,
      twin.id,
    );
  }
  for (const gone of removed)
    add('field-removed', `${quote(gone.field.label)} (${gone.id}) was removed: answers already given to it would be rejected.`, gone.id);
  for (const node of added) {
    if (isRequired(node.field) && node.shownWhen.length === 0)
      add(
        'required-field-added',
        `${quote(node.field.label)} (${node.id}) was added as a required question: earlier submissions have no answer to it.`,
        node.id,
      );
    else add('field-added', `${quote(node.field.label)} (${node.id}) was added.`, node.id);
  }

  const kept = [...now.values()].filter((n) => old.has(n.id));
  for (const node of kept) diffField(old.get(node.id)!, node, add);

  const order = (fields: Iterable<FieldNode>, keep: (n: FieldNode) => boolean): string[] => [...fields].filter(keep).map((n) => n.id);
  // Order within each place only: a field moved to another section is reported as moved.
  const keptIds = new Set(kept.filter((n) => placeOf(n) === placeOf(old.get(n.id)!)).map((n) => n.id));
  if (
    !same(
      order(old.values(), (n) => keptIds.has(n.id)),
      order(now.values(), (n) => keptIds.has(n.id)),
    )
  )
    add('order-changed', 'Questions were reordered.');
  const sectionTitles = (d: FormDefinition): unknown => d.sections.map((s) => [s.id, s.title, s.guidance]);
  if (!same(sectionTitles(before), sectionTitles(after))) add('order-changed', 'Sections were added, removed, renamed or reordered.');
}

function diffField(old: FieldNode, now: FieldNode, add: Add): void {
  const id = now.id;
  const name = quote(now.field.label);
  if (placeOf(old) !== placeOf(now))
    add('field-moved', `${name} moved from ${placeOf(old)} to ${placeOf(now)}: a submission files its answer under its section.`, id);
  if (old.field.type !== now.field.type) {
    add('type-changed', `${name} changed from ${old.field.type} to ${now.field.type}: its answers take another shape.`, id);
    return; // the type's own settings are not comparable
  }
  const a = old.field as unknown as Record<string, unknown>;
  const b = now.field as unknown as Record<string, unknown>;

  if (!isRequired(old.field) && isRequired(now.field)) add('now-required', `${name} is now required.`, id);
  else if (isRequired(old.field) && !isRequired(now.field)) add('no-longer-required', `${name} is no longer required.`, id);
  if (!same(a.requiredWhen, b.requiredWhen)) {
    if (b.requiredWhen === undefined) add('no-longer-required', `${name} is no longer required under a condition.`, id);
    else add('now-required', `${name} is required under a new or changed condition.`, id);
  }
  if (!same(old.shownWhen, now.shownWhen)) {
    if (now.shownWhen.length === 0 && !isRequired(now.field)) add('condition-removed', `${name} is now always shown.`, id);
    else add('condition-changed', `When ${name} is shown changed: an answer given when it was shown may now be rejected.`, id);
  }

  for (const key of new Set([...Object.keys(a), ...Object.keys(b)])) {
    if (same(a[key], b[key]) || ['type', 'id', 'required', 'requiredWhen', 'visibleWhen', 'items', 'reveal'].includes(key)) continue;
    if (WORDING_KEYS.has(key)) add('wording-changed', `The ${key} of ${name} changed.`, id);
    else if (key in LIMITS) diffLimit(key, old.field, now.field, a[key], b[key], add);
    else if (key === 'options' || key === 'columns') diffChoices(key, a[key], b[key], name, id, add);
    else if (key === 'rows' && now.field.type === 'grid') diffChoices(key, a[key], b[key], name, id, add);
    else if (key === 'integer')
      add(
        b[key] === true ? 'limit-tightened' : 'limit-loosened',
        `${name} ${b[key] === true ? 'now accepts whole numbers only' : 'now accepts decimals'}.`,
        id,
      );
    else if (key === 'mustBe')
      add(
        b[key] === undefined ? 'limit-loosened' : 'limit-tightened',
        `${name} ${b[key] === undefined ? 'accepts any date now' : `must now be a date in the ${typeof b[key] === 'string' ? b[key] : ''}`}.`,
        id,
      );
    else add('presentation-changed', `The ${key} setting of ${name} changed.`, id);
  }
}

function diffLimit(key: string, oldField: Field, newField: Field, from: unknown, to: unknown, add: Add): void {
  const rule = LIMITS[key]!;
  const was = typeof from === 'number' ? from : rule.absent(oldField);
  const is = typeof to === 'number' ? to : rule.absent(newField);
  if (was === is) return;
  const looser = rule.looserWhen === 'up' ? is > was : is < was;
  const show = (n: number): string => (Number.isFinite(n) ? String(n) : 'none');
  add(
    looser ? 'limit-loosened' : 'limit-tightened',
    `The ${key} of ${quote(newField.label)} changed from ${show(was)} to ${show(is)}${looser ? '' : ': answers given within the old limit may now be rejected'}.`,
    newField.id,
  );
}

interface Choice {
  value?: string;
  id?: string;
  label?: string;
  exclusive?: boolean;
  specify?: { id: string; label?: string; maxLength?: number };
}

function diffChoices(key: string, from: unknown, to: unknown, name: string, id: string, add: Add): void {
  const old = (Array.isArray(from) ? from : []) as Choice[];
  const now = (Array.isArray(to) ? to : []) as Choice[];
  const keyOf = (c: Choice): string => String(c.value ?? c.id);
  const oldKeys = old.map(keyOf);
  const newKeys = now.map(keyOf);
  const isRow = key === 'rows';
  for (const c of old) {
    if (!newKeys.includes(keyOf(c)))
      add(
        isRow ? 'row-removed' : 'option-removed',
        `${isRow ? 'Row' : 'Option'} ${quote(c.label ?? keyOf(c))} (${keyOf(c)}) was removed from ${name}: answers that chose it would be rejected.`,
        id,
      );
  }
  for (const c of now) {
    if (!oldKeys.includes(keyOf(c)))
      add(isRow ? 'row-added' : 'option-added', `${isRow ? 'Row' : 'Option'} ${quote(c.label ?? keyOf(c))} (${keyOf(c)}) was added to ${name}.`, id);
  }
  const keptOld = oldKeys.filter((k) => newKeys.includes(k));
  const keptNew = newKeys.filter((k) => oldKeys.includes(k));
  if (!same(keptOld, keptNew)) add('order-changed', `The ${key} of ${name} were reordered.`, id);
  for (const c of now) {
    const was = old.find((o) => keyOf(o) === keyOf(c));
    if (!was) continue;
    if (!was.exclusive && c.exclusive) add('limit-tightened', `Option ${quote(c.label ?? keyOf(c))} of ${name} now excludes the others.`, id);
    // A grid row's 'please specify' text is an answer of its own, filed under its id.
    const specifyId = (o: Choice): string | undefined => o.specify?.id;
    if (specifyId(was) !== specifyId(c)) {
      if (specifyId(was))
        add(
          'field-removed',
          `The text beside row ${quote(c.label ?? keyOf(c))} of ${name} (${specifyId(was)}) was removed or renamed: answers already given to it would be rejected.`,
          id,
        );
      if (specifyId(c)) add('field-added', `A text beside row ${quote(c.label ?? keyOf(c))} of ${name} (${specifyId(c)}) was added.`, id);
    } else if (was.specify && c.specify && !same(was.specify, c.specify)) {
      diffLimit(
        'maxLength',
        { type: 'text', id, label: `${c.label ?? ''} (specify)` },
        { type: 'text', id, label: `${c.label ?? ''} (specify)` },
        was.specify.maxLength,
        c.specify.maxLength,
        add,
      );
      if (was.specify.label !== c.specify.label) add('wording-changed', `The wording beside row ${quote(c.label ?? keyOf(c))} of ${name} changed.`, id);
    }
    const text = (o: Choice): unknown => ({ ...o, reveal: undefined, exclusive: undefined, specify: undefined });
    if (!same(text(was), text(c))) add('wording-changed', `The wording of ${quote(c.label ?? keyOf(c))} in ${name} changed.`, id);
  }
}

/** Content items (text, headings, charts): they hold no answers, so any change is a patch. */
function diffContent(before: FormDefinition, after: FormDefinition, add: Add): void {
  const content = (d: FormDefinition): unknown[] => {
    const out: unknown[] = [];
    const visit = (items: readonly Item[]): void => {
      for (const item of items) {
        if (!isField(item)) out.push(item);
        else {
          if (item.type === 'repeat') visit(item.items);
          for (const reveal of revealItems(item)) visit(reveal);
        }
      }
    };
    d.sections.forEach((s) => visit(s.items));
    return out;
  };
  if (!same(content(before), content(after))) add('content-changed', 'Text, headings or other content changed.');
}

function revealItems(field: Field): Item[][] {
  if (field.type === 'radios' || field.type === 'checkboxes') return field.options.flatMap((o) => (o.reveal ? [o.reveal] : []));
  if (field.type === 'yesno') return [field.reveal?.yes, field.reveal?.no].flatMap((r): Item[][] => (r ? [r] : []));
  return [];
}

function diffComputed(before: FormDefinition, after: FormDefinition, add: Add): void {
  const old = new Map((before.computed ?? []).map((c) => [c.id, c]));
  const now = new Map((after.computed ?? []).map((c) => [c.id, c]));
  for (const [id, c] of old) if (!now.has(id)) add('computed-removed', `The computed value ${quote(c.label)} (${id}) was removed: submissions carry it.`, id);
  for (const [id, c] of now) {
    const was = old.get(id);
    if (!was) add('computed-added', `The computed value ${quote(c.label)} (${id}) was added.`, id);
    else if (!same(was, c)) add('computed-changed', `How ${quote(c.label)} (${id}) is computed changed.`, id);
  }
}
