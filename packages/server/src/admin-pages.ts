// The admin pages' frame and the two pages about submissions: the list (paged, with the export
// form) and one submission as a document (the answers in words, as the element's printable view
// shows them), with its corrections and the erase and supersede forms. Plain HTML, every text
// escaped, no script; the one stylesheet is allowed by its hash in the page's CSP. Forms post
// only to this receiver (form-action 'self'), each with the session's CSRF token.
import { createHash } from 'node:crypto';
import { type DocumentEntry, FormStore, documentOf, translate } from '@caf-forms/core';
import type { FormRegistry } from './forms.js';
import type { Corrections, StoredSubmission, SubmissionSummary } from './store/index.js';

const STYLE = `body{font-family:system-ui,sans-serif;margin:2rem;max-width:60rem;color:#0b0c0c}
table{border-collapse:collapse;width:100%;margin:0 0 1.5rem}th,td{border-bottom:1px solid #b1b4b6;padding:.4rem;text-align:left;vertical-align:top}
dt{font-weight:700;margin-top:.8rem}dd{margin:0;white-space:pre-wrap}h2{margin-top:2rem}a{color:#1d70b8}.meta{color:#505a5f}
header{border-bottom:4px solid #1d70b8;margin-bottom:1.5rem;padding-bottom:.5rem}header form{display:inline}
form.action{border:1px solid #b1b4b6;padding:1rem;margin:1.5rem 0}label{display:block;font-weight:700;margin:.5rem 0 .2rem}
textarea,input[type=text],input[type=date],input[type=password],select{font:inherit;padding:.3rem;max-width:100%}.warning{border-left:5px solid #d4351c;padding-left:1rem}`;

/** script-src 'none' and the style by hash: nothing runs, nothing else loads; forms post only here. */
export const ADMIN_CSP = `default-src 'none'; style-src 'sha256-${createHash('sha256').update(STYLE).digest('base64')}'; img-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'`;

export const escapeHtml = (s: string): string => s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

/** Who is signed in, for the page's header. */
export interface Viewer {
  actor: string;
  csrf: string;
  /** The admin pages' own path, e.g. "/api/admin". */
  base: string;
  mayAudit: boolean;
}

export function page(title: string, body: string, viewer?: Viewer): string {
  const header = viewer
    ? `<header><p>Signed in as <strong>${escapeHtml(viewer.actor)}</strong> ·
<a href="${escapeHtml(viewer.base)}">Submissions</a>${viewer.mayAudit ? ` · <a href="${escapeHtml(`${viewer.base}/audit`)}">Audit trail</a>` : ''} ·
<form method="post" action="${escapeHtml(`${viewer.base}/sign-out`)}">${csrfField(viewer)}<button type="submit">Sign out</button></form></p></header>`
    : '';
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex"><title>${escapeHtml(title)}</title><style>${STYLE}</style></head><body>${header}${body}</body></html>`;
}

export const csrfField = (viewer: Viewer): string => `<input type="hidden" name="csrf" value="${escapeHtml(viewer.csrf)}">`;

const submissionHref = (base: string, id: string): string => `${base}/submissions/${encodeURIComponent(id)}`;

export interface ListView {
  items: SubmissionSummary[];
  total: number;
  limit: number;
  offset: number;
  formId?: string;
  /** Forms this person may read, for the filter links. */
  readable: string[];
  /** Forms this person may export. */
  exportable: string[];
  today: string;
}

export function listPage(forms: FormRegistry, view: ListView, viewer: Viewer): string {
  const base = viewer.base;
  const titles = new Map(forms.all().map((f) => [f.definition.id, f.definition.title]));
  const title = (id: string): string => titles.get(id) ?? id;
  const rows = view.items
    .map(
      (s) => `<tr><td><a href="${escapeHtml(submissionHref(base, s.submissionId))}">${escapeHtml(title(s.formId))}</a></td>
<td>${escapeHtml(s.formVersion)}</td><td>${escapeHtml(s.receivedAt)}</td><td><code>${escapeHtml(s.submissionId)}</code></td></tr>`,
    )
    .join('\n');
  const query = (offset: number): string =>
    `${base}?${new URLSearchParams({ ...(view.formId ? { formId: view.formId } : {}), limit: String(view.limit), offset: String(offset) })}`;
  const paging = [
    view.offset > 0 ? `<a href="${escapeHtml(query(Math.max(0, view.offset - view.limit)))}">Newer</a>` : '',
    view.offset + view.items.length < view.total ? `<a href="${escapeHtml(query(view.offset + view.limit))}">Older</a>` : '',
  ]
    .filter(Boolean)
    .join(' · ');
  const shown = view.items.length ? `${view.offset + 1}–${view.offset + view.items.length} of ${view.total}` : `${view.total}`;
  const filter =
    view.readable.length > 1
      ? `<p>Show: ${[
          `<a href="${escapeHtml(base)}">every form</a>`,
          ...view.readable.map((id) => `<a href="${escapeHtml(`${base}?formId=${encodeURIComponent(id)}`)}">${escapeHtml(title(id))}</a>`),
        ].join(' · ')}</p>`
      : '';
  const exportForm = view.exportable.length
    ? `<form class="action" method="get" action="${escapeHtml(`${base}/export`)}"><h2>Export</h2>
<label for="export-form">Form</label><select id="export-form" name="formId">${view.exportable.map((id) => `<option value="${escapeHtml(id)}"${id === view.formId ? ' selected' : ''}>${escapeHtml(title(id))}</option>`).join('')}</select>
<label for="export-from">Received from (YYYY-MM-DD, UTC)</label><input type="date" id="export-from" name="from">
<label for="export-to">to (included)</label><input type="date" id="export-to" name="to" value="${escapeHtml(view.today)}">
<label for="export-format">Format</label><select id="export-format" name="format"><option value="csv">CSV (spreadsheet)</option><option value="json">JSON</option></select>
<p><button type="submit">Download</button></p><p class="meta">Every export is recorded in the audit trail.</p></form>`
    : '';
  return page(
    'Submissions',
    `<h1>Submissions${view.formId ? `: ${escapeHtml(title(view.formId))}` : ''}</h1>${filter}
<p class="meta">${shown} received.${paging ? ` ${paging}` : ''}</p>
${view.items.length ? `<table><thead><tr><th>Form</th><th>Version</th><th>Received</th><th>Submission id</th></tr></thead><tbody>${rows}</tbody></table>` : '<p>None.</p>'}
${exportForm}`,
    viewer,
  );
}

