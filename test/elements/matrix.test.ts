// The V&R tool's resilience/vulnerability matrix: the counts, the chart's points and the
// sentence that names the quadrant follow the answers as they change.
import { expect } from '@open-wc/testing';
import type { FormDefinition } from '@caf-forms/core';
import { $, choose, byId, fetchJson, mount, root } from './helpers.js';
import type { CafForm } from '../../packages/elements/src/caf-form.js';

const CENTRE = { x: 260, y: 210 };
const HALF_AXIS = 160;

const point = (el: CafForm, side: string): { x: number; y: number } => {
  const circle = $(el, `.caf-matrix__point--${side}`);
  return { x: Number(circle.getAttribute('cx')), y: Number(circle.getAttribute('cy')) };
};
const counts = (el: CafForm): string[] => [...root(el).querySelectorAll('.caf-matrix__count')].map((c) => c.textContent.trim());
const summary = (el: CafForm): string => $(el, '.caf-matrix__summary').textContent.trim();

/** Grid answers of 'yes' for the first n rows (s2q1, s2q2, …) of a section's grid. */
const yeses = (prefix: string, n: number): Record<string, string> => Object.fromEntries(Array.from({ length: n }, (_, i) => [`${prefix}q${i + 1}`, 'yes']));

describe('the resilience/vulnerability matrix', () => {
  it('draws each count on its axis, scaled to its section, and names the dominant quadrant', async () => {
    const definition = await fetchJson<FormDefinition>('/forms/vulnerability-resilience.json');
    const el = await mount(definition, {
      data: {
        section3: { resilience: yeses('s3', 11) },
        section5: { protectiveEnvironment: yeses('s5', 3) },
        section2: { vulnerability: yeses('s2', 2) },
      },
    });
    expect(counts(el)).to.deep.equal(['11 out of 11', '2 out of 8', '0 out of 17', '3 out of 9']);
    expect(point(el, 'up')).to.deep.equal({ x: CENTRE.x, y: CENTRE.y - HALF_AXIS });
    expect(point(el, 'down')).to.deep.equal({ x: CENTRE.x, y: CENTRE.y + HALF_AXIS * (2 / 8) });
    expect(point(el, 'left')).to.deep.equal(CENTRE);
    expect(point(el, 'right').x).to.be.closeTo(CENTRE.x + HALF_AXIS * (3 / 9), 1e-9);
    expect(summary(el)).to.equal('Most of the pattern is in the top right quadrant: A resilient child living in a protective environment.');
    await expect(el).to.be.accessible();
  });

  it('moves as an answer changes', async () => {
    const definition = await fetchJson<FormDefinition>('/forms/vulnerability-resilience.json');
    const el = await mount(definition);
    expect(summary(el)).to.contain('no "Yes" answers yet');
    await choose(el, byId(el, 'vulnerability-s2q1'));
    await choose(el, byId(el, 'adversity-s4q1'));
    expect(counts(el)).to.deep.equal(['0 out of 11', '1 out of 8', '1 out of 17', '0 out of 9']);
    expect(point(el, 'down').y).to.equal(CENTRE.y + HALF_AXIS / 8);
    expect(summary(el)).to.contain('bottom left quadrant: A vulnerable child living in an adverse environment');
  });

  it('is in the document view too', async () => {
    const definition = await fetchJson<FormDefinition>('/forms/vulnerability-resilience.json');
    const el = await mount(definition, { data: { section2: { vulnerability: yeses('s2', 8) } }, readonly: true });
    expect(point(el, 'down').y).to.equal(CENTRE.y + HALF_AXIS);
    expect(counts(el)[1]).to.equal('8 out of 8');
  });
});
