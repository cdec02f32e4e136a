// What <caf-form> keeps on this device: the outbox (submissions not yet confirmed by the server)
// and drafts (answers typed so far). Both live in one IndexedDB database, and every record
// belongs to a person: its `scope` is the opaque id the host gave (`storage-scope`), and only
// the current scope's records are ever read, restored, sent or reported. A record's payload
// (the answers) is sealed: encrypted when the host gave a key (see seal.ts).
//
// No dependency: the few IndexedDB calls needed are wrapped here. A connection is opened per
// operation and closed after it, so that nothing holds the database open (a host or a test can
// delete it), and reading a database that was never written does not create it.
import type { Sealed } from './seal.js';

export const DEVICE_DB = 'caf-forms';
/** Version 1 had the outbox alone, with no scope: its entries belong to nobody (see clearDevice). */
const DB_VERSION = 2;
export type StoreName = 'outbox' | 'drafts';

/** What every stored record has in the clear: enough to find, list and expire it, no answers. */
export interface DeviceRecord {
  /** The record's key: a submissionId (outbox) or a draft key. */
  key: string;
  /** The person it belongs to (the host's storage-scope). */
  scope: string;
  formId: string;
  /** When it was first kept, ms since the epoch (expiry counts from here). */
  savedAt: number;
  sealed: Sealed;
}

const done = <T>(request: IDBRequest<T>): Promise<T> =>
  new Promise((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error('IndexedDB request failed'));
  });

/** IndexedDB can be used here: it exists, and opening it works (private modes may refuse). */
export async function deviceStorageUsable(): Promise<boolean> {
  if (typeof indexedDB === 'undefined') return false;
  try {
    (await open()).close();
    return true;
  } catch {
    return false;
  }
}

async function exists(): Promise<boolean> {
  // databases() is in every current browser; without it, assume it exists (opening creates it).
  if (typeof indexedDB.databases !== 'function') return true;
  return (await indexedDB.databases()).some((d) => d.name === DEVICE_DB);
}

function open(): Promise<IDBDatabase> {
  const request = indexedDB.open(DEVICE_DB, DB_VERSION);
  request.onupgradeneeded = () => {
    const db = request.result;
    // Version 1's outbox is set aside, not deleted (nothing is lost) and never sent: its entries
    // have no scope and might be another person's. clearDevice() removes it.
    if (db.objectStoreNames.contains('outbox') && !db.objectStoreNames.contains('unscoped-outbox'))
      request.transaction!.objectStore('outbox').name = 'unscoped-outbox';
    for (const name of ['outbox', 'drafts']) {
      if (!db.objectStoreNames.contains(name)) db.createObjectStore(name, { keyPath: 'key' }).createIndex('scope', 'scope');
    }
  };
  return done(request).then((db) => {
    db.onversionchange = () => db.close();
    return db;
  });
}

async function withStore<T>(name: StoreName, mode: IDBTransactionMode, use: (store: IDBObjectStore) => IDBRequest<T>): Promise<T> {
  const db = await open();
  try {
    const tx = db.transaction(name, mode);
    // A write counts only once its transaction has committed, not when its request succeeds.
    const committed = new Promise<void>((resolve, reject) => {
      tx.oncomplete = () => resolve();
      tx.onerror = tx.onabort = () => reject(tx.error ?? new Error('IndexedDB transaction failed'));
    });
    committed.catch(() => undefined); // when the request fails, that error is the one reported
    const result = await done(use(tx.objectStore(name)));
    await committed;
    return result;
  } finally {
    db.close();
  }
}

export async function putRecord(name: StoreName, record: DeviceRecord): Promise<void> {
  await withStore(name, 'readwrite', (s) => s.put(record));
}

export async function getRecord<R extends DeviceRecord>(name: StoreName, key: string): Promise<R | undefined> {
  if (!(await exists())) return undefined;
  return withStore(name, 'readonly', (s) => s.get(key) as IDBRequest<R | undefined>);
}

export async function deleteRecord(name: StoreName, key: string): Promise<void> {
  if (await exists()) await withStore(name, 'readwrite', (s) => s.delete(key));
}

/** One person's records, oldest first. Version 1's unscoped outbox entries are never among them. */
export async function recordsOf<R extends DeviceRecord>(name: StoreName, scope: string): Promise<R[]> {
  if (!(await exists())) return [];
  const records = await withStore(name, 'readonly', (s) => s.index('scope').getAll(scope) as IDBRequest<R[]>);
  return records.sort((a, b) => a.savedAt - b.savedAt);
}

/**
 * Removes every record older than `ttl` ms, whoever it belongs to (an expired record is of no
 * use to anyone, and its person may never come back), and returns those of `scope`: only they
 * may be reported to this page.
 */
export async function purgeExpired<R extends DeviceRecord>(name: StoreName, ttl: number, now: number, scope: string): Promise<R[]> {
  if (!(await exists())) return [];
  const all = await withStore(name, 'readonly', (s) => s.getAll() as IDBRequest<R[]>);
  const expired = all.filter((r) => typeof r.savedAt === 'number' && now - r.savedAt > ttl);
  for (const record of expired) await deleteRecord(name, record.key);
  return expired.filter((r) => r.scope === scope);
}

/** Removes one person's drafts and outbox (on signing out), or only the stores named. */
export async function clearScope(scope: string, names: readonly StoreName[] = ['outbox', 'drafts']): Promise<void> {
  for (const name of names) {
    for (const record of await recordsOf(name, scope)) await deleteRecord(name, record.key);
  }
}

/** Removes everything caf-forms keeps on this device, for every person (a shared computer's reset). */
export async function clearDevice(): Promise<void> {
  if (typeof indexedDB !== 'undefined' && (await exists())) {
    await new Promise<void>((resolve, reject) => {
      const request = indexedDB.deleteDatabase(DEVICE_DB);
      request.onsuccess = () => resolve();
      request.onerror = () => reject(request.error ?? new Error('IndexedDB delete failed'));
      // Another tab holding it open closes on versionchange (see open()); until then, wait.
    });
  }
  clearLegacyDrafts();
}

/** Drafts of earlier caf-forms versions were kept in localStorage, unscoped and in plain text: never restored now, only removed. */
function clearLegacyDrafts(): void {
  try {
    const keys = Array.from({ length: localStorage.length }, (_, i) => localStorage.key(i)).filter((k): k is string => !!k?.startsWith('caf-forms:draft:'));
    keys.forEach((k) => localStorage.removeItem(k));
  } catch {
    // storage disabled: nothing to clear
  }
}
