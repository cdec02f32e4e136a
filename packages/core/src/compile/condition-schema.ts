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
 */
export function conditionSchema(model: FormModel, condition: Condition, rowScope = false): JsonSchema {
  if ('all' in condition) return { allOf: condition.all.map((c) => conditionSchema(model, c, rowScope)) };
  if ('any' in condition) return { anyOf: condition.any.map((c) => conditionSchema(model, c, rowScope)) };
  if ('not' in condition) return { not: conditionSchema(model, condition.not, rowScope) };
  const path = pathOf(model, condition.field, rowScope);
  const isDate = model.fields.get(path.field)?.field.type === 'date';
  if ('equals' in condition) return answerIs(path, { const: condition.equals });
  if ('notEquals' in condition) return { not: answerIs(path, { const: condition.notEquals }) };
  if ('in' in condition) return answerIs(path, { enum: condition.in });
  if ('includes' in condition) return answerIs(path, { type: 'array', contains: { const: condition.includes } });
  if ('filled' in condition) return answerIs(path, true);
  if ('empty' in condition) return { not: answerIs(path, true) };
  if ('greaterThan' in condition) {
    const bound = condition.greaterThan;
    return answerIs(path, isDate ? { type: 'string', format: 'date', formatExclusiveMinimum: bound } : { type: 'number', exclusiveMinimum: bound });
  }
  const bound = condition.lessThan;
  return answerIs(path, isDate ? { type: 'string', format: 'date', formatExclusiveMaximum: bound } : { type: 'number', exclusiveMaximum: bound });
}
