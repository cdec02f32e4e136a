// The default store: SQLite in a file, through node-sqlite3-wasm (SQLite compiled to
// WebAssembly, with a file system layer over node:fs). It is the real SQLite: the same file
// format, a rollback journal and fsync on every commit, so an accepted submission is on disk
// before the receiver answers 201 (power loss included: see the journal settings below), and a
// crash mid-write is rolled back on the next open. No native addon (npm here runs no install
// scripts) and nothing to set up.
import { closeSync, fsyncSync, mkdirSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { GET, INSERT, SCHEMA, insertParams, listQuery, recordOf, summaryOf } from './sql.js';
import type { SubmissionStore } from './types.js';
import { governanceSchema } from './governance-sql.js';
import { type SqlRunner, governanceMethods } from './governance.js';
import { groupCommit } from './group-commit.js';

// A CommonJS module that assigns module.exports at run time, which ESM named imports cannot see.
const { Database } = createRequire(import.meta.url)('node-sqlite3-wasm') as typeof import('node-sqlite3-wasm');

type Params = (string | number | null)[];

/** $1 → ?1: SQLite's numbered parameters mean the same as PostgreSQL's. */
const toSqlite = (sql: string): string => sql.replace(/\$(\d+)/g, '?$1');

export const SQLITE_FILE = 'submissions.sqlite';

/** Written to PRAGMA user_version at each open (the table's shape: sql.ts). */
const SCHEMA_VERSION = 1;

/** fsync of a folder: makes the files made or removed in it survive a power cut. */
function syncFolder(dir: string): void {
  const fd = openSync(dir, 'r');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

export function openSqliteStore(dataDir: string): SubmissionStore {
  mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  const file = resolve(dataDir, SQLITE_FILE);
  const releaseFolder = claimFolder(dataDir);
  // The wasm layer locks the file with a "<file>.lock" folder held only while a statement runs;
  // a process killed mid-statement leaves it behind and every later statement would then be
  // "busy". This process owns the data folder (claimFolder), so such a folder is stale.
  rmSync(`${file}.lock`, { recursive: true, force: true });
  let db: InstanceType<typeof Database>;
  try {
    db = new Database(file);
    // Durability across power loss, and speed. synchronous FULL: a commit returns only once
    // it is on disk, so a 201 survives a power cut. The journal: this driver's file layer has
    // no shared memory, so WAL is possible only with the file locked exclusively, which suits
    // (one receiver process owns the data folder: claimFolder). With WAL a commit is one
    // append and one fsync of the -wal file, instead of a rollback journal's three or four
    // fsyncs plus, in the default journal_mode DELETE, an unlink that synchronous FULL does
    // not follow with an fsync of the folder: after a power cut that journal can come back and
    // roll an acknowledged submission away (issue 14). The -wal file's folder entry is made
    // durable once, below; it is then rewound, never removed, until the store closes (after a
    // checkpoint that leaves the database file complete).
    db.exec('PRAGMA locking_mode = EXCLUSIVE; PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL;');
    for (const statement of SCHEMA) db.exec(statement);
    // An erased or purged submission must really be gone: secure_delete overwrites the freed
    // space with zeros instead of leaving the answers readable in the file's free pages.
    db.exec('PRAGMA secure_delete = ON');
    for (const statement of governanceSchema('sqlite')) db.exec(statement);
    // A write, so that the -wal file exists from now on; then the folder is synced once, for
    // the database's and the -wal file's entries.
    db.exec(`PRAGMA user_version = ${SCHEMA_VERSION}`);
    syncFolder(dataDir);
    const mode = db.get('PRAGMA journal_mode') as { journal_mode?: string } | null;
    const sync = db.get('PRAGMA synchronous') as { synchronous?: number } | null;
    if (mode?.journal_mode !== 'wal' || sync?.synchronous !== 2)
      throw new Error(`SQLite did not take the durable settings (journal_mode ${mode?.journal_mode}, synchronous ${sync?.synchronous})`);
  } catch (error) {
    releaseFolder();
    throw error;
  }
  const run = (sql: string, params: unknown[]) => db.run(toSqlite(sql), params as Params);
  const get = (sql: string, params: unknown[]) => db.get(toSqlite(sql), params as Params) as Record<string, unknown> | null;
  const all = (sql: string, params: unknown[]) => db.all(toSqlite(sql), params as Params) as Record<string, unknown>[];
  const commits = groupCommit((records) => {
    db.exec('BEGIN IMMEDIATE');
    try {
      const results = records.map((record) => {
        const { changes } = run(INSERT, insertParams(record));
        const row = get(GET, [record.submissionId]);
        if (!row) throw new Error(`submission ${record.submissionId} was not stored`);
        return { inserted: changes === 1, stored: recordOf(row) };
      });
      db.exec('COMMIT');
      return results;
    } catch (error) {
      if (db.inTransaction) db.exec('ROLLBACK');
      throw error;
    }
  });

  // Statements are synchronous on the one connection, so a transaction cannot interleave with another request's.
  const runner: SqlRunner = {
    rows: async (sql, params) => all(sql, params),
    async atomic(statements) {
      db.exec('BEGIN IMMEDIATE');
      try {
        const changes = statements.map((s) => run(s.sql, s.params).changes);
        db.exec('COMMIT');
        return changes;
      } catch (error) {
        if (db.inTransaction) db.exec('ROLLBACK');
        throw error;
      }
    },
    // The write-ahead log still holds the pages the erased answers were first written to, until
    // it is rewritten: a checkpoint copies what is current into the database file (where
    // secure_delete has zeroed the freed space) and TRUNCATE empties the log.
    async forgetErased() {
      db.exec('PRAGMA wal_checkpoint(TRUNCATE)');
    },
  };

  return {
    ...governanceMethods(runner),
    description: `SQLite file ${file} (journal_mode=wal, synchronous=full)`,
    // Calls are synchronous and this process has one connection, so they never interleave.
    insert: (record) => commits.insert(record),
    async get(submissionId) {
      const row = get(GET, [submissionId]);
      return row ? recordOf(row) : undefined;
    },
    async list(options) {
      const q = listQuery(options);
      return { items: all(q.rows, q.params).map(summaryOf), total: Number(get(q.count, q.countParams)?.n ?? 0) };
    },
    async close() {
      commits.flush();
      if (db.isOpen) db.close();
      releaseFolder();
    },
  };
}

/**
 * One receiver process per data folder: a "receiver.pid" file made exclusively. A file left by
 * a process that no longer runs is taken over; one whose process runs is an error, since two
 * processes writing one file through this SQLite layer is not safe.
 */
function claimFolder(dataDir: string): () => void {
  const pidFile = join(dataDir, 'receiver.pid');
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(pidFile, 'wx', 0o600);
      writeSync(fd, String(process.pid));
      closeSync(fd);
      return () => rmSync(pidFile, { force: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const pid = Number(readFileSync(pidFile, 'utf8'));
      if (pid === process.pid) throw new Error(`${dataDir} is already open in this process: close the other receiver first`, { cause: error });
      if (Number.isInteger(pid) && pid > 0 && isRunning(pid)) throw new Error(`${dataDir} is in use by another receiver (process ${pid})`, { cause: error });
      rmSync(pidFile, { force: true });
    }
  }
  throw new Error(`${dataDir}: could not claim the data folder`);
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
