// The outbox: a submission that cannot be delivered is kept on this device, the user is told
// so, and it is sent exactly once when the server is back: on the next load of a form for that
// action, on the browser's `online` event, or when the host asks.
import { expect } from '@open-wc/testing';
import { root } from './helpers.js';
import { fillValid, log, newAction, next, place, plan, removeAll, resetStorage, submitButton, text } from './delivery-support.js';

async function submitWhileDown(action: string) {
  await plan(action, { down: true });
  const el = await place({ action });
  await fillValid(el);
  const failed = next(el, 'caf-submit-error');
  submitButton(el).click();
  const { detail } = await failed;
  await el.updateComplete;
  return { el, detail };
}

describe('the outbox', () => {
  afterEach(resetStorage);

  it('keeps a submission the server cannot be reached for, and says it is saved on this device', async () => {
    const action = newAction();
    const { el, detail } = await submitWhileDown(action);
    expect(detail.reason).to.equal('network');
    expect(detail.kept).to.equal(true);
    // Three attempts at least: Chromium itself resends a POST whose reused connection closed unanswered.
    const { attempts } = await log(action);
    expect(attempts.length, 'every attempt was made').to.be.at.least(3);
    expect(attempts.every((a) => a.key === detail.envelope.submissionId)).to.equal(true);
    const kept = await el.listOutbox(action);
    expect(kept.map((e) => e.submissionId)).to.deep.equal([detail.envelope.submissionId]);
    expect(kept[0]!.envelope).to.deep.equal(detail.envelope);
    expect(kept[0]!.action).to.equal(action);
    const notice = text(el, '.caf-notice');
    expect(notice).to.contain('Your answers have not been sent yet. They are saved on this device.');
    expect(notice).to.contain('They will be sent when there is a connection');
    expect(root(el).activeElement).to.equal(root(el).querySelector('.caf-notice'));
    expect(submitButton(el).disabled).to.equal(false);
    expect(submitButton(el).textContent.trim(), 'a second press sends the same envelope').to.equal('Try sending again');
    await expect(el).to.be.accessible();
  });

  it('sends it once when a form for that action is loaded again and the server is back', async () => {
    const action = newAction();
    const { detail } = await submitWhileDown(action);
    removeAll(); // leave the page
    // Still down: a new page tells the user it is waiting on this device.
    const waiting = await place({ action });
    await waiting.flushOutbox();
    await waiting.updateComplete;
    expect(text(waiting, '.caf-notice')).to.contain('A form filled in on this device has not been sent yet. It is saved on this device');
    await expect(waiting).to.be.accessible();
    removeAll();
    await plan(action, {});
    let sent!: Promise<GlobalEventHandlersEventMap['caf-submitted']>;
    const reloaded = await place({ action }, (el) => (sent = next(el, 'caf-submitted')));
    const delivered = await sent; // the new form sends it as it connects, unasked
    expect(delivered.detail.fromOutbox).to.equal(true);
    expect(delivered.detail.envelope.submissionId).to.equal(detail.envelope.submissionId);
    const { received, attempts } = await log(action);
    expect(received.map((r) => r.key)).to.deep.equal([detail.envelope.submissionId]);
    expect(received[0]!.body).to.deep.equal(detail.envelope);
    expect(new Set(attempts.map((a) => a.key))).to.deep.equal(new Set([detail.envelope.submissionId]));
    expect(await reloaded.listOutbox()).to.deep.equal([]);
    await reloaded.updateComplete;
    expect(root(reloaded).querySelector('.caf-notice')).to.equal(null);
  });

  it('sends it once when the browser comes back online, and tells the user', async () => {
    const action = newAction();
    const { el, detail } = await submitWhileDown(action);
    await plan(action, {});
    const delivered = next(el, 'caf-submitted');
    window.dispatchEvent(new Event('online'));
    expect((await delivered).detail.fromOutbox).to.equal(true);
    await el.updateComplete;
    expect(text(el, '.govuk-notification-banner--success')).to.contain('Your saved answers have now been sent');
    await el.flushOutbox();
    window.dispatchEvent(new Event('online'));
    await el.flushOutbox();
    expect((await log(action)).received.map((r) => r.key)).to.deep.equal([detail.envelope.submissionId]);
    expect(await el.listOutbox()).to.deep.equal([]);
  });

  it('two forms for the same action connecting together send it once', async () => {
    const action = newAction();
    const { detail } = await submitWhileDown(action);
    removeAll();
    await plan(action, {});
    const [a, b] = [await place({ action }), await place({ action })];
    await Promise.all([a.flushOutbox(), b.flushOutbox()]);
    const { received, attempts } = await log(action);
    expect(received.map((r) => r.key)).to.deep.equal([detail.envelope.submissionId]);
    // The receiver would keep one copy anyway: the lock means it is posted once, too.
    expect(attempts.filter((x) => x.status === 201 || x.status === 200).length).to.equal(1);
  });

  it('lets the host list and clear it', async () => {
    const action = newAction();
    const { el } = await submitWhileDown(action);
    expect((await el.listOutbox()).length).to.equal(1);
    await el.clearOutbox(action);
    expect(await el.listOutbox()).to.deep.equal([]);
    await plan(action, {});
    await el.flushOutbox();
    expect((await log(action)).received).to.deep.equal([]);
  });
});
