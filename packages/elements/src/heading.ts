// Headings at a level the host can move. A page that has its own h1 (a council's page title)
// sets heading-level="2": the form's title becomes an h2, its sections h3, and every heading
// inside follows, so the page keeps one h1 and an unbroken outline (WCAG 1.3.1, 2.4.6).
import { html, nothing, type TemplateResult } from 'lit';

export interface HeadingOptions {
  id?: string;
  /** Takes focus from code (tabindex="-1"): a section's heading on a new page, "Check your answers". */
  focusable?: boolean;
}

/** The level of the form's title that a host asked for: a whole number from 1 to 6, else 1. */
export function titleLevelOf(asked: unknown): number {
  const n = Number(asked);
  return Number.isInteger(n) && n >= 1 && n <= 6 ? n : 1;
}

/**
 * Whether a form's only section is titled as the form itself (the feedback sheet's "Feedback
 * Sheet"): its h2 would repeat the h1 word for word, so the section's heading is left out and its
 * questions sit directly under the title, their headings one level up.
 */
export function sectionRepeatsTitle(formTitle: string, sections: readonly { title: string }[]): boolean {
  const same = (a: string, b: string): boolean => a.trim().toLocaleLowerCase() === b.trim().toLocaleLowerCase();
  return sections.length === 1 && same(sections[0]!.title, formTitle);
}

/** An h1–h6 (levels past 6 stay at 6, as HTML has no h7). Lit cannot bind a tag name, hence one template per level. */
export function heading(level: number, className: string, content: unknown, options: HeadingOptions = {}): TemplateResult {
  const id = options.id ?? nothing;
  const tabindex = options.focusable ? '-1' : nothing;
  switch (Math.min(Math.max(level, 1), 6)) {
    case 1:
      return html`<h1 class=${className} id=${id} tabindex=${tabindex}>${content}</h1>`;
    case 2:
      return html`<h2 class=${className} id=${id} tabindex=${tabindex}>${content}</h2>`;
    case 3:
      return html`<h3 class=${className} id=${id} tabindex=${tabindex}>${content}</h3>`;
    case 4:
      return html`<h4 class=${className} id=${id} tabindex=${tabindex}>${content}</h4>`;
    case 5:
      return html`<h5 class=${className} id=${id} tabindex=${tabindex}>${content}</h5>`;
    default:
      return html`<h6 class=${className} id=${id} tabindex=${tabindex}>${content}</h6>`;
  }
}
