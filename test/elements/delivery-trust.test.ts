// Delivery as a council network and a shared computer really behave: a sign-in redirect, a
// proxy's 200 page, a 2xx that names nothing, an expired session, a refusal of a queued entry, a
// gateway that gives up after storing, two workers on one browser, expiry and encryption. Every
// scenario ends by counting the rows the server kept and the entries left on this device.
import { expect } from '@open-wc/testing';
import { byId, root } from './helpers.js';
import {
  WORKER_A,
  WORKER_B,
  fillValid,
  log,
  newAction,
  next,
  place,
  plan,
  rawRecords,
  removeAll,
  resetStorage,
  submitButton,
  text,
} from './delivery-support.js';
import type { CafForm } from '../../packages/elements/src/caf-form.js';

/** The rows the server kept for this action, and the outbox entries on this device for it. */
async function counts(action: string): Promise<{ rows: number; entries: number }> {
  const rows = (await log(action)).received.length;
  const entries = (await rawRecords('outbox')).filter((r) => r.action === action).length;
  return { rows, entries };
}

async function submit(el: CafForm): Promise<GlobalEventHandlersEventMap['caf-submit-error']> {
  await fillValid(el);
  const failed = next(el, 'caf-submit-error');
  submitButton(el).click();
  const event = await failed;
  await el.updateComplete;
  return event;
}

const DAY = 24 * 3_600_000;

