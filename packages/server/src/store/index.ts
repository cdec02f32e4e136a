// Chooses the store: PostgreSQL when a database URL is given (DATABASE_URL), else a SQLite
// file in the data folder.
import { type PostgresOptions, openPostgresStore } from './postgres.js';
import { openSqliteStore } from './sqlite.js';
import type { SubmissionStore } from './types.js';

export type { ListOptions, StoredSubmission, SubmissionStore, SubmissionSummary } from './types.js';
export type { AuditAction, AuditEntry, AuditRecord, Corrections, ExportRange, ExportedSubmission, GovernanceStore } from './governance-types.js';
export { openSqliteStore } from './sqlite.js';
export { DEFAULT_POSTGRES_TIMEOUT_MS, type PostgresOptions, openPostgresStore } from './postgres.js';
export { RETRY_AFTER_SECONDS, StoreUnavailableError } from './unavailable.js';

export async function openStore(options: { dataDir: string; databaseUrl?: string; postgres?: PostgresOptions }): Promise<SubmissionStore> {
  return options.databaseUrl ? openPostgresStore(options.databaseUrl, options.postgres) : openSqliteStore(options.dataDir);
}
