// Chooses the store: PostgreSQL when a database URL is given (DATABASE_URL), else a SQLite
// file in the data folder.
import { openPostgresStore } from './postgres.js';
import { openSqliteStore } from './sqlite.js';
import type { SubmissionStore } from './types.js';

export type { ListOptions, StoredSubmission, SubmissionStore, SubmissionSummary } from './types.js';
export type { AuditAction, AuditEntry, AuditRecord, Corrections, ExportRange, ExportedSubmission, GovernanceStore } from './governance-types.js';
export { openSqliteStore } from './sqlite.js';
export { openPostgresStore } from './postgres.js';

export async function openStore(options: { dataDir: string; databaseUrl?: string }): Promise<SubmissionStore> {
  return options.databaseUrl ? openPostgresStore(options.databaseUrl) : openSqliteStore(options.dataDir);
}
