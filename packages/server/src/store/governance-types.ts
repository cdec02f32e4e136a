// What information governance needs from a store, beside keeping submissions: an append-only
// audit trail, erasure, retention purges, exports read in batches, and links between a
// correction and the submission it supersedes. Both stores (SQLite and PostgreSQL) implement it
// once, in governance.ts, over the few primitives each gives (SqlRunner).
import type { StoredSubmission, SubmissionSummary } from './types.js';

/** What the audit trail records. `failed-sign-in` includes a wrong development token. */
export type AuditAction =
  | 'list'
  | 'read'
  | 'export'
  | 'erase'
  | 'supersede'
  | 'sign-in'
  | 'failed-sign-in'
  | 'sign-out'
  | 'purge'
  /** A signed-in person asked for something their roles do not allow (403). */
  | 'refused';

/** One audit row as written. Never an answer: ids, counts, dates, the people acting and why. */
export interface AuditEntry {
  /** ISO date-time, the server's clock. */
  at: string;
  /** Who: the signed-in person's e-mail (or `sub:<subject>`), `development token`, `system`, or `anonymous`. */
  actor: string;
  action: AuditAction;
  formId?: string;
  submissionIds?: readonly string[];
  /** Why, for an erasure (required there). */
  reason?: string;
  /** Anything else worth keeping: counts, a date range, the client's address on a failed sign-in. */
  detail?: Record<string, string | number | boolean>;
}

export interface AuditRecord extends Required<Omit<AuditEntry, 'formId' | 'reason'>> {
  id: number;
  formId: string | null;
  reason: string | null;
}

export interface ExportRange {
  formId: string;
  /** received_at >= from (ISO date-time). */
  from: string;
  /** received_at < to (ISO date-time). */
  to: string;
  /** Rows read per query (default 200): the export holds no more than this in memory. */
  batchSize?: number;
}

export type ExportedSubmission = StoredSubmission & { supersedes?: string };

export interface Corrections {
  /** The earlier submission this one corrects, if any (it may since have been erased). */
  supersedes?: string;
  /** Later submissions that correct this one. */
  supersededBy: string[];
}

export interface GovernanceStore {
  /** Adds a row to the audit trail. There is no way to change or remove one through a store. */
  appendAudit(entry: AuditEntry): Promise<void>;
  /** Newest first; with `submissionId`, only the rows that name it. */
  listAudit(options?: { limit?: number; offset?: number; submissionId?: string }): Promise<{ items: AuditRecord[]; total: number }>;
  /** Removes a submission (and the link it makes as a correction), recording `audit` in the same transaction. False if it was not there. */
  erase(submissionId: string, audit: AuditEntry): Promise<boolean>;
  /** Removes a form's submissions received before `receivedBefore` (ISO); returns how many. */
  purge(formId: string, receivedBefore: string): Promise<number>;
  /** A form's submissions received in a range, oldest first, read `batchSize` at a time, each with the id it supersedes if it is a correction. */
  exportRange(range: ExportRange): AsyncIterable<ExportedSubmission>;
  /** Records that `submissionId` corrects (supersedes) `supersedes`. One earlier submission per correction. */
  linkCorrection(link: { submissionId: string; supersedes: string; linkedAt: string; linkedBy: string }): Promise<void>;
  corrections(submissionId: string): Promise<Corrections>;
  /** The list for someone who may read only some forms (newest first). */
  listForms(formIds: readonly string[], options?: { limit?: number; offset?: number }): Promise<{ items: SubmissionSummary[]; total: number }>;
}
