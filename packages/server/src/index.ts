// @caf-forms/server: check caf-forms submissions on a Node server (loadForms,
// validateSubmission), and a reference receiver that stores them (createReceiver, startReceiver).
export { type CompiledValidator, type FormRegistry, type LoadedForm, loadForms } from './forms.js';
export { type FieldError, type ValidateOptions, type Verdict, validateSubmission } from './validate.js';
export { type AcceptedResult, type Receiver, type ReceiverOptions, createReceiver } from './receiver.js';
export { type ListenOptions, type RunningReceiver, startReceiver } from './listen.js';
export {
  DEFAULT_POSTGRES_TIMEOUT_MS,
  type AuditAction,
  type AuditEntry,
  type AuditRecord,
  type ListOptions,
  type PostgresOptions,
  RETRY_AFTER_SECONDS,
  type StoredSubmission,
  StoreUnavailableError,
  type SubmissionStore,
  type SubmissionSummary,
  openPostgresStore,
  openSqliteStore,
  openStore,
} from './store/index.js';
export { generateToken, sameToken } from './auth.js';
export { DEFAULT_BODY_LIMIT } from './http.js';
export { type Grants, type Role, type RoleConfig, ROLES, parseRoleConfig } from './admin/roles.js';
export type { OidcOptions } from './admin/oidc.js';
export { type RetentionConfig, parseRetention } from './retention.js';
export { fingerprint } from './admin/dev-token.js';
export { MAX_REPORTED_ERRORS } from './limits.js';
export { DEFAULT_CLOCK_SKEW_MS } from './timestamps.js';
export { SERVER_TIMEOUTS, applyServerTimeouts } from './timeouts.js';
export {
  type Acceptance,
  type PublishedVersion,
  type VersionRefusal,
  type VersionWindow,
  type VersionWindowSetting,
  DEFAULT_VERSION_WINDOW,
  acceptanceOf,
  loadPublishedVersions,
  parseVersionWindow,
  versionRefusal,
} from './form-versions.js';
