// What the user is told about sending and drafts, in GOV.UK's own components: a notification
// banner (success, or "Important"), inset text, and, for a refusal, an error summary. All text,
// never HTML.
import { html, nothing, type TemplateResult } from 'lit';
import type { Translate } from '../messages.js';
import type { Failure } from './post.js';

export type Outcome =
  | { kind: 'sent' }
  | { kind: 'savedSent' }
  /** Not delivered (yet): why, and whether the envelope is kept on this device. */
  | { kind: 'pending'; why: Exclude<Failure, 'refused'>; kept: boolean }
  /** messages: the server's message and field errors that name no question on the form;
   *  fieldErrors: some errors were placed at their fields (and show in the form's summary). */
  | { kind: 'rejected'; status: number; messages: string[]; fieldErrors: boolean };

export interface NoticeState {
  outcome?: Outcome;
  /** This person's submissions for this form's action still waiting in the outbox (shown when there is no outcome). */
  waiting: number;
  /** A draft was restored; the form's version differs from the draft's; some answers did not fit. */
  draft?: { changed: boolean; dropped: boolean };
  /** Nothing can be kept on this device (no storage-scope, or no usable storage): said before the person starts. */
  notStored?: boolean;
}

/** The notices, top of the form. `prefix` makes ids unique per form; the outcome notice can take focus. */
export function notices(state: NoticeState, prefix: string, t: Translate, startAgain: () => void): TemplateResult {
  return html`${outcomeNotice(state, prefix, t)}${state.draft ? draftNotice(state.draft, prefix, t, startAgain) : nothing}${state.notStored && !state.outcome ? html`<div class="govuk-inset-text caf-not-stored caf-no-print">${t('delivery.notStored')}</div>` : nothing}`;
}

const pendingBody: Record<Exclude<Failure, 'refused'>, 'delivery.network' | 'delivery.signedOut' | 'delivery.unconfirmed'> = {
  network: 'delivery.network',
  'signed-out': 'delivery.signedOut',
  unconfirmed: 'delivery.unconfirmed',
};

function outcomeNotice({ outcome, waiting }: NoticeState, prefix: string, t: Translate): TemplateResult | typeof nothing {
  if (!outcome) {
    if (!waiting) return nothing;
    return banner(`${prefix}outbox`, t('delivery.important'), t('delivery.waiting', { n: waiting }), { role: 'region' });
  }
  switch (outcome.kind) {
    case 'sent':
    case 'savedSent':
      return banner(`${prefix}delivery`, t('delivery.success'), t(outcome.kind === 'sent' ? 'delivery.sent' : 'delivery.savedSent'), {
        role: 'alert',
        success: true,
      });
    case 'pending':
      return banner(`${prefix}delivery`, t('delivery.important'), t(outcome.kept ? 'delivery.kept' : 'delivery.notKept'), {
        role: 'alert',
        body: t(pendingBody[outcome.why]),
      });
    case 'rejected': {
      // Field errors show in the form's own error summary; this box says only what that cannot.
      const [first, ...rest] = outcome.messages;
      if (first === undefined)
        return outcome.fieldErrors ? nothing : refusal(t('form.errorSummary'), [t('delivery.rejectedStatus', { status: outcome.status })]);
      return refusal(t('form.errorSummary'), outcome.fieldErrors ? outcome.messages : [t('delivery.rejectedMessage', { message: first }), ...rest]);
    }
  }
}

function draftNotice({ changed, dropped }: { changed: boolean; dropped: boolean }, prefix: string, t: Translate, startAgain: () => void): TemplateResult {
  return banner(`${prefix}draft`, t('delivery.important'), t('draft.restored'), {
    role: 'region',
    body: t(dropped ? 'draft.changedDropped' : changed ? 'draft.changed' : 'draft.restoredBody'),
    action: html`<button type="button" class="govuk-button govuk-button--secondary caf-start-again" @click=${startAgain}>${t('draft.startAgain')}</button>`,
  });
}

function banner(
  id: string,
  title: string,
  heading: string,
  options: { role: 'alert' | 'region'; success?: boolean; body?: string; action?: TemplateResult },
): TemplateResult {
  return html`<div class="govuk-notification-banner caf-notice caf-no-print ${options.success ? 'govuk-notification-banner--success' : ''}" id=${id}
      role=${options.role} aria-labelledby=${`${id}-title`} tabindex="-1">
    <div class="govuk-notification-banner__header">
      <h2 class="govuk-notification-banner__title" id=${`${id}-title`}>${title}</h2>
    </div>
    <div class="govuk-notification-banner__content">
      <p class="govuk-notification-banner__heading">${heading}</p>
      ${options.body ? html`<p class="govuk-body">${options.body}</p>` : nothing}
      ${options.action ?? nothing}
    </div>
  </div>`;
}

/** A refusal reads like the error summary: "There is a problem", then what to do. */
function refusal(title: string, lines: string[]): TemplateResult {
  return html`<div class="govuk-error-summary caf-notice caf-delivery-error caf-no-print" tabindex="-1">
    <div role="alert">
      <h2 class="govuk-error-summary__title">${title}</h2>
      <div class="govuk-error-summary__body">
        ${lines.map((line) => html`<p class="govuk-body">${line}</p>`)}
      </div>
    </div>
  </div>`;
}
