// The cheap pre-pass that runs before the compiled validator and the engine. Their cost grows
// with what they are given (ajv reports every error; uniqueItems compares every pair; a long
// string meets a pattern), so first, in one linear walk, anything beyond the form's own
// bounds is refused: keys the form does not have, more rows than a group takes, more checkbox
// values than there are options, strings longer than their field allows. Only a submission
// within those bounds is checked in full, and that check then costs at most what the form allows.
// The problems found here are worded as the full check words them (same paths, same messages).
import {
  DEFAULT_MAX_LENGTH,
  type FieldNode,
  type FormModel,
  type GridField,
  type RuleContext,
  type Translate,
  checkField,
  codePointLength,
  maxRowsOf,
  maxTextLength,
  namedRow,
  subjectOf,
} from '@caf-forms/core';
import { MAX_REPORTED_ERRORS, clip } from './limits.js';
import type { FieldError } from './validate.js';

/** The envelope's properties (the compiled schema allows no others). */
const ENVELOPE_KEYS = new Set(['formId', 'formVersion', 'submissionId', 'startedAt', 'submittedAt', 'lang', 'data', 'computed']);

/** The envelope's own strings (ids, a version, date-times) are never this long. */
const ENVELOPE_STRING_LIMIT = 200;

/** A string in a place that holds a choice, a date or a number is never this long. */
const CHOICE_STRING_LIMIT = 1000;

export interface ShapeReport {
  /** The first MAX_REPORTED_ERRORS problems. */
  errors: FieldError[];
  /** How many there were. */
  total: number;
}

type Row = Record<string, unknown>;
const isRecord = (v: unknown): v is Row => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Collects problems, building messages only for those that are reported. */
class Found implements ShapeReport {
  errors: FieldError[] = [];
  total = 0;
  constructor(
    private readonly model: FormModel,
    private readonly t: Translate,
  ) {}
  add(path: string, message: () => string): void {
    this.total++;
    // A problem in a row names its row, as the full check's do ("Partner agency 2: …").
    if (this.errors.length < MAX_REPORTED_ERRORS)
      this.errors.push({ path: clip(path, 200), message: clip(namedRow(this.model, { path, message: message() }, this.t).message, 500) });
  }
}

type Specify = NonNullable<GridField['rows'][number]['specify']>;

/** What the walk looks up, by id, made once per form and kept. */
interface Lookups {
  /** The ids of the form's computed values. */
  computedIds: Set<string>;
  /** Each section's fields. */
  sections: Map<string, Map<string, FieldNode>>;
  /** A repeatable group's row fields. */
  rows(groupId: string): Map<string, FieldNode>;
  /** A grid's row ids and its "please specify" fields. */
  grid(field: GridField): { rowIds: Set<string>; specifies: Map<string, Specify> };
}

const lookupsByModel = new WeakMap<FormModel, Lookups>();
function lookupsOf(model: FormModel): Lookups {
  let lookups = lookupsByModel.get(model);
  if (lookups) return lookups;
  const rows = new Map([...model.rowFields].map(([id, nodes]) => [id, new Map(nodes.map((n) => [n.id, n]))]));
  const grids = new Map<string, { rowIds: Set<string>; specifies: Map<string, Specify> }>();
  lookups = {
    computedIds: new Set((model.definition.computed ?? []).map((c) => c.id)),
    sections: new Map([...model.sectionFields].map(([id, nodes]) => [id, new Map(nodes.map((n) => [n.id, n]))])),
    rows: (groupId) => rows.get(groupId) ?? new Map(),
    grid(field) {
      let grid = grids.get(field.id);
      if (!grid) {
        grid = {
          rowIds: new Set(field.rows.map((r) => r.id)),
          specifies: new Map(field.rows.flatMap((r) => (r.specify ? [[r.specify.id, r.specify] as const] : []))),
        };
        grids.set(field.id, grid);
      }
      return grid;
    },
  };
  lookupsByModel.set(model, lookups);
  return lookups;
}

/** Whether a string is longer than `max` code points; UTF-16 length first, which is never less. */
const longerThan = (text: string, max: number): boolean => text.length > max && codePointLength(text) > max;

