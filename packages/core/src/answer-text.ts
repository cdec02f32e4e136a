// An answer in words, as a family reads it: option labels rather than values, dates as
// "27 March 2014", a rating as "4 out of 5". Used by the document, check-your-answers and letters.
import type { ChoiceOption, Field, Option } from './definition.js';
import { isEmptyAnswer } from './conditions.js';
import type { Translate } from './i18n.js';
import { longDate } from './date-format.js';

/** An answer as lines of text: several for checkboxes and signatures, none when empty. */
export function answerLines(field: Field, answer: unknown, t: Translate): string[] {
  if (isEmptyAnswer(answer)) return [];
  switch (field.type) {
    case 'date':
      return [formatDate(answer, t)];
    case 'radios':
    case 'select':
    case 'scale':
      return [labelOf(field.options, answer)];
    case 'checkboxes':
      return (answer as unknown[]).map((v) => labelOf(field.options, v));
    case 'yesno':
      return [answer === 'yes' ? t('form.yes') : t('form.no')];
    case 'rating':
      return [t('form.ratingOf', { n: text(answer), max: field.max ?? 5 })];
    case 'number':
      return [field.suffix ? `${text(answer)} ${field.suffix}` : text(answer)];
    case 'signature': {
      const s = answer as { name?: string; date?: string; confirmed?: boolean };
      return [s.name ?? '', s.date ? t('form.signedOn', { date: formatDate(s.date, t) }) : ''].filter(Boolean);
    }
    default:
      return [text(answer)];
  }
}

/** "2014-03-27" → "27 March 2014", the GOV.UK date style. Anything else is shown as it is. */
export function formatDate(iso: unknown, t: Translate): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(text(iso));
  if (!match) return text(iso);
  return longDate(Number(match[1]), Number(match[2]), Number(match[3]), t.lang);
}

export function labelOf(options: readonly (Option | ChoiceOption)[], value: unknown): string {
  return options.find((o) => o.value === value)?.label ?? text(value);
}

export const text = (v: unknown): string => (v === undefined || v === null ? '' : String(v));
