// Checks one incoming envelope against the form and version it names, trusting nothing the
// browser says: the compiled validator (the same schema the browser's validator was built
// from) and the engine's own rules (which also hold the checks a static schema cannot, such as
// "must be in the past") both run here, and computed values are recomputed from the answers.
// Its cost is bounded: a cheap pre-pass (shape.ts) first refuses anything beyond the form's
// bounds, so the full check only ever sees what the form allows, and each answer is checked once.
import {
  type Answers,
  type FieldError,
  type Problem,
  type SubmissionEnvelope,
  type Translate,
  FormStore,
  problemsFromSchemaErrors,
  todayIso,
  translate,
  validateStoreData,
} from '@caf-forms/core';
import type { FormRegistry, LoadedForm } from './forms.js';
import { MAX_REPORTED_ERRORS, clip } from './limits.js';
import { checkShape } from './shape.js';
import { DEFAULT_CLOCK_SKEW_MS, checkTimestamps } from './timestamps.js';

/** One answer at fault, in the shape <caf-form> shows at its field (the engine's path): the protocol's FieldError. */
export type { FieldError };

export type Verdict =
  | { ok: true; form: LoadedForm; envelope: SubmissionEnvelope; computedCorrected: boolean }
  | {
      ok: false;
      status: 400 | 404 | 409 | 422;
      message: string;
      /** The first MAX_REPORTED_ERRORS (50) problems, one per path. */
      errors: FieldError[];
      /** How many problems there were in all. */
      errorCount: number;
    };

export interface ValidateOptions {
  /** Today as YYYY-MM-DD, for "must be in the past" (default: this server's local date). */
  today?: () => string;
  /** The engine's messages, for a Welsh table say (default: English). */
  t?: Translate;
  /** This server's clock, for "submittedAt is not in the future" (default: the system clock). */
  now?: () => Date;
  /** How far ahead of `now` startedAt and submittedAt may be, in ms (default 5 minutes). */
  clockSkewMs?: number;
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** `data` as the engine can read it: an object of section objects (else the schema says what is wrong). */
const isAnswers = (data: unknown): data is Answers => isRecord(data) && Object.values(data).every(isRecord);

const refused = (status: 400 | 404 | 409, message: string): Verdict => ({ ok: false, status, message, errors: [], errorCount: 0 });

function unprocessable(errors: readonly FieldError[], total = errors.length): Verdict {
  return {
    ok: false,
    status: 422,
    errorCount: total,
    errors: errors.slice(0, MAX_REPORTED_ERRORS),
    message:
      total === 1
        ? 'There is a problem with one answer.'
        : total > MAX_REPORTED_ERRORS
          ? `There are problems with ${total} answers; the first ${MAX_REPORTED_ERRORS} are listed.`
          : `There are problems with ${total} answers.`,
  };
}

export function validateSubmission(forms: FormRegistry, body: unknown, options: ValidateOptions = {}): Verdict {
  const today = options.today ?? (() => todayIso());
  const t = options.t ?? translate;
  if (!isRecord(body)) return refused(400, 'The submission must be a JSON object (a caf-forms submission envelope).');
  const { formId, formVersion } = body;
  if (typeof formId !== 'string' || typeof formVersion !== 'string') {
    return refused(400, 'The submission must name its form: "formId" and "formVersion" are required strings.');
  }
  // What the client sent is echoed only in part (clip): a reply never carries a megabyte back.
  const versions = forms.versions(formId);
  if (versions.length === 0) return refused(404, `This server does not accept the form "${clip(formId)}".`);
  const form = forms.get(formId, formVersion);
  if (!form) {
    return refused(
      409,
      `This server accepts version ${versions.join(' or ')} of the form "${formId}", not version ${clip(formVersion)}. Reload the page to get the current form.`,
    );
  }

  // First the cheap pre-pass: anything beyond the form's bounds is refused before the
  // validator and the engine, whose cost grows with their input, see it.
  const beyond = beyondBounds(form, body, t);
  if (beyond) return beyond;

  // Computed values are derived from the answers, so the server's own replace the browser's
  // before anything is checked: a client that got them wrong (or left them out) is not an
  // error the person filling the form in could fix.
  const data = body.data;
  const store = isAnswers(data) ? new FormStore(form.definition, { data, t, today, model: form.model }) : undefined;
  const computed = store ? store.computed() : body.computed;
  const envelope = { ...body, computed };
  const computedCorrected = JSON.stringify(computed) !== JSON.stringify(body.computed);

  const problems: Problem[] = [...checkTimestamps(body, (options.now ?? (() => new Date()))(), options.clockSkewMs ?? DEFAULT_CLOCK_SKEW_MS)];
  if (!form.validate(envelope)) {
    problems.push(...problemsFromSchemaErrors(form.model, form.validate.errors ?? [], data, { t, today: today() }));
  }
  if (store) problems.push(...validateStoreData(store, data as Answers));
  const errors = uniqueByPath(problems);
  if (errors.length) return unprocessable(errors);
  return { ok: true, form, envelope: envelope as unknown as SubmissionEnvelope, computedCorrected };
}

/**
 * The pre-pass alone (shape.ts): a 422 verdict if the envelope goes beyond its form's bounds,
 * else undefined (also when the form is unknown: validateSubmission says so). Linear in the
 * size of the body; the receiver runs it before anything else touches a submission.
 */
export function checkBounds(forms: FormRegistry, body: unknown, options: Pick<ValidateOptions, 't'> = {}): Verdict | undefined {
  if (!isRecord(body) || typeof body.formId !== 'string' || typeof body.formVersion !== 'string') return undefined;
  const form = forms.get(body.formId, body.formVersion);
  return form && beyondBounds(form, body, options.t ?? translate);
}

function beyondBounds(form: LoadedForm, body: Record<string, unknown>, t: Translate): Verdict | undefined {
  // today is not read by the pre-pass's messages (lengths, counts, unknown keys)
  const shape = checkShape(form.model, body, { t, today: '' });
  return shape.total > 0 ? unprocessable(shape.errors, shape.total) : undefined;
}

/** One message per path, the first found (the schema's, which the engine's repeat by design). */
function uniqueByPath(problems: readonly Problem[]): FieldError[] {
  const seen = new Map<string, FieldError>();
  for (const { path, message } of problems) if (!seen.has(path)) seen.set(path, { path: clip(path, 200), message: clip(message, 500) });
  return [...seen.values()];
}