export function checkShape(model: FormModel, body: Row, ctx: RuleContext): ShapeReport {
  const found = new Found(model, ctx.t);
  const lookups = lookupsOf(model);
  const t: Translate = ctx.t;
  const unknown = (path: string, name: string): void => found.add(path, () => t('error.unknownAnswer', { name: clip(name) }));
  /** The problem the full check gives for this answer (linear for an over-long one), else "check the answer". */
  const answerProblem = (node: FieldNode, answer: unknown, path: string): void =>
    found.add(path, () => checkField(node.field, answer, false, ctx, path).problems[0]?.message ?? t('error.answer', { subject: subjectOf(node.field) }));

  const checkAnswer = (node: FieldNode, answer: unknown, path: string): void => {
    const { field } = node;
    const max = maxTextLength(field);
    if (typeof answer === 'string') {
      if (max !== undefined ? longerThan(answer, max) : answer.length > CHOICE_STRING_LIMIT) answerProblem(node, answer, path);
      return;
    }
    if (field.type === 'checkboxes' && Array.isArray(answer) && answer.length > field.options.length) answerProblem(node, answer, path);
    else if (field.type === 'repeat' && Array.isArray(answer)) {
      const most = maxRowsOf(field);
      if (answer.length > most) {
        found.add(path, () => field.errorMessages?.tooMany ?? t('error.tooManyRows', { max: most, subject: subjectOf(field) }));
        return;
      }
      const rowNodes = lookups.rows(field.id);
      answer.forEach((row: unknown, index) => {
        if (!isRecord(row)) return;
        for (const key of Object.keys(row)) {
          const rowNode = rowNodes.get(key);
          if (rowNode) checkAnswer(rowNode, row[key], `${path}.${index}.${key}`);
          else unknown(`${path}.${index}.${key}`, key);
        }
      });
    } else if (field.type === 'grid' && isRecord(answer)) {
      const { specifies, rowIds } = lookups.grid(field);
      for (const key of Object.keys(answer)) {
        const value = answer[key];
        const specify = specifies.get(key);
        if (specify) {
          const most = specify.maxLength ?? DEFAULT_MAX_LENGTH.specify;
          if (typeof value === 'string' && longerThan(value, most))
            found.add(`${path}.${key}`, () => t('error.tooLong', { subject: subjectOf(specify), max: most }));
        } else if (!rowIds.has(key)) unknown(`${path}.${key}`, key);
        else if (typeof value === 'string' && value.length > CHOICE_STRING_LIMIT) answerProblem(node, answer, path);
      }
    } else if (field.type === 'signature' && isRecord(answer)) {
      for (const key of Object.keys(answer)) {
        const value = answer[key];
        if (key !== 'name' && key !== 'date' && key !== 'confirmed') unknown(`${path}.${key}`, key);
        else if (typeof value === 'string' && longerThan(value, key === 'name' ? DEFAULT_MAX_LENGTH.signatureName : CHOICE_STRING_LIMIT))
          answerProblem(node, answer, path);
      }
    }
  };

  for (const key of Object.keys(body)) {
    const value = body[key];
    if (!ENVELOPE_KEYS.has(key)) found.add('envelope', () => t('error.envelope', { detail: `remove "${clip(key)}": a submission has no such property` }));
    // an id, a version, a date-time: never long
    else if (typeof value === 'string' && value.length > ENVELOPE_STRING_LIMIT)
      found.add(key, () => t('error.envelope', { detail: `"${key}" is far too long` }));
  }
  // The server computes these itself, but reads the client's when the answers are unreadable.
  if (isRecord(body.computed)) {
    for (const key of Object.keys(body.computed)) {
      if (!lookups.computedIds.has(key))
        found.add(`computed.${key}`, () => t('error.envelope', { detail: `remove "${clip(key)}" from "computed": the form computes no such value` }));
    }
  }
  const data = body.data;
  if (!isRecord(data)) return found; // the compiled schema says what is wrong
  // Object.keys and not Object.entries: on an object of 60,000 keys, half the time.
  for (const sectionId of Object.keys(data)) {
    const fields = lookups.sections.get(sectionId);
    const section = data[sectionId];
    if (!fields) unknown(sectionId, sectionId);
    else if (isRecord(section)) {
      for (const id of Object.keys(section)) {
        const node = fields.get(id);
        if (node) checkAnswer(node, section[id], id);
        else unknown(id, id);
      }
    }
  }
  return found;
}
