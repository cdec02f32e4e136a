// The element's own words in English: buttons, headings, the language switch (a lazy part's
// own words load with it: en-delivery.ts, en-matrix.ts). The
// engine's words (error messages, answers in words) are core's table; the element reads both
// through one translate function (../messages.ts).
import type { MessageText } from '@caf-forms/core/runtime';
import type { deliveryEn } from './en-delivery.js';
import type { matrixEn } from './en-matrix.js';

export const elementEn = {
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
  'form.or': 'or',
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
  'form.unknownType': 'This form uses a question type that this page cannot show: "{type}".',
  'form.problemsTitle': 'This form definition has problems',
  'form.problemsIntro': 'The form cannot be shown until these are fixed:',
  'form.loadFailed': 'The form could not be loaded from {src}: {reason}',
  'form.loading': 'Loading form…',
  'form.warning': 'Warning',
  'form.documentVersion': 'Form version',
  'form.documentId': 'Submission reference',
  'form.documentDate': 'Submitted on',
  'form.writtenIn': 'This form was filled in in {language}. Answers typed in words are shown as they were written.',
  'form.languageSwitch': 'Choose a language',
} as const satisfies Record<string, MessageText>;

/**
 * Every key of the element: those above, and the English words of lazily loaded parts, which
 * come with their part (en-delivery.ts, en-matrix.ts: see addEnglish in ../messages.ts).
 */
export type ElementMessageKey = keyof typeof elementEn | keyof typeof deliveryEn | keyof typeof matrixEn;
