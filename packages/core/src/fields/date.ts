// A GOV.UK date input: day, month and year typed apart (month names accepted), answered as
// an ISO date; mustBe bounds it against today. Problems name the parts to mark, as GOV.UK does.
import type { DateField } from '../definition.js';
import { formatDate } from '../answer-text.js';
import { DATE_PATTERN } from '../formats.js';
import { DATE_PARTS, type DateInput, type DatePart, dateInputOf, parseDateInput } from '../dates.js';
import type { MessageKey } from '../i18n.js';
import { type Checked, type FieldModule, type RuleContext, message, refused, unanswered, type AnswerSchema } from './field-module.js';

const PART_KEYS: Record<DatePart, MessageKey> = { day: 'date.partDay', month: 'date.partMonth', year: 'date.partYear' };

/** Whether an ISO date is on the wrong side of today for each mustBe rule, and what to say. */
const WRONG_SIDE: Record<NonNullable<DateField['mustBe']>, [(iso: string, today: string) => boolean, MessageKey]> = {
  past: [(iso, today) => iso >= today, 'error.datePast'],
  todayOrPast: [(iso, today) => iso > today, 'error.dateTodayOrPast'],
  future: [(iso, today) => iso <= today, 'error.dateFuture'],
  todayOrFuture: [(iso, today) => iso < today, 'error.dateTodayOrFuture'],
};

export function checkDate(field: DateField, input: Partial<DateInput> | undefined, required: boolean, ctx: RuleContext, path: string): Checked {
  const parsed = parseDateInput(input);
  if (parsed.kind === 'empty')
    return unanswered(path, required, () => message(field, 'required', ctx, 'error.enter'), { focus: 'day', parts: [...DATE_PARTS] });
  if (parsed.kind === 'missing') {
    const parts = parsed.parts.map((p) => ctx.t(PART_KEYS[p])).join(` ${ctx.t('form.and')} `);
    return refused(path, message(field, 'invalid', ctx, 'error.dateMissing', { parts }), { focus: parsed.parts[0], parts: parsed.parts });
  }
  if (parsed.kind === 'invalid') return refused(path, message(field, 'invalid', ctx, 'error.dateReal'), { focus: parsed.parts[0], parts: parsed.parts });
  const rule = field.mustBe ? WRONG_SIDE[field.mustBe] : undefined;
  if (rule?.[0](parsed.iso, ctx.today)) return refused(path, message(field, 'mustBe', ctx, rule[1]), { focus: 'day', parts: [...DATE_PARTS] });
  return { answer: parsed.iso, problems: [] };
}

export const date: FieldModule<DateField> = {
  check: (field, input, required, ctx, path) => checkDate(field, input as Partial<DateInput> | undefined, required, ctx, path),
  inputOf: (_field, answer) => dateInputOf(answer),
  emptyInput: () => dateInputOf(undefined),
  answerLines: (_field, answer, t) => [formatDate(answer, t)],
  ordering: {
    accepts: (bound) => typeof bound === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(bound),
    explain: 'a date: compare it with a date written as YYYY-MM-DD',
    example: '2000-01-01',
  },
  focusPart: () => 'day',
};

/** The answer's JSON Schema: the compiler's (answer-schemas.ts collects it), not the page's. */
export const dateAnswerSchema: AnswerSchema<DateField> = () => ({ type: 'string', pattern: DATE_PATTERN, format: 'date' });
