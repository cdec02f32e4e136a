// Any number of options; one may be exclusive ("None of these"), and maxSelected may bound them.
import type { CheckboxesField } from '../definition.js';
import { type FieldModule, message, refused, str, unanswered, type AnswerSchema } from './field-module.js';
import { labelOf } from '../answer-text.js';
import { hasOptions } from './shape.js';

const values = (field: CheckboxesField): string[] => field.options.map((o) => o.value);

export const checkboxes: FieldModule<CheckboxesField> = {
  check(field, input, required, ctx, path) {
    const chosen = Array.isArray(input) ? input.map(str) : [];
    if (chosen.length === 0) return unanswered(path, required, () => message(field, 'required', ctx, 'error.select'));
    if (chosen.some((v) => !values(field).includes(v))) return refused(path, message(field, 'invalid', ctx, 'error.option'));
    const exclusive = field.options.find((o) => o.exclusive && chosen.includes(o.value));
    if (exclusive && chosen.length > 1) return refused(path, message(field, 'invalid', ctx, 'error.exclusive', { none: exclusive.label }));
    if (field.maxSelected && chosen.length > field.maxSelected)
      return refused(path, message(field, 'tooMany', ctx, 'error.tooManySelected', { max: field.maxSelected }));
    return { answer: [...new Set(chosen)], problems: [] };
  },
  inputOf: (_field, answer) => (Array.isArray(answer) ? answer.map(str) : []),
  answerLines: (field, answer) => (answer as unknown[]).map((v) => labelOf(field.options, v)),
  choices: values,
  multiple: true,
  wellShaped: hasOptions,
};

/** The answer's JSON Schema: the compiler's (answer-schemas.ts collects it), not the page's. */
export const checkboxesAnswerSchema: AnswerSchema<CheckboxesField> = (field) => {
  const exclusive = field.options.filter((o) => o.exclusive);
  // Never more values than options (they are unique): a long list is refused on its length.
  const most = Math.min(field.maxSelected || field.options.length, field.options.length);
  return {
    type: 'array',
    minItems: 1,
    maxItems: most,
    uniqueItems: true,
    items: { enum: values(field) },
    ...(exclusive.length ? { allOf: exclusive.map((o) => ({ if: { contains: { const: o.value } }, then: { maxItems: 1 } })) } : {}),
  };
};
