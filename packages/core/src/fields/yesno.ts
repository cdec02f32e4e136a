// Yes or no; either may reveal follow-up questions.
import type { YesnoField } from '../definition.js';
import type { AnswerSchema, FieldModule } from './field-module.js';
import { isArrayOf, isObject } from './shape.js';
import { checkChoice } from './single-choice.js';

const YES_NO = ['yes', 'no'] as const;

export const yesno: FieldModule<YesnoField> = {
  check: (field, input, required, ctx, path) => checkChoice(field, input, YES_NO, required, ctx, path),
  inputOf: (_field, answer) => answer,
  answerLines: (_field, answer, t) => [answer === 'yes' ? t('form.yes') : t('form.no')],
  choices: () => YES_NO,
  wellShaped: ({ reveal }, isItem) =>
    reveal === undefined || (isObject(reveal) && [reveal.yes, reveal.no].every((r) => r === undefined || isArrayOf(r, isItem))),
};

/** The answer's JSON Schema: the compiler's (answer-schemas.ts collects it), not the page's. */
export const yesnoAnswerSchema: AnswerSchema<YesnoField> = () => ({ enum: [...YES_NO] });
