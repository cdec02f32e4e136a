// The SQL of the governance tables, shared by both stores like sql.ts (PostgreSQL's $1 numbering;
// the SQLite store rewrites it). Only the audit table's identity column and the append-only
// guard differ between the two databases.
export type Dialect = 'sqlite' | 'postgres';

export function governanceSchema(dialect: Dialect): string[] {
  const id = dialect === 'sqlite' ? 'id INTEGER PRIMARY KEY AUTOINCREMENT' : 'id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY';
  return [
    // submission_ids and detail are JSON text; nothing in this table is an answer.
    `CREATE TABLE IF NOT EXISTS caf_audit (
      ${id},
      at TEXT NOT NULL,
      actor TEXT NOT NULL,
      action TEXT NOT NULL,
      form_id TEXT,
      submission_ids TEXT NOT NULL,
      reason TEXT,
      detail TEXT NOT NULL
    )`,
    // A correction names the one earlier submission it supersedes; both records are kept.
    `CREATE TABLE IF NOT EXISTS caf_corrections (
      submission_id TEXT PRIMARY KEY,
      supersedes TEXT NOT NULL,
      linked_at TEXT NOT NULL,
      linked_by TEXT NOT NULL
    )`,
    'CREATE INDEX IF NOT EXISTS caf_corrections_supersedes ON caf_corrections (supersedes)',
    ...appendOnlyGuard(dialect),
  ];
}

/**
 * The store's API has no UPDATE or DELETE of audit rows; these triggers make the database refuse
 * them too, so a bug or a hand-typed statement cannot rewrite the trail (dropping the table, a
 * deliberate act by the database's owner, is still possible: the trail is as trustworthy as the
 * database's administrators, as with any audit log kept beside the data).
 */
function appendOnlyGuard(dialect: Dialect): string[] {
  if (dialect === 'sqlite') {
    return ['UPDATE', 'DELETE'].map(
      (op) => `CREATE TRIGGER IF NOT EXISTS caf_audit_no_${op.toLowerCase()} BEFORE ${op} ON caf_audit
      BEGIN SELECT RAISE(ABORT, 'caf_audit is append-only'); END`,
    );
  }
  return [
    `CREATE OR REPLACE FUNCTION caf_audit_append_only() RETURNS trigger LANGUAGE plpgsql AS $fn$
      BEGIN RAISE EXCEPTION 'caf_audit is append-only'; END $fn$`,
    'CREATE OR REPLACE TRIGGER caf_audit_no_change BEFORE UPDATE OR DELETE ON caf_audit FOR EACH ROW EXECUTE FUNCTION caf_audit_append_only()',
    'CREATE OR REPLACE TRIGGER caf_audit_no_truncate BEFORE TRUNCATE ON caf_audit FOR EACH STATEMENT EXECUTE FUNCTION caf_audit_append_only()',
  ];
}

export const INSERT_AUDIT = `INSERT INTO caf_audit (at, actor, action, form_id, submission_ids, reason, detail)
  VALUES ($1, $2, $3, $4, $5, $6, $7)`;
/**
 * The audit rows, newest first; with a submission id, only those naming it ("who has seen this
 * child's record?"). The ids are a JSON array in text, so the id is matched with its quotes, and
 * LIKE's wildcards in it are escaped.
 */
export function auditQuery(limit: number, offset: number, submissionId?: string): { rows: string; count: string; params: unknown[]; countParams: unknown[] } {
  if (submissionId === undefined) {
    return {
      rows: 'SELECT * FROM caf_audit ORDER BY id DESC LIMIT $1 OFFSET $2',
      count: 'SELECT COUNT(*) AS n FROM caf_audit',
      params: [limit, offset],
      countParams: [],
    };
  }
  const where = "WHERE submission_ids LIKE $1 ESCAPE '!'";
  const pattern = `%${JSON.stringify(submissionId).replace(/[!%_]/g, '!$&')}%`;
  return {
    rows: `SELECT * FROM caf_audit ${where} ORDER BY id DESC LIMIT $2 OFFSET $3`,
    count: `SELECT COUNT(*) AS n FROM caf_audit ${where}`,
    params: [pattern, limit, offset],
    countParams: [pattern],
  };
}

export const ERASE_LINK = 'DELETE FROM caf_corrections WHERE submission_id = $1';
export const ERASE = 'DELETE FROM caf_submissions WHERE submission_id = $1';

export const PURGE_LINKS = `DELETE FROM caf_corrections WHERE submission_id IN
  (SELECT submission_id FROM caf_submissions WHERE form_id = $1 AND received_at < $2)`;
export const PURGE = 'DELETE FROM caf_submissions WHERE form_id = $1 AND received_at < $2';

// Keyset pagination: each batch starts after the last row of the one before, so an export of any
// size holds one batch in memory and needs no cursor (which the two databases spell differently).
export const EXPORT_BATCH = `SELECT s.*, c.supersedes AS supersedes FROM caf_submissions s
  LEFT JOIN caf_corrections c ON c.submission_id = s.submission_id
  WHERE s.form_id = $1 AND s.received_at >= $2 AND s.received_at < $3
    AND (s.received_at > $4 OR (s.received_at = $4 AND s.submission_id > $5))
  ORDER BY s.received_at, s.submission_id LIMIT $6`;

export const LINK = `INSERT INTO caf_corrections (submission_id, supersedes, linked_at, linked_by)
  VALUES ($1, $2, $3, $4) ON CONFLICT (submission_id) DO NOTHING`;
export const SUPERSEDES = 'SELECT supersedes FROM caf_corrections WHERE submission_id = $1';
export const SUPERSEDED_BY = 'SELECT submission_id FROM caf_corrections WHERE supersedes = $1 ORDER BY linked_at, submission_id';

const SUMMARY = 'submission_id, form_id, form_version, received_at, submitted_at';

/** The list limited to some forms, newest first. */
export function listFormsQuery(
  formIds: readonly string[],
  limit: number,
  offset: number,
): { rows: string; count: string; params: unknown[]; countParams: unknown[] } {
  const marks = formIds.map((_, i) => `$${i + 1}`).join(', ') || 'NULL';
  const where = `WHERE form_id IN (${marks})`;
  return {
    rows: `SELECT ${SUMMARY} FROM caf_submissions ${where} ORDER BY received_at DESC, submission_id DESC LIMIT $${formIds.length + 1} OFFSET $${formIds.length + 2}`,
    count: `SELECT COUNT(*) AS n FROM caf_submissions ${where}`,
    params: [...formIds, limit, offset],
    countParams: [...formIds],
  };
}
