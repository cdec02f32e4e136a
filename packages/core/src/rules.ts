// One field's input → its answer and its problems, with GOV.UK messages. The compiled schema
// (compile/submission-schema.ts) states the same rules for answers; a property-based test
// keeps the two in agreement.
import type { ErrorMessages, Field, GridField, SignatureField } from './definition.js';
import { isEmptyAnswer } from './conditions.js';
import { DATE_PARTS, type DateInput, type DatePart, dateInputOf, parseDateInput } from './dates.js';
import {
  DEFAULT_MAX_LENGTH, codePointLength, isCleanText, isEmail, isPostcode, isTelephone, normalisePostcode,
} from './formats.js';
import type { MessageKey, Translate } from './i18n.js';

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

export interface SignatureInput {
  name: string;
  date: DateInput;
  confirmed: boolean;
}

export interface Checked {
  /** The answer as it goes into the submission; undefined when empty or not valid. */
  answer: unknown;
  problems: Problem[];
}

/**
 * A problem in a row of a repeatable group says which row: "Partner agency 2: Enter your
 * initials", so that three rows' errors in the summary can be told apart (WCAG 3.3.1).
 */
export function inRow(problem: Problem, itemLabel: string, index: number, t: Translate): Problem {
  return { ...problem, message: t('error.inRow', { item: itemLabel, n: index + 1, message: problem.message }) };
}

/** How messages name the answer: "the child's date of birth", "DOB", "home address". */
export function subjectOf(field: { label: string; errorSubject?: string }): string {
  if (field.errorSubject) return field.errorSubject;
  const label = field.label.trim().replace(/[:?*]+$/, '').trim();
  // Keep acronyms and names ("DOB", "GP") as they are; lower-case an ordinary first word.
  return /^[A-Z][a-z]/.test(label) ? label.charAt(0).toLowerCase() + label.slice(1) : label;
}

function message(field: Field, override: keyof ErrorMessages, ctx: RuleContext, key: MessageKey, params: Record<string, string | number> = {}): string {
  return field.errorMessages?.[override] ?? ctx.t(key, { subject: subjectOf(field), ...params });
}

const str = (v: unknown): string => (typeof v === 'string' ? v : v === undefined || v === null ? '' : String(v));

function checkText(field: Field & { maxLength?: number; minLength?: number }, text: string, required: boolean, ctx: RuleContext, path: string, defaultMax: number): Checked {
  if (text === '') return { answer: undefined, problems: required ? [{ path, message: message(field, 'required', ctx, 'error.enter') }] : [] };
  const max = field.maxLength ?? defaultMax;
  const length = codePointLength(text);
  if (length > max) return { answer: undefined, problems: [{ path, message: message(field, 'tooLong', ctx, 'error.tooLong', { max }) }] };
  if (field.minLength && length < field.minLength) {
    return { answer: undefined, problems: [{ path, message: message(field, 'tooShort', ctx, 'error.tooShort', { min: field.minLength }) }] };
  }
  // The compiled schema's LINE_TEXT_PATTERN / LONG_TEXT_PATTERN say the same.
  if (!isCleanText(text, field.type === 'textarea')) return { answer: undefined, problems: [{ path, message: message(field, 'invalid', ctx, 'error.hiddenCharacters') }] };
  return { answer: text, problems: [] };
}

function checkFormatted(field: Field, text: string, required: boolean, ctx: RuleContext, path: string, max: number, valid: (s: string) => boolean, key: MessageKey): Checked {
  const checked = checkText(field, text, required, ctx, path, max);
  if (checked.answer !== undefined && !valid(text)) return { answer: undefined, problems: [{ path, message: message(field, 'invalid', ctx, key) }] };
  return checked;
}

function checkChoice(field: Field, value: unknown, values: readonly string[], required: boolean, ctx: RuleContext, path: string): Checked {
  const v = str(value);
  if (v === '') return { answer: undefined, problems: required ? [{ path, message: message(field, 'required', ctx, 'error.select') }] : [] };
  if (!values.includes(v)) return { answer: undefined, problems: [{ path, message: message(field, 'invalid', ctx, 'error.option') }] };
  return { answer: v, problems: [] };
}

const PART_NAMES: Record<DatePart, string> = { day: 'day', month: 'month', year: 'year' };

