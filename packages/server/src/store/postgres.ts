// PostgreSQL, when DATABASE_URL is set: the same table and SQL as SQLite (sql.ts), through
// `pg` (pure JavaScript). Kept small on purpose: the statements are shared, so only the
// connection and the row reading live here. Not exercised by this repository's tests, which
// have no PostgreSQL server to talk to.
import pg from 'pg';
import { GET, INSERT, SCHEMA, insertParams, listQuery, recordOf, summaryOf } from './sql.js';
import type { SubmissionStore } from './types.js';
import { governanceSchema } from './governance-sql.js';
import { type SqlRunner, governanceMethods } from './governance.js';

export async function openPostgresStore(connectionString: string): Promise<SubmissionStore> {
  const pool = new pg.Pool({ connectionString, max: 5 });
  // An idle connection that breaks (the server restarted) must not take the process down; the
  // next query opens a new one.
  pool.on('error', (error) => console.error(`caf-forms receiver: PostgreSQL: ${error.message}`));
  for (const statement of [...SCHEMA, ...governanceSchema('postgres')]) await pool.query(statement);
  const rows = async (sql: string, params: unknown[]) => (await pool.query(sql, params)).rows as Record<string, unknown>[];
  const runner: SqlRunner = {
    rows,
    async atomic(statements) {
      const client = await pool.connect();
      try {
        await client.query('BEGIN');
        const changes: number[] = [];
        for (const s of statements) changes.push((await client.query(s.sql, s.params)).rowCount ?? 0);
        await client.query('COMMIT');
        return changes;
      } catch (error) {
        await client.query('ROLLBACK').catch(() => {});
        throw error;
      } finally {
        client.release();
      }
    },
  };
  return {
    ...governanceMethods(runner),
    description: `PostgreSQL ${safeUrl(connectionString)}`,
    async insert(record) {
      const { rowCount } = await pool.query(INSERT, insertParams(record));
      const [row] = await rows(GET, [record.submissionId]);
      if (!row) throw new Error(`submission ${record.submissionId} was not stored`);
      return { inserted: rowCount === 1, stored: recordOf(row) };
    },
    async get(submissionId) {
      const [row] = await rows(GET, [submissionId]);
      return row ? recordOf(row) : undefined;
    },
    async list(options) {
      const q = listQuery(options);
      const [count] = await rows(q.count, q.countParams);
      return { items: (await rows(q.rows, q.params)).map(summaryOf), total: Number(count?.n ?? 0) };
    },
    close: () => pool.end(),
  };
}

/** The URL without its password, for the start-up message. */
function safeUrl(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = '***';
    return u.toString();
  } catch {
    return '(DATABASE_URL)';
  }
}
