// The pre-assessment checklist's live suggestion: all five "yes" says a CAF is not necessary;
// turning one answer to "no" changes it, on screen, to "consider undertaking a CAF".
import { expect } from '@open-wc/testing';
import type { FormDefinition } from '@caf-forms/core';
import { $, byId, choose, fetchJson, mount } from './helpers.js';

const QUESTIONS = ['q1Healthy', 'q2Safe', 'q3Learning', 'q4PositiveImpact', 'q5Poverty'];

describe('the pre-assessment checklist', () => {
  it('changes its suggestion live when one answer turns to "no"', async () => {
    const el = await mount(await fetchJson<FormDefinition>('/forms/pre-assessment.json'));
    // The read-out's visible text (its live region also names it, for screen readers).
    const suggestion = (): string => $(el, '.caf-computed__value').lastChild!.textContent!.trim();
    expect(suggestion()).to.equal('Answer all five questions to see the suggested next step.');
    for (const id of QUESTIONS) await choose(el, byId(el, id)); // the first option of a yes/no is Yes
    expect(suggestion()).to.contain('a CAF would not be necessary');
    await choose(el, byId(el, 'q3Learning-2')); // No
    expect(suggestion()).to.contain('you should then consider undertaking a CAF');
    expect($(el, '.caf-computed__value').getAttribute('aria-live'), 'a screen reader hears the change').to.equal('polite');
  });
});
