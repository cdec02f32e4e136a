// A submission that was not delivered, in two words: what the person is told (a notice) and
// what the page hears (caf-submit-error). A refusal's field errors are placed at their fields.
import type { FormStore, SubmissionEnvelope } from '@caf-forms/core/runtime';
import type { CafSubmitErrorDetail } from '../events.js';
import type { Outcome } from './notices.js';
import type { OutboxEntry } from './outbox.js';
import type { PostResult } from './post.js';
import type { ServerResponse } from './response.js';
import { problemsOf } from './server-problems.js';

export type Failed = Extract<PostResult, { ok: false }>;

export interface Told {
  outcome: Outcome;
  detail: CafSubmitErrorDetail;
}

/** Not delivered (yet): kept on this device to send later, or not. */
export function notDelivered(envelope: SubmissionEnvelope, failed: Failed, kept: boolean, fromOutbox: boolean): Told {
  const why = failed.kind === 'refused' ? 'network' : failed.kind;
  return {
    outcome: { kind: 'pending', why, kept },
    detail: { envelope, reason: why, kept, detail: failed.detail, ...(failed.response ? { response: failed.response } : {}), fromOutbox },
  };
}

/**
 * The server refused this form's submission: field errors go to their fields through the store,
 * anything else is said as the server said it. `placed` when some errors are at fields.
 */
export function refusal(store: FormStore | undefined, envelope: SubmissionEnvelope, failed: Failed, fromOutbox: boolean): Told & { placed: boolean } {
  const response: ServerResponse = failed.response ?? { status: 0, body: undefined, errors: [] };
  let unplaced = response.errors;
  try {
    if (store) unplaced = store.setServerProblems(problemsOf(store.model, response.errors));
  } catch {
    unplaced = response.errors; // paths the form cannot read: shown as messages instead
  }
  const placed = response.errors.length - unplaced.length > 0;
  const messages = [...(response.message ? [response.message] : []), ...unplaced.map((p) => p.message)];
  return {
    outcome: { kind: 'rejected', status: response.status, messages, fieldErrors: placed },
    detail: { envelope, reason: placed ? 'invalid' : 'refused', kept: false, detail: failed.detail, response, fromOutbox },
    placed,
  };
}

/** Another of this person's queued submissions failed again: the page hears of it (a refusal as one); it stays in the outbox. */
export function queuedFailed(entry: OutboxEntry, sent: Failed): CafSubmitErrorDetail {
  return { ...notDelivered(entry.envelope, sent, true, true).detail, reason: sent.kind };
}
