// Who the records on this device belong to, for one <caf-form>: the host's storage-scope (and
// its key), once storage has been found usable and what had expired has been removed.
import type { CafStorageExpiredDetail } from '../events.js';
import { type DeviceRecord, deviceStorageUsable, purgeExpired } from './device-store.js';
import type { Owner } from './outbox.js';

const HOUR = 3_600_000;
export const DEFAULT_DRAFT_TTL = 24 * HOUR;
export const DEFAULT_OUTBOX_TTL = 7 * 24 * HOUR;

/**
 * A duration as the attributes take it: "30m", "24h", "7d", "90s", or a number of seconds.
 * Anything else gives the default: a typo must not keep records for ever, nor expire them at once.
 */
export function parseDuration(text: string | undefined, fallback: number): number {
  const match = /^\s*(\d+(?:\.\d+)?)\s*([smhd]?)\s*$/.exec(text ?? '');
  if (!match) return fallback;
  const unit = { '': 1000, s: 1000, m: 60_000, h: HOUR, d: 24 * HOUR }[match[2] as '' | 's' | 'm' | 'h' | 'd'];
  const ms = Number(match[1]) * unit;
  return ms > 0 ? ms : fallback;
}

export interface OwnerSettings {
  scope?: string;
  key?: CryptoKey;
  draftTtl: number;
  outboxTtl: number;
  now: number;
}

/**
 * The owner of this form's records, or undefined when nothing may be kept: no scope was named,
 * or this browser has no usable IndexedDB (a private window may refuse it). Expired records are
 * removed first (everyone's); this person's are passed to `expired` to be reported.
 */
export async function openOwner(settings: OwnerSettings, expired: (detail: CafStorageExpiredDetail) => void): Promise<Owner | undefined> {
  const { scope, key, now } = settings;
  if (!scope) return undefined;
  try {
    if (!(await deviceStorageUsable())) return undefined;
    const age = (r: DeviceRecord): number => now - r.savedAt;
    const drafts = await purgeExpired('drafts', settings.draftTtl, now, scope);
    const outbox = await purgeExpired('outbox', settings.outboxTtl, now, scope);
    if (drafts.length || outbox.length) {
      expired({
        drafts: drafts.map((r) => ({ formId: r.formId, ageMs: age(r) })),
        outbox: outbox.map((r) => ({ submissionId: r.key, formId: r.formId, ageMs: age(r) })),
      });
    }
  } catch {
    return undefined; // storage that fails now would fail later: keep nothing rather than half
  }
  return key ? { scope, key } : { scope };
}
