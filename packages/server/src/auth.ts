// The admin credential: one token, sent as "Authorization: Bearer <token>" (the read API) or
// as the password of HTTP Basic authentication (any user name), which lets a browser open the
// admin pages with its own login prompt. Compared in constant time.
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';

/** A fresh token: 32 random bytes, URL-safe. */
export const generateToken = (): string => randomBytes(32).toString('base64url');

// Hashing both sides first gives equal lengths, so neither the comparison's time nor an early
// length check says anything about the token.
const digest = (s: string): Buffer => createHash('sha256').update(s, 'utf8').digest();

export function sameToken(given: string, expected: string): boolean {
  return timingSafeEqual(digest(given), digest(expected));
}

/** The token the request presents, if any. */
export function presentedToken(req: IncomingMessage): string | undefined {
  const header = req.headers.authorization;
  if (!header) return undefined;
  const [scheme, value = ''] = header.trim().split(/\s+/, 2);
  if (/^bearer$/i.test(scheme ?? '')) return value;
  if (/^basic$/i.test(scheme ?? '')) {
    const decoded = Buffer.from(value, 'base64').toString('utf8');
    const colon = decoded.indexOf(':');
    return colon === -1 ? undefined : decoded.slice(colon + 1);
  }
  return undefined;
}

export function isAuthorised(req: IncomingMessage, token: string): boolean {
  const given = presentedToken(req);
  // Still compare when nothing was given, so that a missing header takes the same time.
  return sameToken(given ?? '', token) && given !== undefined;
}
