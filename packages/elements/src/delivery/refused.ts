// Submissions this person queued earlier that the server then refused (a 400, 409 or 422 while
// sending the outbox). They are never kept silently: each is shown with the server's words and
// three choices: view the answers (as the document a family would be given), copy them as text
// (to re-enter or pass on), or discard them.
import { html, nothing, type TemplateResult } from 'lit';
import { type DocumentSection, type FormDefinition, FormStore, documentOf, formatDate } from '@caf-forms/core/runtime';
import type { Translate } from '../messages.js';
import { answersView } from '../answers-view.js';
import { type OutboxEntry, forget } from './outbox.js';

export interface RefusedActions {
  discard(entry: OutboxEntry): void;
  copy(entry: OutboxEntry, text: string): void;
}

/** The entry's answers in words, when it is of the form on screen (otherwise its definition is not here). */
function documentOfEntry(entry: OutboxEntry, definition: FormDefinition, t: Translate): DocumentSection[] | undefined {
  if (entry.envelope.formId !== definition.id) return undefined;
  return documentOf(new FormStore(definition, { data: entry.envelope.data, t }), t);
}

/** The answers as plain text: section titles, then "question: answer" lines. */
export function documentText(sections: readonly DocumentSection[]): string {
  const lines: string[] = [];
  for (const section of sections) {
    lines.push(section.title);
    for (const e of section.entries) {
      if (e.kind === 'answer') lines.push(`${e.label}: ${e.lines.join(', ')}`);
      else if (e.kind === 'table') lines.push(e.label, ...e.rows.map((row) => row.map((cell, i) => `${e.columns[i] ?? ''}: ${cell}`).join('; ')));
      else if (e.kind === 'heading') lines.push(e.text);
      else if (e.kind === 'computed') lines.push(`${e.label}: ${e.text}`);
      else if (e.kind === 'letter') lines.push(...e.paragraphs);
    }
    lines.push('');
  }
  return lines.join('\n');
}

/** Another form's answers (its definition is not on this page) as "section.field: value" lines. */
function rawText(entry: OutboxEntry): string {
  const lines: string[] = [];
  for (const [section, answers] of Object.entries(entry.envelope.data)) {
    for (const [field, value] of Object.entries(answers)) lines.push(`${section}.${field}: ${JSON.stringify(value)}`);
  }
  return lines.join('\n');
}

export function refusedNotices(
  entries: readonly OutboxEntry[],
  definition: FormDefinition | undefined,
  prefix: string,
  t: Translate,
  actions: RefusedActions,
  copied?: string,
): TemplateResult | typeof nothing {
  if (!entries.length) return nothing;
  return html`${entries.map((entry, i) => {
    const id = `${prefix}refused-${i}`;
    const sections = definition ? documentOfEntry(entry, definition, t) : undefined;
    const text = sections ? documentText(sections) : rawText(entry);
    const refusal = entry.refusal ?? { status: 0, messages: [] };
    return html`<div class="govuk-error-summary caf-notice caf-refused caf-no-print" tabindex="-1" aria-labelledby=${`${id}-title`} role="region">
      <h2 class="govuk-error-summary__title" id=${`${id}-title`}>${t('delivery.refusedTitle', { date: formatDate(new Date(entry.savedAt).toISOString(), t) })}</h2>
      <div class="govuk-error-summary__body">
        ${refusal.messages.length ? refusal.messages.map((m) => html`<p class="govuk-body">${m}</p>`) : html`<p class="govuk-body">${t('delivery.refusedStatus', { status: refusal.status })}</p>`}
        <details class="govuk-details">
          <summary class="govuk-details__summary"><span class="govuk-details__summary-text">${t('delivery.view')}</span></summary>
          <div class="govuk-details__text">
            ${
              sections
                ? answersView(sections, { t, idPrefix: `${id}-`, sectionLevel: 3, matrix: () => nothing }) /* sections under this notice's h2 */
                : html`<p class="govuk-body">${t('delivery.otherForm', { formId: entry.envelope.formId, version: entry.envelope.formVersion })}</p><pre class="govuk-body caf-raw-answers">${text}</pre>`
            }
          </div>
        </details>
        <div class="govuk-button-group">
          <button type="button" class="govuk-button govuk-button--secondary caf-copy" @click=${() => actions.copy(entry, text)}>${t('delivery.copy')}</button>
          <button type="button" class="govuk-button govuk-button--warning caf-discard" @click=${() => actions.discard(entry)}>${t('delivery.discard')}</button>
        </div>
        <p class="govuk-body" role="status">${copied === entry.submissionId ? t('delivery.copied') : ''}</p>
      </div>
    </div>`;
  })}`;
}

/** Puts text on the clipboard; the Clipboard API needs a secure context, so plain http falls back to a selection. */
export async function copyText(text: string, within: Node): Promise<boolean> {
  try {
    // Absent on plain http (not a secure context), which some council intranets still are.
    // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition
    if (navigator.clipboard) {
      await navigator.clipboard.writeText(text);
      return true;
    }
  } catch {
    // permission refused: try the selection
  }
  const area = document.createElement('textarea');
  area.value = text;
  area.setAttribute('readonly', '');
  area.style.position = 'fixed';
  area.style.opacity = '0';
  (within instanceof ShadowRoot || within instanceof HTMLElement ? within : document.body).appendChild(area);
  area.select();
  try {
    // Deprecated, and the only way to copy without the Clipboard API (plain http).
    // eslint-disable-next-line @typescript-eslint/no-deprecated
    return document.execCommand('copy');
  } finally {
    area.remove();
  }
}

/** What the refused entries need of their element: to re-render, and its render root for focus and copying. */
export interface RefusedHost {
  requestUpdate(): void;
  readonly updateComplete: Promise<boolean>;
  readonly renderRoot: HTMLElement | DocumentFragment;
}

/** This person's refused entries on screen, and what their buttons do. */
export class RefusedEntries {
  private entries: OutboxEntry[] = [];
  /** The entry whose answers were just copied, to say so. */
  private copied?: string;

  constructor(private readonly host: RefusedHost) {}

  show(entries: readonly OutboxEntry[]): void {
    this.entries = [...entries];
  }

  render(definition: FormDefinition | undefined, prefix: string, t: Translate): TemplateResult | typeof nothing {
    const actions = { discard: (e: OutboxEntry) => void this.discard(e), copy: (e: OutboxEntry, text: string) => void this.copy(e, text) };
    return refusedNotices(this.entries, definition, prefix, t, actions, this.copied);
  }

  private async discard(entry: OutboxEntry): Promise<void> {
    await forget(entry.submissionId).catch(() => undefined);
    this.entries = this.entries.filter((e) => e.submissionId !== entry.submissionId);
    this.host.requestUpdate();
    await this.host.updateComplete;
    this.host.renderRoot.querySelector<HTMLElement>('.caf-notice, h2[tabindex="-1"]')?.focus();
  }

  private async copy(entry: OutboxEntry, text: string): Promise<void> {
    if (await copyText(text, this.host.renderRoot)) this.copied = entry.submissionId;
    this.host.requestUpdate();
  }
}
