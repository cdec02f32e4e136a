// Conditions without code: which questions a condition can ask about, which operators suit
// each question's type, and the sentence a condition reads as.
import { isObject, type Json, type JsonObject } from './json-pointer.js';

export interface Question {
  /** The reference a condition uses: a field id, or 'gridId.rowId' for one row of a grid. */
  ref: string;
  label: string;
  type: string;
  /** The answers it can have, for choices (value → label). */
  options?: { value: string; label: string }[];
}

export const OPERATORS = ['equals', 'notEquals', 'in', 'includes', 'filled', 'empty', 'greaterThan', 'lessThan'] as const;
export type Operator = (typeof OPERATORS)[number];

const YES_NO = [
  { value: 'yes', label: 'Yes' },
  { value: 'no', label: 'No' },
];

function optionsOf(item: JsonObject): { value: string; label: string }[] | undefined {
  if (item.type === 'yesno') return YES_NO;
  if (item.type === 'rating')
    return Array.from({ length: typeof item.max === 'number' ? item.max : 5 }, (_, i) => ({ value: String(i + 1), label: String(i + 1) }));
  if (!Array.isArray(item.options)) return undefined;
  return item.options.filter(isObject).map((o) => ({ value: String(o.value), label: String(o.label) }));
}

/** Every question a condition may refer to, in form order (a repeat's row fields excluded). */
export function questionsOf(definition: Json): Question[] {
  const out: Question[] = [];
  const visit = (items: Json): void => {
    if (!Array.isArray(items)) return;
    for (const item of items) {
      if (!isObject(item) || typeof item.id !== 'string' || typeof item.label !== 'string') continue;
      if (item.type === 'grid' && Array.isArray(item.rows) && Array.isArray(item.columns)) {
        const columns = item.columns.filter(isObject).map((c) => ({ value: String(c.value), label: String(c.label) }));
        for (const row of item.rows.filter(isObject))
          out.push({ ref: `${item.id}.${String(row.id)}`, label: `${item.label}: ${String(row.label)}`, type: 'radios', options: columns });
        continue;
      }
      const options = optionsOf(item);
      out.push({ ref: item.id, label: item.label, type: String(item.type), ...(options ? { options } : {}) });
      if (Array.isArray(item.options)) item.options.filter(isObject).forEach((o) => visit(o.reveal ?? null));
      if (isObject(item.reveal)) {
        visit(item.reveal.yes ?? null);
        visit(item.reveal.no ?? null);
      }
    }
  };
  if (isObject(definition) && Array.isArray(definition.sections)) for (const s of definition.sections) if (isObject(s)) visit(s.items ?? null);
  return out;
}

/** The operators that make sense for a question of this type. */
export function operatorsFor(type: string): Operator[] {
  switch (type) {
    case 'radios':
    case 'select':
    case 'scale':
    case 'yesno':
      return ['equals', 'notEquals', 'in', 'filled', 'empty'];
    case 'checkboxes':
      return ['includes', 'filled', 'empty'];
    case 'number':
    case 'rating':
      return ['equals', 'notEquals', 'greaterThan', 'lessThan', 'filled', 'empty'];
    case 'date':
    case 'time':
      return ['greaterThan', 'lessThan', 'filled', 'empty'];
    case 'repeat':
    case 'signature':
      return ['filled', 'empty'];
    default:
      return ['equals', 'notEquals', 'filled', 'empty'];
  }
}

export function operatorWords(operator: Operator, type: string): string {
  // Dates and times are compared as earlier or later, not as amounts.
  const date = type === 'date' || type === 'time';
  return {
    equals: 'is',
    notEquals: 'is not',
    in: 'is one of',
    includes: 'includes',
    filled: 'is answered',
    empty: 'is not answered',
    greaterThan: date ? 'is after' : 'is more than',
    lessThan: date ? 'is before' : 'is less than',
  }[operator];
}

export function operatorOf(condition: JsonObject): Operator | undefined {
  return OPERATORS.find((o) => o in condition);
}

/** A new rule about a question: 'is' its first answer for a choice, else 'is answered'. */
export function newRule(question: Question | undefined): JsonObject {
  if (!question) return { field: 'question', filled: true };
  const operator = operatorsFor(question.type)[0]!;
  return ruleWith(question, operator);
}

/** The rule about a question with an operator, with a value that suits them. */
export function ruleWith(question: Question, operator: Operator, previous?: Json): JsonObject {
  if (operator === 'filled' || operator === 'empty') return { field: question.ref, [operator]: true };
  const first = question.options?.[0]?.value;
  if (operator === 'in') return { field: question.ref, in: first ? [first] : [] };
  const numeric = question.type === 'number' || question.type === 'rating';
  let value: Json = previous ?? first ?? (numeric ? 0 : question.type === 'date' ? '2000-01-01' : question.type === 'time' ? '12:00' : '');
  if (numeric && typeof value === 'string' && value !== '' && !Number.isNaN(Number(value))) value = Number(value);
  return { field: question.ref, [operator]: value };
}

function valueWords(value: Json, question: Question | undefined): string {
  const one = (v: Json): string => question?.options?.find((o) => o.value === String(v))?.label ?? String(v);
  return Array.isArray(value) ? value.map(one).join(' or ') : one(value);
}

/** The condition as words, e.g. "'Is an interpreter needed?' is Yes". */
export function conditionWords(condition: Json, questions: readonly Question[]): string {
  if (!isObject(condition)) return 'a condition that is not complete';
  if (Array.isArray(condition.all)) return condition.all.map((c) => wrap(c, questions)).join(' and ') || 'always';
  if (Array.isArray(condition.any)) return condition.any.map((c) => wrap(c, questions)).join(' or ') || 'never';
  if ('not' in condition) return `it is not the case that ${wrap(condition.not ?? null, questions)}`;
  const question = questions.find((q) => q.ref === condition.field);
  const operator = operatorOf(condition);
  const name = question ? `'${question.label}'` : `'${String(condition.field)}' (no such question)`;
  if (!operator) return `${name} …`;
  if (operator === 'filled' || operator === 'empty') return `${name} ${operatorWords(operator, question?.type ?? '')}`;
  return `${name} ${operatorWords(operator, question?.type ?? '')} ${valueWords(condition[operator] ?? null, question)}`;
}

function wrap(condition: Json, questions: readonly Question[]): string {
  const words = conditionWords(condition, questions);
  return isObject(condition) && (Array.isArray(condition.all) || Array.isArray(condition.any)) ? `(${words})` : words;
}
