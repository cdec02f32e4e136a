// <caf-form>: renders a caf-forms definition in the GOV.UK style. The core's FormStore owns all
// state (answers, visibility, errors); this element only renders it and turns user actions
// into store calls and DOM events.
import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { guard } from 'lit/directives/guard.js';
import { repeat } from 'lit/directives/repeat.js';
import {
  FormStore,
  quickCheck,
  contentDependencies,
  createEnvelope,
  formatDate,
  domId,
  fieldView,
  isField,
  newSubmissionId,
  directionOf,
  type Answers,
  type Field,
  type FormDefinition,
  type SubmissionEnvelope,
  type Section,
  type DefinitionProblem,
  type FieldView,
  type Item,
  focusPartOf,
} from '@caf-forms/core/runtime';
import type { Translate } from './messages.js';
import { messagesReady, translatorFor } from './messages.js';
import { rendererFor, type RenderContext, type Renderers } from './registry.js';
import { renderContent } from './renderers/content.js';
import { errorSummary } from './error-summary.js';
import { definitionProblems } from './definition-problems.js';
import {
  cafEvent,
  type CafLanguageChangeDetail,
  type CafChangeDetail,
  type CafDefinitionErrorDetail,
  type CafInvalidDetail,
  type CafSubmitDetail,
} from './events.js';
import { styles } from './styles.js';
import { LazyDelivery } from './delivery/lazy.js';
import type { FlushResult, OutboxEntry } from './delivery/outbox.js';
import type { RetryPolicy } from './delivery/post.js';
import { DefinitionLoader } from './controllers/definition-loader.js';
import { heading, sectionRepeatsTitle, titleLevelOf } from './heading.js';
import { NotJsonDefinition, definitionAttribute } from './definition-attribute.js';
import { FocusController } from './controllers/focus.js';
import { PagedNavigation, sectionOfPath } from './controllers/paged-navigation.js';
import { PageTitle } from './controllers/page-title.js';
import { LazyContentLanguage } from './controllers/lazy-content-language.js';
import { carryInputs } from './controllers/carry-inputs.js';
import type { Translations } from './controllers/language-wanted.js';
import { LazyParts, loaded } from './lazy-part.js';
import { answersPart, languageSwitchPart, pagedPart, rtlPart } from './parts.js';
import { partsFor } from './needs.js';
import type { FormSession } from './delivery/controller.js';

let instances = 0;

/**
 * @summary A form rendered from a caf-forms definition, in the GOV.UK Design System style.
 *
 * @fires {CustomEvent<CafChangeDetail>} caf-change - The user changed an answer. detail: { data, computed }.
 * @fires {CustomEvent<CafInvalidDetail>} caf-invalid - A submit found problems; the error summary is shown and focused. detail: { problems }.
 * @fires {CustomEvent<CafSubmitDetail>} caf-submit - A valid submit (cancelable). detail: { envelope }, the submission envelope.
 * @fires {CustomEvent<CafDefinitionErrorDetail>} caf-definition-error - The definition has problems and cannot be shown. detail: { problems }.
 * @fires {CustomEvent<CafLoadErrorDetail>} caf-load-error - `src` could not be loaded. detail: { src, reason, status?, message }.
 * @fires {CustomEvent<CafSubmittedDetail>} caf-submitted - The action URL confirmed a posted submission (2xx JSON naming its submissionId). detail: { envelope, response, fromOutbox }.
 * @fires {CustomEvent<CafSubmitErrorDetail>} caf-submit-error - A posted submission was not delivered. detail: { envelope, reason, kept, detail, response?, fromOutbox }.
 * @fires {CustomEvent<CafStorageExpiredDetail>} caf-storage-expired - Records kept on this device for this person expired and were removed. detail: { drafts, outbox } (ids and ages, no answers).
 * @fires {CustomEvent<CafLanguageChangeDetail>} caf-language-change - The person chose another language in the language switch (`languages`); `lang` is already set. detail: { lang }.
 *
 * @cssprop --caf-font-family - The font of the whole form (default: the system UI font).
 * @cssprop --caf-brand-colour - Colour of the primary button.
 * @cssprop --caf-link-colour - Colour of links (the error summary's links excepted).
 * @cssprop --caf-focus-colour - Colour of the focus highlight.
 * @cssprop --caf-error-colour - Colour of error messages, borders and the error summary.
 */