export function checkDate(
  field: Field & { mustBe?: 'past' | 'todayOrPast' | 'future' | 'todayOrFuture' },
  input: Partial<DateInput> | undefined,
  required: boolean,
  ctx: RuleContext,
  path: string,
): Checked {
  const parsed = parseDateInput(input);
  if (parsed.kind === 'empty') return { answer: undefined, problems: required ? [{ path, focus: 'day', parts: [...DATE_PARTS], message: message(field, 'required', ctx, 'error.enter') }] : [] };
  if (parsed.kind === 'missing') {
    const parts = parsed.parts.map((p) => PART_NAMES[p]).join(' and ');
    return { answer: undefined, problems: [{ path, focus: parsed.parts[0], parts: parsed.parts, message: message(field, 'invalid', ctx, 'error.dateMissing', { parts }) }] };
  }
  if (parsed.kind === 'invalid') return { answer: undefined, problems: [{ path, focus: parsed.parts[0], parts: parsed.parts, message: message(field, 'invalid', ctx, 'error.dateReal') }] };
  const iso = parsed.iso;
  const wrongSide: Record<string, [boolean, MessageKey]> = {
    past: [iso >= ctx.today, 'error.datePast'],
    todayOrPast: [iso > ctx.today, 'error.dateTodayOrPast'],
    future: [iso <= ctx.today, 'error.dateFuture'],
    todayOrFuture: [iso < ctx.today, 'error.dateTodayOrFuture'],
  };
  const rule = field.mustBe ? wrongSide[field.mustBe] : undefined;
  if (rule?.[0]) return { answer: undefined, problems: [{ path, focus: 'day', parts: [...DATE_PARTS], message: message(field, 'mustBe', ctx, rule[1]) }] };
  return { answer: iso, problems: [] };
}

function checkNumber(field: Field & { min?: number; max?: number; integer?: boolean }, value: unknown, required: boolean, ctx: RuleContext, path: string): Checked {
  const text = str(value).trim().replace(/,/g, '');
  if (text === '') return { answer: undefined, problems: required ? [{ path, message: message(field, 'required', ctx, 'error.enter') }] : [] };
  const n = /^-?(\d+\.?\d*|\.\d+)$/.test(text) ? Number(text) : NaN;
  if (!Number.isFinite(n)) return { answer: undefined, problems: [{ path, message: message(field, 'invalid', ctx, 'error.number') }] };
  if (field.integer && !Number.isInteger(n)) return { answer: undefined, problems: [{ path, message: message(field, 'invalid', ctx, 'error.wholeNumber') }] };
  if (field.min !== undefined && n < field.min) return { answer: undefined, problems: [{ path, message: message(field, 'tooSmall', ctx, 'error.tooSmall', { min: field.min }) }] };
  if (field.max !== undefined && n > field.max) return { answer: undefined, problems: [{ path, message: message(field, 'tooLarge', ctx, 'error.tooLarge', { max: field.max }) }] };
  return { answer: n, problems: [] };
}

function checkCheckboxes(field: Field & { type: 'checkboxes' }, value: unknown, required: boolean, ctx: RuleContext, path: string): Checked {
  const chosen = Array.isArray(value) ? value.map(str) : [];
  if (chosen.length === 0) return { answer: undefined, problems: required ? [{ path, message: message(field, 'required', ctx, 'error.select') }] : [] };
  const values = field.options.map((o) => o.value);
  if (chosen.some((v) => !values.includes(v))) return { answer: undefined, problems: [{ path, message: message(field, 'invalid', ctx, 'error.option') }] };
  const exclusive = field.options.find((o) => o.exclusive && chosen.includes(o.value));
  if (exclusive && chosen.length > 1) return { answer: undefined, problems: [{ path, message: message(field, 'invalid', ctx, 'error.exclusive', { none: exclusive.label }) }] };
  if (field.maxSelected && chosen.length > field.maxSelected) {
    return { answer: undefined, problems: [{ path, message: message(field, 'tooMany', ctx, 'error.tooManySelected', { max: field.maxSelected }) }] };
  }
  return { answer: [...new Set(chosen)], problems: [] };
}

export function checkGrid(field: GridField, value: unknown, required: boolean, ctx: RuleContext, path: string): Checked {
  const input = (value && typeof value === 'object' ? value : {}) as Record<string, unknown>;
  const columns = field.columns.map((c) => c.value);
  const answer: Record<string, string> = {};
  const problems: Problem[] = [];
  for (const row of field.rows) {
    const chosen = str(input[row.id]);
    if (chosen === '') {
      if (required) problems.push({ path: `${path}.${row.id}`, message: field.errorMessages?.required ?? ctx.t('error.selectRow', { row: row.label }) });
    } else if (!columns.includes(chosen)) {
      problems.push({ path: `${path}.${row.id}`, message: ctx.t('error.selectRow', { row: row.label }) });
    } else {
      answer[row.id] = chosen;
    }
    const specify = row.specify;
    if (!specify) continue;
    const shown = !specify.showFor || specify.showFor.includes(answer[row.id] ?? '');
    const text = str(input[specify.id]).trim();
    if (!shown || text === '') continue;
    const max = specify.maxLength ?? DEFAULT_MAX_LENGTH.specify;
    if (codePointLength(text) > max) {
      problems.push({ path: `${path}.${specify.id}`, message: ctx.t('error.tooLong', { subject: subjectOf(specify), max }) });
    } else if (!isCleanText(text)) {
      problems.push({ path: `${path}.${specify.id}`, message: ctx.t('error.hiddenCharacters', { subject: subjectOf(specify) }) });
    } else {
      answer[specify.id] = text;
    }
  }
  return { answer: Object.keys(answer).length ? answer : undefined, problems };
}

