// The events <caf-form> fires, declared once so that addEventListener is typed for hosts.
// All bubble and are composed, so a page hears them from outside the shadow root.
import type { Answers, ComputedResult, DefinitionProblem, Problem, SubmissionEnvelope } from '@caf-forms/core/runtime';
import type { ServerResponse } from './delivery/response.js';

export interface CafChangeDetail {
  data: Answers;
  computed: Record<string, ComputedResult>;
}
/** The language the person chose in the language switch. */
export interface CafLanguageChangeDetail {
  lang: string;
}
export interface CafInvalidDetail {
  problems: Problem[];
}
export interface CafSubmitDetail {
  envelope: SubmissionEnvelope;
}
/** `src` could not be loaded: reason 'status' (an HTTP error, with its status), 'network', or 'not-json'. */
export interface CafLoadErrorDetail {
  src: string;
  reason: 'status' | 'network' | 'not-json';
  status?: number;
  message: string;
}
export interface CafDefinitionErrorDetail {
  problems: DefinitionProblem[];
}
/** The server confirmed a posted submission: 2xx JSON naming its submissionId (just submitted, or sent from the outbox). */
export interface CafSubmittedDetail {
  envelope: SubmissionEnvelope;
  response: ServerResponse;
  /** It had been kept on this device and was sent later (on load, on `online`, or flushOutbox()). */
  fromOutbox: boolean;
}
/**
 * A posted submission was not delivered (confirmed). reason:
 * - 'invalid': a 422 whose field errors are shown at the fields; 'refused': another refusal (a 4xx,
 *   its message shown). The person can correct the answers and submit again.
 * - 'signed-out': 401, 403 or 419: the person must sign in again; then call flushOutbox() (or let
 *   them select "Try sending again").
 * - 'unconfirmed': the answer was not the receiver's confirmation (a redirect to a sign-in page, a
 *   proxy's HTML page, a 2xx that does not name the submission): it may not have arrived.
 * - 'network': no answer, or 5xx/408/429 on every attempt.
 * kept: the envelope is in this person's outbox on this device and will be sent again.
 */
export interface CafSubmitErrorDetail {
  envelope: SubmissionEnvelope;
  reason: 'invalid' | 'refused' | 'signed-out' | 'unconfirmed' | 'network';
  kept: boolean;
  /** What went wrong, for the host's log (a status, "redirect", a timeout): never answers. */
  detail: string;
  /** The server's answer, when there was one. */
  response?: ServerResponse;
  fromOutbox: boolean;
}

/**
 * Records kept on this device for this person (storage-scope) that expired and were removed
 * (draft-ttl, outbox-ttl), for the host's log: ids and ages, never answers. Other people's
 * expired records are removed too, but never reported to this page.
 */
export interface CafStorageExpiredDetail {
  drafts: { formId: string; ageMs: number }[];
  outbox: { submissionId: string; formId: string; ageMs: number }[];
}

export function cafEvent<T>(name: string, detail: T, cancelable = false): CustomEvent<T> {
  return new CustomEvent<T>(name, { detail, bubbles: true, composed: true, cancelable });
}

/** Every event <caf-form> fires, by name: the one list the DOM, React and Vue typings are made from. */
export interface CafFormEventMap {
  'caf-change': CustomEvent<CafChangeDetail>;
  'caf-invalid': CustomEvent<CafInvalidDetail>;
  'caf-submit': CustomEvent<CafSubmitDetail>;
  'caf-definition-error': CustomEvent<CafDefinitionErrorDetail>;
  'caf-load-error': CustomEvent<CafLoadErrorDetail>;
  'caf-submitted': CustomEvent<CafSubmittedDetail>;
  'caf-submit-error': CustomEvent<CafSubmitErrorDetail>;
  'caf-storage-expired': CustomEvent<CafStorageExpiredDetail>;
  'caf-language-change': CustomEvent<CafLanguageChangeDetail>;
}

declare global {
  // Merged into the DOM's own map, so addEventListener('caf-submit', …) is typed.
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- declaration merging: the members come from CafFormEventMap
  interface GlobalEventHandlersEventMap extends CafFormEventMap {}
}
