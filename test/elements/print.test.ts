// The printed document, through Chromium's own print path (page.pdf with print media): the
// PDF holds the form's title, the submission's reference and the answers, and no buttons.
import { expect, fixture, html } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import type { FormDefinition, SubmissionEnvelope } from '@caf-forms/core';
import type { CafForm } from '../../packages/elements/src/caf-form.js';
import { fetchJson } from './helpers.js';

const printed = async (): Promise<string> => {
  const result = await executeServerCommand<{ pages: string[] }, undefined>('caf-print-pdf');
  return result.pages.join(' ');
};

describe('printing', () => {
  it('prints the read-only example as a document with its header and answers, without buttons', async () => {
    const definition = await fetchJson<FormDefinition>('/forms/example.json');
    const submission = await fetchJson<SubmissionEnvelope>('/forms/samples/example.valid.json');
    const el = await fixture<CafForm>(html`<caf-form readonly .definition=${definition} .submission=${submission}></caf-form>`);
    await el.updateComplete;
    const text = await printed();
    for (const words of [
      definition.title,
      'Form version',
      definition.version,
      submission.submissionId,
      'Submitted on',
      '20 November 2026',
      'Sally Example',
      '27 March 2014',
      'Polish',
      'Hearing impairment',
      'Jo Teacher',
      'Anna Example',
    ]) {
      expect(text, words).to.contain(words);
    }
    expect(text).to.not.match(/\b(Submit|Change|Continue|Add another)\b/);
    el.remove();
  });

  it('prints a paged form\'s "Check your answers" without its Change links and buttons', async () => {
    const definition = await fetchJson<FormDefinition>('/forms/example.json');
    const submission = await fetchJson<SubmissionEnvelope>('/forms/samples/example.valid.json');
    const el = await fixture<CafForm>(html`<caf-form paged .definition=${definition} .data=${submission.data}></caf-form>`);
    for (let page = 0; page < definition.sections.length; page++) {
      el.shadowRoot!.querySelector<HTMLButtonElement>('button[type=submit]')!.click();
      await el.updateComplete;
      await new Promise((r) => setTimeout(r, 0));
    }
    expect(el.shadowRoot!.querySelector('h1')!.textContent).to.equal('Check your answers');
    const text = await printed();
    expect(text).to.contain('Sally Example');
    expect(text).to.not.match(/\b(Submit|Change)\b/);
    el.remove();
  });

  it('prints the V&R matrix chart with its axis labels', async () => {
    const definition = await fetchJson<FormDefinition>('/forms/vulnerability-resilience.json');
    const submission = await fetchJson<SubmissionEnvelope>('/forms/samples/vulnerability-resilience.valid.json');
    const el = await fixture<CafForm>(html`<caf-form readonly .definition=${definition} .submission=${submission}></caf-form>`);
    await el.updateComplete;
    const text = await printed();
    for (const words of ['RESILIENCE', 'VULNERABILITY', 'ADVERSITY', 'PROTECTIVE ENVIRONMENT', 'Most of the pattern']) expect(text, words).to.contain(words);
    el.remove();
  });
});
