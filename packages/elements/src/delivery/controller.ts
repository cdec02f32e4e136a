// Delivery for <caf-form>: posts a submission to the host's action URL, keeps what the server
// has not confirmed in the person's outbox and sends it later, and (opt-in) keeps a draft.
// A Lit ReactiveController, so that the element only asks it to send, to render its notices and
// its submit button, and passes on the host's method calls. Its parts, one concept each: the
// person's storage (storage-owner.ts), one kept attempt (send-kept.ts), what a failure tells the
// person and the page (outcomes.ts), the notices (notices.ts), drafts (draft-keeper.ts), the
// outbox (outbox.ts) and the refused submissions shown for a decision (refused.ts).
//
// The rules it keeps (README, "Posting it"):
// - Delivered means confirmed: only the receiver's 2xx JSON naming the submission counts.
// - The envelope is frozen before the first attempt (written to the outbox when the host named a
//   storage-scope): a second click, a retry, a reload and a restored draft send that same envelope.
// - Nothing is kept on the device without a storage-scope, and only that person's records are read,
//   sent, restored or reported.
import { css, html, nothing, type ReactiveController, type TemplateResult } from 'lit';
import type { FormStore, SubmissionEnvelope } from '@caf-forms/core/runtime';
import { addEnglish } from '../messages.js';
import { deliveryEn } from '../messages/en-delivery.js';
import { cafEvent, type CafSubmitErrorDetail, type CafSubmittedDetail } from '../events.js';
import { clearScope } from './device-store.js';
import { DraftKeeper } from './draft-keeper.js';
import type { DeliveryHost, DeliveryOptions } from './host.js';
import { type NoticeState, notices } from './notices.js';
import { type Failed, type Told, notDelivered, queuedFailed, refusal } from './outcomes.js';
import { type FlushResult, type OutboxEntry, clear, flush, forget, list } from './outbox.js';
import type { PostOptions } from './post.js';
import { RefusedEntries } from './refused.js';
import type { ServerResponse } from './response.js';
import { sendKept } from './send-kept.js';
import { StorageOwner } from './storage-owner.js';
import { govukNotificationBannerCss } from '../generated/govuk-notification-banner.css.js';
import { govukSummaryListCss } from '../generated/govuk-summary-list.css.js';
import { govukSummaryCardCss } from '../generated/govuk-summary-card.css.js';

addEnglish(deliveryEn); // this chunk's words, before any notice is drawn

/** The notices' CSS, loaded with this chunk (lazy.ts adds it to the form's shadow root): banners, and a refused submission's answers. */
export const styles = css`
  ${govukNotificationBannerCss}
  ${govukSummaryListCss}
  ${govukSummaryCardCss}
`;

export type { DeliveryHost, DeliveryOptions, FormSession } from './host.js';

export class DeliveryController implements ReactiveController {
  /** A submission is being posted: the submit button is disabled and says so. */
  sending = false;
  /** This form's submission has been delivered: it is not posted again. */
  private delivered = false;
  /** The envelope submitted (not refused): every later attempt sends exactly this. */
  frozen?: SubmissionEnvelope;
  private frozenAt = 0;
  private state: NoticeState = { waiting: 0 };
  /** This person's earlier submissions the server refused, waiting for a decision. */
  private readonly refused: RefusedEntries;
  private store?: FormStore;
  private unsubscribe?: () => void;
  private flushedFor?: string;
  private connected = false;
  private readonly owner: StorageOwner;
  private readonly drafts: DraftKeeper;
  /** A draft being restored: the element's updateComplete waits for it. */
  private restoring?: Promise<void>;

  constructor(
    private readonly host: DeliveryHost,
    private readonly options: DeliveryOptions,
  ) {
    this.owner = new StorageOwner(
      host,
      () => this.now(),
      (stored) => {
        if (this.state.notStored === !stored) return;
        this.state = { ...this.state, notStored: !stored };
        this.host.requestUpdate();
      },
    );
    this.drafts = new DraftKeeper(
      host,
      options.session,
      () => this.owner.get(),
      () => this.now(),
    );
    this.refused = new RefusedEntries(host);
    host.addController(this);
  }

  get busy(): boolean {
    return this.sending || this.delivered;
  }

