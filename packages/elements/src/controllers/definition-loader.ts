// Loading a definition from `src`: fetched when src changes, the last one asked for wins, and a
// failure is shown and told to the host (caf-load-error) with its reason. The element reads
// `definition` here; it never writes to its own public properties.
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Translate } from '../messages.js';
import { cafEvent, type CafLoadErrorDetail } from '../events.js';

export class DefinitionLoader implements ReactiveController {
  /** The definition fetched from the current src, once it has arrived. */
  definition?: unknown;
  /** What to show when it could not be loaded. */
  error?: string;
  private requested?: string;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement & { src?: string; definition?: unknown },
    private readonly t: () => Translate,
  ) {
    host.addController(this);
  }

  hostUpdated(): void {
    // A definition given directly wins: nothing is fetched for it.
    const src = this.host.definition === undefined ? this.host.src : undefined;
    if (src && src !== this.requested) void this.load(src);
  }

  private async load(src: string): Promise<void> {
    this.requested = src;
    this.error = undefined;
    let failure: CafLoadErrorDetail | undefined;
    let loaded: unknown;
    try {
      const response = await fetch(src);
      if (!response.ok) failure = { src, reason: 'status', status: response.status, message: `${response.status} ${response.statusText}`.trim() };
      else {
        const text = await response.text();
        try {
          loaded = JSON.parse(text) as unknown;
        } catch {
          failure = { src, reason: 'not-json', status: response.status, message: 'the answer was not JSON' };
        }
      }
    } catch (error) {
      failure = { src, reason: 'network', message: error instanceof Error ? error.message : String(error) };
    }
    if (this.requested !== src) return; // src changed while this one was loading
    if (failure) {
      this.definition = undefined;
      this.error = this.t()('form.loadFailed', { src, reason: failure.message });
      this.host.dispatchEvent(cafEvent<CafLoadErrorDetail>('caf-load-error', failure));
    } else {
      this.definition = loaded;
    }
    this.host.requestUpdate();
  }
}
