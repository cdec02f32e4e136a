// Posting a submission to the host's action URL: retried through 503s and timeouts with one
// Idempotency-Key, arriving once; 4xx answers shown (422's at the fields) and never retried;
// a double click sends one request.
import { expect } from '@open-wc/testing';
import { byId, describedIds, formOf, root, type } from './helpers.js';
import { fillValid, log, newAction, next, place, plan, resetStorage, submitButton, text } from './delivery-support.js';

describe('posting a submission', () => {
  afterEach(resetStorage);

  it('retries 503s with the same Idempotency-Key and the host headers; it arrives once', async () => {
    const action = newAction();
    await plan(action, { fail503: 2 });
    const el = await place({ action, headers: { 'X-CSRF-Token': 'token-1' }, retry: { attempts: 5, baseDelay: 0, maxDelay: 0, timeout: 5000 } });
    await fillValid(el);
    const submitted = next(el, 'caf-submitted');
    submitButton(el).click();
    const { detail } = await submitted;
    const { attempts, received } = await log(action);
    expect(attempts.map((a) => a.status)).to.deep.equal([503, 503, 201]);
    expect(attempts.map((a) => a.key)).to.deep.equal(Array(3).fill(detail.envelope.submissionId));
    expect(attempts.map((a) => a.headers['x-csrf-token'])).to.deep.equal(['token-1', 'token-1', 'token-1']);
    expect(attempts[0]!.headers['content-type']).to.equal('application/json');
    expect(received.length).to.equal(1);
    expect(received[0]!.body).to.deep.equal(detail.envelope);
    expect(detail.response).to.include({ status: 201 });
    expect(detail.response.body).to.deep.equal({ submissionId: detail.envelope.submissionId, reference: 'REF-1' });
    expect(detail.fromOutbox).to.equal(false);
    expect(await el.listOutbox(action), 'a delivered submission is not kept').to.deep.equal([]);
    await el.updateComplete;
    expect(text(el, '.govuk-notification-banner--success')).to.contain('Your answers have been sent');
    expect(root(el).activeElement, 'the success message has focus').to.equal(root(el).querySelector('.caf-notice'));
    await expect(el).to.be.accessible();
    // Sending the outbox now finds nothing to send.
    await el.flushOutbox();
    expect((await log(action)).received.length).to.equal(1);
  });

  it('gives up on an attempt that gets no answer in time, and retries it', async () => {
    const action = newAction();
    await plan(action, { hang: 1 });
    const el = await place({ action, retry: { attempts: 3, baseDelay: 0, maxDelay: 0, timeout: 300 } });
    await fillValid(el);
    const submitted = next(el, 'caf-submitted');
    submitButton(el).click();
    const { detail } = await submitted;
    const { attempts, received } = await log(action);
    expect(attempts.length).to.equal(2);
    expect(attempts.every((a) => a.key === detail.envelope.submissionId)).to.equal(true);
    expect(received.map((r) => r.key)).to.deep.equal([detail.envelope.submissionId]);
  });

  it('says "Sending…" on a disabled button while sending, and a double click sends one request', async () => {
    const action = newAction();
    const el = await place({ action });
    await fillValid(el);
    const submitted = next(el, 'caf-submitted');
    let submits = 0;
    el.addEventListener('caf-submit', () => submits++);
    submitButton(el).click();
    submitButton(el).click();
    await el.updateComplete;
    expect(submitButton(el).disabled).to.equal(true);
    expect(submitButton(el).textContent.trim()).to.equal('Sending…');
    submitButton(el).click(); // a disabled button: nothing happens
    await submitted;
    await el.updateComplete;
    expect(submitButton(el).disabled).to.equal(false);
    submitButton(el).click(); // after delivery: not sent again
    await el.updateComplete;
    expect(submits).to.equal(1);
    expect((await log(action)).attempts.length).to.equal(1);
  });

  it('does not post when the host cancels caf-submit', async () => {
    const action = newAction();
    const el = await place({ action });
    await fillValid(el);
    el.addEventListener('caf-submit', (e) => e.preventDefault());
    const submit = next(el, 'caf-submit');
    submitButton(el).click();
    await submit;
    await el.updateComplete;
    expect(submitButton(el).disabled).to.equal(false);
    expect((await log(action)).attempts.length).to.equal(0);
  });

  it("shows a 422's field errors at the fields and in the error summary, without retrying", async () => {
    const action = newAction();
    await plan(action, {
      status: 422,
      body: {
        errors: [
          { path: 'name', message: 'Enter the name as it is on the child’s record' },
          { path: '/data/s/dob', message: 'Date of birth must be after the child’s record was opened' },
        ],
      },
    });
    const el = await place({ action });
    await fillValid(el);
    const failed = next(el, 'caf-submit-error');
    submitButton(el).click();
    const { detail } = await failed;
    expect(detail.reason).to.equal('invalid');
    expect(detail.response!.status).to.equal(422);
    await el.updateComplete;
    const summary = [...root(el).querySelectorAll('.govuk-error-summary__list a')].map((a) => a.textContent);
    expect(summary).to.deep.equal(['Enter the name as it is on the child’s record', 'Date of birth must be after the child’s record was opened']);
    expect(root(el).activeElement, 'the summary has focus').to.equal(root(el).querySelector('.govuk-error-summary'));
    const name = byId(el, 'name');
    expect(name.getAttribute('aria-invalid')).to.equal('true');
    const nameError = describedIds(name)
      .map((id) => root(el).getElementById(id)!.textContent)
      .join(' ');
    expect(nameError).to.contain('Enter the name as it is on the child’s record');
    const dob = byId(el, 'dob-day').closest('fieldset')!;
    expect(
      describedIds(dob)
        .map((id) => root(el).getElementById(id)!.textContent)
        .join(' '),
    ).to.contain('Date of birth must be after');
    expect(root(el).querySelector('.caf-delivery-error'), 'no second "There is a problem"').to.equal(null);
    await expect(el).to.be.accessible();
    // The summary link takes focus to the day of the date.
    root(el).querySelectorAll<HTMLAnchorElement>('.govuk-error-summary__list a')[1]!.click();
    expect(root(el).activeElement).to.equal(byId(el, 'dob-day'));
    // Changing the name clears its server error; the date's stays until the date changes.
    await type(el, name, 'Sally Ann Example');
    expect(name.hasAttribute('aria-invalid')).to.equal(false);
    expect(
      describedIds(dob)
        .map((id) => root(el).getElementById(id)!.textContent)
        .join(' '),
    ).to.contain('Date of birth must be after');
    // The summary stays as the server left it until the next submit (GOV.UK).
    expect([...root(el).querySelectorAll('.govuk-error-summary__list a')].map((a) => a.textContent)).to.have.length(2);
    expect((await log(action)).attempts.length).to.equal(1);
    expect(await el.listOutbox(action)).to.deep.equal([]);
  });

  it('shows a readable message for a 400 without details, and does not retry it', async () => {
    const action = newAction();
    await plan(action, { status: 400 });
    const el = await place({ action });
    await fillValid(el);
    const failed = next(el, 'caf-submit-error');
    submitButton(el).click();
    expect((await failed).detail.reason).to.equal('refused');
    await el.updateComplete;
    expect(text(el, '.caf-delivery-error')).to.contain('There is a problem');
    expect(text(el, '.caf-delivery-error')).to.contain('Your answers could not be sent (error 400). Try again later.');
    expect(root(el).activeElement).to.equal(root(el).querySelector('.caf-delivery-error'));
    await expect(el).to.be.accessible();
    expect((await log(action)).attempts.length).to.equal(1);
    expect(await el.listOutbox(action)).to.deep.equal([]);
  });

  it("shows the server's own message, from JSON or plain text", async () => {
    for (const body of [{ message: 'This child’s record is closed.' }, 'This child’s record is closed.']) {
      const action = newAction();
      await plan(action, { status: 409, body });
      const el = await place({ action });
      await fillValid(el);
      const failed = next(el, 'caf-submit-error');
      submitButton(el).click();
      expect((await failed).detail.response!.message).to.equal('This child’s record is closed.');
      await el.updateComplete;
      expect(text(el, '.caf-delivery-error')).to.contain('Your answers could not be sent: This child’s record is closed.');
      expect((await log(action)).attempts.length).to.equal(1);
    }
  });

  it('in paged mode, takes a 422 from "Check your answers" back to the page of the first error', async () => {
    const action = newAction();
    await plan(action, { status: 422, body: { errors: [{ path: 'extra', message: 'Enter the school the record names' }] } });
    const paged = formOf([], {
      sections: [
        { id: 'one', title: 'The child', items: [{ type: 'text', id: 'name', label: 'Full name', required: true }] },
        { id: 'two', title: 'School', items: [{ type: 'text', id: 'extra', label: 'School' }] },
      ],
    });
    const el = await place({ action, definition: paged });
    el.paged = true;
    await el.updateComplete;
    await type(el, byId(el, 'name'), 'Sally Example');
    submitButton(el).click(); // Continue
    await el.updateComplete;
    submitButton(el).click(); // Continue to Check your answers
    await el.updateComplete;
    expect(root(el).querySelector('h1')!.textContent).to.equal('Check your answers');
    const failed = next(el, 'caf-submit-error');
    submitButton(el).click();
    expect((await failed).detail.reason).to.equal('invalid');
    await el.updateComplete;
    await el.updateComplete;
    expect(root(el).querySelector('section h2')!.textContent).to.equal('Section 2 of 2: School');
    expect(byId(el, 'extra').getAttribute('aria-invalid')).to.equal('true');
    expect(root(el).activeElement).to.equal(root(el).querySelector('.govuk-error-summary'));
  });
});