  private now(): number {
    return this.host.clock?.() ?? Date.now();
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
    // The action, or the person, may be set after the element was connected.
    const scopeChanged = this.owner.changed;
    if (scopeChanged) {
      this.refused.show([]);
      this.state = { waiting: 0 };
      this.flushedFor = undefined;
    }
    if (this.connected && this.host.action && this.flushedFor !== this.host.action) this.flushOnce();
    else if (scopeChanged) void this.owner.get();
  }

  private attach(store: FormStore | undefined): void {
    this.unsubscribe?.();
    this.unsubscribe = undefined;
    this.store = store;
    this.delivered = false;
    this.frozen = undefined;
    this.drafts.done = false;
    this.state = { waiting: this.state.waiting, notStored: this.state.notStored };
    void this.owner.get();
    if (!store) return;
    // A read-only document shows a submission, not work in progress: no draft in or out.
    if (this.host.autosave && !this.host.readonly) this.restoring = this.restore(store);
    this.unsubscribe = store.subscribe(() => this.drafts.schedule(store));
  }

  /** Waits for a draft being restored; true if there was one to wait for. */
  async settle(): Promise<boolean> {
    const restoring = this.restoring;
    if (!restoring) return false;
    await restoring;
    if (this.restoring === restoring) this.restoring = undefined;
    return true;
  }

  // ---- drafts ----

  private async restore(store: FormStore): Promise<void> {
    const restored = await this.drafts.restore(store, () => this.store === store);
    if (!restored) return;
    this.state = { ...this.state, draft: restored };
    this.host.requestUpdate();
  }

  private readonly saveNow = (): void => this.drafts.saveNow(this.store);

  private dropDraft(): Promise<unknown> {
    this.state = { ...this.state, draft: undefined };
    return this.drafts.drop(this.store);
  }

  /** "Start again": forget the draft and go back to the answers the host gave (or none). */
  private readonly startAgain = (): void => {
    const store = this.store;
    if (!store) return;
    this.state = { ...this.state, draft: undefined };
    void this.drafts.startOver(store, this.host.data ?? {});
    this.host.requestUpdate();
    void this.host.updateComplete.then(() => this.host.renderRoot.querySelector<HTMLElement>('h2[tabindex="-1"]')?.focus());
  };

  /** Removes this person's drafts, this form's pending one included. */
  async clearDrafts(): Promise<void> {
    await this.dropDraft();
    const owner = await this.owner.get();
    if (owner) await clearScope(owner.scope, ['drafts']);
    this.host.requestUpdate();
  }

  /** Removes this person's drafts and outbox (on signing out). */
  async clearStorage(): Promise<void> {
    await this.dropDraft();
    const owner = await this.owner.get();
    if (owner) await clearScope(owner.scope);
    this.refused.show([]);
    this.state = { ...this.state, waiting: 0 };
    this.host.requestUpdate();
  }

  // ---- sending ----

  private postOptions(): PostOptions {
    return { headers: this.host.headers, retry: this.host.retry };
  }

  /** Posts a submission the host did not cancel, freezing it: later attempts send it unchanged. */
  send(envelope: SubmissionEnvelope): void {
    if (!this.host.action || this.busy) return;
    this.frozen = envelope;
    this.frozenAt = this.now();
    void this.deliver(envelope);
  }

  /** "Try sending again": the frozen envelope, as it was. */
  resend(): void {
    if (this.frozen && !this.busy) void this.deliver(this.frozen);
  }

  private async deliver(envelope: SubmissionEnvelope): Promise<void> {
    const action = this.host.action;
    if (!action) return;
    this.sending = true;
    this.state = { ...this.state, outcome: undefined };
    this.store?.setServerProblems([]);
    this.host.requestUpdate();
    try {
      const owner = await this.owner.get();
      const { result, kept } = await sendKept(action, envelope, this.frozenAt, owner, this.postOptions(), () => this.dropDraft());
      this.sending = false;
      if (result.ok) await this.markDelivered(envelope, result.response, false);
      else if (result.kind === 'refused') await this.rejected(envelope, result, false);
      else await this.tell(notDelivered(envelope, result, kept, false));
    } catch {
      // Nothing the server can answer may leave the form stuck on "Sending…": treat it as unreachable.
      this.sending = false;
      await this.tell(notDelivered(envelope, { ok: false, kind: 'network', detail: 'unexpected error while sending' }, false, false));
    } finally {
      this.sending = false;
      this.host.requestUpdate();
    }
  }

