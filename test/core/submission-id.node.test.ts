// Submission ids on a plain-http intranet page, where crypto.randomUUID does not exist (it is
// only in secure contexts): made from getRandomValues instead, in the same UUID v4 form.
import assert from 'node:assert/strict';
import { afterEach, describe, it } from 'node:test';
import { newSubmissionId } from '@caf-forms/core';

const UUID_V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
const randomUUID = Object.getOwnPropertyDescriptor(Object.getPrototypeOf(globalThis.crypto), 'randomUUID')!;

describe('newSubmissionId', () => {
  afterEach(() => Object.defineProperty(Object.getPrototypeOf(globalThis.crypto), 'randomUUID', randomUUID));

  it('is a version 4 UUID where randomUUID exists', () => {
    assert.match(newSubmissionId(), UUID_V4);
  });

  it('is a version 4 UUID from getRandomValues where randomUUID is missing, and never repeats', () => {
    Object.defineProperty(Object.getPrototypeOf(globalThis.crypto), 'randomUUID', { value: undefined, configurable: true });
    assert.equal(typeof globalThis.crypto.randomUUID, 'undefined');
    const ids = Array.from({ length: 2000 }, newSubmissionId);
    for (const id of ids) assert.match(id, UUID_V4);
    assert.equal(new Set(ids).size, ids.length);
  });
});
