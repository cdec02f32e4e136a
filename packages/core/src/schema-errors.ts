// Turns a submission schema's validation errors (ajv's ErrorObject shape) into field problems
// with GOV.UK messages: what a server answers in a 422, and what the element shows if the
// compiled validator ever rejects what the browser accepted.
import { fieldIdOf } from './conditions.js';
import type { FormModel } from './model.js';
import { type Problem, type RuleContext, checkField, inputOf, subjectOf } from './rules.js';

/** The parts of ajv's ErrorObject this module reads (so core does not import ajv). */
export interface SchemaError {
  instancePath: string;
  keyword: string;
  params: Record<string, unknown>;
  message?: string;
}

function decode(segment: string): string {
  return segment.replace(/~1/g, '/').replace(/~0/g, '~');
}

/**
 * Maps errors to problems, one per answer path, in the order the errors came. Messages come
 * from the same rules the browser runs, given the offending answer.
 */
export function problemsFromSchemaErrors(model: FormModel, errors: readonly SchemaError[], data: unknown, ctx: RuleContext): Problem[] {
  const problems = new Map<string, Problem>();
  const add = (problem: Problem): void => {
    if (!problems.has(problem.path)) problems.set(problem.path, problem);
  };
  for (const error of errors) {
    // "must match then/else" only wraps the real error, which ajv reports too
    if (error.keyword === 'if') continue;
    const segments = error.instancePath.split('/').slice(1).map(decode);
    if (segments[0] !== 'data') {
      add({ path: segments.join('.') || 'envelope', message: ctx.t('error.envelope', { detail: `${error.instancePath || 'the envelope'} ${error.message ?? error.keyword}` }) });
      continue;
    }
    const [, sectionId, ...rest] = segments;
    if (error.keyword === 'required' && typeof error.params.missingProperty === 'string') rest.push(error.params.missingProperty);
    if (error.keyword === 'additionalProperties' && typeof error.params.additionalProperty === 'string') {
      const name = error.params.additionalProperty;
      add({ path: [...rest, name].join('.') || name, message: ctx.t('error.unknownAnswer', { name }) });
      continue;
    }
    if (!sectionId || rest.length === 0) {
      add({ path: sectionId ?? 'data', message: ctx.t('error.envelope', { detail: `${error.instancePath} ${error.message ?? error.keyword}` }) });
      continue;
    }
    // rest: field, or grid/signature field then key, or repeat then row then field (then key)
    const isRow = /^\d+$/.test(rest[1] ?? '');
    const fieldId = isRow ? rest[2] ?? rest[0]! : rest[0]!;
    const node = model.fields.get(fieldIdOf(fieldId));
    const path = isRow && rest[2] ? rest.slice(0, 3).join('.') : fieldId;
    if (!node) {
      add({ path, message: ctx.t('error.unknownAnswer', { name: fieldId }) });
      continue;
    }
    const subject = subjectOf(node.field);
    if (error.keyword === 'false schema') {
      add({ path, message: ctx.t('error.notApplicable', { subject }) });
      continue;
    }
    const section = (data as Record<string, Record<string, unknown>> | undefined)?.[sectionId];
    const answer = isRow ? (section?.[rest[0]!] as Record<string, unknown>[] | undefined)?.[Number(rest[1])]?.[fieldId] : section?.[fieldId];
    // Ask the browser's rules what is wrong with this answer; they say it the GOV.UK way.
    const rules = node.field.type === 'repeat' ? [] : checkField(node.field, inputOf(node.field, answer), true, ctx, path).problems;
    const precise = rules.find((p) => p.path === [path, ...rest.slice(isRow ? 3 : 1)].join('.')) ?? rules[0];
    add(precise ?? { path, message: ctx.t('error.answer', { subject }) });
  }
  return [...problems.values()];
}
