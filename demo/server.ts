// The demo site: the forms embedded in plain pages, sending to the reference receiver mounted
// at /api on the same origin. Pages carry a strict CSP (no inline script or style, no eval).
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { readFile, readdir } from 'node:fs/promises';
import { extname, join, resolve } from 'node:path';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import type { FormDefinition } from '@caf-forms/core';
import { applyServerTimeouts, createReceiver, type Receiver } from '@caf-forms/server';
import { formPage, indexPage } from './pages.js';

const root = fileURLToPath(new URL('..', import.meta.url));

export const PAGE_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; " +
  "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

export interface DemoOptions {
  port?: number;
  host?: string;
  /** Compiled forms (caf-forms build's output). */
  formsDir?: string;
  /** The one-file element bundle's folder. */
  bundleDir?: string;
  dataDir?: string;
  token?: string;
  env?: Record<string, string | undefined>;
}

export interface Demo {
  url: string;
  receiver: Receiver;
  close(): Promise<void>;
}

const TYPES: Record<string, string> = {
  '.js': 'text/javascript',
  '.map': 'application/json',
  '.json': 'application/json',
  '.css': 'text/css',
  '.html': 'text/html',
};

export async function startDemo(options: DemoOptions = {}): Promise<Demo> {
  const formsDir = options.formsDir ?? join(root, 'dist/forms');
  const bundleDir = options.bundleDir ?? join(root, 'packages/elements/dist');
  const forms = await loadDefinitions(formsDir);
  const receiver = await createReceiver({ formsDir, dataDir: options.dataDir ?? join(root, 'data'), token: options.token, basePath: '/api', env: options.env });
  const byId = new Map(forms.map((f) => [f.id, f]));
  const languages = await languagesOf(formsDir);

  const serve = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    if (await receiver.handle(req, res)) return; // (it also refuses a target not starting with a single "/")
    const path = new URL(req.url ?? '/', 'http://localhost').pathname;
    if (req.method !== 'GET' && req.method !== 'HEAD') return send(res, 405, 'text/plain', 'Method not allowed');
    if (path === '/') return send(res, 200, 'text/html', indexPage(forms));
    const formPageMatch = /^\/forms\/([\w-]+)\.html$/.exec(path);
    const form = formPageMatch && byId.get(formPageMatch[1]!);
    if (form) return send(res, 200, 'text/html', formPage(form, languages.get(form.id) ?? []));
    // A form's content in another language (caf-forms build's <id>.<lang>.json), fetched by <caf-form lang>.
    const languageMatch = /^\/forms\/([\w-]+)\.([A-Za-z]{2,3}(?:-[A-Za-z0-9]+)*)\.json$/.exec(path);
    if (languageMatch && languages.get(languageMatch[1]!)?.includes(languageMatch[2]!))
      return sendFile(res, join(formsDir, `${languageMatch[1]}.${languageMatch[2]}.json`));
    const definitionMatch = /^\/forms\/([\w-]+)\.json$/.exec(path);
    if (definitionMatch && byId.has(definitionMatch[1]!)) return sendFile(res, join(formsDir, `${definitionMatch[1]}.json`));
    // The bundle and the chunks it loads when needed (caf-forms-*.js), with their source maps.
    const bundleFile = /^\/(caf-forms[\w-]*\.js(?:\.map)?)$/.exec(path);
    if (bundleFile) return sendFile(res, join(bundleDir, bundleFile[1]!));
    if (path === '/site.css') return sendFile(res, join(root, 'demo/site.css'));
    return send(res, 404, 'text/plain', 'Not found');
  };

  const server: Server = applyServerTimeouts(
    createServer((req, res) => {
      serve(req, res).catch((error: unknown) => {
        if (!res.headersSent) send(res, 500, 'text/plain', 'Something went wrong on the demo server.');
        console.error(error);
      });
    }),
  );
  const host = options.host ?? '127.0.0.1';
  await new Promise<void>((done, fail) => {
    server.once('error', fail);
    server.listen(options.port ?? 8080, host, () => done());
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://${host === '127.0.0.1' ? 'localhost' : host}:${port}`,
    receiver,
    async close() {
      server.closeAllConnections();
      await new Promise<void>((done) => server.close(() => done()));
      await receiver.close();
    },
  };
}

async function loadDefinitions(dir: string): Promise<FormDefinition[]> {
  // <id>.<lang>.json are a form's translations (caf-forms build), not forms of their own
  const names = (await readdir(dir)).filter((n) => n.endsWith('.json') && !n.endsWith('.schema.json') && n.split('.').length === 2).sort();
  const forms = await Promise.all(names.map(async (n) => JSON.parse(await readFile(join(dir, n), 'utf8')) as FormDefinition));
  return forms.sort((a, b) => (a.id === 'example' ? 1 : b.id === 'example' ? -1 : a.title.localeCompare(b.title)));
}

/** Per form id, the languages it was built in (<id>.<lang>.json beside <id>.json). */
async function languagesOf(dir: string): Promise<Map<string, string[]>> {
  const out = new Map<string, string[]>();
  for (const name of (await readdir(dir)).sort()) {
    const match = /^([\w-]+)\.([A-Za-z]{2,3}(?:-[A-Za-z0-9]+)*)\.json$/.exec(name);
    if (match && match[2] !== 'schema') out.set(match[1]!, [...(out.get(match[1]!) ?? []), match[2]!]);
  }
  return out;
}

function send(res: ServerResponse, status: number, type: string, body: string | Buffer): void {
  res.writeHead(status, {
    'Content-Type': `${type}; charset=utf-8`,
    'Content-Security-Policy': PAGE_CSP,
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
  });
  res.end(body);
}

async function sendFile(res: ServerResponse, file: string): Promise<void> {
  const body = await readFile(resolve(file)).catch(() => undefined);
  // Said without the file's path: a 404 tells a visitor nothing about this machine's folders.
  if (!body) {
    console.error(`caf-forms demo: ${file} is missing (not built yet? npm start builds it)`);
    return send(res, 404, 'text/plain', 'Not found. (If you run this demo: the file has not been built yet; npm start builds it.)');
  }
  send(res, 200, TYPES[extname(file)] ?? 'application/octet-stream', body);
}
