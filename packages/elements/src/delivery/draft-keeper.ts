// Autosave for one <caf-form>: restores this person's draft when a form starts, writes one a
// moment after typing stops (and when the page goes away), and removes it once the answers are
// safe elsewhere (delivered, or frozen in the outbox). Writes are queued one after another, so a
// removal is never overtaken by a save that started before it.
import type { Answers, FormStore } from '@caf-forms/core/runtime';
import { type Draft, clearDraft, draftOf, draftStorageKey, loadDraft, restoreDraft, saveDraft } from './drafts.js';
import type { Owner } from './outbox.js';
import type { FormSession } from './host.js';

/** Typing pauses this long before a draft is written. */
const SAVE_DELAY = 500;

export interface DraftHost {
  autosave: boolean;
  readonly: boolean;
  draftKey?: string;
  action?: string;
}

export interface RestoredNotice {
  changed: boolean;
  dropped: boolean;
}

export class DraftKeeper {
  private timer?: ReturnType<typeof setTimeout>;
  private writes: Promise<unknown> = Promise.resolve();
  /** Restoring or starting again changes the store; those changes are not the user's typing. */
  quiet = false;
  /** The answers are safe elsewhere: nothing more is saved for this form. */
  done = false;

  constructor(
    private readonly host: DraftHost,
    private readonly session: FormSession,
    private readonly owner: () => Promise<Owner | undefined>,
    private readonly now: () => number,
  ) {}

  private key(owner: Owner, store: FormStore): string {
    return draftStorageKey(owner.scope, store.model.definition.id, this.host.draftKey || this.host.action || location.pathname);
  }

  /** Puts this person's draft into the store; what the notice should say, if anything was restored. */
  async restore(store: FormStore, stillCurrent: () => boolean): Promise<RestoredNotice | undefined> {
    const owner = await this.owner();
    if (!owner || !stillCurrent()) return undefined;
    const draft: Draft | undefined = await loadDraft(owner, this.key(owner, store));
    if (!draft || !stillCurrent() || draft.formId !== store.model.definition.id) return undefined;
    this.quiet = true;
    try {
      const restored = restoreDraft(store, draft);
      if (!restored.restored.length && !restored.dropped.length) return undefined;
      if (restored.restored.length && draft.startedAt && !Number.isNaN(Date.parse(draft.startedAt))) this.session.startedAt = draft.startedAt;
      // Submit had been pressed: sending again must use the same id, or the server could keep two.
      if (draft.submissionId) this.session.submissionId = draft.submissionId;
      return { changed: restored.changed, dropped: restored.dropped.length > 0 };
    } finally {
      this.quiet = false;
    }
  }

  schedule(store: FormStore): void {
    if (!this.host.autosave || this.host.readonly || this.quiet || this.done) return;
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.saveNow(store), SAVE_DELAY);
  }

  /** Writes a pending draft now (the page is going away, or the form was removed). */
  saveNow(store: FormStore | undefined): void {
    if (this.timer === undefined) return;
    clearTimeout(this.timer);
    this.timer = undefined;
    if (!store || !this.host.autosave || this.done) return;
    const draft = draftOf(store, this.session.startedAt, this.session.submissionId);
    void this.queue(async () => {
      const owner = await this.owner();
      if (owner) await saveDraft(owner, this.key(owner, store), draft, this.now());
    });
  }

  /** Removes this form's draft (and any save still waiting). */
  drop(store: FormStore | undefined): Promise<unknown> {
    clearTimeout(this.timer);
    this.timer = undefined;
    if (!store) return this.writes;
    return this.queue(async () => {
      const owner = await this.owner();
      if (owner) await clearDraft(this.key(owner, store));
    });
  }

  /** "Start again": removes the draft and loads these answers instead (not typing: nothing is saved for them). */
  startOver(store: FormStore, answers: Answers): Promise<unknown> {
    const dropped = this.drop(store);
    this.quiet = true;
    try {
      store.load(answers);
    } finally {
      this.quiet = false;
    }
    return dropped;
  }

  private queue(write: () => Promise<void>): Promise<unknown> {
    this.writes = this.writes.then(write).catch(() => undefined);
    return this.writes;
  }
}