export class CafForm extends LitElement {
  static override styles = styles;

  /**
   * The form definition (an object; as an attribute, JSON text). It is checked first; a definition
   * with problems lists them instead of a form. An attribute that is not JSON ("[object Object]",
   * from a framework that rendered the tag before its script loaded) is explained, with the fix.
   */
  @property({ converter: definitionAttribute }) definition?: unknown;
  /** A URL to fetch the definition from, when `definition` is not given. */
  @property() src?: string;
  /** Answers to start from (prefill), keyed by section id and field id, as in a submission's data. */
  @property({ attribute: false }) data?: Answers;
  /** Shows the answers as a document to read and print (option labels, tables), with no inputs. */
  @property({ type: Boolean, reflect: true }) readonly = false;
  /** Shows one section at a time, with Continue and Back; each section is checked before the next. */
  @property({ type: Boolean }) paged = false;
  /**
   * The language of the form: its content (from `translations`, or with `src`, the built
   * `<id>.<lang>.json` beside the definition) and its own words (buttons, messages; English,
   * Welsh and Urdu ship, registerMessages adds more). Changing it keeps every answer.
   */
  @property({ reflect: true }) override lang!: string;
  /** Translations of the content by language ({ cy: <forms/i18n/consent.cy.json> }), over fetching them beside `src`. */
  @property({ attribute: false }) translations?: Translations;
  /** Offers the person filling in a choice of these languages ("en cy"), above the form; choosing one sets `lang`. */
  @property() languages?: string;
  /** A submission to show (with `readonly`, as a document): its answers, id and date. */
  @property({ attribute: false }) submission?: SubmissionEnvelope;
  /** Renders into the page's DOM instead of a shadow root, for pages that style govuk classes themselves. */
  @property({ type: Boolean, attribute: 'light-dom' }) lightDom = false;
  /** A URL to POST the submission to (JSON, with an Idempotency-Key); undelivered ones are kept and sent later. See delivery/response.ts for the answers it understands. */
  @property() action?: string;
  /** Extra request headers for the POST, such as a CSRF token. */
  @property({ attribute: false }) headers?: Record<string, string>;
  /** Saves the answers in this browser as they are typed, and restores them on reload. Off by default: these are sensitive records. */
  @property({ type: Boolean }) autosave = false;
  /** Names the draft (e.g. per child record); by default a draft is per form and action (or page). */
  @property({ attribute: 'draft-key' }) draftKey?: string;
  /**
   * The person this device's drafts and outbox belong to: an opaque id the host derives (a hash of
   * the signed-in user, say). Without it nothing is kept on the device, and the user is told so.
   */
  @property({ attribute: 'storage-scope' }) storageScope?: string;
  /** An AES-GCM CryptoKey (e.g. unwrapped from the host's session): everything kept on the device is then encrypted with it. */
  @property({ attribute: false }) storageKey?: CryptoKey;
  /** How long a draft is kept after its last change: "30m", "24h" (the default), "7d", or seconds. */
  @property({ attribute: 'draft-ttl' }) draftTtl?: string;
  /** How long an unsent submission is kept on the device: "7d" (the default), "48h", or seconds. */
  @property({ attribute: 'outbox-ttl' }) outboxTtl?: string;
  /** The time in ms since the epoch, for expiry (tests inject one). Not an attribute. */
  clock?: () => number;
  /** Leaves the page's title alone (by default the form puts "Error: " before it after a failed submit, and names the page in paged mode). */
  @property({ type: Boolean, attribute: 'keep-page-title' }) keepPageTitle = false;
  /** The level of the form's title: 1 by default; 2 on a page that has its own h1. Sections and the headings inside follow it. */
  @property({ attribute: 'heading-level' }) headingLevel?: string | number;

