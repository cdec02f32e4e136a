// The governance methods (governance-types.ts), written once over three primitives that each
// store provides: read rows, run a statement, run statements in one transaction.
import { summaryOf, recordOf } from './sql.js';
import {
  ERASE,
  ERASE_LINK,
  EXPORT_BATCH,
  INSERT_AUDIT,
  LINK,
  PURGE,
  PURGE_LINKS,
  SUPERSEDED_BY,
  SUPERSEDES,
  auditQuery,
  listFormsQuery,
} from './governance-sql.js';
import type { AuditAction, AuditEntry, AuditRecord, GovernanceStore } from './governance-types.js';

export type Row = Record<string, unknown>;
export interface Statement {
  sql: string;
  params: unknown[];
}

export interface SqlRunner {
  rows(sql: string, params: unknown[]): Promise<Row[]>;
  /** Runs the statements in one transaction (all or none); the rows each changed. */
  atomic(statements: readonly Statement[]): Promise<number[]>;
  /** After rows were erased or purged: leaves no copy of them anywhere the store keeps bytes (SQLite's write-ahead log). */
  forgetErased?(): Promise<void>;
}

const page = (o: { limit?: number; offset?: number } = {}): [number, number] => [
  Math.min(500, Math.max(1, Math.floor(o.limit ?? 50))),
  Math.max(0, Math.floor(o.offset ?? 0)),
];

export function auditStatement(e: AuditEntry): Statement {
  return {
    sql: INSERT_AUDIT,
    params: [e.at, e.actor, e.action, e.formId ?? null, JSON.stringify(e.submissionIds ?? []), e.reason ?? null, JSON.stringify(e.detail ?? {})],
  };
}

/** A text column as text (the drivers type every column as unknown). */
const sqlText = (value: unknown): string => (typeof value === 'string' ? value : typeof value === 'number' || typeof value === 'bigint' ? String(value) : '');

function auditOf(row: Row): AuditRecord {
  return {
    id: Number(row.id),
    at: String(row.at),
    actor: String(row.actor),
    action: String(row.action) as AuditAction,
    formId: row.form_id === null ? null : sqlText(row.form_id),
    submissionIds: JSON.parse(String(row.submission_ids)) as string[],
    reason: row.reason === null ? null : sqlText(row.reason),
    detail: JSON.parse(String(row.detail)) as AuditRecord['detail'],
  };
}

export function governanceMethods(db: SqlRunner): GovernanceStore {
  return {
    async appendAudit(entry) {
      await db.atomic([auditStatement(entry)]);
    },
    async listAudit(options) {
      const [limit, offset] = page(options);
      const q = auditQuery(limit, offset, options?.submissionId);
      const [count] = await db.rows(q.count, q.countParams);
      return { items: (await db.rows(q.rows, q.params)).map(auditOf), total: Number(count?.n ?? 0) };
    },
    async erase(submissionId, audit) {
      const [, erased] = await db.atomic([{ sql: ERASE_LINK, params: [submissionId] }, { sql: ERASE, params: [submissionId] }, auditStatement(audit)]);
      if (erased === 1) await db.forgetErased?.();
      return erased === 1;
    },
    async purge(formId, receivedBefore) {
      const [, purged] = await db.atomic([
        { sql: PURGE_LINKS, params: [formId, receivedBefore] },
        { sql: PURGE, params: [formId, receivedBefore] },
      ]);
      if (purged) await db.forgetErased?.();
      return purged ?? 0;
    },
    async *exportRange({ formId, from, to, batchSize = 200 }) {
      let after = { receivedAt: '', submissionId: '' };
      for (;;) {
        const rows = await db.rows(EXPORT_BATCH, [formId, from, to, after.receivedAt, after.submissionId, batchSize]);
        for (const row of rows) yield { ...recordOf(row), ...(row.supersedes ? { supersedes: sqlText(row.supersedes) } : {}) };
        const last = rows.at(-1);
        if (!last || rows.length < batchSize) return;
        after = { receivedAt: String(last.received_at), submissionId: String(last.submission_id) };
      }
    },
    async linkCorrection({ submissionId, supersedes, linkedAt, linkedBy }) {
      const [changed] = await db.atomic([{ sql: LINK, params: [submissionId, supersedes, linkedAt, linkedBy] }]);
      if (changed !== 1) throw new Error(`submission ${submissionId} already supersedes another`);
    },
    async corrections(submissionId) {
      const [earlier] = await db.rows(SUPERSEDES, [submissionId]);
      const later = await db.rows(SUPERSEDED_BY, [submissionId]);
      return { ...(earlier ? { supersedes: String(earlier.supersedes) } : {}), supersededBy: later.map((r) => String(r.submission_id)) };
    },
    async listForms(formIds, options) {
      const [limit, offset] = page(options);
      const q = listFormsQuery(formIds, limit, offset);
      const [count] = await db.rows(q.count, q.countParams);
      return { items: (await db.rows(q.rows, q.params)).map(summaryOf), total: Number(count?.n ?? 0) };
    },
  };
}
