// What the element reads from a server's answer (response.ts) and where a 422's field errors go
// (server-problems.ts): messages only from JSON or text/plain and only when short, field errors
// only from a 422, and every path style a server may use, malformed ones included.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { buildModel } from '@caf-forms/core';
import type { FormDefinition } from '@caf-forms/core';
import { confirms, readResponse } from '../../packages/elements/src/delivery/response.js';
import { enginePath, problemsOf } from '../../packages/elements/src/delivery/server-problems.js';

const definition = {
  id: 'test',
  version: '1.0.0',
  title: 'Test',
  sections: [
    {
      id: 'child',
      title: 'Child',
      items: [
        { type: 'text', id: 'name', label: 'Name' },
        { type: 'date', id: 'dob', label: 'Date of birth' },
        { type: 'repeat', id: 'people', label: 'People', itemLabel: 'person', items: [{ type: 'text', id: 'who', label: 'Who' }] },
      ],
    },
  ],
} as unknown as FormDefinition;
const model = buildModel(definition);

describe('readResponse', () => {
  it("reads a JSON message and a 422's field errors, trimmed, skipping malformed ones", async () => {
    const body = {
      message: ' Closed record ',
      errors: [
        { path: 'name', message: ' Enter the name ' },
        { path: 3, message: 'x' },
        { path: 'dob', message: '  ' },
      ],
    };
    const read = await readResponse(new Response(JSON.stringify(body), { status: 422, headers: { 'Content-Type': 'application/problem+json' } }));
    assert.equal(read.message, 'Closed record');
    assert.deepEqual(read.errors, [{ path: 'name', message: 'Enter the name' }]);
  });

  it('takes errors only from a 422, a message from text/plain, and never an HTML page or a bare status text', async () => {
    const errors = { errors: [{ path: 'name', message: 'Enter the name' }] };
    assert.deepEqual((await readResponse(new Response(JSON.stringify(errors), { status: 400, headers: { 'Content-Type': 'application/json' } }))).errors, []);
    assert.equal((await readResponse(new Response('Record closed', { status: 400, headers: { 'Content-Type': 'text/plain' } }))).message, 'Record closed');
    assert.equal((await readResponse(new Response('<p>Record closed</p>', { status: 400, headers: { 'Content-Type': 'text/html' } }))).message, undefined);
    assert.equal(
      (await readResponse(new Response('Bad Request', { status: 400, statusText: 'Bad Request', headers: { 'Content-Type': 'text/plain' } }))).message,
      undefined,
    );
    assert.equal((await readResponse(new Response('x'.repeat(501), { status: 400, headers: { 'Content-Type': 'text/plain' } }))).message, undefined);
    const broken = await readResponse(new Response('{not json', { status: 400, headers: { 'Content-Type': 'application/json' } }));
    assert.equal(broken.body, '{not json');
    assert.equal(broken.message, undefined);
  });

  it('confirms a submission only when the JSON body names its id', async () => {
    const id = 'abc';
    assert.equal(
      confirms(await readResponse(new Response(JSON.stringify({ submissionId: id }), { headers: { 'Content-Type': 'application/json' } })), id),
      true,
    );
    assert.equal(confirms(await readResponse(new Response(JSON.stringify({ submissionId: id }), { headers: { 'Content-Type': 'text/plain' } })), id), false);
    assert.equal(
      confirms(await readResponse(new Response(JSON.stringify({ submissionId: 'other' }), { headers: { 'Content-Type': 'application/json' } })), id),
      false,
    );
    assert.equal(
      confirms(await readResponse(new Response(JSON.stringify([{ submissionId: id }]), { headers: { 'Content-Type': 'application/json' } })), id),
      false,
    );
  });
});

describe('server problems', () => {
  it('reads engine paths, section.field, and JSON pointers into the envelope', () => {
    assert.equal(enginePath(model, 'name'), 'name');
    assert.equal(enginePath(model, 'child.name'), 'name');
    assert.equal(enginePath(model, '/data/child/name'), 'name');
    assert.equal(enginePath(model, '#/data/child/people/1/who'), 'people.1.who');
    assert.equal(enginePath(model, 'people.0.who'), 'people.0.who');
    assert.equal(enginePath(model, '/data/child/na~1me'), 'child.na/me', 'unescaped; a field the form lacks keeps its section');
  });

  it('reads a malformed percent-encoding as written instead of throwing', () => {
    assert.equal(enginePath(model, '/data/child/%E0%A4%A'), 'child.%E0%A4%A');
    assert.deepEqual(problemsOf(model, [{ path: '/data/child/%E0%A4%A', message: 'Check it' }]), [{ path: 'child.%E0%A4%A', message: 'Check it' }]);
  });

  it('sends a whole date to its day and keeps other paths as they are', () => {
    assert.deepEqual(problemsOf(model, [{ path: '/data/child/dob', message: 'Enter a real date' }]), [
      { path: 'dob', message: 'Enter a real date', focus: 'day' },
    ]);
    assert.deepEqual(problemsOf(model, [{ path: 'people.0.who', message: 'Enter who' }]), [{ path: 'people.0.who', message: 'Enter who' }]);
  });
});
