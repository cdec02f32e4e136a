// A signature: the signer's full name, the date of signing and a tick box to confirm. Each
// part has its own message, so a screen reader hears which part is wrong.
import type { SignatureField } from '../definition.js';
import { formatDate } from '../answer-text.js';
import { DATE_PARTS, type DateInput, dateInputOf, parseDateInput } from '../dates.js';
import { DATE_PATTERN, DEFAULT_MAX_LENGTH, codePointLength, isCleanText } from '../formats.js';
import { type FieldModule, type Problem, str, subjectOf, type AnswerSchema } from './field-module.js';
import { textSchema } from './typed-text.js';

export interface SignatureInput {
  name: string;
  date: DateInput;
  confirmed: boolean;
}

export const signature: FieldModule<SignatureField> = {
  check(field, value, required, ctx, path) {
    const input = (value && typeof value === 'object' ? value : {}) as Partial<SignatureInput>;
    const name = str(input.name).trim();
    const date = parseDateInput(input.date);
    const confirmed = input.confirmed === true;
    if (!required && name === '' && date.kind === 'empty' && !confirmed) return { answer: undefined, problems: [] };
    const subject = subjectOf(field);
    const fullName = ctx.t('subject.signatureName');
    const problems: Problem[] = [];
    if (name === '') problems.push({ path, focus: 'name', message: field.errorMessages?.required ?? ctx.t('error.signatureName', { subject }) });
    else if (codePointLength(name) > DEFAULT_MAX_LENGTH.signatureName)
      problems.push({ path, focus: 'name', message: ctx.t('error.tooLong', { subject: fullName, max: DEFAULT_MAX_LENGTH.signatureName }) });
    else if (!isCleanText(name)) problems.push({ path, focus: 'name', message: ctx.t('error.hiddenCharacters', { subject: fullName }) });
    if (date.kind === 'empty') problems.push({ path, focus: 'day', parts: [...DATE_PARTS], message: ctx.t('error.signatureDate', { subject }) });
    else if (date.kind !== 'date')
      problems.push({ path, focus: date.parts[0], parts: date.parts, message: ctx.t('error.dateReal', { subject: ctx.t('subject.signatureDate') }) });
    if (!confirmed) problems.push({ path, focus: 'confirmed', message: ctx.t('error.signatureConfirm', { subject }) });
    if (problems.length || date.kind !== 'date') return { answer: undefined, problems };
    return { answer: { name, date: date.iso, confirmed: true }, problems: [] };
  },
  inputOf(_field, answer) {
    const a = answer as { name?: unknown; date?: unknown; confirmed?: unknown };
    return { name: str(a.name), date: dateInputOf(a.date), confirmed: a.confirmed === true } satisfies SignatureInput;
  },
  answerLines(_field, answer, t) {
    const s = answer as { name?: string; date?: string };
    return [s.name ?? '', s.date ? t('form.signedOn', { date: formatDate(s.date, t) }) : ''].filter(Boolean);
  },
  focusPart: () => 'name',
};

/** The answer's JSON Schema: the compiler's (answer-schemas.ts collects it), not the page's. */
export const signatureAnswerSchema: AnswerSchema<SignatureField> = () => ({
  type: 'object',
  additionalProperties: false,
  required: ['name', 'date', 'confirmed'],
  properties: {
    name: textSchema(DEFAULT_MAX_LENGTH.signatureName),
    date: { type: 'string', pattern: DATE_PATTERN, format: 'date' },
    confirmed: { const: true },
  },
});
