// Delivery (posting, the outbox, drafts and their notices) is needed only by a form with an
// `action` or `autosave`: its code loads with the first such form, so a page that only shows
// or prints forms does not download it. Until it has loaded, the form shows no notices and a
// plain submit button, and a submit waits for it.
import { html, nothing, type TemplateResult } from 'lit';
import type { SubmissionEnvelope } from '@caf-forms/core/runtime';
import type { DeliveryController, DeliveryHost, DeliveryOptions } from './controller.js';
import type { FlushResult, OutboxEntry } from './outbox.js';
import { adoptStyles } from '../lazy-part.js';

export class LazyDelivery {
  private controller?: DeliveryController;
  private loading?: Promise<DeliveryController>;
  private settled = false;

  constructor(
    private readonly host: DeliveryHost,
    private readonly options: DeliveryOptions,
  ) {
    const loadIfUsed = (): void => {
      if (this.host.action || this.host.autosave) void this.load();
    };
    host.addController({ hostConnected: loadIfUsed, hostUpdated: loadIfUsed });
  }

  /** The controller, loading it first if need be (the host's outbox and draft methods use it too). */
  load(): Promise<DeliveryController> {
    this.loading ??= import('./controller.js').then(({ DeliveryController, styles }) => {
      adoptStyles(this.host.renderRoot, styles);
      // Added to a connected host, it is connected at once; the update asked for here lets it
      // see the store (and restore a draft) before the next render.
      this.controller = new DeliveryController(this.host, this.options);
      this.host.requestUpdate();
      return this.controller;
    });
    return this.loading;
  }

  /**
   * Waits for a load under way, and for a draft being restored; true when it waited for either
   * (the update they asked for may still be pending).
   */
  async settle(): Promise<boolean> {
    if (!this.loading) return false;
    let waited = false;
    if (!this.settled) {
      await this.loading;
      this.settled = true;
      waited = true;
    }
    return (await this.controller?.settle()) || waited;
  }

  /** Sending, or sent: a second click never posts twice. */
  get busy(): boolean {
    return this.controller?.busy ?? false;
  }

  /** A submission was made and not refused: later submits send it again, unchanged. */
  get frozen(): boolean {
    return this.controller?.frozen !== undefined;
  }

  send(envelope: SubmissionEnvelope): void {
    if (this.controller) this.controller.send(envelope);
    else if (this.host.action) void this.load().then((controller) => controller.send(envelope));
  }

  resend(): void {
    this.controller?.resend();
  }

  notices(): TemplateResult | typeof nothing {
    return this.controller?.notices() ?? nothing;
  }

  submitButton(label: string): TemplateResult {
    return this.controller?.submitButton(label) ?? html`<button type="submit" class="govuk-button">${label}</button>`;
  }

  async flush(): Promise<FlushResult | undefined> {
    return (await this.load()).flush();
  }

  async list(action?: string): Promise<OutboxEntry[]> {
    return (await this.load()).list(action);
  }

  async clear(action?: string): Promise<void> {
    return (await this.load()).clear(action);
  }

  async clearDrafts(): Promise<void> {
    return (await this.load()).clearDrafts();
  }

  async clearStorage(): Promise<void> {
    return (await this.load()).clearStorage();
  }
}
