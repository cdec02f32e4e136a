// The development token on the read API: "Authorization: Bearer <token>", compared in constant
// time. (HTTP Basic is no longer accepted: browsers cache Basic credentials with no way to sign
// out. The admin pages use a session cookie instead, from a sign-in form or OpenID Connect.)
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

/** The bearer token the request presents, if any. */
export function presentedToken(req: IncomingMessage): string | undefined {
  const header = req.headers.authorization;
  if (!header) return undefined;
  const [scheme, value = ''] = header.trim().split(/\s+/, 2);
  return /^bearer$/i.test(scheme ?? '') ? value : undefined;
}
