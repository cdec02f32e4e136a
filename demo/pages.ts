// The demo site's HTML: an index of the forms and one plain page per form, the way a council
// intranet would embed <caf-form>. No inline script or style, so the pages run under a strict
// Content-Security-Policy. Every text from a definition is escaped.
import type { FormDefinition } from '@caf-forms/core';

const escapeHtml = (text: string): string => text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

function page(title: string, body: string): string {
  return `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>${escapeHtml(title)} – caf-forms demo</title>
  <link rel="stylesheet" href="/site.css">
  <script type="module" src="/caf-forms.js"></script>
</head>
<body>
  <header class="site-header"><a href="/">caf-forms demo</a> <span>forms of integrated working in children's services</span></header>
  <main class="site-main">
${body}
  </main>
  <footer class="site-footer">A demonstration: submissions go to the reference receiver on this machine. <a href="/api/admin">Received submissions</a>: the demo signs in with a development token (in <code>data/admin-token</code>), for local development only; a council's receiver signs people in through its own identity provider (OpenID Connect).</footer>
</body>
</html>
`;
}

export function indexPage(forms: readonly FormDefinition[]): string {
  const rows = forms
    .map(
      (f) => `      <tr>
        <td><a href="/forms/${encodeURIComponent(f.id)}.html">${escapeHtml(f.title)}</a></td>
        <td>${escapeHtml(f.source?.council ?? 'made for caf-forms')}</td>
        <td>${escapeHtml(f.description ?? '')}</td>
      </tr>`,
    )
    .join('\n');
  return page(
    'The forms',
    `    <h1>The forms</h1>
    <p>Each page embeds one form with a single <code>&lt;script type="module" src="/caf-forms.js"&gt;</code> and a <code>&lt;caf-form&gt;</code> element, as a council web page would.</p>
    <table>
      <thead><tr><th scope="col">Form</th><th scope="col">Source</th><th scope="col">Purpose</th></tr></thead>
      <tbody>
${rows}
      </tbody>
    </table>`,
  );
}

/** A form's page; with translations, the form offers its languages (a switch above it). */
export function formPage(form: FormDefinition, languages: readonly string[] = []): string {
  const offered = languages.length ? ` languages="${escapeHtml(['en', ...languages].join(' '))}"` : '';
  return page(
    form.title,
    `    <p><a href="/">All forms</a></p>
    <caf-form src="/forms/${encodeURIComponent(form.id)}.json" action="/api/submissions"${offered}></caf-form>`,
  );
}
