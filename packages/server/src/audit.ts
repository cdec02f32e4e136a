// The audit trail as the admin routes use it: every action by a named person (or the
// development token, or the system's retention purge) becomes one append-only row before the
// answer goes out, so nothing is shown or removed without a record. Rows hold ids, counts,
// dates, addresses and reasons: never an answer from a submission.
import type { AuditEntry, SubmissionStore } from './store/index.js';

export type AuditFields = Omit<AuditEntry, 'at' | 'actor' | 'action'>;

export class AuditTrail {
  constructor(
    private readonly store: SubmissionStore,
    private readonly now: () => Date,
  ) {}

  entry(actor: string, action: AuditEntry['action'], fields: AuditFields = {}): AuditEntry {
    return { at: this.now().toISOString(), actor, action, ...fields };
  }

  record(actor: string, action: AuditEntry['action'], fields: AuditFields = {}): Promise<void> {
    return this.store.appendAudit(this.entry(actor, action, fields));
  }
}
