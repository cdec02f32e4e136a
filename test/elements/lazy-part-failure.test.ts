// A part that fails to load (a council network drops the chunk's request): the form is drawn
// without it at once, is not asked again in a loop, and after a pause the next update tries again.
import { expect, fixture, html } from '@open-wc/testing';
import { LitElement } from 'lit';
import { LazyParts } from '../../packages/elements/src/lazy-part.js';

class PartsHost extends LitElement {}
customElements.define('parts-host', PartsHost);

const pause = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

describe('a lazily loaded part that fails', () => {
  it('lets the drawing go ahead, does not ask again at once, and asks again after the pause', async () => {
    const host = await fixture<PartsHost>(html`<parts-host></parts-host>`);
    let calls = 0;
    let fail = true;
    const loader = (): Promise<{ drawn: boolean }> => {
      calls++;
      return fail ? Promise.reject(new Error('chunk not fetched')) : Promise.resolve({ drawn: true });
    };
    let loads = 0;
    const parts = new LazyParts(host, () => loads++, 50);

    expect(parts.need(loader)).to.equal(false);
    expect(parts.loading).to.equal(true);
    expect(await parts.settle()).to.equal(true);
    expect(parts.loading, 'a failed part is no longer awaited').to.equal(false);
    expect(loads, 'the form is told, so a drawing held for the part goes ahead').to.equal(1);

    expect(parts.need(loader), 'asked again at once').to.equal(false);
    expect(calls, 'not fetched again at once: no loop on a network that is down').to.equal(1);

    fail = false;
    await pause(80);
    expect(parts.need(loader)).to.equal(false);
    expect(calls, 'after the pause the next update asks again').to.equal(2);
    await parts.settle();
    expect(parts.need(loader), 'and now it is there').to.equal(true);
    expect(loads).to.equal(2);
  });
});
