// The submission envelope: what <caf-form> emits and posts, and what a server validates.
import type { FormDefinition } from './definition.js';
import type { FormStore } from './store.js';
import type { SubmissionEnvelope } from './protocol.js';

export type { SubmissionEnvelope } from './protocol.js';

/** The part of Web Crypto (browsers and Node 20 alike) that ids need; core is typed without the DOM. */
interface WebCrypto {
  randomUUID?: () => string;
  getRandomValues<T extends Uint8Array>(array: T): T;
}

/**
 * A random (version 4) UUID. `crypto.randomUUID` exists only in secure contexts (https or
 * localhost); a council intranet served over plain http has `getRandomValues` alone, so the id
 * is made from that there: the same 122 random bits, the same format.
 */
export function newSubmissionId(): string {
  const crypto = (globalThis as unknown as { crypto: WebCrypto }).crypto;
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = (bytes[6]! & 0x0f) | 0x40; // version 4
  bytes[8] = (bytes[8]! & 0x3f) | 0x80; // RFC 4122 variant
  const hex = Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

export function createEnvelope(
  definition: FormDefinition,
  store: FormStore,
  options: { submissionId?: string; startedAt?: string; now?: Date; lang?: string } = {},
): SubmissionEnvelope {
  const now = (options.now ?? new Date()).toISOString();
  return {
    formId: definition.id,
    formVersion: definition.version,
    submissionId: options.submissionId ?? newSubmissionId(),
    startedAt: options.startedAt ?? now,
    submittedAt: now,
    ...(options.lang ? { lang: options.lang } : {}),
    data: store.data(),
    computed: store.computed(),
  };
}