export function checkSignature(field: SignatureField, value: unknown, required: boolean, ctx: RuleContext, path: string): Checked {
  const input = (value && typeof value === 'object' ? value : {}) as Partial<SignatureInput>;
  const name = str(input.name).trim();
  const date = parseDateInput(input.date);
  const confirmed = input.confirmed === true;
  if (!required && name === '' && date.kind === 'empty' && !confirmed) return { answer: undefined, problems: [] };
  const subject = subjectOf(field);
  const problems: Problem[] = [];
  if (name === '') problems.push({ path, focus: 'name', message: field.errorMessages?.required ?? ctx.t('error.signatureName', { subject }) });
  else if (codePointLength(name) > DEFAULT_MAX_LENGTH.signatureName) problems.push({ path, focus: 'name', message: ctx.t('error.tooLong', { subject: ctx.t('subject.signatureName'), max: DEFAULT_MAX_LENGTH.signatureName }) });
  else if (!isCleanText(name)) problems.push({ path, focus: 'name', message: ctx.t('error.hiddenCharacters', { subject: ctx.t('subject.signatureName') }) });
  if (date.kind === 'empty') problems.push({ path, focus: 'day', parts: [...DATE_PARTS], message: ctx.t('error.signatureDate', { subject }) });
  else if (date.kind !== 'date') problems.push({ path, focus: date.parts[0], parts: date.parts, message: ctx.t('error.dateReal', { subject: ctx.t('subject.signatureDate') }) });
  if (!confirmed) problems.push({ path, focus: 'confirmed', message: ctx.t('error.signatureConfirm', { subject }) });
  if (problems.length) return { answer: undefined, problems };
  return { answer: { name, date: (date as { iso: string }).iso, confirmed: true }, problems: [] };
}

/** Checks one field's input. Repeatable groups are checked row by row by the caller (FormStore's checkRepeat, store.ts). */
export function checkField(field: Field, input: unknown, required: boolean, ctx: RuleContext, path: string): Checked {
  switch (field.type) {
    case 'text':
      return checkText(field, str(input).trim(), required, ctx, path, DEFAULT_MAX_LENGTH.text);
    case 'textarea':
      return checkText(field, str(input).trim(), required, ctx, path, DEFAULT_MAX_LENGTH.textarea);
    case 'email':
      return checkFormatted(field, str(input).trim(), required, ctx, path, DEFAULT_MAX_LENGTH.email, isEmail, 'error.email');
    case 'tel':
      return checkFormatted(field, str(input).trim(), required, ctx, path, DEFAULT_MAX_LENGTH.tel, isTelephone, 'error.tel');
    case 'postcode': {
      const text = normalisePostcode(str(input).trim());
      return checkFormatted(field, text, required, ctx, path, DEFAULT_MAX_LENGTH.postcode, isPostcode, 'error.postcode');
    }
    case 'number':
      return checkNumber(field, input, required, ctx, path);
    case 'date':
      return checkDate(field, input as Partial<DateInput>, required, ctx, path);
    case 'radios':
    case 'select':
    case 'scale':
      return checkChoice(field, input, field.options.map((o) => o.value), required, ctx, path);
    case 'yesno':
      return checkChoice(field, input, ['yes', 'no'], required, ctx, path);
    case 'rating': {
      const values = Array.from({ length: field.max ?? 5 }, (_, i) => String(i + 1));
      const checked = checkChoice(field, input, values, required, ctx, path);
      return checked.answer === undefined ? checked : { answer: Number(checked.answer), problems: [] };
    }
    case 'checkboxes':
      return checkCheckboxes(field, input, required, ctx, path);
    case 'grid':
      return checkGrid(field, input, required, ctx, path);
    case 'signature':
      return checkSignature(field, input, required, ctx, path);
    case 'repeat':
      throw new Error('checkField: repeatable groups are checked row by row (see FormStore.checkRepeat in store.ts)');
  }
}

/** The input that shows an answer: the reverse of checkField, for prefilled data and drafts. */
export function inputOf(field: Field, answer: unknown): unknown {
  if (isEmptyAnswer(answer)) return field.type === 'date' ? dateInputOf(undefined) : undefined;
  switch (field.type) {
    case 'date':
      return dateInputOf(answer);
    case 'number':
    case 'rating':
      return String(answer);
    case 'signature': {
      const a = answer as { name?: unknown; date?: unknown; confirmed?: unknown };
      return { name: str(a.name), date: dateInputOf(a.date), confirmed: a.confirmed === true } satisfies SignatureInput;
    }
    case 'checkboxes':
      return Array.isArray(answer) ? answer.map(str) : [];
    case 'grid':
      return { ...(answer as object) };
    default:
      return answer;
  }
}
