// Where focus goes after a render: GOV.UK moves it on purpose (to a new page's heading, to a
// question to change, to a new row), and only once the element is on screen.
import type { ReactiveController, ReactiveControllerHost } from 'lit';

export class FocusController implements ReactiveController {
  private pending?: string;

  constructor(private readonly host: ReactiveControllerHost & { readonly renderRoot: HTMLElement | DocumentFragment }) {
    host.addController(this);
  }

  /** Focuses the element with this id once the next render is done. */
  later(id: string): void {
    this.pending = id;
    this.host.requestUpdate();
  }

  /** Focuses the element with this id now. */
  now(id: string): void {
    this.host.renderRoot.querySelector<HTMLElement>(`#${CSS.escape(id)}`)?.focus();
  }

  /** Focuses the first element matching `selector` once the current render is done. */
  async after(selector: string, updated: Promise<unknown>): Promise<void> {
    await updated;
    this.host.renderRoot.querySelector<HTMLElement>(selector)?.focus();
  }

  hostUpdated(): void {
    if (this.pending === undefined) return;
    const id = this.pending;
    this.pending = undefined;
    this.now(id);
  }
}
