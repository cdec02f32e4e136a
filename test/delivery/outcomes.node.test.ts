// What a submission that was not delivered tells the person (the notice) and the page
// (caf-submit-error), from delivery/outcomes.ts: a refusal's field errors go to their fields and
// only the rest is said in the notice; a queued submission's refusal stays a refusal.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { FormStore, type FormDefinition, type SubmissionEnvelope } from '@caf-forms/core';
import { notDelivered, queuedFailed, refusal, type Failed } from '../../packages/elements/src/delivery/outcomes.js';
import type { OutboxEntry } from '../../packages/elements/src/delivery/outbox.js';

const definition = {
  $schema: '../packages/core/schema/definition.schema.json',
  id: 'test',
  version: '1.0.0',
  title: 'Test',
  sections: [{ id: 'child', title: 'Child', items: [{ type: 'text', id: 'name', label: 'Name' }] }],
} as FormDefinition;
const envelope = { submissionId: 'id-1', formId: 'test', formVersion: '1.0.0', data: { child: { name: 'Ann' } } } as unknown as SubmissionEnvelope;
const refused = (status: number, errors: { path: string; message: string }[], message?: string): Failed => ({
  ok: false,
  kind: 'refused',
  detail: `status ${status}`,
  response: { status, body: {}, errors, ...(message ? { message } : {}) },
});

describe('what a failed delivery tells', () => {
  it('says a network failure as such, kept or not, and passes on the server response only when there was one', () => {
    const told = notDelivered(envelope, { ok: false, kind: 'network', detail: 'timeout' }, true, false);
    assert.deepEqual(told.outcome, { kind: 'pending', why: 'network', kept: true });
    assert.deepEqual(told.detail, { envelope, reason: 'network', kept: true, detail: 'timeout', fromOutbox: false });
    const signedOut = notDelivered(
      envelope,
      { ok: false, kind: 'signed-out', detail: 'redirect', response: { status: 302, body: undefined, errors: [] } },
      false,
      true,
    );
    assert.equal(signedOut.detail.reason, 'signed-out');
    assert.equal(signedOut.detail.response?.status, 302);
  });

  it('places a refusal’s field errors at their fields and says only the rest, with the server’s message first', () => {
    const store = new FormStore(definition);
    const told = refusal(
      store,
      envelope,
      refused(
        422,
        [
          { path: '/data/child/name', message: 'Name is on a blocklist' },
          { path: 'nowhere', message: 'Something else' },
        ],
        'Check the answers',
      ),
      false,
    );
    assert.equal(told.placed, true);
    assert.deepEqual(told.outcome, { kind: 'rejected', status: 422, messages: ['Check the answers', 'Something else'], fieldErrors: true });
    assert.equal(told.detail.reason, 'invalid');
    assert.equal(told.detail.kept, false);
    assert.deepEqual(
      store.shownSummary().map((p) => [p.path, p.message]),
      [['name', 'Name is on a blocklist']],
      'the field error is in the store, for its field and the summary',
    );
  });

  it('calls a refusal with nothing to place "refused", and says it whole', () => {
    const told = refusal(new FormStore(definition), envelope, refused(409, [], 'Already received with other answers'), false);
    assert.equal(told.placed, false);
    assert.deepEqual(told.outcome, { kind: 'rejected', status: 409, messages: ['Already received with other answers'], fieldErrors: false });
    assert.equal(told.detail.reason, 'refused');
  });

  it('keeps a queued submission’s refusal a refusal (a form of its own would have said "network")', () => {
    const entry = { submissionId: 'id-1', action: '/api', envelope, savedAt: 0, status: 'sending' } as OutboxEntry;
    assert.deepEqual(queuedFailed(entry, refused(400, [])), {
      envelope,
      reason: 'refused',
      kept: true,
      detail: 'status 400',
      response: { status: 400, body: {}, errors: [] },
      fromOutbox: true,
    });
    assert.equal(notDelivered(envelope, refused(400, []), true, true).detail.reason, 'network');
    assert.equal(queuedFailed(entry, { ok: false, kind: 'unconfirmed', detail: 'no id' }).reason, 'unconfirmed');
  });
});
