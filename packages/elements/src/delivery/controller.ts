// Delivery for <caf-form>: posts a submission to the host's action URL, keeps what cannot be
// delivered in the outbox and sends it later, and (opt-in) keeps a draft of the answers.
// A Lit ReactiveController, so that the element only asks it to send, to render its notices and
// its submit button, and passes on the host's method calls.
import { html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import type { Answers, FormStore, SubmissionEnvelope, Translate } from '@caf-forms/core/runtime';
import { cafEvent, type CafSubmitErrorDetail, type CafSubmittedDetail } from '../events.js';
import { type Draft, clearAllDrafts, clearDraft, draftOf, draftStorageKey, loadDraft, restoreDraft, saveDraft } from './drafts.js';
import { type NoticeState, notices } from './notices.js';
import { type FlushResult, type OutboxEntry, clearOutbox, flushOutbox, listOutbox, removeFromOutbox, saveToOutbox, withActionLock } from './outbox.js';
import { type PostOptions, type RetryPolicy, postEnvelope } from './post.js';
import type { ServerResponse } from './response.js';
import { problemsOf } from './server-problems.js';

/** What the controller reads from its element. */
export interface DeliveryHost extends ReactiveControllerHost, HTMLElement {
  action?: string;
  headers?: Record<string, string>;
  autosave: boolean;
  draftKey?: string;
  retry?: Partial<RetryPolicy>;
  data?: Answers;
  readonly: boolean;
  /** When this submission was begun: a restored draft carries its own, earlier time back. */
  startedAt: string;
  readonly renderRoot: HTMLElement | DocumentFragment;
}

/** Typing pauses this long before a draft is written. */
const SAVE_DELAY = 500;

export class DeliveryController implements ReactiveController {
  /** A submission is being posted: the submit button is disabled and says so. */
  sending = false;
  /** This form's submission has been delivered: it is not posted again. */
  private delivered = false;
  private state: NoticeState = { waiting: 0 };
  /** The submission of this form that went to the outbox, to tell the user when it is sent. */
  private queuedId?: string;
  private store?: FormStore;
  private unsubscribe?: () => void;
  private saveTimer?: ReturnType<typeof setTimeout>;
  /** Restoring or starting again changes the store; those changes are not the user's typing. */
  private quiet = false;
  private flushedFor?: string;
  private connected = false;

  constructor(
    private readonly host: DeliveryHost,
    private readonly options: { store: () => FormStore | undefined; t: () => Translate; prefix: string },
  ) {
    host.addController(this);
  }

  get busy(): boolean {
    return this.sending || this.delivered;
  }

  // ---- lifecycle ----

  hostConnected(): void {
    this.connected = true;
    window.addEventListener('online', this.onOnline);
    window.addEventListener('pagehide', this.saveNow);
    // Retry the outbox whenever a form for this action appears (a page load, a new form).
    this.flushedFor = undefined;
    if (this.host.action) this.flushOnce();
  }

  hostDisconnected(): void {
    this.connected = false;
    window.removeEventListener('online', this.onOnline);
    window.removeEventListener('pagehide', this.saveNow);
    this.saveNow();
  }

  /** Runs after the element's willUpdate: a new store (a new definition) is seen before it renders. */
  hostUpdate(): void {
    const store = this.options.store();
    if (store !== this.store) this.attach(store);
  }

  hostUpdated(): void {
    // The action may be set after the element was connected.
    if (this.connected && this.host.action && this.flushedFor !== this.host.action) this.flushOnce();
  }

  private attach(store: FormStore | undefined): void {
    this.unsubscribe?.();
    this.unsubscribe = undefined;
    this.store = store;
    this.delivered = false;
    this.state = { waiting: this.state.waiting };
    if (!store) return;
    // A read-only document shows a submission, not work in progress: no draft in or out.
    if (this.host.autosave && !this.host.readonly) this.restore(store);
    this.unsubscribe = store.subscribe(() => this.scheduleSave());
  }

  // ---- drafts ----

  private draftKey(store: FormStore): string {
    return draftStorageKey(store.model.definition.id, this.host.draftKey || this.host.action || location.pathname);
  }

  private restore(store: FormStore): void {
    const draft: Draft | undefined = loadDraft(this.draftKey(store));
    if (!draft || draft.formId !== store.model.definition.id) return;
    this.quiet = true;
    try {
      const restored = restoreDraft(store, draft);
      if (restored.restored.length || restored.dropped.length) this.state.draft = { changed: restored.changed, dropped: restored.dropped.length > 0 };
      if (restored.restored.length && draft.startedAt && !Number.isNaN(Date.parse(draft.startedAt))) this.host.startedAt = draft.startedAt;
    } finally {
      this.quiet = false;
    }
  }

  private scheduleSave(): void {
    if (!this.host.autosave || this.host.readonly || this.quiet || this.delivered) return;
    clearTimeout(this.saveTimer);
    this.saveTimer = setTimeout(this.saveNow, SAVE_DELAY);
  }

  /** Writes a pending draft now (the page is going away, or the form was removed). */
  private readonly saveNow = (): void => {
    if (this.saveTimer === undefined) return;
    clearTimeout(this.saveTimer);
    this.saveTimer = undefined;
    const store = this.store;
    if (store && this.host.autosave) saveDraft(this.draftKey(store), draftOf(store, this.host.startedAt));
  };

  private dropDraft(): void {
    clearTimeout(this.saveTimer);
    this.saveTimer = undefined;
    this.state.draft = undefined;
    if (this.store) clearDraft(this.draftKey(this.store));
  }

  /** "Start again": forget the draft and go back to the answers the host gave (or none). */
  private readonly startAgain = (): void => {
    const store = this.store;
    if (!store) return;
    this.dropDraft();
    this.quiet = true;
    try {
      store.load(this.host.data ?? {});
    } finally {
      this.quiet = false;
    }
    this.host.requestUpdate();
    void this.host.updateComplete.then(() => this.host.renderRoot.querySelector<HTMLElement>('h2[tabindex="-1"]')?.focus());
  };

  /** Removes every draft on this site (the host's "sign out"), this form's pending one included. */
  clearDrafts(): void {
    this.dropDraft();
    clearAllDrafts();
    this.host.requestUpdate();
  }

  // ---- sending ----

  private postOptions(): PostOptions {
    return { headers: this.host.headers, retry: this.host.retry };
  }

  /** Posts a submission the host did not cancel. Does nothing while one is being sent, or once delivered. */
  send(envelope: SubmissionEnvelope): void {
    const action = this.host.action;
    if (!action || this.busy) return;
    this.sending = true;
    this.state = { ...this.state, outcome: undefined };
    this.store?.setServerProblems([]);
    this.host.requestUpdate();
    void this.deliver(action, envelope);
  }

  private async deliver(action: string, envelope: SubmissionEnvelope): Promise<void> {
    let saved: boolean | undefined;
    const entry: OutboxEntry = { submissionId: envelope.submissionId, action, envelope, savedAt: new Date().toISOString() };
    const result = await withActionLock(action, async () => {
      const sent = await postEnvelope(action, envelope, {
        ...this.postOptions(),
        // Kept on this device as soon as one attempt fails, so that closing the page during the
        // retries loses nothing. A first attempt that succeeds writes nothing to storage.
        onRetryableFailure: async () => {
          saved ??= await saveToOutbox(entry).then(() => true, () => false);
        },
      });
      // Within the lock, so that a flush cannot send it again in between.
      if (sent.ok) await removeFromOutbox(envelope.submissionId).catch(() => undefined);
      else if (sent.kind === 'rejected' && saved) await saveToOutbox({ ...entry, rejected: { status: sent.response.status, message: sent.response.message } }).catch(() => undefined);
      return sent;
    });
    this.sending = false;
    if (result.ok) {
      this.delivered = true;
      this.dropDraft();
      await this.show({ kind: 'sent' }, '.caf-notice');
      this.fire<CafSubmittedDetail>('caf-submitted', { envelope, response: result.response, fromOutbox: false });
    } else if (result.kind === 'rejected') {
      await this.rejected(envelope, result.response);
    } else if (saved) {
      this.queuedId = envelope.submissionId;
      // The answers are in the outbox now; a draft as well would invite submitting them twice.
      this.dropDraft();
      await this.show({ kind: 'saved' }, '.caf-notice');
      this.fire<CafSubmitErrorDetail>('caf-submit-error', { envelope, reason: 'saved', response: result.response, fromOutbox: false });
    } else {
      await this.show({ kind: 'notSaved' }, '.caf-notice');
      this.fire<CafSubmitErrorDetail>('caf-submit-error', { envelope, reason: 'unsaved', response: result.response, fromOutbox: false });
    }
  }

  /** A 4xx: field errors go to their fields through the store; anything else is shown as said. */
  private async rejected(envelope: SubmissionEnvelope, response: ServerResponse): Promise<void> {
    const store = this.store;
    const unplaced = store ? store.setServerProblems(problemsOf(store.model, response.errors)) : response.errors;
    const placed = response.errors.length - unplaced.length;
    const messages = [...(response.message ? [response.message] : []), ...unplaced.map((p) => p.message)];
    await this.show({ kind: 'rejected', status: response.status, messages, fieldErrors: placed > 0 }, '.govuk-error-summary');
    this.fire<CafSubmitErrorDetail>('caf-submit-error', { envelope, reason: placed > 0 ? 'invalid' : 'rejected', response, fromOutbox: false });
  }

  // ---- the outbox ----

  private readonly onOnline = (): void => void this.flush();

  private flushOnce(): void {
    this.flushedFor = this.host.action;
    void this.flush();
  }

  /** Sends what is waiting in the outbox for this form's action; undefined without an action. */
  async flush(): Promise<FlushResult | undefined> {
    const action = this.host.action;
    if (!action) return undefined;
    let result: FlushResult;
    try {
      result = await flushOutbox(action, this.postOptions());
    } catch {
      return undefined; // no IndexedDB (a private window, say): there is no outbox to send
    }
    for (const { entry, result: sent } of result.delivered) {
      if (entry.submissionId === this.queuedId) this.state = { ...this.state, outcome: { kind: 'savedSent' } };
      this.fire<CafSubmittedDetail>('caf-submitted', { envelope: entry.envelope, response: sent.response, fromOutbox: true });
    }
    for (const { entry, result: sent } of result.rejected) {
      this.fire<CafSubmitErrorDetail>('caf-submit-error', { envelope: entry.envelope, reason: 'rejected', response: sent.response, fromOutbox: true });
    }
    this.state = { ...this.state, waiting: result.waiting.filter((e) => !e.rejected).length };
    this.host.requestUpdate();
    return result;
  }

  list(action?: string): Promise<OutboxEntry[]> {
    return listOutbox(action);
  }

  async clear(action?: string): Promise<void> {
    await clearOutbox(action);
    this.state = { ...this.state, waiting: 0 };
    this.host.requestUpdate();
  }

  // ---- rendering ----

  /** The notices at the top of the form. */
  notices(): TemplateResult {
    return notices(this.state, this.options.prefix, this.options.t(), this.startAgain);
  }

  /** The submit button: disabled and reading "Sending…" while a submission is being posted. */
  submitButton(label: string): TemplateResult {
    return html`<button type="submit" class="govuk-button" ?disabled=${this.sending} aria-disabled=${this.sending ? 'true' : nothing}>${this.sending ? this.options.t()('form.sending') : label}</button>`;
  }

  private fire<T>(name: 'caf-submitted' | 'caf-submit-error', detail: T): void {
    this.host.dispatchEvent(cafEvent<T>(name, detail));
  }

  /** Shows the outcome and moves focus to it, so that a screen reader announces it; resolves once
   *  rendered, so that the events that follow find the page in its new state. */
  private async show(outcome: NonNullable<NoticeState['outcome']>, focus: string): Promise<void> {
    this.state = { ...this.state, outcome };
    this.host.requestUpdate();
    await this.host.updateComplete;
    this.host.renderRoot.querySelector<HTMLElement>(focus)?.focus();
  }
}
