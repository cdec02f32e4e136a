// The English words of posting, the outbox and drafts: they load with the delivery chunk
// (delivery/controller.ts registers them), not with every form.
import type { MessageText } from '@caf-forms/core/runtime';

export const deliveryEn = {
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
  'delivery.rejectedStatus':
    'Your answers could not be sent (error {status}). Try again later. If this happens again, contact the team that asked you to fill in this form.',
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
  'draft.changedDropped':
    'This form has changed since you started it. Answers to questions that are no longer on the form have been removed. Check your answers before you submit.',
  'draft.startAgain': 'Start again',
} as const satisfies Record<string, MessageText>;
