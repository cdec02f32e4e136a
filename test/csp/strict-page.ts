// The host page's script: renders the example form, fills it with the sample answers,
// submits it, and reports to the test (the parent frame) what happened and every CSP violation.
import '../../packages/elements/src/define.js';
import type { CafForm } from '../../packages/elements/src/caf-form.js';
import type { SubmissionEnvelope } from '@caf-forms/core';

const violations: string[] = [];
document.addEventListener('securitypolicyviolation', (e) => violations.push(`${e.violatedDirective}: ${e.blockedURI}`));

const report = (result: Record<string, unknown>): void => window.parent.postMessage({ source: 'strict-page', violations, ...result }, '*');

async function run(): Promise<void> {
  const form = document.querySelector<CafForm>('caf-form')!;
  const sample = (await (await fetch('/forms/samples/example.valid.json')).json()) as SubmissionEnvelope;
  form.addEventListener('caf-definition-error', () => report({ error: 'definition problems' }));
  // Wait until the fetched definition has rendered its submit button.
  while (!form.shadowRoot?.querySelector('button[type=submit]')) await new Promise((r) => setTimeout(r, 20));
  const styled = getComputedStyle(form.shadowRoot.querySelector('button[type=submit]')!).backgroundColor;
  form.data = sample.data;
  await form.updateComplete;
  form.addEventListener('caf-submit', (e) => {
    e.preventDefault();
    report({ submitted: e.detail.envelope.data, styled });
  });
  form.shadowRoot.querySelector<HTMLButtonElement>('button[type=submit]')!.click();
}

run().catch((error: unknown) => report({ error: String(error) }));
