// Paged mode: one section per page with Back and Continue, then "Check your answers", whose
// Change links return to a question and come back. Holds which page is on screen; the element
// asks it where to go and renders what it says.
import type { ReactiveControllerHost } from 'lit';
import type { FormStore, Problem, Section } from '@caf-forms/core/runtime';
import type { FocusController } from './focus.js';

export class PagedNavigation {
  /** The section on screen, as an index into the sections shown. */
  page = 0;
  /** The "Check your answers" page is on screen. */
  reviewing = false;
  /** The user came from "Check your answers" to change an answer, and goes back there. */
  private returnToReview = false;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly focus: FocusController,
    private readonly prefix: string,
  ) {}

  /** A new form starts at its first page. */
  reset(): void {
    this.page = 0;
    this.reviewing = false;
    this.returnToReview = false;
  }

  /** The sections the answers so far show. */
  sections(store: FormStore): Section[] {
    return store.model.definition.sections.filter((s) => store.isSectionVisible(s.id));
  }

  current(store: FormStore): Section | undefined {
    const sections = this.sections(store);
    return sections[Math.min(this.page, sections.length - 1)];
  }

  /** Continue from a page with no problems: the next page, or "Check your answers". */
  next(store: FormStore): void {
    const sections = this.sections(store);
    if (this.current(store) === sections[sections.length - 1] || this.returnToReview) {
      this.reviewing = true;
      this.returnToReview = false;
      this.focus.later(`${this.prefix}check-answers`);
    } else {
      this.goTo(store, Math.min(this.page + 1, sections.length - 1));
    }
  }

  back(store: FormStore): void {
    const last = this.sections(store).length - 1;
    this.goTo(store, this.reviewing ? last : Math.max(0, Math.min(this.page, last) - 1));
  }

  /** A Change link: the question's page, focus on `focusId`; Continue then returns to the review. */
  change(store: FormStore, fieldId: string, focusId: string): void {
    const node = store.model.fields.get(fieldId);
    if (!node) return;
    this.page = Math.max(0, this.sections(store).indexOf(node.section));
    this.reviewing = false;
    this.returnToReview = true;
    this.focus.later(focusId);
  }

  /** Problems found: the page of the first, so that its summary can link to the inputs. */
  showProblem(store: FormStore, problems: readonly Problem[], returnToReview = false): void {
    const first = problems[0];
    if (!first) return;
    const index = this.sections(store).findIndex((s) => s.id === sectionOfPath(store, first.path));
    if (index < 0) return;
    this.reviewing = false;
    if (returnToReview) this.returnToReview = true;
    this.page = index;
    this.host.requestUpdate();
  }

  private goTo(store: FormStore, page: number): void {
    this.reviewing = false;
    this.page = page;
    this.focus.later(`${this.prefix}section-${this.current(store)?.id ?? ''}`);
  }
}

/** The section a problem's path is in ('people.0.who' is in the section of 'people'). */
export function sectionOfPath(store: FormStore, path: string): string | undefined {
  return store.model.fields.get(path.split('.')[0] ?? '')?.section.id;
}
