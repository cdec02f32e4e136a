// The reference receiver: an HTTP request handler (node:http's req and res, no framework) that
// accepts submissions from <caf-form action="…">, keeps each once, and hands everything else
// (the admin pages and read API, behind sign-in and roles: admin/routes.ts) to the admin side. Mount it in any node:http server, under a path prefix if wanted:
// handle() answers the requests it knows and returns false for the rest.
import { readFileSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Confirmation, Refusal, Translate } from '@caf-forms/core';
import { developmentToken } from './admin/dev-token.js';
import { type OidcOptions, oidcOptionsFromEnv } from './admin/oidc.js';
import { type RoleConfig, parseRoleConfig } from './admin/roles.js';
import { type Admin, createAdmin } from './admin/routes.js';
import type { SessionOptions } from './admin/session.js';
import type { ThrottleOptions } from './admin/throttle.js';
import { type FormRegistry, loadForms } from './forms.js';
import { type VersionWindowSetting, parseVersionWindow, versionRefusal } from './form-versions.js';
import { DEFAULT_BODY_LIMIT, HttpError, readJsonText, sendJson } from './http.js';
import { type RetentionConfig, type RetentionJob, parseRetention, startRetention } from './retention.js';
import { type PostgresOptions, RETRY_AFTER_SECONDS, type StoredSubmission, StoreUnavailableError, type SubmissionStore, openStore } from './store/index.js';
import { type Verdict, checkBounds, validateSubmission } from './validate.js';
import { answersHash, isRepeatOf } from './idempotency.js';
import { normaliseStrings } from './normalise.js';
import { requestUrl } from './target.js';
import { unvalidated } from './unvalidated.js';

export interface ReceiverOptions {
  /** Folder(s) of compiled forms (caf-forms build's output, e.g. dist/forms); the first wins for a repeated id and version. */
  formsDir?: string | readonly string[];
  /** Or forms already loaded (loadForms). */
  forms?: FormRegistry;
  /** Where the SQLite file goes (default "data"); unused with PostgreSQL. */
  dataDir?: string;
  /** PostgreSQL instead of SQLite (default: env.DATABASE_URL). */
  databaseUrl?: string;
  /** Or a store already open; close() then leaves it open. */
  store?: SubmissionStore;
  /**
   * The development token, for local development only, when `oidc` is not configured (default:
   * env.CAF_ADMIN_TOKEN; if neither, <dataDir>/admin-token, made with mode 0600 if missing).
   * Only its fingerprint is ever logged.
   */
  token?: string;
  /** Sign-in through the council's identity provider (default: from CAF_OIDC_* in the environment). */
  oidc?: OidcOptions;
  /** Who may do what, per form (default: JSON in CAF_ADMIN_ROLES, or the file named by CAF_ADMIN_ROLES_FILE). */
  roles?: RoleConfig;
  /** Days to keep each form's submissions, by form id or '*' (default: JSON in CAF_RETENTION_DAYS; none: kept). */
  retention?: RetentionConfig;
  /** The clock: for retention, sessions, the audit trail, and "submittedAt is not in the future" (default: the system's). */
  now?: () => Date;
  /** Mark cookies Secure even on plain http, behind a TLS-terminating proxy (default: env CAF_SECURE_COOKIES=1, or when https is seen). */
  secureCookies?: boolean;
  /** Session lifetimes (idle minutes, maximum hours). */
  sessions?: SessionOptions;
  /** The development token's throttle. */
  throttle?: ThrottleOptions;
  /** Where the receiver is mounted, e.g. "/api" (default: the root). */
  basePath?: string;
  /** Largest body accepted, in bytes (default 1 MiB). */
  bodyLimit?: number;
  /** Today as YYYY-MM-DD, for "must be in the past" (default: the server's local date). */
  today?: () => string;
  /** How far ahead of the clock a submission's startedAt and submittedAt may be, in ms (default 5 minutes). */
  clockSkewMs?: number;
  /**
   * How long an older published version is still accepted after the next one is published:
   * '30d' (the default), '12h', '0', or per form { "consent": "7d", "*": "30d" }
   * (default: env.CAF_VERSION_WINDOW, a duration or that JSON). See form-versions.ts.
   */
  versionWindow?: VersionWindowSetting;
  /** PostgreSQL timeouts and TLS (see PostgresOptions); unused with SQLite. */
  postgres?: PostgresOptions;
  /**
   * For `npm run bench:receiver` only: store what arrives without validating it, to measure
   * what validation costs. Never set this on a receiver that takes real submissions.
   */
  unsafeSkipValidation?: boolean;
  /** The engine's messages (default: English). */
  t?: Translate;
  /** Where the generated token and errors are written (default: console). */
  log?: (line: string) => void;
  /** Read instead of process.env (tests pass {}). */
  env?: Record<string, string | undefined>;
}

