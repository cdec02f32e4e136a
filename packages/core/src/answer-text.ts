// Answers in words, as a family reads them: dates as "27 March 2014", option labels rather
// than values. Each field type's own wording is in its module (fields/<type>.ts, answerLines).
import type { ChoiceOption, Option } from './definition.js';
import type { Translate } from './i18n.js';
import { longDate } from './date-format.js';

/** "2014-03-27" → "27 March 2014", the GOV.UK date style. Anything else is shown as it is. */
export function formatDate(iso: unknown, t: Translate): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(text(iso));
  if (!match) return text(iso);
  return longDate(Number(match[1]), Number(match[2]), Number(match[3]), t.lang);
}

/** An option's label for its value; the value itself when no option has it. */
export function labelOf(options: readonly (Option | ChoiceOption)[], value: unknown): string {
  return options.find((o) => o.value === value)?.label ?? text(value);
}

/** A scalar answer as text; '' for nothing (and for a value no answer has, rather than "[object Object]"). */
export const text = (v: unknown): string =>
  typeof v === 'string' ? v : typeof v === 'number' || typeof v === 'boolean' || typeof v === 'bigint' ? String(v) : '';
