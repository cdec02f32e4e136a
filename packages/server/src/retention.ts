// Retention: each form's submissions are kept for a configured number of days after they were
// received, then purged, at start-up and once a day after (the timer is unref'd, so it never
// keeps a process alive). Each purge writes its count to the audit trail as "system". The clock
// is injectable, so a test can move time on without waiting.
import type { AuditTrail } from './audit.js';
import type { SubmissionStore } from './store/index.js';

/** formId (or '*' for every other form) → days to keep. Forms with neither are kept. */
export type RetentionConfig = Readonly<Record<string, number>>;

export function parseRetention(value: unknown): RetentionConfig {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new Error('retention must be a JSON object: { "<formId or *>": days }');
  for (const [form, days] of Object.entries(value)) {
    if (!Number.isInteger(days) || (days as number) < 1) throw new Error(`retention for "${form}" must be a whole number of days, at least 1`);
  }
  return value as RetentionConfig;
}

const DAY_MS = 86_400_000;

export interface RetentionOptions {
  store: SubmissionStore;
  audit: AuditTrail;
  retention: RetentionConfig;
  /** The forms this receiver knows (a '*' rule applies to each that has no rule of its own). */
  formIds: readonly string[];
  now: () => Date;
  log: (line: string) => void;
  /** How often after the first purge (default one day). */
  everyMs?: number;
}

export interface RetentionJob {
  /** Purges now; resolves with the count per form. */
  run(): Promise<Record<string, number>>;
  stop(): void;
}

export function startRetention(options: RetentionOptions): RetentionJob {
  const { store, audit, retention, now, log } = options;
  const forms = [...new Set([...options.formIds, ...Object.keys(retention).filter((k) => k !== '*')])].sort();
  let running: Promise<Record<string, number>> | undefined;
  const purgeAll = async (): Promise<Record<string, number>> => {
    const counts: Record<string, number> = {};
    for (const formId of forms) {
      const days = retention[formId] ?? retention['*'];
      if (days === undefined) continue;
      const receivedBefore = new Date(now().getTime() - days * DAY_MS).toISOString();
      const purged = await store.purge(formId, receivedBefore);
      counts[formId] = purged;
      await audit.record('system', 'purge', { formId, detail: { purged, receivedBefore, retentionDays: days } });
    }
    return counts;
  };
  // One purge at a time: a slow one is not overlapped by the next tick.
  const run = (): Promise<Record<string, number>> =>
    (running ??= purgeAll().finally(() => {
      running = undefined;
    }));
  const timer = setInterval(() => {
    run().catch((error: unknown) => log(`caf-forms receiver: retention purge failed: ${error instanceof Error ? error.message : String(error)}`));
  }, options.everyMs ?? DAY_MS);
  timer.unref();
  return { run, stop: () => clearInterval(timer) };
}
