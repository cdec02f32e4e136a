// Conditions as JSON Schema over a submission's `data`, so that a server enforces the same
// visibility and requiredness the browser applied. Mirrors conditions.ts case by case.
import type { Condition } from '../definition.js';
import { fieldIdOf } from '../conditions.js';
import type { FormModel } from '../model.js';

export type JsonSchema = Record<string, unknown> | boolean;

/** Where an answer lives: its section (absent inside a repeat's row) and field id, and a grid row. */
interface AnswerPath {
  section?: string;
  field: string;
  row?: string;
}

function pathOf(model: FormModel, ref: string, rowScope: boolean): AnswerPath {
  const field = fieldIdOf(ref);
  const row = ref.length > field.length ? ref.slice(field.length + 1) : undefined;
  return rowScope ? { field, row } : { section: model.fields.get(field)?.section.id, field, row };
}

const FILLED: JsonSchema = { not: { enum: [null, '', [], {}] } };

/** A schema that holds when the answer at `path` is present and matches `value`. */
function answerIs(path: AnswerPath, value: JsonSchema): JsonSchema {
  let schema: JsonSchema = path.row
    ? { properties: { [path.field]: { properties: { [path.row]: value }, required: [path.row] } }, required: [path.field] }
    : { properties: { [path.field]: value }, required: [path.field] };
  if (path.section) schema = { properties: { [path.section]: schema }, required: [path.section] };
  return schema;
}

/**
 * The condition as a schema over `data` (or over one row of a repeatable group when
 * `rowScope` is set). Dates compare with ajv-formats' formatExclusiveMinimum/Maximum.
 *
 * The engine reads a hidden answer as unanswered (a stray answer must not show or require
 * other questions: it is only "not applicable"), so a reference to a field that has
 * conditions of its own holds only while those conditions hold too. `expanding` holds the
 * fields whose conditions are being expanded: a cycle (which checkDefinition reports) reads as
 * hidden, as in the engine, instead of recursing for ever.
 */
export function conditionSchema(model: FormModel, condition: Condition, rowScope = false, expanding: ReadonlySet<string> = new Set()): JsonSchema {
  const sub = (c: Condition): JsonSchema => conditionSchema(model, c, rowScope, expanding);
  if ('all' in condition) return { allOf: condition.all.map(sub) };
  if ('any' in condition) return { anyOf: condition.any.map(sub) };
  if ('not' in condition) return { not: sub(condition.not) };
  const path = pathOf(model, condition.field, rowScope);
  const node = model.fields.get(path.field);
  const answered = (value: JsonSchema): JsonSchema => {
    const shownWhen = node?.shownWhen ?? [];
    if (shownWhen.length === 0) return answerIs(path, value);
    if (expanding.has(path.field)) return false;
    const inner = new Set(expanding).add(path.field);
    return { allOf: [answerIs(path, value), ...shownWhen.map((c) => conditionSchema(model, c, rowScope, inner))] };
  };
  const isDate = node?.field.type === 'date';
  if ('equals' in condition) return answered({ const: condition.equals });
  if ('notEquals' in condition) return { not: answered({ const: condition.notEquals }) };
  if ('in' in condition) return answered({ enum: condition.in });
  if ('includes' in condition) return answered({ type: 'array', contains: { const: condition.includes } });
  // the engine reads '', [] and {} as unanswered (they are never valid answers either)
  if ('filled' in condition) return answered(FILLED);
  if ('empty' in condition) return { not: answered(FILLED) };
  if ('greaterThan' in condition) {
    const bound = condition.greaterThan;
    return answered(isDate ? { type: 'string', format: 'date', formatExclusiveMinimum: bound } : { type: 'number', exclusiveMinimum: bound });
  }
  const bound = condition.lessThan;
  return answered(isDate ? { type: 'string', format: 'date', formatExclusiveMaximum: bound } : { type: 'number', exclusiveMaximum: bound });
}
