// Signed-in sessions, kept in this process's memory: a restart signs everyone out, and two
// receiver processes do not share sessions (run one, or put a shared store behind this
// interface). The cookie holds only a random id; the store keys sessions by the id's SHA-256, so
// what is in memory cannot be replayed as a cookie. Sessions end after `idleMinutes` without a
// request or `maxHours` after sign-in, whichever comes first, and at sign-out.
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import type { Grants } from './roles.js';

export interface Principal {
  /** How the audit trail names this person: their e-mail, else `sub:<subject>`, or `development token`. */
  actor: string;
  subject?: string;
  name?: string;
  via: 'oidc' | 'token';
}

export interface Session {
  principal: Principal;
  grants: Grants;
  /** Sent back in every form this person posts (sign-out, erase, supersede). */
  csrf: string;
  /** For ending the provider's session, if wanted later; never shown. */
  idToken?: string;
  expiresAt: number;
  idleUntil: number;
}

export interface SessionOptions {
  idleMinutes?: number;
  maxHours?: number;
  now?: () => number;
  /** Most sessions kept at once; the oldest go first (default 10,000). */
  capacity?: number;
}

const hash = (id: string): string => createHash('sha256').update(id).digest('base64url');

export class SessionStore {
  readonly #sessions = new Map<string, Session>();
  readonly #idle: number;
  readonly #max: number;
  readonly #now: () => number;
  readonly #capacity: number;

  constructor(options: SessionOptions = {}) {
    this.#idle = (options.idleMinutes ?? 30) * 60_000;
    this.#max = (options.maxHours ?? 8) * 3_600_000;
    this.#now = options.now ?? Date.now;
    this.#capacity = options.capacity ?? 10_000;
  }

  /** Starts a session; returns the id for the cookie. */
  create(principal: Principal, grants: Grants, idToken?: string): { id: string; session: Session } {
    const now = this.#now();
    for (const [key, s] of this.#sessions) if (s.expiresAt <= now || s.idleUntil <= now) this.#sessions.delete(key);
    while (this.#sessions.size >= this.#capacity) this.#sessions.delete(this.#sessions.keys().next().value!);
    const id = randomBytes(32).toString('base64url');
    const session: Session = {
      principal,
      grants,
      csrf: randomBytes(24).toString('base64url'),
      idToken,
      expiresAt: now + this.#max,
      idleUntil: now + this.#idle,
    };
    this.#sessions.set(hash(id), session);
    return { id, session };
  }

  /** The live session with this id, its idle time renewed; undefined if none or ended. */
  get(id: string | undefined): Session | undefined {
    if (!id) return undefined;
    const key = hash(id);
    const session = this.#sessions.get(key);
    if (!session) return undefined;
    const now = this.#now();
    if (session.expiresAt <= now || session.idleUntil <= now) {
      this.#sessions.delete(key);
      return undefined;
    }
    session.idleUntil = Math.min(session.expiresAt, now + this.#idle);
    return session;
  }

  end(id: string | undefined): void {
    if (id) this.#sessions.delete(hash(id));
  }

  get size(): number {
    return this.#sessions.size;
  }
}

/** Constant-time comparison of a posted CSRF token with the session's. */
export function sameCsrf(given: unknown, expected: string): boolean {
  if (typeof given !== 'string') return false;
  const a = createHash('sha256').update(given).digest();
  const b = createHash('sha256').update(expected).digest();
  return timingSafeEqual(a, b);
}

export function readCookie(req: IncomingMessage, name: string): string | undefined {
  for (const part of (req.headers.cookie ?? '').split(';')) {
    const eq = part.indexOf('=');
    if (eq > 0 && part.slice(0, eq).trim() === name) return part.slice(eq + 1).trim();
  }
  return undefined;
}

export interface CookieOptions {
  path: string;
  secure: boolean;
  /** Seconds; 0 removes the cookie. */
  maxAge: number;
}

/**
 * HttpOnly (no script reads it), SameSite=Lax, Secure on https. Lax rather than Strict: the
 * sign-in ends with the identity provider redirecting the browser back here, a navigation that
 * starts on the provider's site, and a Strict cookie is not sent on it (nor on the redirect to
 * the admin page that follows), so the person would arrive signed out. Lax still keeps the
 * cookie off cross-site POSTs, and every POST also carries the session's CSRF token.
 */
export function cookie(name: string, value: string, o: CookieOptions): string {
  return `${name}=${value}; Path=${o.path}; Max-Age=${o.maxAge}; HttpOnly; SameSite=Lax${o.secure ? '; Secure' : ''}`;
}
