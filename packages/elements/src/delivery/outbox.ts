// The outbox: one person's submissions that the server has not yet confirmed, kept on this
// device (device-store.ts) until it does, or until they expire or the person discards them.
//
// An envelope is written here before its first attempt (it is "frozen"): a second click, a
// retry, a reload or another tab all send that same envelope, with the same submissionId, so a
// receiver keeps one record however often it arrives.
import type { SubmissionEnvelope } from '@caf-forms/core/runtime';
import { type DeviceRecord, deleteRecord, putRecord, recordsOf } from './device-store.js';
import { type Failure, type PostOptions, type PostResult, postEnvelope } from './post.js';
import { SealedError, seal, unseal } from './seal.js';

/** Where an entry stands: being sent, or why its last attempt did not deliver it. */
export type OutboxStatus = 'sending' | Failure;

export interface OutboxEntry {
  submissionId: string;
  /** Where it goes. */
  action: string;
  envelope: SubmissionEnvelope;
  /** When it was first kept, ms since the epoch. */
  savedAt: number;
  status: OutboxStatus;
  /** The server's refusal, for an entry it would not take: its status, and its words (its
   *  message, then any field errors' messages) to show the person. */
  refusal?: { status: number; messages: string[] };
}

/** The stored form: what is needed to find and expire it in the clear; the rest sealed. */
interface OutboxRecord extends DeviceRecord {
  action: string;
  status: OutboxStatus;
}
interface OutboxPayload {
  envelope: SubmissionEnvelope;
  refusal?: OutboxEntry['refusal'];
}

/** Whose outbox, and the key that seals it. */
export interface Owner {
  scope: string;
  key?: CryptoKey;
}

export async function keep(owner: Owner, entry: OutboxEntry): Promise<void> {
  const payload: OutboxPayload = { envelope: entry.envelope, ...(entry.refusal ? { refusal: entry.refusal } : {}) };
  const record: OutboxRecord = {
    key: entry.submissionId,
    scope: owner.scope,
    formId: entry.envelope.formId,
    savedAt: entry.savedAt,
    action: entry.action,
    status: entry.status,
    sealed: await seal(payload, owner.key),
  };
  await putRecord('outbox', record);
}

export async function forget(submissionId: string): Promise<void> {
  await deleteRecord('outbox', submissionId);
}

export interface Listed {
  entries: OutboxEntry[];
  /** Entries of this person that cannot be opened with the key given (another session's key). */
  sealedAway: number;
}

/** One person's waiting submissions (for one action, if given), oldest first. */
export async function list(owner: Owner, action?: string): Promise<Listed> {
  const out: Listed = { entries: [], sealedAway: 0 };
  for (const record of await recordsOf<OutboxRecord>('outbox', owner.scope)) {
    if (action !== undefined && record.action !== action) continue;
    try {
      const payload = (await unseal(record.sealed, owner.key)) as OutboxPayload;
      out.entries.push({
        submissionId: record.key,
        action: record.action,
        savedAt: record.savedAt,
        status: record.status,
        envelope: payload.envelope,
        ...(payload.refusal ? { refusal: payload.refusal } : {}),
      });
    } catch (error) {
      if (!(error instanceof SealedError)) throw error;
      out.sealedAway++;
    }
  }
  return out;
}

/** Forgets one person's waiting submissions (for one action, if given): they will not be sent. */
export async function clear(owner: Owner, action?: string): Promise<void> {
  for (const record of await recordsOf<OutboxRecord>('outbox', owner.scope)) {
    if (action === undefined || record.action === action) await forget(record.key);
  }
}

/**
 * Runs `task` while no other task for the same action runs, in this tab or another one (Web
 * Locks), so that two forms, two tabs or a submit and a flush never post the same entry at once.
 * Web Locks exist only in secure contexts: on a plain-http intranet the lock holds within this
 * tab only, and the receiver's idempotency keeps the rare cross-tab race to one record.
 */
export function withActionLock<T>(action: string, task: () => Promise<T>): Promise<T> {
  const name = `caf-forms-outbox ${action}`;
  // Web Locks are missing from browsers before 2022, which old council laptops still run.
  // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition
  if (typeof navigator !== 'undefined' && navigator.locks) return navigator.locks.request(name, task) as Promise<T>;
  const previous = localLocks.get(name) ?? Promise.resolve();
  const run = previous.then(task, task);
  localLocks.set(
    name,
    run.catch(() => undefined),
  );
  return run;
}
const localLocks = new Map<string, Promise<unknown>>();

export interface FlushResult {
  delivered: { entry: OutboxEntry; result: Extract<PostResult, { ok: true }> }[];
  /** Entries the server answered without taking them (refused, signed out, unconfirmed) this time. */
  failed: { entry: OutboxEntry; result: Extract<PostResult, { ok: false }> }[];
  /** This person's entries for this action still waiting, refused ones included. */
  waiting: OutboxEntry[];
  sealedAway: number;
}

/**
 * Sends this person's waiting submissions for this action, oldest first, removing each once the
 * server confirms it. Stops at the first the server cannot be reached for, or that needs the
 * person to sign in again (the rest would meet the same). Refused entries are not sent again:
 * they wait for the person to view, copy or discard them.
 */
export function flush(owner: Owner, action: string, options: PostOptions = {}): Promise<FlushResult> {
  return withActionLock(action, async () => {
    const { entries, sealedAway } = await list(owner, action);
    const result: FlushResult = { delivered: [], failed: [], waiting: [], sealedAway };
    let stop = false;
    for (const entry of entries) {
      if (stop || entry.status === 'refused') {
        result.waiting.push(entry);
        continue;
      }
      const sent = await postEnvelope(action, entry.envelope, options);
      if (sent.ok) {
        await forget(entry.submissionId);
        result.delivered.push({ entry, result: sent });
        continue;
      }
      const kept = withFailure(entry, sent);
      await keep(owner, kept);
      result.waiting.push(kept);
      if (sent.kind !== 'network') result.failed.push({ entry: kept, result: sent });
      stop = sent.kind === 'network' || sent.kind === 'signed-out';
    }
    return result;
  });
}

/** The entry as it stands after this failed attempt. */
export function withFailure(entry: OutboxEntry, sent: Extract<PostResult, { ok: false }>): OutboxEntry {
  const { refusal: _previous, ...rest } = entry;
  if (sent.kind !== 'refused') return { ...rest, status: sent.kind };
  const response = sent.response;
  const messages = [...(response?.message ? [response.message] : []), ...(response?.errors ?? []).map((e) => e.message)];
  return { ...rest, status: 'refused', refusal: { status: response?.status ?? 0, messages } };
}
