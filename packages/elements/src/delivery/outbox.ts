// The outbox: submissions that could not be delivered yet, kept in IndexedDB on this device
// until their server answers 2xx (or the host clears them). Keyed by submissionId, so saving
// the same submission again replaces it rather than queueing a second copy.
//
// No dependency: the few IndexedDB calls needed are wrapped here. A connection is opened per
// operation and closed after it, so that nothing holds the database open (a host or a test can
// delete it), and reading an outbox that was never written does not create the database.
import type { SubmissionEnvelope } from '@caf-forms/core/runtime';
import { type PostOptions, type PostResult, postEnvelope } from './post.js';

export const OUTBOX_DB = 'caf-forms';
const STORE = 'outbox';

export interface OutboxEntry {
  submissionId: string;
  /** Where it goes. */
  action: string;
  envelope: SubmissionEnvelope;
  /** When it was first kept, ISO date-time. */
  savedAt: string;
  /** The last refusal (4xx) from the server, if there was one: such an entry is not sent again
   *  automatically (it would be refused again), but is kept until the host clears it. */
  rejected?: { status: number; message?: string };
}

export interface FlushResult {
  delivered: { entry: OutboxEntry; result: Extract<PostResult, { ok: true }> }[];
  rejected: { entry: OutboxEntry; result: Extract<PostResult, { kind: 'rejected' }> }[];
  /** Entries for this action still waiting. */
  waiting: OutboxEntry[];
}

const done = <T>(request: IDBRequest<T>): Promise<T> =>
  new Promise((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error('IndexedDB request failed'));
  });

async function exists(): Promise<boolean> {
  // databases() is in every current browser; without it, assume it exists (opening creates it).
  if (typeof indexedDB.databases !== 'function') return true;
  return (await indexedDB.databases()).some((d) => d.name === OUTBOX_DB);
}

function open(): Promise<IDBDatabase> {
  const request = indexedDB.open(OUTBOX_DB, 1);
  request.onupgradeneeded = () => request.result.createObjectStore(STORE, { keyPath: 'submissionId' });
  return done(request).then((db) => {
    db.onversionchange = () => db.close();
    return db;
  });
}

async function withStore<T>(mode: IDBTransactionMode, use: (store: IDBObjectStore) => IDBRequest<T>): Promise<T> {
  const db = await open();
  try {
    const tx = db.transaction(STORE, mode);
    // A write counts only once its transaction has committed, not when its request succeeds.
    const committed = new Promise<void>((resolve, reject) => {
      tx.oncomplete = () => resolve();
      tx.onerror = tx.onabort = () => reject(tx.error ?? new Error('IndexedDB transaction failed'));
    });
    committed.catch(() => undefined); // when the request fails, that error is the one reported
    const result = await done(use(tx.objectStore(STORE)));
    await committed;
    return result;
  } finally {
    db.close();
  }
}

export async function saveToOutbox(entry: OutboxEntry): Promise<void> {
  await withStore('readwrite', (s) => s.put(entry));
}

export async function removeFromOutbox(submissionId: string): Promise<void> {
  if (await exists()) await withStore('readwrite', (s) => s.delete(submissionId));
}

/** Every waiting submission (for one action, if given), oldest first. */
export async function listOutbox(action?: string): Promise<OutboxEntry[]> {
  if (!(await exists())) return [];
  const all = await withStore('readonly', (s) => s.getAll() as IDBRequest<OutboxEntry[]>);
  return all.filter((e) => action === undefined || e.action === action).sort((a, b) => a.savedAt.localeCompare(b.savedAt));
}

/** Forgets waiting submissions (for one action, if given): they will not be sent. */
export async function clearOutbox(action?: string): Promise<void> {
  for (const entry of await listOutbox(action)) await removeFromOutbox(entry.submissionId);
}

/**
 * Runs `task` while no other task for the same action runs, in this tab or another one (Web
 * Locks), so that two forms, two tabs or a submit and a flush never post the same entry at once.
 */
export function withActionLock<T>(action: string, task: () => Promise<T>): Promise<T> {
  const name = `caf-forms-outbox ${action}`;
  if (typeof navigator !== 'undefined' && navigator.locks) return navigator.locks.request(name, task) as Promise<T>;
  const previous = localLocks.get(name) ?? Promise.resolve();
  const run = previous.then(task, task);
  localLocks.set(name, run.catch(() => undefined));
  return run;
}
const localLocks = new Map<string, Promise<unknown>>();

/**
 * Sends every waiting submission for this action, oldest first, removing each after a 2xx.
 * Stops at the first that cannot get through (the server is still down); skips those already refused.
 */
export function flushOutbox(action: string, options: PostOptions = {}): Promise<FlushResult> {
  return withActionLock(action, async () => {
    const result: FlushResult = { delivered: [], rejected: [], waiting: [] };
    const entries = await listOutbox(action);
    let reachable = true;
    for (const entry of entries) {
      if (!reachable || entry.rejected) {
        result.waiting.push(entry);
        continue;
      }
      const sent = await postEnvelope(action, entry.envelope, options);
      if (sent.ok) {
        await removeFromOutbox(entry.submissionId);
        result.delivered.push({ entry, result: sent });
      } else if (sent.kind === 'rejected') {
        const kept = { ...entry, rejected: { status: sent.response.status, message: sent.response.message } };
        await saveToOutbox(kept);
        result.rejected.push({ entry: kept, result: sent });
        result.waiting.push(kept);
      } else {
        reachable = false;
        result.waiting.push(entry);
      }
    }
    return result;
  });
}