describe('delivery that can be trusted', () => {
  afterEach(resetStorage);

  for (const [name, p, message] of [
    ['a redirect to a sign-in page', { redirect: true }, 'redirect'],
    ["a proxy's 200 HTML page", { html200: true }, 'HTTP 200'],
    ['a 200 that does not name the submission', { noId: true }, 'HTTP 200'],
  ] as const) {
    it(`does not call ${name} "sent": it is kept, and the user is told`, async () => {
      const action = newAction();
      await plan(action, p);
      const el = await place({ action });
      let sent = false;
      el.addEventListener('caf-submitted', () => (sent = true));
      const { detail } = await submit(el);
      expect(sent).to.equal(false);
      expect(detail.reason).to.equal('unconfirmed');
      expect(detail.kept).to.equal(true);
      expect(detail.detail).to.contain(message);
      const notice = text(el, '.caf-notice');
      expect(notice).to.not.contain('have been sent');
      expect(notice).to.contain('We could not confirm that the service received them. You may need to sign in again');
      expect(notice).to.contain('They are saved on this device');
      expect((await el.listOutbox(action))[0]!.status).to.equal('unconfirmed');
      expect(byId(el, 'name').matches(':disabled'), 'the submitted answers cannot be changed under it').to.equal(true);
      await expect(el).to.be.accessible();
      expect(await counts(action)).to.deep.equal({ rows: 0, entries: 1 });
    });
  }

  it('a 401 means "sign in again": kept, counted, and delivered when the host flushes after sign-in', async () => {
    const action = newAction();
    await plan(action, { status: 401 });
    const el = await place({ action });
    const { detail } = await submit(el);
    expect(detail.reason).to.equal('signed-out');
    expect(detail.kept).to.equal(true);
    expect(text(el, '.caf-notice')).to.contain('You need to sign in again');
    expect((await log(action)).attempts.length, 'not retried while signed out').to.equal(1);
    removeAll();
    // A new page, still signed out: the entry is counted as waiting.
    const waiting = await place({ action });
    await waiting.flushOutbox();
    await waiting.updateComplete;
    expect(text(waiting, '.caf-notice')).to.contain('A form filled in on this device has not been sent yet');
    // Signed in again: the host sends what waits.
    await plan(action, {});
    const delivered = next(waiting, 'caf-submitted');
    await waiting.flushOutbox();
    expect((await delivered).detail.envelope.submissionId).to.equal(detail.envelope.submissionId);
    expect(await counts(action)).to.deep.equal({ rows: 1, entries: 0 });
  });

  for (const [status, body, shown] of [
    [422, { message: 'This child’s record is closed.' }, 'This child’s record is closed.'],
    [409, undefined, 'The service refused it (error 409).'],
  ] as const) {
    it(`shows a queued entry refused with ${status}, to view, copy or discard; never kept silently`, async () => {
      const action = newAction();
      await plan(action, { down: true });
      const { detail } = await submit(await place({ action }));
      removeAll();
      await plan(action, { status, ...(body ? { body } : {}) });
      let copiedText = '';
      const clipboard = Object.getOwnPropertyDescriptor(Navigator.prototype, 'clipboard');
      Object.defineProperty(navigator, 'clipboard', { configurable: true, value: { writeText: async (t: string) => void (copiedText = t) } });
      try {
        let failed!: Promise<GlobalEventHandlersEventMap['caf-submit-error']>;
        const el = await place({ action }, (e) => (failed = next(e, 'caf-submit-error')));
        const event = await failed;
        expect(event.detail).to.include({ reason: 'refused', kept: true, fromOutbox: true });
        await el.updateComplete;
        const notice = root(el).querySelector('.caf-refused')!;
        expect(notice.textContent).to.contain('was not accepted');
        expect(notice.textContent).to.contain(shown);
        // View: the answers as the document, inside a details element.
        expect(notice.querySelector('details')!.textContent).to.contain('Sally Example');
        await expect(el).to.be.accessible();
        notice.querySelector<HTMLButtonElement>('.caf-copy')!.click();
        await new Promise((r) => setTimeout(r, 0));
        await el.updateComplete;
        expect(copiedText).to.contain('Full name: Sally Example');
        expect(text(el, '.caf-refused [role=status]')).to.equal('The answers have been copied');
        expect(await counts(action), 'kept until the person decides').to.deep.equal({ rows: 0, entries: 1 });
        root(el).querySelector<HTMLButtonElement>('.caf-discard')!.click();
        await new Promise((r) => setTimeout(r, 50));
        await el.updateComplete;
        expect(root(el).querySelector('.caf-refused')).to.equal(null);
        expect(detail.envelope.submissionId).to.be.a('string');
        expect(await counts(action)).to.deep.equal({ rows: 0, entries: 0 });
      } finally {
        if (clipboard) Object.defineProperty(navigator, 'clipboard', clipboard);
        else delete (navigator as { clipboard?: unknown }).clipboard;
      }
    });
  }

  it('a 504 after the server stored it, then "Try sending again": one row, and the user is told it was sent', async () => {
    const action = newAction();
    await plan(action, { storeThen504: 3 });
    const el = await place({ action });
    const { detail } = await submit(el);
    expect(detail.reason).to.equal('network');
    expect(submitButton(el).textContent.trim()).to.equal('Try sending again');
    const sent = next(el, 'caf-submitted');
    submitButton(el).click();
    const { detail: delivered } = await sent;
    expect(delivered.envelope, 'the very same envelope, submittedAt included').to.deep.equal(detail.envelope);
    await el.updateComplete;
    expect(text(el, '.govuk-notification-banner--success')).to.contain('Your answers have been sent');
    const { received, attempts } = await log(action);
    expect(new Set(attempts.map((a) => a.key))).to.deep.equal(new Set([detail.envelope.submissionId]));
    expect(received[0]!.body).to.deep.equal(detail.envelope);
    expect(await counts(action)).to.deep.equal({ rows: 1, entries: 0 });
  });

  it('the tab closed while the server holds the first POST: reopened, the same id arrives once', async () => {
    const action = newAction();
    await plan(action, { storeThenHold: true });
    const frame = document.createElement('iframe');
    frame.src = `/test/elements/fixtures/delivery-frame.html?action=${encodeURIComponent(action)}&scope=${WORKER_A}`;
    document.body.append(frame);
    // The frame fills the form in and submits it; wait until the server holds that POST.
    for (let waited = 0; !(await log(action)).attempts.some((a) => a.status === 'held'); waited += 50) {
      if (waited > 8000) throw new Error('the frame never submitted');
      await new Promise((r) => setTimeout(r, 50));
    }
    const [kept] = await rawRecords('outbox');
    expect(kept, 'frozen in the outbox before the first attempt').to.include({ action, status: 'sending' });
    frame.remove(); // the tab is closed: its request is abandoned
    await plan(action, {});
    let submitted!: Promise<GlobalEventHandlersEventMap['caf-submitted']>;
    await place({ action }, (el) => (submitted = next(el, 'caf-submitted')));
    const { detail } = await submitted;
    expect(detail.envelope.submissionId).to.equal(kept!.key);
    const { received } = await log(action);
    expect(received.map((r) => r.key)).to.deep.equal([kept!.key]);
    expect(await counts(action)).to.deep.equal({ rows: 1, entries: 0 });
  });

  it("two people on one browser: B never sees, sends or hears of A's entries; A's go when A returns", async () => {
    const action = newAction();
    await plan(action, { down: true });
    const a = await place({ action, autosave: true });
    const { detail } = await submit(a);
    removeAll();
    await plan(action, {});
    const heard: string[] = [];
    const listen = (el: CafForm): void => {
      for (const name of ['caf-submitted', 'caf-submit-error', 'caf-storage-expired'] as const) el.addEventListener(name, () => heard.push(name));
    };
    const b = await place({ action, autosave: true, storageScope: WORKER_B }, listen);
    await b.flushOutbox();
    await b.updateComplete;
    expect(heard, "no event about A's entries").to.deep.equal([]);
    expect(await b.listOutbox()).to.deep.equal([]);
    expect(byId(b, 'name').value, "A's answers are not restored for B").to.equal('');
    expect(root(b).querySelector('.caf-notice'), 'nothing waiting for B').to.equal(null);
    expect(
      (await log(action)).attempts.filter((x) => x.status !== 'dropped'),
      "nothing was sent with B's session",
    ).to.deep.equal([]);
    expect(await counts(action)).to.deep.equal({ rows: 0, entries: 1 });
    removeAll();
    let submitted!: Promise<GlobalEventHandlersEventMap['caf-submitted']>;
    await place({ action, storageScope: WORKER_A }, (el) => (submitted = next(el, 'caf-submitted')));
    expect((await submitted).detail.envelope.submissionId).to.equal(detail.envelope.submissionId);
    expect(await counts(action)).to.deep.equal({ rows: 1, entries: 0 });
  });

  it('expires drafts after draft-ttl and the outbox after outbox-ttl, reporting ids and ages but no answers, and only to their person', async () => {
    const action = newAction();
    await plan(action, { down: true });
    const now = Date.now();
    await submit(await place({ action, clock: () => now }));
    const draftForm = await place({ autosave: true, draftKey: 'child-1', clock: () => now });
    await fillValid(draftForm);
    const bForm = await place({ action, storageScope: WORKER_B, clock: () => now });
    await submit(bForm);
    removeAll();
    await new Promise((r) => setTimeout(r, 100)); // the draft's last write
    expect((await rawRecords('drafts')).length).to.equal(1);
    expect((await rawRecords('outbox')).length).to.equal(2);
    // A day and an hour later: the draft has expired (24 h), the outbox has not (7 days).
    let expired!: Promise<GlobalEventHandlersEventMap['caf-storage-expired']>;
    await place({ autosave: true, draftKey: 'child-1', clock: () => now + DAY + 3_600_000 }, (el) => (expired = next(el, 'caf-storage-expired')));
    const first = (await expired).detail;
    expect(first.outbox).to.deep.equal([]);
    expect(first.drafts).to.have.length(1);
    expect(first.drafts[0]!.formId).to.equal('test');
    expect(first.drafts[0]!.ageMs).to.be.greaterThan(DAY);
    expect((await rawRecords('drafts')).length).to.equal(0);
    removeAll();
    // Eight days later: A's outbox entry expires and is reported to A; B's is removed too, unreported.
    const events: GlobalEventHandlersEventMap['caf-storage-expired'][] = [];
    const el = await place({ action, clock: () => now + 8 * DAY }, (e) => e.addEventListener('caf-storage-expired', (ev) => events.push(ev)));
    await el.flushOutbox();
    expect(events).to.have.length(1);
    const { outbox } = events[0]!.detail;
    expect(outbox).to.have.length(1);
    expect(outbox[0]!.formId).to.equal('test');
    expect(JSON.stringify(events[0]!.detail)).to.not.contain('Sally');
    expect(await counts(action)).to.deep.equal({ rows: 0, entries: 0 });
  });

  it("with a key from the host, nothing stored contains the child's name; another key cannot open it", async () => {
    const action = newAction();
    const key = await crypto.subtle.generateKey({ name: 'AES-GCM', length: 256 }, false, ['encrypt', 'decrypt']);
    await plan(action, { down: true });
    const el = await place({ action, autosave: true, draftKey: 'child-2', storageKey: key });
    await fillValid(el);
    await new Promise((r) => setTimeout(r, 700)); // the draft is written after a pause in typing
    const drafts = await rawRecords('drafts');
    expect(drafts).to.have.length(1);
    const failed = next(el, 'caf-submit-error');
    submitButton(el).click();
    await failed;
    const stored = [...(await rawRecords('outbox')), ...drafts];
    const bytes = stored
      .map((r) => {
        const sealed = r.sealed as { data?: ArrayBuffer; plain?: unknown };
        return JSON.stringify(r) + (sealed.data ? new TextDecoder('latin1').decode(sealed.data) : '');
      })
      .join('');
    expect(
      stored.every((r) => (r.sealed as { data?: unknown }).data instanceof ArrayBuffer),
      'every payload is encrypted',
    ).to.equal(true);
    expect(bytes).to.not.contain('Sally');
    expect(bytes).to.not.contain('2014');
    removeAll();
    const otherKey = await crypto.subtle.generateKey({ name: 'AES-GCM', length: 256 }, false, ['encrypt', 'decrypt']);
    const other = await place({ action, storageKey: otherKey });
    expect(await other.listOutbox(), "another session's key opens nothing").to.deep.equal([]);
    removeAll();
    await plan(action, {});
    let submitted!: Promise<GlobalEventHandlersEventMap['caf-submitted']>;
    await place({ action, storageKey: key }, (e) => (submitted = next(e, 'caf-submitted')));
    expect((await submitted).detail.envelope.data).to.deep.equal({ s: { name: 'Sally Example', dob: '2014-03-27' } });
    expect(await counts(action)).to.deep.equal({ rows: 1, entries: 0 });
  });

  it('a 422 whose path is a malformed pointer leaves the form usable, with the message shown', async () => {
    const action = newAction();
    await plan(action, { status: 422, body: { errors: [{ path: '/data/s/%E0%A4%A', message: 'Check the answer about the school' }] } });
    const el = await place({ action });
    const { detail } = await submit(el);
    expect(detail.reason).to.equal('refused');
    expect(text(el, '.caf-delivery-error')).to.contain('Check the answer about the school');
    expect(submitButton(el).disabled).to.equal(false);
    expect(submitButton(el).textContent.trim()).to.equal('Submit');
    expect(byId(el, 'name').matches(':disabled'), 'the answers can be corrected').to.equal(false);
    expect(await counts(action)).to.deep.equal({ rows: 0, entries: 0 });
  });

  it('every status the server can answer leaves the form usable, with a message and no "sent"', async () => {
    for (const status of [204, 400, 401, 403, 404, 405, 409, 410, 413, 418, 419, 422, 451, 500, 502, 503, 504]) {
      const action = newAction();
      await plan(action, { status, body: status === 204 ? undefined : '<html><body>Oops</body></html>' });
      const el = await place({ action });
      const { detail } = await submit(el);
      expect(detail.reason, `HTTP ${status}`).to.be.oneOf(['refused', 'signed-out', 'unconfirmed', 'network']);
      expect(submitButton(el).disabled, `HTTP ${status}: the button works`).to.equal(false);
      expect(text(el, '.caf-notice'), `HTTP ${status}: the user is told`).to.not.equal('');
      expect(text(el, '.caf-notice'), `HTTP ${status}`).to.not.contain('have been sent');
      const { entries } = await counts(action);
      expect(entries, `HTTP ${status}: kept unless refused`).to.equal(detail.reason === 'refused' ? 0 : 1);
      removeAll();
    }
  });

  it('on a page served over plain http from an intranet name (not a secure context), it submits', async () => {
    const action = newAction();
    const frame = document.createElement('iframe');
    const origin = `http://caf-intranet.test:${location.port}`;
    frame.src = `${origin}/test/elements/fixtures/delivery-frame.html?action=${encodeURIComponent(action)}&scope=${WORKER_A}&report=1`;
    const reported = new Promise<Record<string, unknown>>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('no report from the frame')), 10_000);
      window.addEventListener('message', function onMessage(e) {
        if (e.origin !== origin) return;
        clearTimeout(timer);
        window.removeEventListener('message', onMessage);
        resolve(e.data as Record<string, unknown>);
      });
    });
    document.body.append(frame);
    try {
      const report = await reported;
      expect(report).to.include({ secure: false, randomUUID: false, locks: false, event: 'caf-submitted', left: 0 });
      expect(report.submissionId).to.match(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
      expect((await log(action)).received.map((r) => r.key)).to.deep.equal([report.submissionId]);
    } finally {
      frame.remove();
    }
  });
});
