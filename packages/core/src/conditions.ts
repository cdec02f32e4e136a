// The condition interpreter: structured JSON in, true or false out. No eval, no new Function.
import type { Condition, Scalar } from './definition.js';

/** Reads the answer a condition refers to ('fieldId' or 'gridId.rowId'); undefined when unanswered. */
export type AnswerLookup = (ref: string) => unknown;

export function isEmptyAnswer(value: unknown): boolean {
  if (value === undefined || value === null || value === '') return true;
  if (Array.isArray(value)) return value.length === 0;
  if (typeof value === 'object') return Object.values(value).every(isEmptyAnswer);
  return false;
}

/** Numbers compare as numbers; ISO dates (YYYY-MM-DD) compare as strings, which orders them by date. */
function compare(value: unknown, bound: Scalar): number | undefined {
  if (typeof value === 'number' && typeof bound === 'number') return value - bound;
  if (typeof value === 'string' && typeof bound === 'string') return value < bound ? -1 : value > bound ? 1 : 0;
  return undefined;
}

export function evaluate(condition: Condition, answer: AnswerLookup): boolean {
  if ('all' in condition) return condition.all.every((c) => evaluate(c, answer));
  if ('any' in condition) return condition.any.some((c) => evaluate(c, answer));
  if ('not' in condition) return !evaluate(condition.not, answer);
  const value = answer(condition.field);
  if ('equals' in condition) return value === condition.equals;
  if ('notEquals' in condition) return value !== condition.notEquals;
  if ('in' in condition) return condition.in.some((v) => v === value);
  if ('includes' in condition) return Array.isArray(value) && value.includes(condition.includes);
  if ('filled' in condition) return !isEmptyAnswer(value);
  if ('empty' in condition) return isEmptyAnswer(value);
  if ('greaterThan' in condition) return (compare(value, condition.greaterThan) ?? 0) > 0;
  if ('lessThan' in condition) return (compare(value, condition.lessThan) ?? 0) < 0;
  return false;
}

/** The field references a condition reads, for dependency tracking and checks. */
export function referencesOf(condition: Condition): string[] {
  if ('all' in condition) return condition.all.flatMap(referencesOf);
  if ('any' in condition) return condition.any.flatMap(referencesOf);
  if ('not' in condition) return referencesOf(condition.not);
  return [condition.field];
}

/** The field id part of a reference ('grid.row' → 'grid'). */
export function fieldIdOf(ref: string): string {
  const dot = ref.indexOf('.');
  return dot < 0 ? ref : ref.slice(0, dot);
}
