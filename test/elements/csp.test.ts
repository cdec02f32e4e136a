// The element on a host page whose Content-Security-Policy forbids eval and inline scripts
// and styles, with the header really set by the server: it renders, is styled, submits,
// and the browser reports no violation.
import { expect } from '@open-wc/testing';
import { exampleData } from './helpers.js';

interface PageReport {
  violations: string[];
  submitted?: unknown;
  styled?: string;
  error?: string;
}

function loadStrictPage(): Promise<PageReport> {
  return new Promise((resolve, reject) => {
    const frame = document.createElement('iframe');
    const timer = setTimeout(() => reject(new Error('the strict page did not report')), 8000);
    window.addEventListener('message', function listen(e: MessageEvent<PageReport & { source?: string }>) {
      if (e.data?.source !== 'strict-page') return;
      window.removeEventListener('message', listen);
      clearTimeout(timer);
      frame.remove();
      resolve(e.data);
    });
    frame.src = '/test/csp/strict-page.html';
    document.body.append(frame);
  });
}

describe('a host page with a strict Content-Security-Policy', () => {
  it('is served with the strict header', async () => {
    const response = await fetch('/test/csp/strict-page.html');
    expect(response.headers.get('content-security-policy')).to.equal("script-src 'self'; style-src 'self'");
  });

  it('renders, styles and submits the example form with no CSP violation', async () => {
    const report = await loadStrictPage();
    expect(report.error).to.equal(undefined);
    expect(report.violations).to.deep.equal([]);
    expect(report.submitted).to.deep.equal(await exampleData());
    expect(report.styled, 'the govuk button colour applies: adopted stylesheets are allowed').to.not.equal('rgba(0, 0, 0, 0)');
  });
});
