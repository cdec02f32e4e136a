// Drafts: what the user has typed so far, kept on this device so that a reload, a crash or being
// called away does not lose 45 minutes of work. Only with autosave on and a storage-scope (the
// person they belong to): these are sensitive records, often on shared computers, so by default
// nothing is written anywhere. Drafts live beside the outbox (device-store.ts), sealed like it,
// and expire (draft-ttl) counted from their last save.
//
// A draft holds inputs (what was typed: a date as three strings, a half-typed email), not
// answers, so the form comes back exactly as it was left. It records the definition's id and
// version; restored into another version, only inputs whose question still exists with the
// same type (and, for choices, options that still exist) come back.
import type { Field, FormStore } from '@caf-forms/core/runtime';
import { type DeviceRecord, deleteRecord, getRecord, putRecord } from './device-store.js';
import type { Owner } from './outbox.js';
import { seal, unseal } from './seal.js';

export interface Draft {
  formId: string;
  version: string;
  /** ISO date-time of the last save. */
  savedAt: string;
  /** ISO date-time the work began (the submission's startedAt). */
  startedAt?: string;
  /** The submission's id once the person has pressed Submit: a restored draft sends under the same id. */
  submissionId?: string;
  /** Top-level field id → its input (a repeatable group's: an array of row inputs). */
  inputs: Record<string, unknown>;
  /** Field id → its type when saved, rows' fields included: a changed type is not restored. */
  types: Record<string, string>;
}

export interface Restored {
  /** The form's version differs from the draft's. */
  changed: boolean;
  /** Field ids whose saved input was dropped because the form no longer has that question. */
  dropped: string[];
  restored: string[];
}

/** A draft's key: per person, per form, and per the host's key (a child's record, say) or page. */
export const draftStorageKey = (scope: string, formId: string, name: string): string => JSON.stringify([scope, formId, name]);

export function draftOf(store: FormStore, startedAt: string, submissionId?: string): Draft {
  const inputs: Record<string, unknown> = {};
  const types: Record<string, string> = {};
  for (const [id, node] of store.model.fields) {
    types[id] = node.field.type;
    if (node.repeat) continue;
    const input = store.input(id);
    if (input !== undefined) inputs[id] = input;
  }
  const { id: formId, version } = store.model.definition;
  return { formId, version, savedAt: new Date().toISOString(), startedAt, ...(submissionId ? { submissionId } : {}), inputs, types };
}

/** Saves; false when the browser refuses (storage full or disabled): autosave is best effort. */
export async function saveDraft(owner: Owner, key: string, draft: Draft, now: number): Promise<boolean> {
  try {
    const record: DeviceRecord = { key, scope: owner.scope, formId: draft.formId, savedAt: now, sealed: await seal(draft, owner.key) };
    await putRecord('drafts', record);
    return true;
  } catch {
    return false;
  }
}

/** The person's draft under this key; undefined if none, or unreadable (damaged, or sealed with another key). */
export async function loadDraft(owner: Owner, key: string): Promise<Draft | undefined> {
  try {
    const record = await getRecord('drafts', key);
    if (!record || record.scope !== owner.scope) return undefined;
    const draft = (await unseal(record.sealed, owner.key)) as Partial<Draft> | null;
    // What was stored may be from an older version or damaged, whatever the type says.
    // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition
    if (!draft || typeof draft.inputs !== 'object' || draft.inputs === null || typeof draft.formId !== 'string') return undefined;
    return {
      formId: draft.formId,
      version: String(draft.version),
      savedAt: String(draft.savedAt),
      inputs: draft.inputs,
      types: draft.types ?? {},
      ...(typeof draft.startedAt === 'string' ? { startedAt: draft.startedAt } : {}),
      ...(typeof draft.submissionId === 'string' ? { submissionId: draft.submissionId } : {}),
    };
  } catch {
    return undefined; // unreadable storage or a damaged draft: start with an empty form
  }
}

export async function clearDraft(key: string): Promise<void> {
  try {
    await deleteRecord('drafts', key);
  } catch {
    // storage unusable: there is nothing to clear
  }
}

/** Puts a draft's inputs into the store, keeping only those that still fit the form. */
export function restoreDraft(store: FormStore, draft: Draft): Restored {
  const out: Restored = { changed: draft.version !== store.model.definition.version, dropped: [], restored: [] };
  for (const [id, input] of Object.entries(draft.inputs)) {
    const node = store.model.fields.get(id);
    const fitted = node && !node.repeat && sameType(draft, id, node.field) ? fit(store, node.field, input, draft) : undefined;
    if (fitted === undefined) {
      out.dropped.push(id);
      continue;
    }
    store.setInput(id, fitted);
    out.restored.push(id);
  }
  return out;
}

const sameType = (draft: Draft, id: string, field: Field): boolean => draft.types[id] === undefined || draft.types[id] === field.type;

/** The part of a saved input that the current field can take; undefined when none of it can. */
function fit(store: FormStore, field: Field, input: unknown, draft: Draft): unknown {
  if (field.type === 'repeat') {
    if (!Array.isArray(input)) return undefined;
    const rowFields = store.model.rowFields.get(field.id) ?? [];
    return input.map((row: unknown) => {
      const kept: Record<string, unknown> = {};
      for (const node of rowFields) {
        const value = (row as Record<string, unknown> | null)?.[node.id];
        const fitted = value === undefined || !sameType(draft, node.id, node.field) ? undefined : fit(store, node.field, value, draft);
        if (fitted !== undefined) kept[node.id] = fitted;
      }
      return kept;
    });
  }
  const options = 'options' in field && Array.isArray(field.options) ? new Set(field.options.map((o) => o.value)) : undefined;
  if (!options) return input;
  if (typeof input === 'string') return input === '' || options.has(input) ? input : undefined;
  if (Array.isArray(input)) return input.filter((v) => options.has(v as string));
  return input;
}
