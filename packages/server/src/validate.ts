// Checks one incoming envelope against the form and version it names, trusting nothing the
// browser says: the compiled validator (the same schema the browser's validator was built
// from) and the engine's own rules (which also hold the checks a static schema cannot, such as
// "must be in the past") both run here, and computed values are recomputed from the answers.
import { type Answers, type Problem, type SubmissionEnvelope, type Translate, FormStore, problemsFromSchemaErrors, todayIso, translate, validateData } from '@caf-forms/core';
import type { FormRegistry, LoadedForm } from './forms.js';

/** One answer at fault, in the shape <caf-form> shows at its field (the engine's path). */
export interface FieldError {
  path: string;
  message: string;
}

export type Verdict =
  | { ok: true; form: LoadedForm; envelope: SubmissionEnvelope; computedCorrected: boolean }
  | { ok: false; status: 400 | 404 | 409 | 422; message: string; errors: FieldError[] };

export interface ValidateOptions {
  /** Today as YYYY-MM-DD, for "must be in the past" (default: this server's local date). */
  today?: () => string;
  /** The engine's messages, for a Welsh table say (default: English). */
  t?: Translate;
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** `data` as the engine can read it: an object of section objects (else the schema says what is wrong). */
const isAnswers = (data: unknown): data is Answers => isRecord(data) && Object.values(data).every(isRecord);

export function validateSubmission(forms: FormRegistry, body: unknown, options: ValidateOptions = {}): Verdict {
  const today = options.today ?? (() => todayIso());
  const t = options.t ?? translate;
  if (!isRecord(body)) return { ok: false, status: 400, message: 'The submission must be a JSON object (a caf-forms submission envelope).', errors: [] };
  const { formId, formVersion } = body;
  if (typeof formId !== 'string' || typeof formVersion !== 'string') {
    return { ok: false, status: 400, message: 'The submission must name its form: "formId" and "formVersion" are required strings.', errors: [] };
  }
  const versions = forms.versions(formId);
  if (versions.length === 0) return { ok: false, status: 404, message: `This server does not accept the form "${formId}".`, errors: [] };
  const form = forms.get(formId, formVersion);
  if (!form) {
    return {
      ok: false, status: 409, errors: [],
      message: `This server accepts version ${versions.join(' or ')} of the form "${formId}", not version ${formVersion}. Reload the page to get the current form.`,
    };
  }

  // Computed values are derived from the answers, so the server's own replace the browser's
  // before anything is checked: a client that got them wrong (or left them out) is not an
  // error the person filling the form in could fix.
  const data = body.data;
  const computed = isAnswers(data) ? new FormStore(form.definition, { data, t, today }).computed() : body.computed;
  const envelope = { ...body, computed };
  const computedCorrected = JSON.stringify(computed) !== JSON.stringify(body.computed);

  const problems: Problem[] = [];
  if (!form.validate(envelope)) {
    problems.push(...problemsFromSchemaErrors(form.model, form.validate.errors ?? [], data, { t, today: today() }));
  }
  if (isAnswers(data)) problems.push(...validateData(form.definition, data, { t, today }));
  const errors = uniqueByPath(problems);
  if (errors.length) {
    return { ok: false, status: 422, message: errors.length === 1 ? 'There is a problem with one answer.' : `There are problems with ${errors.length} answers.`, errors };
  }
  return { ok: true, form, envelope: envelope as unknown as SubmissionEnvelope, computedCorrected };
}

/** One message per path, the first found (the schema's, which the engine's repeat by design). */
function uniqueByPath(problems: readonly Problem[]): FieldError[] {
  const seen = new Map<string, FieldError>();
  for (const { path, message } of problems) if (!seen.has(path)) seen.set(path, { path, message });
  return [...seen.values()];
}
