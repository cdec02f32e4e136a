// The SQL both stores run, written once. Parameters are PostgreSQL's $1, $2…; the SQLite store
// turns them into ?1, ?2… (SQLite's numbered parameters, same meaning). Types are the ones both
// databases share: TEXT throughout (the envelope as JSON text, times as ISO strings, which sort
// correctly as text).
import type { ListOptions, StoredSubmission, SubmissionSummary } from './types.js';

export const SCHEMA = [
  `CREATE TABLE IF NOT EXISTS caf_submissions (
    submission_id TEXT PRIMARY KEY,
    form_id TEXT NOT NULL,
    form_version TEXT NOT NULL,
    received_at TEXT NOT NULL,
    submitted_at TEXT NOT NULL,
    body_hash TEXT NOT NULL,
    envelope TEXT NOT NULL
  )`,
  'CREATE INDEX IF NOT EXISTS caf_submissions_received ON caf_submissions (received_at)',
  'CREATE INDEX IF NOT EXISTS caf_submissions_form ON caf_submissions (form_id, received_at)',
];

// ON CONFLICT DO NOTHING: of two copies racing, exactly one is stored; the other reads it back.
export const INSERT = `INSERT INTO caf_submissions (submission_id, form_id, form_version, received_at, submitted_at, body_hash, envelope)
  VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT (submission_id) DO NOTHING`;

export const GET = 'SELECT * FROM caf_submissions WHERE submission_id = $1';

const SUMMARY_COLUMNS = 'submission_id, form_id, form_version, received_at, submitted_at';
const ORDER = 'ORDER BY received_at DESC, submission_id DESC';

/** The list query and its parameters: newest first, optionally one form's. */
export function listQuery(options: ListOptions = {}): { rows: string; count: string; params: unknown[]; countParams: unknown[] } {
  const limit = Math.min(500, Math.max(1, Math.floor(options.limit ?? 50)));
  const offset = Math.max(0, Math.floor(options.offset ?? 0));
  if (options.formId !== undefined) {
    return {
      rows: `SELECT ${SUMMARY_COLUMNS} FROM caf_submissions WHERE form_id = $1 ${ORDER} LIMIT $2 OFFSET $3`,
      count: 'SELECT COUNT(*) AS n FROM caf_submissions WHERE form_id = $1',
      params: [options.formId, limit, offset],
      countParams: [options.formId],
    };
  }
  return {
    rows: `SELECT ${SUMMARY_COLUMNS} FROM caf_submissions ${ORDER} LIMIT $1 OFFSET $2`,
    count: 'SELECT COUNT(*) AS n FROM caf_submissions',
    params: [limit, offset],
    countParams: [],
  };
}

export function insertParams(r: StoredSubmission): unknown[] {
  return [r.submissionId, r.formId, r.formVersion, r.receivedAt, r.envelope.submittedAt, r.bodyHash, JSON.stringify(r.envelope)];
}

type Row = Record<string, unknown>;

export function summaryOf(row: Row): SubmissionSummary {
  return {
    submissionId: String(row.submission_id),
    formId: String(row.form_id),
    formVersion: String(row.form_version),
    receivedAt: String(row.received_at),
    submittedAt: String(row.submitted_at),
  };
}

export function recordOf(row: Row): StoredSubmission {
  const { submittedAt: _, ...summary } = summaryOf(row);
  return { ...summary, bodyHash: String(row.body_hash), envelope: JSON.parse(String(row.envelope)) as StoredSubmission['envelope'] };
}
