// Shared set-up for the delivery tests: a backend channel of test/support/test-server.mjs per
// test, forms placed so that a listener is attached before they connect, and storage resets.
import type { SubmissionEnvelope } from '@caf-forms/core';
import '../../packages/elements/src/define.js';
import type { CafForm } from '../../packages/elements/src/caf-form.js';
import { DEVICE_DB, clearDevice } from '../../packages/elements/src/delivery/device-store.js';
import { byId, formOf, root, type } from './helpers.js';

export const definition = formOf([
  { type: 'text', id: 'name', label: 'Full name', required: true },
  { type: 'email', id: 'email', label: 'Email address' },
  { type: 'date', id: 'dob', label: 'Date of birth', required: true },
]);

/** Retries at once: tests never wait on a clock. */
export const fastRetry = { attempts: 3, baseDelay: 0, maxDelay: 0, timeout: 5000 };

let channels = 0;
/** A fresh action URL on the test backend. */
export const newAction = (): string => `/delivery-test/t${Date.now()}-${++channels}/submit`;

export interface Plan {
  fail503?: number;
  down?: boolean;
  status?: number;
  body?: unknown;
  hang?: number;
  redirect?: boolean;
  html200?: boolean;
  noId?: boolean;
  storeThen504?: number;
  storeThenHold?: boolean;
}
export async function plan(action: string, p: Plan): Promise<void> {
  await fetch(action.replace(/submit$/, 'plan'), { method: 'POST', body: JSON.stringify(p) });
}

export interface Log {
  attempts: { key: string; headers: Record<string, string>; status: number | string }[];
  received: { key: string; body: SubmissionEnvelope }[];
}
export async function log(action: string): Promise<Log> {
  return (await (await fetch(action.replace(/submit$/, 'log'))).json()) as Log;
}

const placed: CafForm[] = [];

/** The person most tests fill forms in as (the host's storage-scope). */
export const WORKER_A = 'worker-a';
export const WORKER_B = 'worker-b';

type Props = Pick<
  CafForm,
  'action' | 'autosave' | 'draftKey' | 'headers' | 'retry' | 'definition' | 'storageScope' | 'storageKey' | 'draftTtl' | 'outboxTtl' | 'clock' | 'paged'
>;

/**
 * A <caf-form> with these properties (by default filled in by WORKER_A), connected after `listen`
 * has attached its listeners (the outbox is sent as the element connects, so a listener added
 * later could miss the event).
 */
export async function place(props: Partial<Props>, listen?: (el: CafForm) => void): Promise<CafForm> {
  const el = document.createElement('caf-form');
  Object.assign(el, { definition, retry: fastRetry, storageScope: WORKER_A, ...props });
  listen?.(el);
  document.body.append(el);
  placed.push(el);
  await el.updateComplete;
  return el;
}

/** Removes the forms the test placed (their drafts are written as they go, like on leaving a page). */
export function removeAll(): void {
  placed.splice(0).forEach((el) => el.remove());
}

export async function resetStorage(): Promise<void> {
  removeAll();
  await clearDevice();
}

/** Every record in the device database's store, as stored (sealed payloads included). */
export async function rawRecords(store: 'outbox' | 'drafts'): Promise<Record<string, unknown>[]> {
  const dbs = await indexedDB.databases();
  if (!dbs.some((d) => d.name === DEVICE_DB)) return [];
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    const request = indexedDB.open(DEVICE_DB);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error('IndexedDB request failed'));
  });
  try {
    if (!db.objectStoreNames.contains(store)) return [];
    return await new Promise((resolve, reject) => {
      const request = db.transaction(store).objectStore(store).getAll();
      request.onsuccess = () => resolve(request.result as Record<string, unknown>[]);
      request.onerror = () => reject(request.error ?? new Error('IndexedDB request failed'));
    });
  } finally {
    db.close();
  }
}

/** Resolves with the next event of this name; fails the test (not a timing assertion) after 10 s. */
export function next<K extends keyof GlobalEventHandlersEventMap>(el: HTMLElement, name: K): Promise<GlobalEventHandlersEventMap[K]> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no ${name} event`)), 10_000);
    el.addEventListener(
      name,
      (e) => {
        clearTimeout(timer);
        resolve(e);
      },
      { once: true },
    );
  });
}

export async function fillValid(el: CafForm): Promise<void> {
  await type(el, byId(el, 'name'), 'Sally Example');
  for (const [part, v] of [
    ['day', '27'],
    ['month', '3'],
    ['year', '2014'],
  ] as const)
    await type(el, byId(el, `dob-${part}`), v);
}

export const submitButton = (el: CafForm): HTMLButtonElement => root(el).querySelector<HTMLButtonElement>('button[type=submit]')!;
export const text = (el: CafForm, selector: string): string => root(el).querySelector(selector)?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
