// PostgreSQL, when DATABASE_URL is set: the same table and SQL as SQLite (sql.ts), through
// `pg` (pure JavaScript). Kept small on purpose: the statements are shared, so only the
// connection and the row reading live here. The receiver tests run against it when
// CAF_TEST_DATABASE_URL is set (CI starts Debian's PostgreSQL).
//
// Bounded waits: a database that is down, or up but not answering (a frozen host, a network
// that drops packets), must not hold requests open. Connecting (and waiting for a free pooled
// connection) gives up after connectionTimeoutMs; a statement after statementTimeoutMs, twice
// over: the server cancels it (statement_timeout) and the client stops waiting for an answer
// (query_timeout), which is what ends the wait when the server cannot even be reached. Both
// surface as StoreUnavailableError: the receiver answers 503 with Retry-After.
import type { ConnectionOptions } from 'node:tls';
import pg from 'pg';
import { GET, INSERT, SCHEMA, insertParams, listQuery, recordOf, summaryOf } from './sql.js';
import type { SubmissionStore } from './types.js';
import { governanceSchema } from './governance-sql.js';
import { type SqlRunner, governanceMethods } from './governance.js';
import { guarded, isPostgresUnavailable } from './unavailable.js';

export interface PostgresOptions {
  /** Give up connecting, or waiting for a pooled connection, after this long (default 5000 ms). */
  connectionTimeoutMs?: number;
  /** Give up on a statement after this long (default 5000 ms). */
  statementTimeoutMs?: number;
  /**
   * TLS to the server: true, or node:tls options (e.g. { ca, rejectUnauthorized: true }).
   * Given, it replaces any ssl settings in the URL; not given, the URL's sslmode (and
   * sslrootcert, …) apply, as pg reads them.
   */
  ssl?: boolean | ConnectionOptions;
  /** Connections in the pool (default 10). */
  max?: number;
}

export const DEFAULT_POSTGRES_TIMEOUT_MS = 5000;

const SSL_PARAMS = ['ssl', 'sslmode', 'sslcert', 'sslkey', 'sslrootcert', 'sslnegotiation'];

export async function openPostgresStore(connectionString: string, options: PostgresOptions = {}): Promise<SubmissionStore> {
  const statementTimeout = options.statementTimeoutMs ?? DEFAULT_POSTGRES_TIMEOUT_MS;
  const pool = new pg.Pool({
    connectionString: options.ssl === undefined ? connectionString : withoutSslParams(connectionString),
    ...(options.ssl === undefined ? {} : { ssl: options.ssl }),
    max: options.max ?? 10,
    connectionTimeoutMillis: options.connectionTimeoutMs ?? DEFAULT_POSTGRES_TIMEOUT_MS,
    statement_timeout: statementTimeout,
    query_timeout: statementTimeout,
    idle_in_transaction_session_timeout: statementTimeout,
    keepAlive: true,
    application_name: 'caf-forms-receiver',
  });
  // An idle connection that breaks (the server restarted) must not take the process down; the
  // next query opens a new one.
  pool.on('error', (error) => console.error(`caf-forms receiver: PostgreSQL: ${error.message}`));
  const run = <T>(operation: () => Promise<T>): Promise<T> => guarded(operation, isPostgresUnavailable);
  try {
    await run(async () => {
      for (const statement of [...SCHEMA, ...governanceSchema('postgres')]) await pool.query(statement);
    });
  } catch (error) {
    await pool.end().catch(() => {});
    throw error;
  }
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
    insert: (record) =>
      run(async () => {
        const { rowCount } = await pool.query(INSERT, insertParams(record));
        const [row] = await rows(GET, [record.submissionId]);
        if (!row) throw new Error(`submission ${record.submissionId} was not stored`);
        return { inserted: rowCount === 1, stored: recordOf(row) };
      }),
    get: (submissionId) =>
      run(async () => {
        const [row] = await rows(GET, [submissionId]);
        return row ? recordOf(row) : undefined;
      }),
    list: (options) =>
      run(async () => {
        const q = listQuery(options);
        const [count] = await rows(q.count, q.countParams);
        return { items: (await rows(q.rows, q.params)).map(summaryOf), total: Number(count?.n ?? 0) };
      }),
    close: () => pool.end(),
  };
}

function withoutSslParams(url: string): string {
  try {
    const u = new URL(url);
    for (const name of SSL_PARAMS) u.searchParams.delete(name);
    return u.toString();
  } catch {
    return url;
  }
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
