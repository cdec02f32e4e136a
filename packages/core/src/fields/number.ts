// A number, typed with or without thousands separators; optionally whole, with min and max.
import type { NumberField } from '../definition.js';
import { type AnswerSchema, type FieldModule, type Ordering, message, refused, str, unanswered } from './field-module.js';

/** Numbers compare as amounts (a number field's, a rating's). */
export const byAmount: Ordering = { accepts: (bound) => typeof bound === 'number', explain: 'a number: compare it with a number', example: 0 };

export const number: FieldModule<NumberField> = {
  check(field, input, required, ctx, path) {
    const text = str(input).trim().replace(/,/g, '');
    if (text === '') return unanswered(path, required, () => message(field, 'required', ctx, 'error.enter'));
    const n = /^-?(\d+\.?\d*|\.\d+)$/.test(text) ? Number(text) : NaN;
    if (!Number.isFinite(n)) return refused(path, message(field, 'invalid', ctx, 'error.number'));
    if (field.integer && !Number.isInteger(n)) return refused(path, message(field, 'invalid', ctx, 'error.wholeNumber'));
    if (field.min !== undefined && n < field.min) return refused(path, message(field, 'tooSmall', ctx, 'error.tooSmall', { min: field.min }));
    if (field.max !== undefined && n > field.max) return refused(path, message(field, 'tooLarge', ctx, 'error.tooLarge', { max: field.max }));
    return { answer: n, problems: [] };
  },
  inputOf: (_field, answer) => String(answer),
  answerLines: (field, answer) => [field.suffix ? `${str(answer)} ${field.suffix}` : str(answer)],
  ordering: byAmount,
  summable: true,
};

/** The answer's JSON Schema: the compiler's (answer-schemas.ts collects it), not the page's. */
export const numberAnswerSchema: AnswerSchema<NumberField> = (field) => ({
  type: field.integer ? 'integer' : 'number',
  ...(field.min !== undefined ? { minimum: field.min } : {}),
  ...(field.max !== undefined ? { maximum: field.max } : {}),
});