export interface Receiver {
  /** Answers the request if it is one of the receiver's; false (nothing sent) otherwise. */
  handle(req: IncomingMessage, res: ServerResponse): Promise<boolean>;
  close(): Promise<void>;
  /** The development token in force (never with OpenID Connect). Do not log it. */
  readonly token: string | undefined;
  /** The admin side: sessions and the audit trail. */
  readonly admin: Admin;
  /** The retention purge, when retention is configured. */
  readonly retention: RetentionJob | undefined;
  readonly forms: FormRegistry;
  readonly store: SubmissionStore;
  readonly basePath: string;
}

/** What a 2xx says, the first time and on every repeat: the element passes it on in caf-submitted. */
export interface AcceptedResult extends Confirmation {
  message: string;
  submissionId: string;
  formId: string;
  formVersion: string;
  receivedAt: string;
}

export async function createReceiver(options: ReceiverOptions = {}): Promise<Receiver> {
  const env = options.env ?? process.env;
  const log = options.log ?? ((line: string) => console.log(line));
  const basePath = (options.basePath ?? '').replace(/\/+$/, '');
  if (basePath && !basePath.startsWith('/')) throw new Error(`basePath must start with "/": ${basePath}`);
  const bodyLimit = options.bodyLimit ?? DEFAULT_BODY_LIMIT;
  const forms = options.forms ?? (await loadForms(options.formsDir ?? 'dist/forms'));
  if (forms.all().length === 0) throw new Error('no compiled forms found: build them first with `npx caf-forms build forms --out dist/forms`');

  const dataDir = options.dataDir ?? 'data';
  const oidc = options.oidc ?? oidcOptionsFromEnv(env);
  const givenToken = options.token ?? env.CAF_ADMIN_TOKEN;
  if (oidc && givenToken !== undefined) throw new Error('the development token cannot be used with OpenID Connect: unset CAF_ADMIN_TOKEN');
  const token = oidc ? undefined : developmentToken(givenToken, dataDir, log);
  const roles = options.roles ?? parseRoleConfig(jsonSetting(env, 'CAF_ADMIN_ROLES') ?? {});
  const retentionRules = options.retention ?? parseRetention(jsonSetting(env, 'CAF_RETENTION_DAYS') ?? {});
  const now = options.now ?? (() => new Date());
  const versionWindow = parseVersionWindow(options.versionWindow ?? env.CAF_VERSION_WINDOW);
  const store = options.store ?? (await openStore({ dataDir, databaseUrl: options.databaseUrl ?? env.DATABASE_URL, postgres: options.postgres }));
  const ownsStore = !options.store;
  const admin = createAdmin({
    forms,
    store,
    basePath,
    log,
    now,
    oidc,
    roles,
    token,
    sessions: options.sessions,
    throttle: options.throttle,
    secureCookies: options.secureCookies ?? (env.CAF_SECURE_COOKIES === '1' ? true : undefined),
  });
  let retention: RetentionJob | undefined;
  if (Object.keys(retentionRules).length) {
    retention = startRetention({
      store,
      audit: admin.audit,
      retention: retentionRules,
      formIds: [...new Set(forms.all().map((f) => f.definition.id))],
      now,
      log,
    });
    try {
      await retention.run(); // at start-up, then daily
    } catch (error) {
      retention.stop();
      if (ownsStore) await store.close();
      throw error;
    }
  }

  async function accept(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const text = await readJsonText(req, bodyLimit);
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch {
      throw new HttpError(400, 'The body is not valid JSON.');
    }
    const submissionId = isRecord(parsed) && typeof parsed.submissionId === 'string' ? parsed.submissionId : undefined;
    const key = req.headers['idempotency-key'];
    // <caf-form> sends its submissionId as the key; one key for two ids would make "the same
    // request" ambiguous, so the two must agree (the key may be left out).
    if (key !== undefined && key !== submissionId) throw new HttpError(400, 'The Idempotency-Key header must equal the submission\'s "submissionId".');
    // Anything beyond the form's bounds (too many rows or values, unknown keys, over-long
    // text) is refused first, in one cheap pass, before the body is copied, hashed or checked.
    const beyond = options.unsafeSkipValidation ? undefined : checkBounds(forms, parsed, { t: options.t });
    if (beyond && !beyond.ok) return sendJson(res, beyond.status, replyOf(beyond));
    let body: unknown;
    let hash: string | undefined;
    try {
      // Stored, compared and counted in NFC (one "é", however it was typed).
      body = normaliseStrings(parsed);
      if (isRecord(body)) hash = answersHash(body);
    } catch {
      throw new HttpError(400, 'The body is nested too deeply to be a submission.'); // a stack overflow, from hostile JSON
    }
    // A repeat gets the first answer, even if the rules would now say otherwise (a date that
    // was in the future yesterday): the submission was accepted then. Only an id shaped like
    // one is looked up (the schema refuses the rest).
    if (submissionId !== undefined && hash !== undefined && UUID.test(submissionId)) {
      const existing = await store.get(submissionId);
      if (existing) return replay(res, existing, body as Record<string, unknown>, hash);
    }
    // An older version past its window (after the repeat check: a submission stored while its
    // version was accepted is still answered as a repeat).
    const tooOld = options.unsafeSkipValidation ? undefined : versionRefusal(forms, body, now(), versionWindow);
    if (tooOld) return sendJson(res, tooOld.status, tooOld.body);
    const verdict: Verdict = options.unsafeSkipValidation
      ? unvalidated(forms, body)
      : validateSubmission(forms, body, { today: options.today, t: options.t, now: options.now, clockSkewMs: options.clockSkewMs });
    if (!verdict.ok) return sendJson(res, verdict.status, replyOf(verdict));
    const { envelope } = verdict;
    const record: StoredSubmission = {
      submissionId: envelope.submissionId,
      formId: envelope.formId,
      formVersion: envelope.formVersion,
      receivedAt: now().toISOString(),
      bodyHash: hash!,
      envelope,
    };
    const { inserted, stored } = await store.insert(record);
    // Lost a race with a copy of itself: answer as a repeat.
    if (!inserted) return replay(res, stored, body as Record<string, unknown>, hash!);
    sendJson(res, 201, resultOf(stored), { Location: `${basePath}/submissions/${encodeURIComponent(stored.submissionId)}` });
  }

  /**
   * The same submissionId again. The same answers (formId, formVersion, data, computed; the
   * times may differ) are a repeat: 200 with the first reply's JSON, nothing stored. Different
   * answers under the same id are a different submission: 409.
   */
  function replay(res: ServerResponse, stored: StoredSubmission, envelope: Record<string, unknown>, hash: string): void {
    if (!isRepeatOf(stored.bodyHash, envelope, hash)) {
      throw new HttpError(409, 'A different submission with this submissionId has already been received. Each submission needs its own id.');
    }
    sendJson(res, 200, resultOf(stored), { 'Idempotent-Replayed': 'true', Location: `${basePath}/submissions/${encodeURIComponent(stored.submissionId)}` });
  }

  async function route(req: IncomingMessage, res: ServerResponse, path: string, query: URLSearchParams): Promise<boolean> {
    if (path === '/healthz') {
      // For load balancers and monitors: that the process answers, cheaply (no database).
      const method = req.method ?? 'GET';
      if (method !== 'GET' && method !== 'HEAD') throw new HttpError(405, 'Use GET, HEAD here.', { Allow: 'GET, HEAD' });
      sendJson(res, 200, { status: 'ok' });
      return true;
    }
    if (path === '/submissions' && req.method === 'POST') {
      await accept(req, res);
      return true;
    }
    return admin.handle(req, res, path, query);
  }

  return {
    token,
    admin,
    retention,
    forms,
    store,
    basePath,
    async handle(req, res) {
      let url: URL;
      try {
        url = requestUrl(req.url);
      } catch (error) {
        if (!(error instanceof HttpError)) throw error;
        if (!req.complete) req.resume();
        sendJson(res, error.status, { message: error.message }, error.headers);
        return true;
      }
      let path = url.pathname;
      if (basePath) {
        if (path !== basePath && !path.startsWith(`${basePath}/`)) return false;
        path = path.slice(basePath.length) || '/';
      }
      try {
        return await route(req, res, path, url.searchParams);
      } catch (error) {
        const http = error instanceof HttpError ? error : error instanceof StoreUnavailableError ? unavailable(error) : undefined;
        if (!http) log(`caf-forms receiver: ${req.method} ${url.pathname}: ${error instanceof Error ? error.stack : String(error)}`);
        else if (error instanceof StoreUnavailableError) log(`caf-forms receiver: ${req.method} ${url.pathname}: 503, ${error.message}`);
        const answer = http ?? new HttpError(500, 'The server could not handle this just now. Try again.');
        const headers = { ...answer.headers };
        // A body we did not read (refused before or while reading): drop it and end the
        // connection after answering, instead of reading it as the next request.
        if (!req.complete) {
          headers.Connection = 'close';
          req.resume();
        }
        if (res.headersSent) res.destroy();
        else sendJson(res, answer.status, { message: answer.message }, headers);
        return true;
      }
    },
    async close() {
      retention?.stop();
      if (ownsStore) await store.close();
    },
  };
}

