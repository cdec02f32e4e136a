// Every string the engine and the element show, in one table, read through one translate
// function, so that a Welsh table (./messages/cy.ts) sits beside the English one. A message
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

  // the element
  'form.submit': 'Submit',
  'form.sending': 'Sending…',
  'form.continue': 'Continue',
  'form.back': 'Back',
  'form.change': 'Change',
  'form.checkAnswers': 'Check your answers',
  'form.checkAnswersSubmit': 'Now send your answers',
  'form.progress': 'Section {current} of {total}',
  'form.errorSummary': 'There is a problem',
  'form.problemCount': { one: 'There is {n} problem', other: 'There are {n} problems' },
  'form.errorPrefix': 'Error:',
  'form.optional': '(optional)',
  'form.yes': 'Yes',
  'form.no': 'No',
  'form.or': 'or',
  'form.and': 'and',
  'form.day': 'Day',
  'form.month': 'Month',
  'form.year': 'Year',
  'form.addRow': 'Add another {item}',
  'form.removeRow': 'Remove',
  'form.removeRowLabel': 'Remove {item} {n}',
  'form.rowHeading': '{item} {n}',
  'form.noRows': 'No {item} added yet.',
  'form.charactersLeft': { one: 'You have {n} character remaining', other: 'You have {n} characters remaining' },
  'form.charactersOver': { one: 'You have {n} character too many', other: 'You have {n} characters too many' },
  'form.charactersMax': 'You can enter up to {n} characters',
  'form.signatureName': 'Full name',
  'form.signatureDate': 'Date',
  'form.specify': '{label}',
  'form.notAnswered': 'Not answered',
  'form.unknownType': 'This form uses a question type that this page cannot show: "{type}".',
  'form.problemsTitle': 'This form definition has problems',
  'form.problemsIntro': 'The form cannot be shown until these are fixed:',
  'form.loadFailed': 'The form could not be loaded from {src}: {reason}',
  'form.loading': 'Loading form…',
  'form.question': 'Question',
  'form.ratingOf': '{n} out of {max}',
  'form.answer': 'Answer',
  'form.details': 'Details',
  'form.signedOn': 'Signed on {date}',
  'form.warning': 'Warning',
  'matrix.count': 'Number of "Yes" answers',
  'matrix.axis': 'Axis',
  'matrix.outOf': '{value} out of {max}',
  'matrix.upLeft': 'top left',
  'matrix.upRight': 'top right',
  'matrix.downLeft': 'bottom left',
  'matrix.downRight': 'bottom right',
  'matrix.dominant': 'Most of the pattern is in the {position} quadrant: {meaning}.',
  'matrix.even': 'The pattern is balanced: no one quadrant holds most of it.',
  'matrix.empty': 'There are no "Yes" answers yet, so there is no pattern to show.',
  'form.documentVersion': 'Form version',
  'form.documentId': 'Submission reference',
  'form.documentDate': 'Submitted on',
  'form.writtenIn': 'This form was filled in in {language}. Answers typed in words are shown as they were written.',
  'form.languageSwitch': 'Choose a language',

  // posting the submission, the outbox and drafts (packages/elements/src/delivery)
  'delivery.important': 'Important',
  'delivery.success': 'Success',
  'delivery.sent': 'Your answers have been sent',
  'delivery.savedSent': 'Your saved answers have now been sent',
  'delivery.kept': 'Your answers have not been sent yet. They are saved on this device.',
  'delivery.notKept': 'Your answers have not been sent. They are not saved on this device: keep this page open.',
  'delivery.network': 'The service could not be reached. They will be sent when there is a connection, or when you select “Try sending again”.',
  'delivery.signedOut': 'You need to sign in again. Sign in (in another tab if need be), then select “Try sending again”.',
  'delivery.unconfirmed': 'We could not confirm that the service received them. You may need to sign in again, then select “Try sending again”.',
  'delivery.sendAgain': 'Try sending again',
  'delivery.waiting': {
    one: 'A form filled in on this device has not been sent yet. It is saved on this device and will be sent when there is a connection.',
    other: '{n} forms filled in on this device have not been sent yet. They are saved on this device and will be sent when there is a connection.',
  },
  'delivery.notStored': 'Answers are not saved on this device while you fill in this form. Keep this page open until you see that they have been sent.',
  'delivery.rejectedMessage': 'Your answers could not be sent: {message}',
  'delivery.rejectedStatus': 'Your answers could not be sent (error {status}). Try again later. If this happens again, contact the team that asked you to fill in this form.',
  'delivery.refusedTitle': 'A form you sent on {date} was not accepted',
  'delivery.refusedStatus': 'The service refused it (error {status}).',
  'delivery.view': 'View the answers',
  'delivery.copy': 'Copy the answers',
  'delivery.copied': 'The answers have been copied',
  'delivery.discard': 'Discard it',
  'delivery.otherForm': 'This was the form “{formId}”, version {version}.',
  'draft.restored': 'Your saved answers have been filled in',
  'draft.restoredBody': 'You entered these answers on this device before. Check them before you submit.',
  'draft.changed': 'This form has changed since you started it. Check your answers before you submit.',
  'draft.changedDropped': 'This form has changed since you started it. Answers to questions that are no longer on the form have been removed. Check your answers before you submit.',
  'draft.startAgain': 'Start again',
} as const satisfies Record<string, MessageText>;

export type MessageKey = keyof typeof en;
/** A message: a template, or plural forms of one (chosen by the `n` parameter). */
export type MessageText = string | PluralForms;
export type Messages = Record<MessageKey, MessageText>;
/** Translates a key; `lang` is the table's language, for plural rules and dates. */
export interface Translate {
  (key: MessageKey, params?: Record<string, string | number>): string;
  readonly lang: string;
}

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

/** The translate function of a table (English where it has no entry) for a language. */
export function translator(messages: Partial<Messages> = {}, lang = 'en'): Translate {
  const t = (key: MessageKey, params?: Record<string, string | number>): string => {
    const message: MessageText = messages[key] ?? en[key];
    const template = typeof message === 'string' ? message : choosePlural(message, lang, Number(params?.n ?? 0));
    return format(template, params);
  };
  return Object.assign(t, { lang });
}

export const translate: Translate = translator();
