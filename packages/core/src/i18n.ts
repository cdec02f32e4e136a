// The engine's own words (error messages, answers in words), read through one translate
// function, so that a Welsh table (./messages/cy.ts) sits beside the English one. The
// element's words (buttons, notices) are its own table (packages/elements/src/messages/);
// the element reads both through one function of the same shape. A message
// that counts something is a set of plural forms chosen by Intl.PluralRules for the language
// ({ one, other } in English; Welsh has zero, one, two, few, many and other), never `n === 1`.
import { type PluralForms, choosePlural } from './plural.js';

export const en = {
  // error messages: {subject} is the field's errorSubject or label, as written in a sentence
  'error.enter': 'Enter {subject}',
  'error.select': 'Select {subject}',
  'error.selectRow': 'Select an answer for "{row}"',
  'error.enterRow': 'Enter {row}',
  'error.addRow': 'Add at least one {item}',
  'error.inRow': '{Item} {n}: {message}',
  'error.tooFewRows': 'Add at least {min} rows to {subject}',
  'error.tooManyRows': 'You can add up to {max} rows to {subject}',
  'error.tooLong': '{Subject} must be {max} characters or less',
  'error.tooShort': '{Subject} must be {min} characters or more',
  'error.hiddenCharacters': '{Subject} must not include hidden characters, such as control or text direction codes: type it in again rather than pasting it',
  'error.number': '{Subject} must be a number',
  'error.wholeNumber': '{Subject} must be a whole number',
  'error.tooSmall': '{Subject} must be {min} or more',
  'error.tooLarge': '{Subject} must be {max} or less',
  'error.email': 'Enter an email address in the correct format, like name@example.com',
  'error.tel': 'Enter a telephone number, like 01632 960 001 or +44 808 157 0192',
  'error.postcode': 'Enter a full UK postcode, like MK42 9AP',
  'error.dateMissing': '{Subject} must include a {parts}',
  'error.dateReal': '{Subject} must be a real date',
  'error.datePast': '{Subject} must be in the past',
  'error.dateTodayOrPast': '{Subject} must be today or in the past',
  'error.dateFuture': '{Subject} must be in the future',
  'error.dateTodayOrFuture': '{Subject} must be today or in the future',
  'error.time': 'Enter {subject} as a time, like 9:30am or 14:30',
  'error.option': 'Select one of the options given for {subject}',
  'error.exclusive': 'Select "{none}", or select other options, not both',
  'error.tooManySelected': 'Select no more than {max} options for {subject}',
  'error.signatureName': 'Enter the full name of the person signing {subject}',
  'error.signatureDate': 'Enter the date of signing {subject}',
  'error.signatureConfirm': 'Tick the box to confirm {subject}',
  'error.notApplicable': 'Remove the answer to {subject}: the question does not apply',
  'error.unknownAnswer': 'Remove "{name}": the form has no such question',
  'error.answer': 'Check the answer to {subject}',
  'error.envelope': 'The submission is not in the expected form: {detail}',
  'subject.signatureName': 'the full name',
  'subject.signatureDate': 'the date of signing',
  // the parts a date is missing, in "… must include a day and month"
  'date.partDay': 'day',
  'date.partMonth': 'month',
  'date.partYear': 'year',
  // a time in words, as GOV.UK writes times: 9am, 2:30pm, midday, midnight
  'time.am': '{time}am',
  'time.pm': '{time}pm',
  'time.midday': 'midday',
  'time.midnight': 'midnight',
  'form.yes': 'Yes',
  'form.no': 'No',
  'form.and': 'and',
  'form.notAnswered': 'Not answered',
  'form.question': 'Question',
  'form.ratingOf': '{n} out of {max}',
  'form.answer': 'Answer',
  'form.details': 'Details',
  'form.signedOn': 'Signed on {date}',
} as const satisfies Record<string, MessageText>;

export type MessageKey = keyof typeof en;
/** A message: a template, or plural forms of one (chosen by the `n` parameter). */
export type MessageText = string | PluralForms;
export type Messages = Record<MessageKey, MessageText>;

/** Translates a key of one table (or of several read as one); `lang` is its language, for plural rules and dates. */
export interface Translator<K extends string> {
  (key: K, params?: Record<string, string | number>): string;
  readonly lang: string;
}
/** The engine's translate function. The element's reads its own keys too, and is one of these. */
export type Translate = Translator<MessageKey>;

/** Fills {name} placeholders; {Name} (capitalised) gives the value with a capital first letter. */
export function format(template: string, params: Record<string, string | number> = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const lower = name.charAt(0).toLowerCase() + name.slice(1);
    const value = params[name] ?? params[lower];
    if (value === undefined) return whole;
    const text = String(value);
    return name === lower ? text : text.charAt(0).toUpperCase() + text.slice(1);
  });
}

/** The translate function of a table, over a complete English one (what the table lacks is English, never a key name). */
export function translatorOver<K extends string>(
  english: Readonly<Record<K, MessageText>>,
  messages: Partial<Record<K, MessageText>>,
  lang: string,
): Translator<K> {
  const t = (key: K, params?: Record<string, string | number>): string => {
    const message: MessageText = messages[key] ?? english[key];
    const template = typeof message === 'string' ? message : choosePlural(message, lang, Number(params?.n ?? 0));
    return format(template, params);
  };
  return Object.assign(t, { lang });
}

/** The engine's translate function for a table of its messages, in a language. */
export function translator(messages: Partial<Messages> = {}, lang = 'en'): Translate {
  return translatorOver<MessageKey>(en, messages, lang);
}

export const translate: Translate = translator();
