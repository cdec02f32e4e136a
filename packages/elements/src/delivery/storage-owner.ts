// The person this form's device records belong to (the host's storage-scope, sealed with its
// storage key): opened once per scope and key, after checking that storage works and removing
// expired records, and opened again when the host names someone else (signing in as another worker).
import { cafEvent, type CafStorageExpiredDetail } from '../events.js';
import { DEFAULT_DRAFT_TTL, DEFAULT_OUTBOX_TTL, openOwner, parseDuration } from './device-owner.js';
import type { DeliveryHost } from './host.js';
import type { Owner } from './outbox.js';

export class StorageOwner {
  private opened?: { scope?: string; key?: CryptoKey; ready: Promise<Owner | undefined> };

  constructor(
    private readonly host: DeliveryHost,
    private readonly now: () => number,
    /** Told, once the person is opened, whether anything can be kept (the user is told before they start). */
    private readonly stored: (stored: boolean) => void,
  ) {}

  /** True when a person was opened and the host now names another one (or another key). */
  get changed(): boolean {
    return this.opened !== undefined && (this.opened.scope !== this.host.storageScope || this.opened.key !== this.host.storageKey);
  }

  /** The person, once storage is known to work and expired records are gone; undefined when nothing may be kept. */
  get(): Promise<Owner | undefined> {
    const { storageScope: scope, storageKey: key } = this.host;
    if (this.opened && this.opened.scope === scope && this.opened.key === key) return this.opened.ready;
    const ready = openOwner(
      {
        scope,
        key,
        now: this.now(),
        draftTtl: parseDuration(this.host.draftTtl, DEFAULT_DRAFT_TTL),
        outboxTtl: parseDuration(this.host.outboxTtl, DEFAULT_OUTBOX_TTL),
      },
      (detail) => this.host.dispatchEvent(cafEvent<CafStorageExpiredDetail>('caf-storage-expired', detail)),
    ).then((owner) => {
      this.stored(owner !== undefined);
      return owner;
    });
    this.opened = { scope, key, ready };
    return ready;
  }
}
