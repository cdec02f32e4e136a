// The submission envelope: what <caf-form> emits and posts, and what a server validates.
import type { ComputedResult } from './computed.js';
import type { FormDefinition } from './definition.js';
import type { Answers, FormStore } from './store.js';

export interface SubmissionEnvelope {
  formId: string;
  formVersion: string;
  /** Made once per submission (crypto.randomUUID) and reused on every retry: the Idempotency-Key. */
  submissionId: string;
  /** When the form was opened (or its draft started), ISO date-time. */
  startedAt: string;
  /** When the user submitted, ISO date-time. */
  submittedAt: string;
  /** Answers keyed by section id, then field id. Hidden and empty answers are left out. */
  data: Answers;
  /** Computed values, by id, as the browser computed them (a server may recompute them). */
  computed: Record<string, ComputedResult>;
}

export function newSubmissionId(): string {
  return globalThis.crypto.randomUUID();
}

export function createEnvelope(
  definition: FormDefinition,
  store: FormStore,
  options: { submissionId?: string; startedAt?: string; now?: Date } = {},
): SubmissionEnvelope {
  const now = (options.now ?? new Date()).toISOString();
  return {
    formId: definition.id,
    formVersion: definition.version,
    submissionId: options.submissionId ?? newSubmissionId(),
    startedAt: options.startedAt ?? now,
    submittedAt: now,
    data: store.data(),
    computed: store.computed(),
  };
}
