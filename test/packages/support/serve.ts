// What a council's site would be for a fixture page: its built files, the compiled forms at
// /forms/, and /api/ passed on to the receiver (started from its installed bin), all on one
// 127.0.0.1 origin, as the element's `action` expects.
import { createReadStream, existsSync, statSync } from 'node:fs';
import { type Server, createServer, request } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.json': 'application/json',
  '.css': 'text/css',
  '.map': 'application/json',
};

export interface Site {
  url: string;
  close(): Promise<void>;
}

export async function serveSite(options: { siteDir: string; formsDir: string; receiverUrl: URL }): Promise<Site> {
  const server: Server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    if (path.startsWith('/api/')) {
      const target = new URL(path.slice('/api'.length), options.receiverUrl);
      const forward = request(target, { method: req.method, headers: req.headers }, (answer) => {
        res.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(res);
      });
      forward.on('error', () => res.writeHead(502).end());
      req.pipe(forward);
      return;
    }
    const [base, rest] = path.startsWith('/forms/')
      ? [options.formsDir, path.slice('/forms/'.length)]
      : [options.siteDir, path === '/' ? 'index.html' : path.slice(1)];
    const file = join(base, normalize(rest).replace(/^(\.\.[/\\])+/, ''));
    if (!existsSync(file) || !statSync(file).isFile()) return void res.writeHead(404).end();
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
    createReadStream(file).pipe(res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
