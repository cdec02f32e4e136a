// The designer's Save endpoint (added to Storybook's dev server in .storybook/main.ts): it
// writes forms/<id>.json only from this machine, only for a definition that passes
// checkDefinition, never over another form, and in the file's own layout.
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, rmSync, existsSync } from 'node:fs';
import { createServer, request, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { checkDefinition } from '@caf-forms/core';
import { SAVE_PATH, saveHandler } from '../../.storybook/save-endpoint.js';
import { formatLike } from '../../stories/designer/format-like.js';

let dir: string;
let server: Server;
let port: number;
const written: string[] = [];

before(async () => {
  dir = mkdtempSync(join(tmpdir(), 'caf-save-'));
  cpSync(new URL('../../forms/consent.json', import.meta.url), join(dir, 'consent.json'));
  const handle = saveHandler({
    formsDir: dir,
    check: async (d) => checkDefinition(d).problems,
    format: async (d, original) => formatLike(d, original),
    written: (file) => written.push(file),
  });
  server = createServer((req, res) => void handle(req, res, () => res.writeHead(404).end()));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as { port: number }).port;
});
after(async () => {
  await new Promise((resolve) => server.close(resolve));
  rmSync(dir, { recursive: true, force: true });
});

function post(
  body: unknown,
  headers: Record<string, string> = {},
  method = 'POST',
): Promise<{ status: number; body: { ok: boolean; message?: string; text?: string; file?: string } }> {
  return new Promise((resolve, reject) => {
    const req = request(
      { host: '127.0.0.1', port, path: SAVE_PATH, method, headers: { 'content-type': 'application/json', host: `localhost:${port}`, ...headers } },
      (res) => {
        let text = '';
        res.on('data', (c: Buffer) => {
          text += c.toString();
        });
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body: JSON.parse(text) as never }));
      },
    );
    req.on('error', reject);
    req.end(typeof body === 'string' ? body : JSON.stringify(body));
  });
}

const consent = (): Record<string, unknown> & { title: string; sections: { items: { label?: string }[] }[] } =>
  JSON.parse(readFileSync(new URL('../../forms/consent.json', import.meta.url), 'utf8'));

describe('the save endpoint', () => {
  it('writes the form, laid out as its file was', async () => {
    const d = consent();
    d.sections[0]!.items[0]!.label = 'Changed';
    const { status, body } = await post({ from: 'consent', definition: d });
    assert.equal(status, 200, body.message);
    assert.equal(body.file, 'forms/consent.json');
    const text = readFileSync(join(dir, 'consent.json'), 'utf8');
    assert.equal(text, body.text);
    const original = readFileSync(new URL('../../forms/consent.json', import.meta.url), 'utf8');
    assert.equal(text.split('\n').filter((line, i) => line !== original.split('\n')[i]).length, 1, 'one line changed');
    assert.deepEqual(written, [join(dir, 'consent.json')], 'the dev server is told, so it does not reload the designer');
  });

  it('writes a new form as a new file', async () => {
    const d = { ...consent(), id: 'consent-copy' };
    const { status } = await post({ from: undefined, definition: d });
    assert.equal(status, 200);
    assert.ok(existsSync(join(dir, 'consent-copy.json')));
  });

  it('refuses a definition with problems, and writes nothing', async () => {
    const d = consent();
    d.title = '';
    const before = readFileSync(join(dir, 'consent.json'), 'utf8');
    const { status, body } = await post({ from: 'consent', definition: d });
    assert.equal(status, 422);
    assert.match(body.message ?? '', /problem/);
    assert.equal(readFileSync(join(dir, 'consent.json'), 'utf8'), before);
  });

  it('refuses to overwrite another form with a new one', async () => {
    const { status } = await post({ from: 'something-else', definition: consent() });
    assert.equal(status, 409);
  });

  it('refuses an id that is not a form id (no paths)', async () => {
    for (const id of ['../package', 'a/b', 'Consent', '']) {
      const { status } = await post({ from: id, definition: { ...consent(), id } });
      assert.equal(status, 400, id);
    }
  });

  it('refuses requests from another site or host name, other methods and other content types', async () => {
    assert.equal((await post({ definition: consent() }, { origin: 'https://evil.example' })).status, 403);
    assert.equal((await post({ definition: consent() }, { host: 'evil.example' })).status, 403, 'DNS rebinding');
    assert.equal((await post({ definition: consent() }, { 'content-type': 'text/plain' })).status, 415);
    assert.equal((await post('', {}, 'PUT')).status, 405);
    assert.equal((await post('{not json')).status, 400);
  });
});
