// The receiver's "store without validating" mode, for `npm run bench:receiver` only: the same
// request handling, hashing and storage, minus the checks, so that the benchmark can show
// what validation costs beside the rest. Only the envelope's keys are read.
import type { SubmissionEnvelope } from '@caf-forms/core';
import type { FormRegistry } from './forms.js';
import type { Verdict } from './validate.js';

export function unvalidated(forms: FormRegistry, body: unknown): Verdict {
  const envelope = body as Partial<SubmissionEnvelope> | null;
  const form =
    envelope && typeof envelope.formId === 'string' && typeof envelope.formVersion === 'string' ? forms.get(envelope.formId, envelope.formVersion) : undefined;
  if (!form || typeof envelope?.submissionId !== 'string' || typeof envelope.submittedAt !== 'string') {
    return { ok: false, status: 400, message: 'Not an envelope of a form this server has.', errors: [], errorCount: 0 };
  }
  return { ok: true, form, envelope: envelope as SubmissionEnvelope, computedCorrected: false };
}
