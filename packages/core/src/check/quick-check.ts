// quickCheck: enough of checkDefinition to render a definition safely, without the
// meta-schema's large precompiled validator. It checks the shape the renderers rely on and
// then the semantics (ids, references, conditions). A definition it cannot pass is not
// necessarily wrong: the caller then runs the full checkDefinition for the problems' paths
// and messages. Definitions built by `caf-forms build` have passed the full check already.
import { CONTENT_TYPES, FIELD_TYPES, type FormDefinition } from '../definition.js';
import { FIELD_MODULES } from '../fields/index.js';
import type { AnswerFieldType } from '../fields/field-module.js';
import { type Json, isArrayOf, isObject, isString } from '../fields/shape.js';
import type { CheckResult } from './check-definition.js';
import { semanticProblems } from './semantics.js';

const ITEM_TYPES: ReadonlySet<string> = new Set([...FIELD_TYPES, ...CONTENT_TYPES]);
const CONDITION_KEYS = ['equals', 'notEquals', 'in', 'includes', 'filled', 'empty', 'greaterThan', 'lessThan'];

/** The definition, checked, or undefined when only the full checkDefinition can say. */
export function quickCheck(input: unknown): CheckResult | undefined {
  if (!isDefinition(input)) return undefined;
  try {
    return semanticProblems(input).length ? undefined : { ok: true, definition: input, problems: [] };
  } catch {
    return undefined; // a shape this guard let through but the semantics could not read
  }
}

function isDefinition(d: unknown): d is FormDefinition {
  return (
    isObject(d) &&
    isString(d.id) &&
    isString(d.version) &&
    isString(d.title) &&
    isArrayOf(d.sections, (s) => isObject(s) && isString(s.id) && isString(s.title) && optionalCondition(s.visibleWhen) && isArrayOf(s.items, isItem), 1) &&
    (d.computed === undefined || isArrayOf(d.computed, (c) => isObject(c) && isString(c.id) && ('count' in c || 'sum' in c || 'firstMatch' in c)))
  );
}

function isItem(i: unknown): boolean {
  if (!isObject(i) || !isString(i.type) || !ITEM_TYPES.has(i.type) || !optionalCondition(i.visibleWhen) || !optionalCondition(i.requiredWhen)) return false;
  switch (i.type) {
    case 'heading':
    case 'paragraph':
    case 'inset':
    case 'warning':
      return isString(i.text);
    case 'details':
      return isString(i.summary) && isString(i.text);
    case 'computed':
      return isString(i.computed) && isString(i.label);
    case 'matrix':
      return (
        isObject(i.axes) &&
        ['up', 'down', 'left', 'right'].every((side) => isObject((i.axes as Json)[side]) && isString(((i.axes as Json)[side] as Json).computed)) &&
        isObject(i.quadrants)
      );
    case 'letter':
      return isArrayOf(i.paragraphs, (p) => isObject(p) && isString(p.text) && optionalCondition(p.visibleWhen), 1);
    default:
      break; // a field
  }
  if (!isString(i.id) || !isString(i.label)) return false;
  // A repeatable group holds other items; every other field's module says what it needs (fields/<type>.ts).
  if (i.type === 'repeat') return isString(i.itemLabel) && isArrayOf(i.items, isItem, 1);
  return FIELD_MODULES[i.type as AnswerFieldType].wellShaped?.(i, isItem) ?? true;
}

function optionalCondition(c: unknown): boolean {
  return c === undefined || isCondition(c);
}

function isCondition(c: unknown): boolean {
  if (!isObject(c)) return false;
  if ('all' in c) return isArrayOf(c.all, isCondition, 1);
  if ('any' in c) return isArrayOf(c.any, isCondition, 1);
  if ('not' in c) return isCondition(c.not);
  return isString(c.field) && CONDITION_KEYS.filter((k) => k in c).length === 1 && Object.keys(c).length === 2;
}
