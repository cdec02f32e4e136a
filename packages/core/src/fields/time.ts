// A time of day in one text input, accepted the ways people write one ("14:30", "2:30pm",
// "2pm", "9.15 a.m.", "midday", "midnight", "0930"), answered as 24-hour 'HH:MM', and shown
// in words as GOV.UK's style writes times ("2:30pm", "9am", "midday", "midnight").
import type { TimeField } from '../definition.js';
import { type FieldModule, message, refused, str, unanswered, type AnswerSchema } from './field-module.js';

/** The answer: 24-hour 'HH:MM'. As strings, these order by time, so conditions compare them. */
const TIME_PATTERN = '^([01][0-9]|2[0-3]):[0-5][0-9]$';
const timePattern = new RegExp(TIME_PATTERN);
const isTime = (value: unknown): boolean => typeof value === 'string' && timePattern.test(value);

const twoDigits = (n: number): string => String(n).padStart(2, '0');
const at = (hour: number, minute: number): string => `${twoDigits(hour)}:${twoDigits(minute)}`;

/** Typed text → 'HH:MM', or undefined when it is not a time. */
export function parseTime(typed: string): string | undefined {
  const t = typed
    .trim()
    .toLowerCase()
    .replace(/\s+/g, ' ')
    // a.m./p.m. however dotted or spaced, straight after the digits too ("9a.m."), never inside a word
    .replace(/(?<![a-z])([ap])\.?\s?m\.?$/, '$1m');
  if (t === 'midday' || t === 'noon' || t === '12 noon' || t === '12noon') return '12:00';
  if (t === 'midnight') return '00:00';
  const twelveHour = /^(\d{1,2})(?:[:.](\d{2}))? ?(am|pm)$/.exec(t);
  if (twelveHour) {
    const hour = Number(twelveHour[1]);
    const minute = Number(twelveHour[2] ?? '0');
    if (hour < 1 || hour > 12 || minute > 59) return undefined;
    return at((hour % 12) + (twelveHour[3] === 'pm' ? 12 : 0), minute);
  }
  const clock = /^(\d{1,2})[:.](\d{2})$/.exec(t) ?? /^(\d{2})(\d{2})$/.exec(t);
  if (!clock) return undefined;
  const [hour, minute] = [Number(clock[1]), Number(clock[2])];
  return hour <= 23 && minute <= 59 ? at(hour, minute) : undefined;
}

export const time: FieldModule<TimeField> = {
  check(field, input, required, ctx, path) {
    const typed = str(input).trim();
    if (typed === '') return unanswered(path, required, () => message(field, 'required', ctx, 'error.enter'));
    const answer = parseTime(typed);
    return answer === undefined ? refused(path, message(field, 'invalid', ctx, 'error.time')) : { answer, problems: [] };
  },
  // 24-hour text reads back the same in every language.
  inputOf: (_field, answer) => str(answer),
  answerLines(_field, answer, t) {
    if (!isTime(answer)) return [str(answer)];
    const [hour, minute] = (answer as string).split(':').map(Number) as [number, number];
    if (minute === 0 && hour === 0) return [t('time.midnight')];
    if (minute === 0 && hour === 12) return [t('time.midday')];
    const clock = `${hour % 12 || 12}${minute ? `:${twoDigits(minute)}` : ''}`;
    return [t(hour < 12 ? 'time.am' : 'time.pm', { time: clock })];
  },
  ordering: { accepts: isTime, explain: "a time: compare it with a 24-hour time written as HH:MM, like '14:30'", example: '12:00' },
  maxLength: () => 'HH:MM'.length,
};

/** The answer's JSON Schema: the compiler's (answer-schemas.ts collects it), not the page's. */
export const timeAnswerSchema: AnswerSchema<TimeField> = () => ({ type: 'string', pattern: TIME_PATTERN });
