// Group commit for a synchronous database (SQLite here): the inserts that arrive while one
// commit is being written are written together, in one transaction, at the next turn of the
// event loop. Each caller's promise settles only after that transaction has committed (and,
// under synchronous FULL, reached the disk), so each 201 still means "stored"; but 50
// concurrent submissions cost one fsync instead of fifty, which is what keeps latency low
// under load. If the transaction fails, every insert in it fails (and none is stored).
import type { StoredSubmission } from './types.js';

export type InsertResult = { inserted: boolean; stored: StoredSubmission };

export interface GroupCommit {
  insert(record: StoredSubmission): Promise<InsertResult>;
  /** Writes what is waiting now (before closing). */
  flush(): void;
}

export function groupCommit(writeAll: (records: StoredSubmission[]) => InsertResult[]): GroupCommit {
  let waiting: { record: StoredSubmission; resolve: (r: InsertResult) => void; reject: (e: unknown) => void }[] = [];
  let scheduled = false;
  const flush = (): void => {
    scheduled = false;
    const batch = waiting;
    waiting = [];
    if (batch.length === 0) return;
    let results: InsertResult[];
    try {
      results = writeAll(batch.map((w) => w.record));
    } catch (error) {
      for (const w of batch) w.reject(error);
      return;
    }
    batch.forEach((w, i) => w.resolve(results[i]!));
  };
  return {
    insert(record) {
      return new Promise((resolve, reject) => {
        waiting.push({ record, resolve, reject });
        if (!scheduled) {
          scheduled = true;
          setImmediate(flush);
        }
      });
    },
    flush,
  };
}
