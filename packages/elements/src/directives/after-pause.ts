// Text that changes only once the user has paused: a live region that announced every keystroke
// would talk over the typing (govuk-frontend's character count waits about a second, too).
import { noChange } from 'lit';
import { AsyncDirective, directive } from 'lit/async-directive.js';

class AfterPause extends AsyncDirective {
  private timer?: ReturnType<typeof setTimeout>;
  private shown?: string;

  render(text: string, delay: number): unknown {
    if (this.shown === undefined) {
      this.shown = text; // the first render says it at once: nothing is being typed yet
      return text;
    }
    clearTimeout(this.timer);
    if (text === this.shown) return noChange;
    this.timer = setTimeout(() => {
      this.shown = text;
      if (this.isConnected) this.setValue(text);
    }, delay);
    return noChange;
  }

  protected override disconnected(): void {
    clearTimeout(this.timer);
  }
}

/** Renders `text`, but after the first render only once it has stayed the same for `delay` ms. */
export const afterPause = directive(AfterPause);
