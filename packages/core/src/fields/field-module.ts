// What the engine knows about one type of field, in one place: how typed input becomes an
// answer (and its problems, in GOV.UK wording), the answer's JSON Schema, the answer in words,
// the values a condition may compare it with, and which of its inputs takes focus. Each type
// is one module beside this one; fields/index.ts collects them in the table every consumer reads.
// Adding a field type means writing its module, its renderer and its place in the meta-schema.
import type { ErrorMessages, Field, RepeatField } from '../definition.js';
import type { DatePart } from '../dates.js';
import type { MessageKey, Translate } from '../i18n.js';
import type { ItemGuard, Json } from './shape.js';

/** JSON Schema, as the compiler writes it. */
export type JsonSchema = Record<string, unknown> | boolean;

/**
 * A field that holds one answer. A repeatable group is not one: it is a container of fields,
 * checked row by row by the store and compiled by the compiler (compile/submission-schema.ts).
 */
export type AnswerField = Exclude<Field, RepeatField>;
export type AnswerFieldType = AnswerField['type'];
export type AnswerFieldOf<T extends AnswerFieldType> = Extract<AnswerField, { type: T }>;

export interface Problem {
  /** Where the problem is: the field id, then row index / grid row / part, joined with '.'. */
  path: string;
  /** The input to focus: 'day' | 'month' | 'year' of a date, 'name' | 'date' | 'confirmed' of a signature. */
  focus?: string;
  /** A date's parts at fault, to mark as GOV.UK does: all three for a whole-date problem ("must be in the past"), else those missing or wrong. */
  parts?: DatePart[];
  message: string;
}

export interface RuleContext {
  t: Translate;
  /** Today as an ISO date, for 'must be in the past'. */
  today: string;
}

export interface Checked {
  /** The answer as it goes into the submission; undefined when empty or not valid. */
  answer: unknown;
  problems: Problem[];
}

/** How a condition's greaterThan / lessThan bound must be written for this type, when it has an order. */
export interface Ordering {
  accepts(bound: unknown): boolean;
  /** Finishes "'<ref>' is …": "a date: compare it with a date written as YYYY-MM-DD". */
  explain: string;
  /**
   * A bound it accepts, to start a new comparison from (the designer's condition builder). A
   * number means the answer is an amount (more or less); text means a moment, a date or a time
   * written so that it orders as text (earlier or later).
   */
  example: string | number;
}

/**
 * The JSON Schema of a type's answer, whatever the field's visibility. Each type's module
 * exports it apart from its FieldModule (`<type>AnswerSchema`): only the compiler reads it
 * (answer-schemas.ts collects them), so a page's bundle leaves it out.
 */
export type AnswerSchema<F extends AnswerField> = (field: F) => JsonSchema;

export interface FieldModule<F extends AnswerField> {
  /** Typed input → the answer and its problems. `path` is where the answer is ('dob', 'people.0.dob'). */
  check(field: F, input: unknown, required: boolean, ctx: RuleContext, path: string): Checked;
  /** The input that shows a (non-empty) answer: the reverse of check, for prefilled data and drafts. */
  inputOf(field: F, answer: unknown): unknown;
  /** The input of an unanswered field, when it is not undefined (a date's three empty parts). */
  emptyInput?(): unknown;
  /** The answer as lines of text, as a family reads it (option labels, "27 March 2014"). Never called with an empty answer. */
  answerLines(field: F, answer: unknown, t: Translate): string[];
  /** The values the answer can take, when it is a choice: conditions are checked against them. */
  choices?(field: F): readonly (string | number)[];
  /** True when the answer is a list of choices (conditions use 'includes', not 'equals'). */
  multiple?: true;
  /** Whether conditions may compare the answer with greaterThan / lessThan, and how. */
  ordering?: Ordering;
  /** Whether a computed sum may add the answer up. */
  summable?: true;
  /** Whether a computed count may count the answer though it is not a choice (a grid: its rows' answers). */
  counted?: true;
  /** The most characters a typed answer may have (its maxLength or the type's default), for typed text. */
  maxLength?(field: F): number;
  /** The input that takes focus when the whole answer is at fault: a date's 'day', a grid's first row. */
  focusPart?(field: F): string | undefined;
  /**
   * Whether an item of this type, read as plain JSON (its id and label already strings), has what
   * the renderer and these rules read: a list of options, a grid's columns and rows. quickCheck
   * asks it to render a definition without the meta-schema's large validator; `isItem` checks
   * nested follow-up questions. Absent when the id and label are all the type needs.
   */
  wellShaped?(item: Json, isItem: ItemGuard): boolean;
}

/** How messages name the answer: "the child's date of birth", "DOB", "home address". */
export function subjectOf(field: { label: string; errorSubject?: string }): string {
  if (field.errorSubject) return field.errorSubject;
  const label = field.label
    .trim()
    .replace(/[:?*]+$/, '')
    .trim();
  // Keep acronyms and names ("DOB", "GP") as they are; lower-case an ordinary first word.
  return /^[A-Z][a-z]/.test(label) ? label.charAt(0).toLowerCase() + label.slice(1) : label;
}

/** A message in the form's words: the definition's own errorMessages first, else the engine's. */
export function message(
  field: AnswerField,
  override: keyof ErrorMessages,
  ctx: RuleContext,
  key: MessageKey,
  params: Record<string, string | number> = {},
): string {
  return field.errorMessages?.[override] ?? ctx.t(key, { subject: subjectOf(field), ...params });
}

/** One problem at `path`, no answer. */
export function refused(path: string, text: string, extra: Partial<Problem> = {}): Checked {
  return { answer: undefined, problems: [{ path, ...extra, message: text }] };
}

/** Nothing given: a problem when required, else no answer and no problem. */
export function unanswered(path: string, required: boolean, text: () => string, extra: Partial<Problem> = {}): Checked {
  return required ? refused(path, text(), extra) : { answer: undefined, problems: [] };
}

export { text as str } from '../answer-text.js';
