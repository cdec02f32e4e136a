// Parts of the element that only some forms need — the matrix chart, the answers as a document
// ("Check your answers", read-only mode), the language switch, translated content — are
// separate chunks of the one-file bundle, loaded when a form is known to need one (LazyParts
// below). A part's module may export `styles`: its CSS comes with it, added to the form's
// shadow root as a constructable stylesheet (pages have a strict CSP: no inline <style>).
import type { CSSResult, ReactiveElement } from 'lit';

/** A dynamic import of a part's module: `() => import('./renderers/matrix.js')`. */
export type PartLoader<T> = () => Promise<T>;
interface PartModule {
  styles?: CSSResult;
}

/** How long a form waits before asking again for a part that failed to load. */
const RETRY_AFTER_MS = 3000;

/** The modules loaded so far, by loader: shared by every form on the page. */
const loadedModules = new Map<PartLoader<unknown>, unknown>();
const loads = new Map<PartLoader<unknown>, Promise<unknown>>();

/** The part's module if it has loaded (what a renderer calls while drawing), else undefined. */
export function loaded<T>(loader: PartLoader<T>): T | undefined {
  return loadedModules.get(loader) as T | undefined;
}

function load<T>(loader: PartLoader<T>): Promise<T> {
  let loading = loads.get(loader) as Promise<T> | undefined;
  if (!loading) {
    loading = loader().then((module) => {
      loadedModules.set(loader, module);
      return module;
    });
    // A failed load (the chunk could not be fetched) may be tried again by the next form.
    loading.catch(() => loads.delete(loader));
    loads.set(loader, loading);
  }
  return loading;
}

/** One form's parts: which it asked for, their styles in its shadow root, and waiting for them. */
export class LazyParts {
  private readonly asked = new Set<PartLoader<unknown>>();
  private readonly pending = new Set<Promise<unknown>>();
  /** Parts asked for and not yet arrived (nor failed). */
  private arriving = 0;

  /** `onLoad` runs when a part this form asked for arrives: the form draws everything again. */
  constructor(
    private readonly host: ReactiveElement,
    private readonly onLoad: () => void,
    private readonly retryAfterMs = RETRY_AFTER_MS,
  ) {}

  /**
   * Asks for a part, as soon as the form knows it needs it (before the render that draws it).
   * True when it is there already (its styles adopted); otherwise it loads, then `onLoad` runs.
   */
  need<T>(loader: PartLoader<T>): boolean {
    const module = loaded(loader);
    if (this.asked.has(loader)) return module !== undefined;
    this.asked.add(loader);
    if (module !== undefined) {
      this.adopt(module as PartModule);
      return true;
    }
    this.arriving++;
    const loading = load(loader).then(
      (m) => {
        this.arriving--; // before onLoad: the render it asks for draws with the part
        this.adopt(m as PartModule);
        this.onLoad();
      },
      () => {
        // Not loaded (a network blip): the form is drawn without the part, and the next update
        // after a pause asks again; not at once, which on a network that is down would be a loop.
        this.arriving--;
        setTimeout(() => this.asked.delete(loader), this.retryAfterMs);
        this.onLoad();
      },
    );
    this.pending.add(loading);
    void loading.finally(() => this.pending.delete(loading));
    return false;
  }

  /** Whether a part this form asked for is still on its way. */
  get loading(): boolean {
    return this.arriving > 0;
  }

  /** Waits for the parts on their way; true when it waited for any (an update is then pending). */
  async settle(): Promise<boolean> {
    if (!this.pending.size) return false;
    await Promise.all(this.pending);
    return true;
  }

  private adopt(module: PartModule): void {
    if (module.styles) adoptStyles(this.host.renderRoot, module.styles);
  }
}

/** Adds a lazily loaded part's stylesheet to the form's shadow root, once. */
export function adoptStyles(root: HTMLElement | DocumentFragment, styles: CSSResult): void {
  const sheet = styles.styleSheet;
  // In light-DOM mode the page styles the govuk classes itself.
  if (!sheet || !(root instanceof ShadowRoot) || root.adoptedStyleSheets.includes(sheet)) return;
  root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
}
