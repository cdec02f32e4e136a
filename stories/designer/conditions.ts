// Conditions without code: which questions a condition can ask about, which operators suit
// each question's type, and the sentence a condition reads as. What a type allows is its field
// module's (core/src/fields/<type>.ts): its choices, whether it is multiple choice, its ordering.
import { type AnswerField, FIELD_MODULES, type FieldModule, answerLines, translate } from '@caf-forms/core';
import { isObject, type Json, type JsonObject } from './json-pointer.js';

/** One answer a choice can have: the value a condition compares with, typed as the module gives it. */
export interface AnswerOption {
  value: string | number;
  label: string;
}

export interface Question {
  /** The reference a condition uses: a field id, or 'gridId.rowId' for one row of a grid. */
  ref: string;
  label: string;
  type: string;
  /** The answers it can have, for choices. */
  options?: AnswerOption[];
}

export const OPERATORS = ['equals', 'notEquals', 'in', 'includes', 'filled', 'empty', 'greaterThan', 'lessThan'] as const;
export type Operator = (typeof OPERATORS)[number];

/** A type's module; undefined for a repeatable group (it holds rows, not one answer) or a type the engine does not know. */
const moduleOf = (type: string): FieldModule<AnswerField> | undefined =>
  Object.hasOwn(FIELD_MODULES, type) ? (FIELD_MODULES as Record<string, FieldModule<AnswerField>>)[type] : undefined;

/** An amount (a number) is more or less; a moment (a date, a time) is earlier or later, and rarely matched exactly. */
const orderingOf = (type: string): 'amount' | 'moment' | undefined => {
  const ordering = moduleOf(type)?.ordering;
  return ordering && (typeof ordering.example === 'number' ? 'amount' : 'moment');
};

/** The answers a choice can have, in words, as the module gives them; undefined while the item is not yet well shaped. */
function optionsOf(item: JsonObject): AnswerOption[] | undefined {
  const module = moduleOf(String(item.type));
  // Follow-up questions are questions of their own here: only the item's own shape matters.
  if (!module?.choices || !(module.wellShaped?.(item, () => true) ?? true)) return undefined;
  const field = item as unknown as AnswerField;
  // A choice's words are its answer's; a multiple choice's answer is a list of them.
  const words = (value: string | number): string => answerLines(field, module.multiple ? [value] : value, translate)[0] ?? String(value);
  return module.choices(field).map((value) => ({ value, label: words(value) }));
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

/**
 * The operators that make sense for a question of this type, from its module: 'includes' for
 * multiple choice; 'is' / 'is one of' for a choice; more or less, earlier or later where it has an
 * ordering; 'is' for typed text (a module with a maxLength); 'is answered' for every question.
 */
export function operatorsFor(type: string): Operator[] {
  const module = moduleOf(type);
  const answered: Operator[] = ['filled', 'empty'];
  if (module?.multiple) return ['includes', ...answered];
  const ordering = orderingOf(type);
  const matched = ordering !== 'moment' && (module?.choices || ordering || module?.maxLength);
  return [
    ...(matched ? (['equals', 'notEquals'] as const) : []),
    ...(module?.choices ? (['in'] as const) : []),
    ...(ordering ? (['greaterThan', 'lessThan'] as const) : []),
    ...answered,
  ];
}

export function operatorWords(operator: Operator, type: string): string {
  const moment = orderingOf(type) === 'moment';
  return {
    equals: 'is',
    notEquals: 'is not',
    in: 'is one of',
    includes: 'includes',
    filled: 'is answered',
    empty: 'is not answered',
    greaterThan: moment ? 'is after' : 'is more than',
    lessThan: moment ? 'is before' : 'is less than',
  }[operator];
}

/** How a value is typed in for a question with no list of answers: a number, a native date or time input, or text. */
export function valueInput(question: Question): { type: string; label: string } {
  const ordering = orderingOf(question.type);
  if (ordering === 'amount') return { type: 'number', label: 'Value' };
  // A moment's type names its native input (date, time): the designer is a tool, not a public
  // form, and these give the ISO text the engine compares.
  if (ordering === 'moment') return { type: question.type, label: question.type.charAt(0).toUpperCase() + question.type.slice(1) };
  return { type: 'text', label: 'Value' };
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

/** The rule about a question with an operator, with a value that suits them (the previous one kept where it still does). */
export function ruleWith(question: Question, operator: Operator, previous?: Json): JsonObject {
  if (operator === 'filled' || operator === 'empty') return { field: question.ref, [operator]: true };
  const first = question.options?.[0]?.value;
  if (operator === 'in') return { field: question.ref, in: first === undefined ? [] : [first] };
  const example = moduleOf(question.type)?.ordering?.example;
  const kept = typeof previous === 'string' || typeof previous === 'number' ? previous : undefined;
  let value: Json = kept ?? first ?? example ?? '';
  if (typeof example === 'number' && typeof value === 'string' && value !== '' && !Number.isNaN(Number(value))) value = Number(value);
  return { field: question.ref, [operator]: value };
}

function valueWords(value: Json, question: Question | undefined): string {
  const one = (v: Json): string => question?.options?.find((o) => String(o.value) === String(v))?.label ?? String(v);
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
