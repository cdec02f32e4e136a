// The events <caf-form> fires, declared once so that addEventListener is typed for hosts.
// All bubble and are composed, so a page hears them from outside the shadow root.
import type { Answers, ComputedResult, DefinitionProblem, Problem, SubmissionEnvelope } from '@caf-forms/core/runtime';
import type { ServerResponse } from './delivery/response.js';

export interface CafChangeDetail {
  data: Answers;
  computed: Record<string, ComputedResult>;
}
export interface CafInvalidDetail {
  problems: Problem[];
}
export interface CafSubmitDetail {
  envelope: SubmissionEnvelope;
}
export interface CafDefinitionErrorDetail {
  problems: DefinitionProblem[];
}
/** The server answered 2xx to a posted submission (just submitted, or sent from the outbox). */
export interface CafSubmittedDetail {
  envelope: SubmissionEnvelope;
  response: ServerResponse;
  /** It had been kept on this device and was sent later (on load, on `online`, or flushOutbox()). */
  fromOutbox: boolean;
}
/**
 * A posted submission was not delivered. reason: 'invalid' (422 with field errors, shown at the
 * fields), 'rejected' (another 4xx; message shown), 'saved' (the server could not be reached: kept
 * in the outbox, to be sent later), 'unsaved' (could not be reached, nor kept on this device).
 */
export interface CafSubmitErrorDetail {
  envelope: SubmissionEnvelope;
  reason: 'invalid' | 'rejected' | 'saved' | 'unsaved';
  /** The server's answer, when there was one. */
  response?: ServerResponse;
  fromOutbox: boolean;
}

export function cafEvent<T>(name: string, detail: T, cancelable = false): CustomEvent<T> {
  return new CustomEvent<T>(name, { detail, bubbles: true, composed: true, cancelable });
}

declare global {
  interface GlobalEventHandlersEventMap {
    'caf-change': CustomEvent<CafChangeDetail>;
    'caf-invalid': CustomEvent<CafInvalidDetail>;
    'caf-submit': CustomEvent<CafSubmitDetail>;
    'caf-definition-error': CustomEvent<CafDefinitionErrorDetail>;
    'caf-submitted': CustomEvent<CafSubmittedDetail>;
    'caf-submit-error': CustomEvent<CafSubmitErrorDetail>;
  }
}
