// The submission envelope (packages/core/src/envelope.ts): what <caf-form> posts and a server
// checks. The times and the language given are kept; the rest comes from the store.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { type FormDefinition, FormStore, createEnvelope } from '@caf-forms/core';

const definition = {
  id: 'consent',
  version: '2.1.0',
  title: 'Consent',
  sections: [{ id: 's', title: 'S', items: [{ type: 'yesno', id: 'agree', label: 'Agree' }] }],
  computed: [{ id: 'yeses', label: 'Yeses', count: { of: ['agree'], equals: 'yes' } }],
} as unknown as FormDefinition;

describe('createEnvelope', () => {
  const store = new FormStore(definition);
  store.setInput('agree', 'yes');
  const now = new Date('2026-06-15T10:05:00Z');

  it('keeps the start time, id and language it is given, and takes the answers from the store', () => {
    assert.deepEqual(createEnvelope(definition, store, { submissionId: 'id-1', startedAt: '2026-06-15T09:00:00.000Z', now, lang: 'cy' }), {
      formId: 'consent',
      formVersion: '2.1.0',
      submissionId: 'id-1',
      startedAt: '2026-06-15T09:00:00.000Z',
      submittedAt: '2026-06-15T10:05:00.000Z',
      lang: 'cy',
      data: { s: { agree: 'yes' } },
      computed: { yeses: 1 },
    });
  });

  it('without a start time, a language or an id: started now, no language, a new id each time', () => {
    const envelope = createEnvelope(definition, store, { now });
    assert.equal(envelope.startedAt, '2026-06-15T10:05:00.000Z');
    assert.equal('lang' in envelope, false);
    assert.match(envelope.submissionId, /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    assert.notEqual(createEnvelope(definition, store, { now }).submissionId, envelope.submissionId);
  });
});