export interface SubmissionView {
  record: StoredSubmission;
  corrections: Corrections;
  /** Of the submissions named in `corrections`, those still stored. */
  present: ReadonlySet<string>;
  mayErase: boolean;
  mayCorrect: boolean;
  /** Link to this submission's entries in the audit trail. */
  mayAudit: boolean;
}

export function submissionPage(forms: FormRegistry, view: SubmissionView, viewer: Viewer): string {
  const { record, corrections } = view;
  const base = viewer.base;
  const link = (id: string): string =>
    view.present.has(id) ? `<a href="${escapeHtml(submissionHref(base, id))}"><code>${escapeHtml(id)}</code></a>` : `<code>${escapeHtml(id)}</code> (erased)`;
  const links = [
    corrections.supersedes ? `<p class="warning">This submission is a correction: it supersedes ${link(corrections.supersedes)}.</p>` : '',
    corrections.supersededBy.length ? `<p class="warning">Superseded by ${corrections.supersededBy.map(link).join(', ')}: read the correction too.</p>` : '',
  ].join('');
  const meta = `<p class="meta">Submission <code>${escapeHtml(record.submissionId)}</code>, version ${escapeHtml(record.formVersion)},
submitted ${escapeHtml(record.envelope.submittedAt)}, received ${escapeHtml(record.receivedAt)}.${
    view.mayAudit ? ` <a href="${escapeHtml(`${base}/audit?submissionId=${encodeURIComponent(record.submissionId)}`)}">Who has seen or changed it</a>` : ''
  }</p>${links}`;
  const action = (name: string): string => escapeHtml(`${submissionHref(base, record.submissionId)}/${name}`);
  const actions = [
    view.mayCorrect && !corrections.supersedes
      ? `<form class="action" method="post" action="${action('supersede')}">${csrfField(viewer)}<h2>Record as a correction</h2>
<label for="supersedes">This submission supersedes the earlier submission with id</label><input type="text" id="supersedes" name="supersedes" required maxlength="200" size="40">
<p class="meta">Both are kept; each page links to the other.</p><p><button type="submit">Link</button></p></form>`
      : '',
    view.mayErase
      ? `<form class="action" method="post" action="${action('erase')}">${csrfField(viewer)}<h2>Erase this submission</h2>
<p class="warning">The record is removed for good. The audit trail keeps its id, who erased it, when and why:
do not write the child's name or other details from the record in the reason.</p>
<label for="reason">Reason for erasure (required)</label><textarea id="reason" name="reason" required maxlength="1000" rows="3" cols="60"></textarea>
<p><button type="submit">Erase</button></p></form>`
      : '',
  ].join('');
  const form = forms.get(record.formId, record.formVersion);
  if (!form) {
    // A version no longer loaded: the record is still readable, as its JSON.
    return page(
      record.formId,
      `<h1>${escapeHtml(record.formId)}</h1>${meta}<pre>${escapeHtml(JSON.stringify(record.envelope, null, 2))}</pre>${actions}`,
      viewer,
    );
  }
  const store = new FormStore(form.definition, { data: record.envelope.data });
  const sections = documentOf(store, translate)
    .map((s) => `<h2>${escapeHtml(s.title)}</h2>${s.entries.map(entryHtml).join('\n')}`)
    .join('\n');
  return page(form.definition.title, `<h1>${escapeHtml(form.definition.title)}</h1>${meta}${sections}${actions}`, viewer);
}

function entryHtml(entry: DocumentEntry): string {
  switch (entry.kind) {
    case 'heading':
      return `<h3>${escapeHtml(entry.text)}</h3>`;
    case 'answer':
      return `<dl><dt>${escapeHtml(entry.label)}</dt><dd>${entry.lines.length ? entry.lines.map(escapeHtml).join('<br>') : '<span class="meta">Not answered</span>'}</dd></dl>`;
    case 'computed':
      return `<dl><dt>${escapeHtml(entry.label)}</dt><dd>${escapeHtml(entry.text)}</dd></dl>`;
    case 'table':
      return `<table><caption>${escapeHtml(entry.label)}</caption><thead><tr>${entry.columns.map((c) => `<th>${escapeHtml(c)}</th>`).join('')}</tr></thead>
<tbody>${entry.rows.map((r) => `<tr>${r.map((c) => `<td>${escapeHtml(c)}</td>`).join('')}</tr>`).join('')}</tbody></table>`;
    case 'letter':
      return entry.paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`).join('\n');
    case 'matrix':
      return ''; // a chart of computed values already listed above; the element draws it
  }
}
