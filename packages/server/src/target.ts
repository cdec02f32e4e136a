// The request target, checked before it is read as a path. Only origin-form targets are
// served ("/submissions?…", RFC 9112 §3.2.1): one that starts "//" (or "/\", which the URL
// parser reads the same way) would be parsed as naming a host ("//evil.example/api/admin" has
// the path "/api/admin"), and an absolute or asterisk form has no business here.
import { HttpError } from './http.js';

const BASE = 'http://receiver.invalid';

export function requestUrl(target: string | undefined): URL {
  const raw = target ?? '/';
  const url = /^\/(?![/\\])/.test(raw) ? new URL(raw, BASE) : undefined;
  if (!url || url.origin !== BASE) throw new HttpError(400, 'The request target must be a path that starts with a single "/".', { Connection: 'close' });
  return url;
}
