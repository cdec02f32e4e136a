// What the one-answer choices share (radios, select, scale, yes/no, rating): the answer is one
// of a fixed list of values, checked against that list.
import type { ChoiceOption, Option } from '../definition.js';
import { labelOf } from '../answer-text.js';
import { type AnswerField, type Checked, type JsonSchema, type RuleContext, message, refused, str, unanswered } from './field-module.js';
import { hasOptions } from './shape.js';

export function checkChoice(field: AnswerField, value: unknown, values: readonly string[], required: boolean, ctx: RuleContext, path: string): Checked {
  const v = str(value);
  if (v === '') return unanswered(path, required, () => message(field, 'required', ctx, 'error.select'));
  if (!values.includes(v)) return refused(path, message(field, 'invalid', ctx, 'error.option'));
  return { answer: v, problems: [] };
}

/** The module of a choice among the field's own options (radios, select, scale). */
export function optionChoice<F extends AnswerField & { options: readonly (Option | ChoiceOption)[] }>() {
  const values = (field: F): string[] => field.options.map((o) => o.value);
  return {
    check: (field: F, input: unknown, required: boolean, ctx: RuleContext, path: string): Checked =>
      checkChoice(field, input, values(field), required, ctx, path),
    inputOf: (_field: F, answer: unknown): unknown => answer,
    answerLines: (field: F, answer: unknown): string[] => [labelOf(field.options, answer)],
    choices: values,
    wellShaped: hasOptions,
  };
}

/** The answer's JSON Schema for a choice among the field's own options: the compiler's (answer-schemas.ts), not the page's. */
export const optionChoiceSchema = (field: { options: readonly (Option | ChoiceOption)[] }): JsonSchema => ({ enum: field.options.map((o) => o.value) });