function resultOf(stored: StoredSubmission): AcceptedResult {
  return {
    message: 'Submission received.',
    submissionId: stored.submissionId,
    formId: stored.formId,
    formVersion: stored.formVersion,
    receivedAt: stored.receivedAt,
  };
}

/** A JSON setting from the environment: NAME holds the JSON, or NAME_FILE names a file that does. */
function jsonSetting(env: Record<string, string | undefined>, name: string): unknown {
  const text = env[name] ?? (env[`${name}_FILE`] ? readFileSync(env[`${name}_FILE`]!, 'utf8') : undefined);
  if (text === undefined) return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new Error(`${name} is not valid JSON`);
  }
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** What a refusal says: the message, the errors at fields (at most 50) and, for a 422, how many there were. */
function replyOf(verdict: Verdict & { ok: false }): Refusal {
  const { message, errors, errorCount, status } = verdict;
  return status === 422 ? { message, errors, errorCount } : { message, errors };
}

/** A submissionId as <caf-form> makes them (crypto.randomUUID), as the compiled schema requires. */
const UUID = /^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/;

/** The database is down or too slow: 503, which <caf-form> retries after Retry-After. */
const unavailable = (_error: StoreUnavailableError): HttpError =>
  new HttpError(503, 'The submission could not be stored just now. It will be sent again shortly.', { 'Retry-After': String(RETRY_AFTER_SECONDS) });
