// What the receiver keeps: one row per accepted submission, keyed by its submissionId (the
// Idempotency-Key), so that a retry finds the first copy instead of making a second.
import type { SubmissionEnvelope } from '@caf-forms/core';
import type { GovernanceStore } from './governance-types.js';

export interface StoredSubmission {
  submissionId: string;
  formId: string;
  formVersion: string;
  /** When this server accepted it (ISO date-time, the server's clock). */
  receivedAt: string;
  /** SHA-256 of the envelope as it was received (canonical JSON), to tell a retry from a different submission reusing the id. */
  bodyHash: string;
  /** The envelope as accepted, with the computed values this server computed. */
  envelope: SubmissionEnvelope;
}

export type SubmissionSummary = Omit<StoredSubmission, 'envelope' | 'bodyHash'> & { submittedAt: string };

export interface ListOptions {
  formId?: string;
  /** At most this many, newest first (default 50, at most 500). */
  limit?: number;
  offset?: number;
}

/** Submissions, and what governance needs (audit, erasure, export, retention, corrections: governance-types.ts). */
export interface SubmissionStore extends GovernanceStore {
  /** Which database this is, for the start-up message ("SQLite file …", "PostgreSQL"). */
  readonly description: string;
  /**
   * Stores `record` unless a submission with its id is already there; either way returns the
   * stored row and whether this call stored it. Safe against two copies arriving at once.
   */
  insert(record: StoredSubmission): Promise<{ inserted: boolean; stored: StoredSubmission }>;
  get(submissionId: string): Promise<StoredSubmission | undefined>;
  list(options?: ListOptions): Promise<{ items: SubmissionSummary[]; total: number }>;
  close(): Promise<void>;
}
