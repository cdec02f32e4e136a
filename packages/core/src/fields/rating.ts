// A rating from 1 to max (5 by default), answered as a number.
import type { RatingField } from '../definition.js';
import { type AnswerSchema, type FieldModule, str } from './field-module.js';
import { byAmount } from './number.js';
import { checkChoice } from './single-choice.js';

const most = (field: RatingField): number => field.max ?? 5;
const values = (field: RatingField): string[] => Array.from({ length: most(field) }, (_, i) => String(i + 1));

export const rating: FieldModule<RatingField> = {
  check(field, input, required, ctx, path) {
    const checked = checkChoice(field, input, values(field), required, ctx, path);
    return checked.answer === undefined ? checked : { answer: Number(checked.answer), problems: [] };
  },
  inputOf: (_field, answer) => String(answer),
  answerLines: (field, answer, t) => [t('form.ratingOf', { n: str(answer), max: most(field) })],
  choices: (field) => values(field).map(Number),
  ordering: byAmount,
  summable: true,
};

/** The answer's JSON Schema: the compiler's (answer-schemas.ts collects it), not the page's. */
export const ratingAnswerSchema: AnswerSchema<RatingField> = (field) => ({ type: 'integer', minimum: 1, maximum: most(field) });
