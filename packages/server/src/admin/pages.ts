// The admin pages that are not about one submission: the audit trail, sign-in (the development
// token's form), signed out, and a short message page for refusals. Plain HTML, escaped.
import { type Viewer, escapeHtml, page } from '../admin-pages.js';
import type { AuditRecord } from '../store/index.js';

export function auditPage(items: AuditRecord[], total: number, limit: number, offset: number, viewer: Viewer, submissionId?: string): string {
  const href = (o: number): string =>
    `${viewer.base}/audit?${new URLSearchParams({ ...(submissionId ? { submissionId } : {}), limit: String(limit), offset: String(o) })}`;
  const paging = [
    offset > 0 ? `<a href="${escapeHtml(href(Math.max(0, offset - limit)))}">Newer</a>` : '',
    offset + items.length < total ? `<a href="${escapeHtml(href(offset + limit))}">Older</a>` : '',
  ]
    .filter(Boolean)
    .join(' · ');
  const detail = (d: AuditRecord['detail']): string =>
    Object.entries(d)
      .map(([k, v]) => `${escapeHtml(k)}: ${escapeHtml(String(v))}`)
      .join('<br>');
  const rows = items
    .map(
      (r) => `<tr><td>${escapeHtml(r.at)}</td><td>${escapeHtml(r.actor)}</td><td>${escapeHtml(r.action)}</td><td>${escapeHtml(r.formId ?? '')}</td>
<td>${r.submissionIds.map((id) => `<code>${escapeHtml(id)}</code>`).join('<br>')}</td><td>${escapeHtml(r.reason ?? '')}</td><td>${detail(r.detail)}</td></tr>`,
    )
    .join('\n');
  const shown = items.length ? `${offset + 1}–${offset + items.length} of ${total}` : String(total);
  const about = submissionId
    ? ` naming submission <code>${escapeHtml(submissionId)}</code> (<a href="${escapeHtml(`${viewer.base}/audit`)}">all entries</a>)`
    : '';
  return page(
    'Audit trail',
    `<h1>Audit trail</h1><p class="meta">${shown} entries${about}, newest first. Entries cannot be changed or removed.${paging ? ` ${paging}` : ''}</p>
<form method="get" action="${escapeHtml(`${viewer.base}/audit`)}"><label for="audit-id">Entries naming the submission with id</label>
<input type="text" id="audit-id" name="submissionId" maxlength="200" size="40" value="${escapeHtml(submissionId ?? '')}"> <button type="submit">Show</button></form>
${items.length ? `<table><thead><tr><th>When (UTC)</th><th>Who</th><th>What</th><th>Form</th><th>Submissions</th><th>Reason</th><th>Detail</th></tr></thead><tbody>${rows}</tbody></table>` : '<p>None.</p>'}`,
    viewer,
  );
}

/** The development token's sign-in form: only when OpenID Connect is not configured. */
export function tokenSignInPage(action: string, problem?: string): string {
  return page(
    'Sign in',
    `<h1>Sign in to the caf-forms admin pages</h1>
<p class="warning">Development mode: this receiver has no OpenID Connect provider configured, so it is opened with the
development token (in the data folder's <code>admin-token</code> file, or <code>CAF_ADMIN_TOKEN</code>). For local development only:
a council signs in through its own identity provider (see the README).</p>
${problem ? `<p class="warning"><strong>${escapeHtml(problem)}</strong></p>` : ''}
<form class="action" method="post" action="${escapeHtml(action)}"><label for="token">Development token</label>
<input type="password" id="token" name="token" required autocomplete="current-password" size="50"><p><button type="submit">Sign in</button></p></form>`,
  );
}

/** `providerSignOut`: the identity provider's own sign-out, if it has one (a link, so it is the person's choice). */
export function signedOutPage(signInHref: string, providerSignOut?: string): string {
  const provider = providerSignOut
    ? `<p><a href="${escapeHtml(providerSignOut)}">Also sign out of your organisation's account</a> (do this on a shared computer: otherwise the next
person to sign in here may be let in as you without being asked).</p>`
    : "<p>On a shared computer, also sign out of your organisation's account and close the browser.</p>";
  return page(
    'Signed out',
    `<h1>You have signed out</h1><p>Your session on this receiver has ended.</p>${provider}
<p><a href="${escapeHtml(signInHref)}">Sign in again</a></p>`,
  );
}

export function messagePage(title: string, message: string, viewer?: Viewer): string {
  return page(title, `<h1>${escapeHtml(title)}</h1><p>${escapeHtml(message)}</p>`, viewer);
}
