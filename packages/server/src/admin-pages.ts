// The admin pages: the list of received submissions and one submission as a document (the
// answers in words, as the element's printable view shows them). Plain HTML, every text
// escaped, no script; the one stylesheet is allowed by its hash in the page's CSP.
import { createHash } from 'node:crypto';
import { type DocumentEntry, FormStore, documentOf, translate } from '@caf-forms/core';
import type { FormRegistry } from './forms.js';
import type { StoredSubmission, SubmissionSummary } from './store/index.js';

const STYLE = `body{font-family:system-ui,sans-serif;margin:2rem;max-width:60rem;color:#0b0c0c}
table{border-collapse:collapse;width:100%;margin:0 0 1.5rem}th,td{border-bottom:1px solid #b1b4b6;padding:.4rem;text-align:left;vertical-align:top}
dt{font-weight:700;margin-top:.8rem}dd{margin:0;white-space:pre-wrap}h2{margin-top:2rem}a{color:#1d70b8}.meta{color:#505a5f}`;

/** script-src 'none' and the style by hash: nothing runs, nothing else loads. */
export const ADMIN_CSP = `default-src 'none'; style-src 'sha256-${createHash('sha256').update(STYLE).digest('base64')}'; img-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'`;

const escapeHtml = (s: string): string =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

function page(title: string, body: string): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex"><title>${escapeHtml(title)}</title><style>${STYLE}</style></head><body>${body}</body></html>`;
}

/** `base` is the admin pages' own path (e.g. "/api/admin"), for links. */
export function listPage(forms: FormRegistry, items: SubmissionSummary[], total: number, base: string): string {
  const titles = new Map(forms.all().map((f) => [f.definition.id, f.definition.title]));
  const rows = items.map((s) => `<tr><td><a href="${escapeHtml(`${base}/submissions/${encodeURIComponent(s.submissionId)}`)}">${escapeHtml(titles.get(s.formId) ?? s.formId)}</a></td>
<td>${escapeHtml(s.formVersion)}</td><td>${escapeHtml(s.receivedAt)}</td><td><code>${escapeHtml(s.submissionId)}</code></td></tr>`).join('\n');
  const shown = items.length < total ? ` (the newest ${items.length} shown)` : '';
  return page('Submissions', `<h1>Submissions</h1><p class="meta">${total} received${shown}.</p>
${items.length ? `<table><thead><tr><th>Form</th><th>Version</th><th>Received</th><th>Submission id</th></tr></thead><tbody>${rows}</tbody></table>` : '<p>None yet.</p>'}`);
}

export function submissionPage(forms: FormRegistry, record: StoredSubmission, base: string): string {
  const form = forms.get(record.formId, record.formVersion);
  const meta = `<p class="meta">Submission <code>${escapeHtml(record.submissionId)}</code>, version ${escapeHtml(record.formVersion)},
submitted ${escapeHtml(record.envelope.submittedAt)}, received ${escapeHtml(record.receivedAt)}. <a href="${escapeHtml(`${base}`)}">All submissions</a></p>`;
  if (!form) {
    // A version no longer loaded: the record is still readable, as its JSON.
    return page(record.formId, `<h1>${escapeHtml(record.formId)}</h1>${meta}<pre>${escapeHtml(JSON.stringify(record.envelope, null, 2))}</pre>`);
  }
  const store = new FormStore(form.definition, { data: record.envelope.data });
  const sections = documentOf(store, translate)
    .map((s) => `<h2>${escapeHtml(s.title)}</h2>${s.entries.map(entryHtml).join('\n')}`).join('\n');
  return page(form.definition.title, `<h1>${escapeHtml(form.definition.title)}</h1>${meta}${sections}`);
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