  /** heading-level as a whole number from 1 to 6 (anything else: 1). */
  private get titleLevel(): number {
    return titleLevelOf(this.headingLevel);
  }

  /** The feedback sheet's case: one section, titled as the form, whose heading is left out. */
  private titleRepeated(store: FormStore): boolean {
    const definition = store.model.definition;
    return sectionRepeatsTitle(definition.title, definition.sections);
  }

  private sectionLevel(store: FormStore): number {
    return this.titleRepeated(store) ? this.titleLevel : this.titleLevel + 1;
  }
  /** This form's own renderers by field type, over the registered ones (registerRenderer): two forms on a page can be drawn differently. */
  @property({ attribute: false }) renderers?: Renderers;
  /** How posting retries: attempts, baseDelay, maxDelay, timeout (ms). */
  @property({ attribute: false }) retry?: Partial<RetryPolicy>;

  @state() private problems?: DefinitionProblem[];
  private store?: FormStore;
  /** The definition on screen (given, or fetched from src, in its language): a new one starts a new form. */
  private shownDefinition?: unknown;
  /** The English definition it was made from: when only the language changes, the answers stay. */
  private shownEnglish?: unknown;
  private unsubscribe?: () => void;
  /**
   * Per section, a number bumped whenever something it shows may have changed: a keystroke
   * re-renders its own section (and those whose computed values or conditional content read
   * the answer), not a 300-question form.
   */
  private readonly sectionRevisions = new Map<string, number>();
  /** Per section whose content reads answers (read-outs, the matrix, letters, conditional text): what it reads. */
  private contentReads = new Map<string, ReadonlySet<string> | 'any'>();
  /** Bumped by every change that is not the store's (page, language, mode…): all sections re-render. */
  private epoch = 0;
  private pendingDefinitionError?: DefinitionProblem[];
  /** Ids are prefixed per instance so that two forms in one (light) DOM never share an id. */
  private readonly idPrefix = `caf-${++instances}-`;
  /**
   * This submission's id (made at the first submit, reused on every retry: the server's
   * idempotency key) and when the work began; a restored draft brings back its own.
   */
  private readonly session: FormSession = { startedAt: new Date().toISOString() };
  private t: Translate = translatorFor('');
  /** The words of the language asked for, while they load (messagesReady). */
  private messagesLoading?: Promise<void>;
  /** The language the content on screen is in: the one asked for when it has a translation, English otherwise. */
  private contentLang = 'en';
  /** The parts this form needs that load by need (the matrix, the answers view, the language switch, translation): see lazy-part.ts. */
  private readonly parts = new LazyParts(this, () => {
    this.epoch++; // drawn again, guarded sections included
    this.requestUpdate();
  });
  /** The store last drawn: a new one (a new definition or language) is first drawn with its parts loaded. */
  private drawnStore?: FormStore;
  private readonly content = new LazyContentLanguage(this, this.parts);
  private readonly focuser = new FocusController(this);
  private readonly loader = new DefinitionLoader(this, () => this.t);
  private readonly paging = new PagedNavigation(this, this.focuser, this.idPrefix);
  private readonly pageTitle = new PageTitle(this);
  private readonly delivery = new LazyDelivery(this, {
    store: () => this.store,
    t: () => this.t,
    prefix: this.idPrefix,
    session: this.session,
    // A server's field errors (422) may arrive after "Check your answers": go to the first page
    // with a problem, as a failed Continue would, so that the errors can be seen and fixed.
    onFieldErrors: () => void this.showFirstProblemPage(),
  });

  /** When this submission was begun (ISO date-time), the envelope's startedAt: when the element was created, or when the draft it restored was begun. */
  get startedAt(): string {
    return this.session.startedAt;
  }

