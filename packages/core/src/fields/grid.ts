// A grid: one radio answer per row from shared columns ("Yes / No / Don't know"), and per row
// an optional "please specify" text shown for some answers. The answer is an object keyed by
// row id (and specify id).
import type { GridField } from '../definition.js';
import { DEFAULT_MAX_LENGTH, codePointLength, isCleanText } from '../formats.js';
import { type AnswerSchema, type FieldModule, type JsonSchema, type Problem, str, subjectOf } from './field-module.js';
import { isArrayOf, isObject, isString } from './shape.js';
import { textSchema } from './typed-text.js';

const columnValues = (field: GridField): string[] => field.columns.map((c) => c.value);

export const grid: FieldModule<GridField> = {
  check(field, value, required, ctx, path) {
    const input = (value && typeof value === 'object' ? value : {}) as Record<string, unknown>;
    const columns = columnValues(field);
    const answer: Record<string, string> = {};
    const problems: Problem[] = [];
    for (const row of field.rows) {
      const chosen = str(input[row.id]);
      if (chosen === '') {
        if (required) problems.push({ path: `${path}.${row.id}`, message: field.errorMessages?.required ?? ctx.t('error.selectRow', { row: row.label }) });
      } else if (!columns.includes(chosen)) {
        problems.push({ path: `${path}.${row.id}`, message: ctx.t('error.selectRow', { row: row.label }) });
      } else {
        answer[row.id] = chosen;
      }
      const specify = row.specify;
      if (!specify) continue;
      const shown = !specify.showFor || specify.showFor.includes(answer[row.id] ?? '');
      const text = str(input[specify.id]).trim();
      if (!shown || text === '') continue;
      const max = specify.maxLength ?? DEFAULT_MAX_LENGTH.specify;
      if (codePointLength(text) > max) {
        problems.push({ path: `${path}.${specify.id}`, message: ctx.t('error.tooLong', { subject: subjectOf(specify), max }) });
      } else if (!isCleanText(text)) {
        problems.push({ path: `${path}.${specify.id}`, message: ctx.t('error.hiddenCharacters', { subject: subjectOf(specify) }) });
      } else {
        answer[specify.id] = text;
      }
    }
    return { answer: Object.keys(answer).length ? answer : undefined, problems };
  },
  inputOf: (_field, answer) => ({ ...(answer as object) }),
  // The document and "Check your answers" show a grid row by row (document.ts); in one line:
  answerLines: (field, answer) =>
    field.rows.flatMap((row) => {
      const a = answer as Record<string, unknown>;
      const chosen = field.columns.find((c) => c.value === a[row.id])?.label;
      return chosen ? [`${row.label}: ${chosen}`] : [];
    }),
  counted: true,
  focusPart: (field) => field.rows[0].id,
  // At least two columns to choose between and one row; a row's "specify" has its own id and label.
  wellShaped: ({ columns, rows }) =>
    isArrayOf(columns, (c) => isObject(c) && isString(c.value) && isString(c.label), 2) &&
    isArrayOf(
      rows,
      (r) =>
        isObject(r) &&
        isString(r.id) &&
        isString(r.label) &&
        (r.specify === undefined || (isObject(r.specify) && isString(r.specify.id) && isString(r.specify.label))),
      1,
    ),
};

/** The answer's JSON Schema: the compiler's (answer-schemas.ts collects it), not the page's. */
export const gridAnswerSchema: AnswerSchema<GridField> = (field) => {
  const properties: Record<string, JsonSchema> = {};
  const rules: JsonSchema[] = [];
  const columns = columnValues(field);
  for (const row of field.rows) {
    properties[row.id] = { enum: columns };
    if (!row.specify) continue;
    properties[row.specify.id] = textSchema(row.specify.maxLength ?? DEFAULT_MAX_LENGTH.specify);
    if (row.specify.showFor) {
      // "please specify" beside a row only counts for the answers it is shown for
      rules.push({
        if: { not: { properties: { [row.id]: { enum: row.specify.showFor } }, required: [row.id] } },
        then: { properties: { [row.specify.id]: false } },
      });
    }
  }
  return {
    type: 'object',
    additionalProperties: false,
    minProperties: 1,
    properties,
    ...(field.required ? { required: field.rows.map((r) => r.id) } : {}),
    ...(rules.length ? { allOf: rules } : {}),
  };
};
