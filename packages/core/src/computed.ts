// Computed values: counts, sums and first-matching rules, declared in the definition.
import type { ComputedValue } from './definition.js';
import type { FormModel } from './model.js';
import { type AnswerLookup, evaluate, fieldIdOf, referencesOf } from './conditions.js';

export type ComputedResult = number | string;

/** The field references a computed value reads (grid ids stand for all their rows). */
export function computedReferences(value: ComputedValue): string[] {
  if ('count' in value) return value.count.of;
  if ('sum' in value) return value.sum;
  return value.firstMatch.flatMap((rule) => referencesOf(rule.when));
}

/**
 * Evaluates one computed value. `answer` reads fields (and grid rows as 'grid.row');
 * `earlier` reads computed values declared before this one.
 */
export function compute(
  value: ComputedValue,
  answer: AnswerLookup,
  earlier: (id: string) => ComputedResult | undefined,
  /** The row ids of a grid, for a reference to a whole grid; undefined for other fields. */
  gridRows?: (ref: string) => string[] | undefined,
): ComputedResult {
  if ('count' in value) {
    let n = 0;
    for (const ref of value.count.of) {
      const rows = gridRows?.(ref);
      // A grid counts its rows' answers (not the 'please specify' texts stored beside them).
      if (rows) n += rows.filter((row) => answer(`${ref}.${row}`) === value.count.equals).length;
      else if (answer(ref) === value.count.equals) n++;
    }
    return n;
  }
  if ('sum' in value) {
    return value.sum.reduce((total, ref) => {
      const a = earlier(ref) ?? answer(ref);
      return total + (typeof a === 'number' ? a : 0);
    }, 0);
  }
  const rule = value.firstMatch.find((r) => evaluate(r.when, answer));
  return (rule ?? value.otherwise).value;
}

/** The text shown for a computed result: a rule's text for firstMatch, the number otherwise. */
export function computedText(value: ComputedValue, result: ComputedResult | undefined): string {
  if ('firstMatch' in value) {
    return [...value.firstMatch, value.otherwise].find((r) => r.value === result)?.text ?? '';
  }
  return result === undefined ? '' : String(result);
}

/** How many answers a count looks at: the end of a matrix axis. */
export function countSize(model: FormModel, value: ComputedValue): number | undefined {
  if (!('count' in value)) return undefined;
  return value.count.of.reduce((n, ref) => {
    const field = model.fields.get(fieldIdOf(ref))?.field;
    return n + (!ref.includes('.') && field?.type === 'grid' ? field.rows.length : 1);
  }, 0);
}
