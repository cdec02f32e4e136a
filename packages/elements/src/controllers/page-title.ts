// The page's title says what is on screen, as a GOV.UK service's does: "Error: " before it after
// a submit that found problems (the first thing a screen reader says on a reloaded page), and in
// paged mode the section (or "Check your answers") before the form's title. The element touches
// the host's title by default; `keep-page-title` turns it off. The title the page had is put back
// when the form is removed.
import type { ReactiveController, ReactiveControllerHost } from 'lit';

export class PageTitle implements ReactiveController {
  /** The title the page had before this form changed it. */
  private original?: string;
  private set?: string;

  constructor(host: ReactiveControllerHost) {
    host.addController(this);
  }

  /** Sets the title to these parts, most specific first, after "Error: " when there are problems. */
  show(parts: readonly string[], errorPrefix: string | undefined): void {
    if (typeof document === 'undefined') return;
    this.original ??= document.title;
    const base = this.original ? [...parts, this.original] : parts;
    const title = `${errorPrefix ?? ''}${[...new Set(base)].filter(Boolean).join(' – ')}`;
    if (title !== document.title) document.title = title;
    this.set = title;
  }

  /** Gives the page its own title back (the host turned this off, or the form went away). */
  restore(): void {
    if (this.original !== undefined && document.title === this.set) document.title = this.original;
    this.original = undefined;
    this.set = undefined;
  }

  hostDisconnected(): void {
    this.restore();
  }
}