  /**
   * Ready includes the delivery code when this form posts or keeps drafts (see LazyDelivery), the
   * words of its language, and the parts it needs (LazyParts): once it resolves, what the form
   * shows is drawn in full. A part may ask for another (translated content with a matrix), so
   * it waits until none is on its way.
   */
  protected override async getUpdateComplete(): Promise<boolean> {
    if (this.messagesLoading) {
      await this.messagesLoading;
      this.messagesLoading = undefined;
    }
    let done = await super.getUpdateComplete();
    while (await this.parts.settle()) done = await super.getUpdateComplete();
    return (await this.delivery.settle()) ? super.getUpdateComplete() : done;
  }

  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    return this.lightDom || this.hasAttribute('light-dom') ? this : super.createRenderRoot();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.size) this.epoch++;
    if (changed.has('lang')) {
      this.t = translatorFor(this.lang);
      // The engine's messages too: a Welsh summary title over English messages would be worse than either.
      this.store?.setTranslator(this.t);
      // A shipped language's words load on first use: then everything is worded again.
      const lang = this.lang;
      this.messagesLoading = messagesReady(lang)?.then(() => {
        if (this.lang !== lang) return;
        this.t = translatorFor(lang);
        this.store?.setTranslator(this.t);
        this.epoch++;
        this.requestUpdate();
      });
    }
    // A definition given directly wins over one fetched from src; then its language's content.
    const english = this.definition ?? this.loader.definition;
    const { definition, lang } = this.content.resolve(english, this.definition === undefined, { definition: this.shownDefinition, lang: this.contentLang });
    this.contentLang = lang;
    // Only a change of language keeps what was typed: a new definition or new answers from the
    // host (another child's record, say) start afresh, as they always have.
    const languageOnly = english === this.shownEnglish && !changed.has('data') && !changed.has('submission');
    this.shownEnglish = english;
    if (definition !== this.shownDefinition) this.setUp(definition, languageOnly);
    else if ((changed.has('data') || changed.has('submission')) && this.store) this.store.load(this.startingAnswers() ?? {});
    this.askForParts();
  }

  /**
   * Starts loading the parts what is about to be drawn needs, before that render: the answers
   * view for the document and for paged mode's "Check your answers" (asked for on the first
   * page, so it is there by the last), the back link's styles in paged mode, the language switch
   * when languages are offered, right-to-left styles for content in Urdu or Arabic.
   */
  private askForParts(): void {
    if (this.readonly || this.paged) this.parts.need(answersPart);
    if (this.paged) this.parts.need(pagedPart);
    if (directionOf(this.contentLang) === 'rtl') this.parts.need(rtlPart);
    if ((this.languages ?? '').trim().split(/[\s,]+/).length > 1) this.parts.need(languageSwitchPart);
  }

  /** The page's title follows what is on screen (see PageTitle). */
  private updatePageTitle(): void {
    const store = this.store;
    if (this.keepPageTitle || !store || this.readonly) return this.pageTitle.restore();
    const problems = store.shownSummary().length > 0;
    if (!problems && !this.paged) return this.pageTitle.restore();
    const page = this.paged ? (this.paging.reviewing ? this.t('form.checkAnswers') : this.paging.current(store)?.title) : undefined;
    this.pageTitle.show(page ? [page, store.model.definition.title] : [store.model.definition.title], problems ? `${this.t('form.errorPrefix')} ` : undefined);
  }

  /** The answers a form starts from: the submission's, when one is shown; the host's prefill otherwise. */
  private startingAnswers(): Answers | undefined {
    return this.submission?.data ?? this.data;
  }

  protected override updated(): void {
    this.updatePageTitle();
    if (this.pendingDefinitionError) {
      const problems = this.pendingDefinitionError;
      this.pendingDefinitionError = undefined;
      this.dispatchEvent(cafEvent<CafDefinitionErrorDetail>('caf-definition-error', { problems }));
    }
  }

  private setUp(definition: unknown, keepAnswers = false): void {
    this.shownDefinition = definition;
    this.epoch++; // every section is drawn again: a new definition (or language) re-words them all
    const previous = keepAnswers ? this.store : undefined;
    this.unsubscribe?.();
    this.unsubscribe = undefined;
    this.store = undefined;
    this.problems = undefined;
    this.paging.reset();
    if (definition === undefined) return;
    if (definition instanceof NotJsonDefinition) {
      this.problems = [definition.problem()];
      this.pendingDefinitionError = this.problems;
      return;
    }
    const checked = quickCheck(definition);
    if (checked?.ok) this.startForm(checked.definition, previous);
    else void this.explainProblems(definition);
  }

  /**
   * A definition the quick check could not pass: the full check (with the meta-schema's large
   * validator, loaded only now) lists every problem with its path, or finds none after all.
   */
  private async explainProblems(definition: unknown): Promise<void> {
    const { checkDefinition } = await import('@caf-forms/core/check');
    if (this.shownDefinition !== definition) return; // replaced while loading
    const result = checkDefinition(definition);
    if (result.ok) {
      this.startForm(result.definition);
      this.requestUpdate();
      return;
    }
    this.problems = result.problems;
    this.pendingDefinitionError = result.problems;
  }

  private startForm(definition: FormDefinition, previous?: FormStore): void {
    for (const part of partsFor(definition)) this.parts.need(part);
    this.store = new FormStore(definition, { data: this.startingAnswers(), t: this.t });
    // The same form in another language: what was typed stays.
    const before = previous?.model.definition;
    if (previous && before?.id === definition.id && before.version === definition.version) carryInputs(previous, this.store);
    // The store says what changed; Lit re-renders and its diff touches only the changed DOM.
    this.contentReads = new Map(
      definition.sections.map((s) => [s.id, contentDependencies(definition, s)] as const).filter(([, reads]) => reads === 'any' || reads.size > 0),
    );
    this.unsubscribe = this.store.subscribe((changed) => {
      this.markChanged(changed);
      this.requestUpdate();
    });
  }

  /** The sections to re-render for these changed ids (fields, their dependents, sections). */
  private markChanged(changed: ReadonlySet<string>): void {
    const store = this.store;
    if (!store) return;
    const dirty = new Set<string>();
    const ids = [...changed];
    for (const [section, reads] of this.contentReads) {
      if (reads === 'any' || ids.some((id) => reads.has(id))) dirty.add(section);
    }
    for (const id of changed) {
      const section = store.model.fields.get(id)?.section.id ?? id;
      dirty.add(section);
    }
    for (const id of dirty) this.sectionRevisions.set(id, (this.sectionRevisions.get(id) ?? 0) + 1);
  }

  private readonly context = (store: FormStore): RenderContext => ({
    store,
    t: this.t,
    prefix: this.idPrefix,
    sectionLevel: this.sectionLevel(store),
    set: (view, input) => this.setInput(store, view, input),
    addRow: (view) => this.changeRows(store, () => store.addRow(view.field.id)),
    removeRow: (view, index) => this.changeRows(store, () => store.removeRow(view.field.id, index)),
    renderItems: (items, row) => this.renderItems(store, items, row),
    focusAfterUpdate: (id) => this.focuser.later(id),
  });

  private setInput(store: FormStore, view: FieldView, input: unknown): void {
    if (view.row) {
      store.setRowInput(view.row.repeatId, view.row.index, view.field.id, input);
    } else {
      store.setInput(view.field.id, input);
    }
    this.announceChange(store);
  }

  private changeRows(store: FormStore, change: () => void): void {
    change();
    this.announceChange(store);
  }

  /** caf-change, after every change the user makes: typing, choosing, adding or removing a row. */
  private announceChange(store: FormStore): void {
    // Worked out only if a listener reads them: walking every answer on each keystroke of a
    // long form would cost more than the keystroke itself.
    this.dispatchEvent(
      cafEvent<CafChangeDetail>('caf-change', {
        get data() {
          return store.data();
        },
        get computed() {
          return store.computed();
        },
      }),
    );
  }

  private renderItems(store: FormStore, items: readonly Item[], row?: FieldView['row']): TemplateResult {
    const ctx = this.context(store);
    return html`${items.map((item) => {
      if (!isField(item)) return store.isContentVisible(item) ? renderContent(item, ctx) : nothing;
      const view = fieldView(store, item.id, row, this.idPrefix);
      return view.visible ? rendererFor(item.type, this.renderers)(view, ctx) : nothing;
    })}`;
  }

  private async onSubmit(event: Event): Promise<void> {
    event.preventDefault();
    if (this.delivery.busy) return; // sending, or sent: a second click never posts twice
    const store = this.store;
    if (!store || this.readonly) return;
    // Submitted and not yet confirmed: send the same envelope again, never a new one.
    if (this.delivery.frozen) return this.delivery.resend();
    const current = this.paging.current(store);
    // In paged mode, Continue checks only the section on screen; "Check your answers" checks
    // them all again, since going Back may have revealed new questions.
    const checkAll = !this.paged || this.paging.reviewing;
    const problems = checkAll ? store.attempt() : store.attempt(current ? [current.id] : []);
    if (problems.length) {
      if (this.paged) this.paging.showProblem(store, problems);
      await this.focuser.after('.govuk-error-summary', this.updateComplete);
      this.dispatchEvent(cafEvent<CafInvalidDetail>('caf-invalid', { problems }));
      return;
    }
    if (this.paged && !this.paging.reviewing) return this.paging.next(store);
    this.session.submissionId ??= newSubmissionId();
    const envelope = createEnvelope(store.model.definition, store, {
      submissionId: this.session.submissionId,
      startedAt: this.session.startedAt,
      lang: this.contentLang,
    });
    if (this.dispatchEvent(cafEvent<CafSubmitDetail>('caf-submit', { envelope }, true))) this.delivery.send(envelope);
  }

  /** In paged mode, from "Check your answers": the page of the first problem shown (a server's 422), its summary focused. */
  private async showFirstProblemPage(): Promise<void> {
    const store = this.store;
    if (!store || !this.paged || !this.paging.reviewing) return;
    this.paging.showProblem(store, store.shownSummary(), true);
    await this.focuser.after('.govuk-error-summary', this.updateComplete);
  }

  /** A Change link on "Check your answers": the question's page, focus on its first input. */
  private change(store: FormStore, fieldId: string): void {
    const node = store.model.fields.get(fieldId);
    if (node) this.paging.change(store, fieldId, this.firstInputId(node.field));
  }

  /** Where focus goes to change an answer: the day of a date, the first row of a grid, … */
  private firstInputId(field: Field): string {
    return domId(this.idPrefix, field.id, focusPartOf(field));
  }

  /** Sends this person's submissions waiting on this device for this form's action now (it also happens on load and when the browser comes online); call it after the person signs in again. */
  flushOutbox(): Promise<FlushResult | undefined> {
    return this.delivery.flush();
  }

  /** This person's submissions waiting on this device (for one action URL, if given). */
  listOutbox(action?: string): Promise<OutboxEntry[]> {
    return this.delivery.list(action);
  }

  /** Forgets this person's submissions waiting on this device (for one action URL, if given): they will not be sent. */
  clearOutbox(action?: string): Promise<void> {
    return this.delivery.clear(action);
  }

  /** Removes this person's (storage-scope's) saved drafts, this form's included. */
  clearDrafts(): Promise<void> {
    return this.delivery.clearDrafts();
  }

  /** Removes this person's drafts and unsent submissions from this device (call it on signing out). */
  clearStorage(): Promise<void> {
    return this.delivery.clearStorage();
  }

  protected override render(): TemplateResult | typeof nothing {
    if (this.loader.error && this.definition === undefined)
      return html`<div class="govuk-error-summary caf-load-error" role="alert"><p class="govuk-body">${this.loader.error}</p></div>`;
    if (this.problems) return definitionProblems(this.problems, this.t);
    const store = this.store;
    const loading = this.src ? html`<p class="govuk-body">${this.t('form.loading')}</p>` : nothing;
    if (!store) return loading;
    // A form's first drawing waits for the parts its definition needs (a signature, a grid…):
    // drawn without them it would jump when they arrive, and be drawn twice.
    if (store !== this.drawnStore) {
      if (this.parts.loading) return loading;
      this.drawnStore = store;
    }
    if (this.readonly) return this.renderDocument(store);
    return this.paged && this.paging.reviewing ? this.renderReview(store) : this.renderForm(store);
  }

  private renderForm(store: FormStore): TemplateResult {
    const definition = store.model.definition;
    const all = this.paging.sections(store);
    const current = this.paging.current(store);
    const sections = this.paged ? (current ? [current] : []) : all;
    const shown = new Set(sections.map((s) => s.id));
    const summary = store.shownSummary().filter((p) => shown.has(sectionOfPath(store, p.path) ?? ''));
    const index = current ? all.indexOf(current) : 0;
    return html`${this.switcher()}<form novalidate lang=${this.contentLang} dir=${directionOf(this.contentLang)} @submit=${this.onSubmit}>
      ${this.delivery.notices()}
      ${summary.length ? errorSummary(summary, this.idPrefix, this.t, (id) => this.focuser.now(id)) : nothing}
      ${this.paged && index > 0 ? this.backLink(store) : nothing}
      ${this.paged ? html`<span class="govuk-caption-l" aria-hidden="true">${this.t('form.progress', { current: index + 1, total: all.length })}</span>` : nothing}
      ${this.formTitle(store, sections)}
      ${definition.description && (!this.paged || index === 0) ? html`<p class="govuk-body">${definition.description}</p>` : nothing}
      ${this.delivery.frozen ? html`<fieldset class="govuk-fieldset" disabled>${this.renderSections(store, sections)}</fieldset>` : this.renderSections(store, sections)}
      ${this.delivery.submitButton(this.t(this.paged ? 'form.continue' : 'form.submit'))}
    </form>`;
  }

  /**
   * The form's title. When the only section repeats it, the title also stands for the section:
   * it carries the section's id (where paged navigation moves focus) and its "Section 1 of 1".
   */
  private formTitle(store: FormStore, shown: readonly Section[]): TemplateResult {
    const section = this.titleRepeated(store) ? shown[0] : undefined;
    if (!section) return heading(this.titleLevel, 'govuk-heading-l', store.model.definition.title);
    return heading(this.titleLevel, 'govuk-heading-l', this.sectionHeading(store, section), { id: `${this.idPrefix}section-${section.id}`, focusable: true });
  }

  /** The sections, each re-rendered only when something it shows has changed. */
  private renderSections(store: FormStore, sections: readonly Section[]): unknown {
    // Sections are not landmarks (no accessible name): the CAF's twelve would crowd a screen
    // reader's landmark list, which is for the page's own regions.
    return repeat(
      sections,
      (s) => s.id,
      (section) =>
        guard(
          [this.sectionRevisions.get(section.id) ?? 0, this.epoch, this.paging.page],
          () => html`<section class="caf-section">
        ${this.titleRepeated(store) ? nothing : heading(this.titleLevel + 1, 'govuk-heading-m', this.sectionHeading(store, section), { id: `${this.idPrefix}section-${section.id}`, focusable: true })}
        ${section.guidance ? html`<p class="govuk-body">${section.guidance}</p>` : nothing}
        ${this.renderItems(store, section.items)}
      </section>`,
        ),
    );
  }

  /**
   * A section's heading. In paged mode it takes focus on each new page, so it also says where
   * the user is ("Section 2 of 5"): the visible caption above the title is never reached.
   */
  private sectionHeading(store: FormStore, section: Section): TemplateResult | string {
    if (!this.paged) return section.title;
    const all = this.paging.sections(store);
    const progress = this.t('form.progress', { current: all.indexOf(section) + 1, total: all.length });
    return html`<span class="govuk-visually-hidden">${progress}: </span>${section.title}`;
  }

  /** Paged mode's last step: every answer in a summary list, a Change link each, then submit. */
  private renderReview(store: FormStore): TemplateResult {
    return html`${this.switcher()}<form novalidate lang=${this.contentLang} dir=${directionOf(this.contentLang)} @submit=${this.onSubmit}>
      ${this.delivery.notices()}
      ${this.backLink(store)}
      <span class="govuk-caption-l">${store.model.definition.title}</span>
      ${heading(this.titleLevel, 'govuk-heading-l', this.t('form.checkAnswers'), { id: `${this.idPrefix}check-answers`, focusable: true })}
      ${this.answers(store, this.delivery.frozen ? undefined : (fieldId) => this.change(store, fieldId))}
      ${heading(this.titleLevel + 1, 'govuk-heading-m caf-no-print', this.t('form.checkAnswersSubmit'))}
      ${this.delivery.submitButton(this.t('form.submit'))}
    </form>`;
  }

  /** The read-only document: what was recorded, to read, keep and print. */
  private renderDocument(store: FormStore): TemplateResult {
    const definition = store.model.definition;
    return html`<article class="caf-document" lang=${this.contentLang} dir=${directionOf(this.contentLang)}>
      ${heading(this.titleLevel, 'govuk-heading-l', definition.title)}
      ${this.documentMeta(definition.version)}
      ${this.answers(store, undefined, this.titleRepeated(store))}
    </article>`;
  }

  /** The document's header: which version of the form, and which submission, when. */
  private documentMeta(version: string): TemplateResult {
    const submission = this.submission;
    return html`<dl class="govuk-body-s caf-document__meta">
      <div><dt>${this.t('form.documentVersion')}</dt><dd>${version}</dd></div>
      ${
        submission
          ? html`<div><dt>${this.t('form.documentId')}</dt><dd>${submission.submissionId}</dd></div>
        <div><dt>${this.t('form.documentDate')}</dt><dd>${formatDate(submission.submittedAt, this.t)}</dd></div>`
          : nothing
      }
    </dl>
    ${loaded(answersPart)?.languageNote(submission?.lang, this.contentLang, this.t) ?? nothing}`;
  }

  /**
   * Prints the page. With `readonly`, the print stylesheet gives an A4 document with no
   * buttons; a host that shows other content may hide it with its own print styles.
   */
  print(): void {
    window.print();
  }

  /**
   * The answers as a document (a lazy part, asked for in willUpdate and awaited by updateComplete);
   * in the document a section heading that repeats the title is left out.
   */
  private answers(store: FormStore, change?: (fieldId: string) => void, omitSectionHeading = false): TemplateResult | typeof nothing {
    const part = loaded(answersPart);
    if (!part) return nothing;
    const sectionLevel = omitSectionHeading ? this.titleLevel : this.titleLevel + 1;
    const ctx = { ...this.context(store), sectionLevel };
    return part.answersView(part.documentOf(store, this.t), {
      t: this.t,
      change,
      idPrefix: this.idPrefix,
      sectionLevel,
      omitSectionHeading,
      matrix: (item) => renderContent(item, ctx),
    });
  }

  /** The language switch, when the host offers languages. */
  private switcher(): TemplateResult | typeof nothing {
    const part = loaded(languageSwitchPart);
    if (!part) return nothing;
    return part.languageSwitch(this.languages, this.lang || 'en', this.t, (lang) => {
      this.lang = lang;
      this.dispatchEvent(cafEvent<CafLanguageChangeDetail>('caf-language-change', { lang }));
    });
  }

  private backLink(store: FormStore): TemplateResult {
    return html`<button type="button" class="govuk-back-link caf-back" @click=${() => this.paging.back(store)}>${this.t('form.back')}</button>`;
  }
}