  private async markDelivered(envelope: SubmissionEnvelope, response: ServerResponse, fromOutbox: boolean): Promise<void> {
    this.delivered = true;
    this.drafts.done = true;
    await this.dropDraft();
    await this.show({ kind: fromOutbox ? 'savedSent' : 'sent' }, '.caf-notice');
    this.fire<CafSubmittedDetail>('caf-submitted', { envelope, response, fromOutbox });
  }

  /** Not delivered (yet): the notice takes focus, then the page hears of it. */
  private async tell({ outcome, detail }: Told): Promise<void> {
    await this.show(outcome, '.caf-notice');
    this.fire<CafSubmitErrorDetail>('caf-submit-error', detail);
  }

  /** A refusal of this form's submission: the answers can be corrected and submitted again. */
  private async rejected(envelope: SubmissionEnvelope, failed: Failed, fromOutbox: boolean): Promise<void> {
    this.frozen = undefined;
    // 409: the server holds other answers under this id; the corrected ones need an id of their own.
    if (failed.response?.status === 409) this.options.session.submissionId = undefined;
    const { outcome, detail, placed } = refusal(this.store, envelope, failed, fromOutbox);
    await this.show(outcome, '.govuk-error-summary');
    if (placed) this.options.onFieldErrors();
    this.fire<CafSubmitErrorDetail>('caf-submit-error', detail);
  }

  // ---- the outbox ----

  private readonly onOnline = (): void => void this.flush();

  private flushOnce(): void {
    this.flushedFor = this.host.action;
    void this.flush();
  }

  /** Sends what is waiting in this person's outbox for this form's action; undefined when nothing can be kept. */
  async flush(): Promise<FlushResult | undefined> {
    const action = this.host.action;
    const owner = await this.owner.get();
    if (!action || !owner) return undefined;
    let result: FlushResult;
    try {
      result = await flush(owner, action, this.postOptions());
    } catch {
      return undefined; // storage failed under us: nothing was sent or lost
    }
    const mine = this.frozen?.submissionId;
    for (const { entry, result: sent } of result.delivered) {
      if (entry.submissionId === mine) await this.markDelivered(entry.envelope, sent.response, true);
      else this.fire<CafSubmittedDetail>('caf-submitted', { envelope: entry.envelope, response: sent.response, fromOutbox: true });
    }
    for (const { entry, result: sent } of result.failed) {
      if (entry.submissionId === mine && sent.kind === 'refused') {
        await forget(entry.submissionId).catch(() => undefined);
        await this.rejected(entry.envelope, sent, true);
      } else if (entry.submissionId === mine) {
        await this.tell(notDelivered(entry.envelope, sent, true, true));
      } else {
        this.fire<CafSubmitErrorDetail>('caf-submit-error', queuedFailed(entry, sent));
      }
    }
    const others = result.waiting.filter((e) => e.submissionId !== this.frozen?.submissionId);
    this.refused.show(others.filter((e) => e.status === 'refused'));
    this.state = { ...this.state, waiting: others.filter((e) => e.status !== 'refused').length };
    this.host.requestUpdate();
    return result;
  }

  async list(action?: string): Promise<OutboxEntry[]> {
    const owner = await this.owner.get();
    return owner ? (await list(owner, action)).entries : [];
  }

  async clear(action?: string): Promise<void> {
    const owner = await this.owner.get();
    if (owner) await clear(owner, action);
    this.refused.show([]);
    this.state = { ...this.state, waiting: 0 };
    this.host.requestUpdate();
  }

  // ---- rendering ----

  /** The notices at the top of the form. */
  notices(): TemplateResult {
    const t = this.options.t();
    return html`${this.refused.render(this.store?.model.definition, this.options.prefix, t)}${notices(this.state, this.options.prefix, t, this.startAgain)}`;
  }

  /** The submit button: disabled and reading "Sending…" while sending; "Try sending again" once frozen and not delivered. */
  submitButton(label: string): TemplateResult {
    const t = this.options.t();
    const text = this.sending ? t('form.sending') : this.frozen && !this.delivered ? t('delivery.sendAgain') : label;
    return html`<button type="submit" class="govuk-button" ?disabled=${this.sending} aria-disabled=${this.sending ? 'true' : nothing}>${text}</button>`;
  }

  // The type argument is given at each call, which checks the detail against its event's type.
  // eslint-disable-next-line @typescript-eslint/no-unnecessary-type-parameters
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
