// Reflow (WCAG 1.4.10): at 320 CSS pixels wide, no form in forms/ makes the page scroll
// sideways, in any state a user meets: empty, after a failed submit, each page of paged mode,
// "Check your answers", and the read-only document of its sample. And nothing inside the form
// sticks out past the form's own edge (a long word, a wide table, a chart).
import { expect } from '@open-wc/testing';
import { executeServerCommand, setViewport } from '@web/test-runner-commands';
import type { FormDefinition, SubmissionEnvelope } from '@caf-forms/core';
import type { CafForm } from '../../packages/elements/src/caf-form.js';
import { fetchJson, mount, root, submit } from './helpers.js';

const ids = (await executeServerCommand<string[], undefined>('caf-form-ids')) ?? [];
const WIDTH = 320;

/** What sticks out: the page's own sideways scroll, and elements whose right edge passes the form's. */
function overflow(el: CafForm): string[] {
  const problems: string[] = [];
  const page = document.documentElement.scrollWidth;
  if (page > WIDTH) problems.push(`the page is ${page} px wide`);
  const edge = el.getBoundingClientRect().right + 1;
  for (const node of root(el).querySelectorAll<HTMLElement>('*')) {
    const box = node.getBoundingClientRect();
    if (box.width > 0 && box.right > edge) {
      problems.push(
        `<${node.localName} class="${node.getAttribute('class') ?? ''}"> reaches ${Math.round(box.right)} px: "${(node.textContent ?? '').trim().slice(0, 40)}"`,
      );
    }
  }
  return problems.slice(0, 5);
}

describe('reflow at 320 px', () => {
  before(async () => {
    await setViewport({ width: WIDTH, height: 800 });
    document.body.style.margin = '0';
  });
  after(async () => {
    await setViewport({ width: 800, height: 600 });
    document.body.style.margin = '';
  });

  for (const id of ids) {
    it(`${id}: empty, after a failed submit, and as a read-only document`, async () => {
      const definition = await fetchJson<FormDefinition>(`/forms/${id}.json`);
      const sample = await fetchJson<SubmissionEnvelope>(`/forms/samples/${id}.valid.json`);
      const el = await mount(definition);
      expect(overflow(el), 'empty').to.deep.equal([]);
      await submit(el);
      expect(overflow(el), 'after a failed submit').to.deep.equal([]);
      el.remove();
      const document = await mount(definition, { data: sample.data, readonly: true });
      expect(overflow(document), 'read-only, with its sample').to.deep.equal([]);
      document.remove();
    });

    it(`${id}: every page of paged mode, and "Check your answers"`, async () => {
      const definition = await fetchJson<FormDefinition>(`/forms/${id}.json`);
      const sample = await fetchJson<SubmissionEnvelope>(`/forms/samples/${id}.valid.json`);
      const el = await mount(definition, { data: sample.data });
      el.paged = true;
      await el.updateComplete;
      for (let page = 1; page <= definition.sections.length + 1; page++) {
        expect(overflow(el), `page ${page}`).to.deep.equal([]);
        const onReview = [...root(el).querySelectorAll('h1')].some((h) => h.textContent?.includes('Check your answers'));
        if (onReview) break;
        await submit(el);
      }
      const onReview = [...root(el).querySelectorAll('h1')].some((h) => h.textContent?.includes('Check your answers'));
      expect(onReview, 'the sample reaches "Check your answers"').to.equal(true);
      expect(overflow(el), 'Check your answers').to.deep.equal([]);
      el.remove();
    });
  }
});
