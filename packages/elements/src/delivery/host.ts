// What delivery reads from its <caf-form>, and what the element gives it: the element's
// properties (action, storage-scope, autosave…), its store and words, and its submission in progress.
import type { ReactiveControllerHost } from 'lit';
import type { Answers, FormStore } from '@caf-forms/core/runtime';
import type { Translate } from '../messages.js';
import type { RetryPolicy } from './post.js';

/** What the controller reads from its element. */
export interface DeliveryHost extends ReactiveControllerHost, HTMLElement {
  action?: string;
  headers?: Record<string, string>;
  autosave: boolean;
  draftKey?: string;
  retry?: Partial<RetryPolicy>;
  data?: Answers;
  readonly: boolean;
  /** The person whose device records these are; without it nothing is kept. */
  storageScope?: string;
  /** Seals what is kept (AES-GCM). */
  storageKey?: CryptoKey;
  draftTtl?: string;
  outboxTtl?: string;
  /** The time, in ms since the epoch (tests inject one). */
  clock?: () => number;
  readonly renderRoot: HTMLElement | DocumentFragment;
}

/** The element's submission in progress, which delivery may bring back from a draft. */
export interface FormSession {
  /** When the work began (the envelope's startedAt): a restored draft carries its own, earlier time back. */
  startedAt: string;
  /** Made at the first submit, reused on every attempt; a restored draft may bring it back. */
  submissionId?: string;
}

export interface DeliveryOptions {
  store: () => FormStore | undefined;
  t: () => Translate;
  prefix: string;
  session: FormSession;
  /** A refusal placed errors at fields (a 422): the element shows them (in paged mode, goes to their page). */
  onFieldErrors: () => void;
}
