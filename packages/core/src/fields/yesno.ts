// Yes or no; either may reveal follow-up questions.
import type { YesnoField } from '../definition.js';
import type { FieldModule } from './field-module.js';
import { isArrayOf, isObject } from './shape.js';
import { checkChoice } from './single-choice.js';

const YES_NO = ['yes', 'no'] as const;

export const yesno: FieldModule<YesnoField> = {
  check: (field, input, required, ctx, path) => checkChoice(field, input, YES_NO, required, ctx, path),
  inputOf: (_field, answer) => answer,
  answerSchema: () => ({ enum: [...YES_NO] }),
  answerLines: (_field, answer, t) => [answer === 'yes' ? t('form.yes') : t('form.no')],
  choices: () => YES_NO,
  wellShaped: ({ reveal }, isItem) =>
    reveal === undefined || (isObject(reveal) && [reveal.yes, reveal.no].every((r) => r === undefined || isArrayOf(r, isItem))),
};
