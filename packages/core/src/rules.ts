// One field's input → its answer and its problems, with GOV.UK messages. Each type's rules are
// in its module (fields/<type>.ts); this is the door the store, the server and the schema's
// error messages go through. The compiled schema (compile/submission-schema.ts) states the
// same rules for answers; a property-based test keeps the two in agreement.
import type { Field } from './definition.js';
import { isEmptyAnswer } from './conditions.js';
import { fieldModule, isAnswerField } from './fields/index.js';
import type { Checked, Problem, RuleContext } from './fields/field-module.js';
import type { Translate } from './i18n.js';

export type { Checked, Problem, RuleContext } from './fields/field-module.js';
export { subjectOf } from './fields/field-module.js';
export type { SignatureInput } from './fields/signature.js';

/**
 * A problem in a row of a repeatable group says which row: "Partner agency 2: Enter your
 * initials", so that three rows' errors in the summary can be told apart (WCAG 3.3.1).
 */
export function inRow(problem: Problem, itemLabel: string, index: number, t: Translate): Problem {
  return { ...problem, message: t('error.inRow', { item: itemLabel, n: index + 1, message: problem.message }) };
}

/** Checks one field's input. Repeatable groups are checked row by row by the caller (FormStore's checkRepeat, store.ts). */
export function checkField(field: Field, input: unknown, required: boolean, ctx: RuleContext, path: string): Checked {
  if (!isAnswerField(field)) throw new Error('checkField: repeatable groups are checked row by row (see FormStore.checkRepeat in store.ts)');
  return fieldModule(field).check(field, input, required, ctx, path);
}

/** The input that shows an answer: the reverse of checkField, for prefilled data and drafts. */
export function inputOf(field: Field, answer: unknown): unknown {
  if (!isAnswerField(field)) return answer;
  const module = fieldModule(field);
  if (isEmptyAnswer(answer)) return module.emptyInput?.();
  return module.inputOf(field, answer);
}
