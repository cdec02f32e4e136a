// The events <caf-form> fires, declared once so that addEventListener is typed for hosts.
// All bubble and are composed, so a page hears them from outside the shadow root.
import type { Answers, ComputedResult, DefinitionProblem, Problem, SubmissionEnvelope } from '@caf-forms/core';

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

export function cafEvent<T>(name: string, detail: T, cancelable = false): CustomEvent<T> {
  return new CustomEvent<T>(name, { detail, bubbles: true, composed: true, cancelable });
}

declare global {
  interface GlobalEventHandlersEventMap {
    'caf-change': CustomEvent<CafChangeDetail>;
    'caf-invalid': CustomEvent<CafInvalidDetail>;
    'caf-submit': CustomEvent<CafSubmitDetail>;
    'caf-definition-error': CustomEvent<CafDefinitionErrorDetail>;
  }
}
