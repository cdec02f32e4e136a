// Reading a request body within limits, and answering with the headers every response of the
// receiver carries. These are records about children: nothing is cached, nothing is shared
// across origins (no CORS headers at all: pages that post here are served from the same
// origin), and pages cannot be framed.
import type { IncomingMessage, ServerResponse } from 'node:http';

export class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
  }
}

/** 1 MiB: far more than the largest form filled to every limit, far less than harm. */
export const DEFAULT_BODY_LIMIT = 1024 * 1024;

/**
 * The body as text, if it is JSON (application/json, UTF-8) and no longer than `limit` bytes:
 * 415 otherwise, or 413, decided from Content-Length before reading when it is given; 400 if
 * its bytes are not valid UTF-8.
 */
export async function readJsonText(req: IncomingMessage, limit: number): Promise<string> {
  const type = (req.headers['content-type'] ?? '').toLowerCase();
  const [mediaType, ...params] = type.split(';').map((s) => s.trim());
  const charset = params
    .find((p) => p.startsWith('charset='))
    ?.slice('charset='.length)
    .replace(/"/g, '');
  if (mediaType !== 'application/json' || (charset !== undefined && charset !== 'utf-8')) {
    throw new HttpError(415, 'Send the submission as JSON, with the header Content-Type: application/json.', { Accept: 'application/json' });
  }
  const declared = Number(req.headers['content-length']);
  if (Number.isFinite(declared) && declared > limit) throw tooLarge(limit);
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (chunk: Buffer): void => {
      size += chunk.length;
      if (size <= limit) return void chunks.push(chunk);
      // A chunked body gives no length up front: stop keeping it as soon as it passes the limit.
      // The rest is read and dropped (not the socket destroyed), so the client gets the 413;
      // Connection: close then ends the connection once the answer is sent.
      req.off('data', onData);
      req.resume();
      reject(tooLarge(limit));
    };
    req.on('data', onData);
    req.once('end', () => {
      try {
        resolve(strictUtf8.decode(Buffer.concat(chunks)));
      } catch {
        reject(new HttpError(400, 'The body is not valid UTF-8 text.'));
      }
    });
    req.once('error', reject);
  });
}

// Invalid bytes are refused, not replaced with U+FFFD: a name must be stored as it was sent.
const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

const tooLarge = (limit: number): HttpError =>
  new HttpError(413, `The submission is larger than this server accepts (${Math.floor(limit / 1024)} KB).`, { Connection: 'close' });

/** Headers on every response. */
export function baseHeaders(res: ServerResponse): void {
  res.setHeader('Cache-Control', 'no-store');
  res.setHeader('X-Content-Type-Options', 'nosniff');
  res.setHeader('Referrer-Policy', 'no-referrer');
  res.setHeader('Cross-Origin-Resource-Policy', 'same-origin');
  res.setHeader('X-Frame-Options', 'DENY');
}

export function sendJson(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  const text = JSON.stringify(body);
  baseHeaders(res);
  res.writeHead(status, { ...headers, 'Content-Type': 'application/json; charset=utf-8', 'Content-Length': Buffer.byteLength(text) });
  res.end(text);
}

export function sendHtml(res: ServerResponse, status: number, html: string, csp: string, headers: Record<string, string> = {}): void {
  baseHeaders(res);
  res.writeHead(status, { ...headers, 'Content-Type': 'text/html; charset=utf-8', 'Content-Security-Policy': csp, 'Content-Length': Buffer.byteLength(html) });
  res.end(html);
}
