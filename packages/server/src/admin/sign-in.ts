// Signing in and out, and telling who is asking: a session (from OpenID Connect, or from the
// development token's form), or the development token as a bearer token on the JSON API. Every
// sign-in, failed sign-in and sign-out is audited; wrong tokens are logged (never the token) and
// throttled per address.
import { randomBytes } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { TLSSocket } from 'node:tls';
import { ADMIN_CSP } from '../admin-pages.js';
import type { AuditTrail } from '../audit.js';
import { presentedToken, sameToken } from '../auth.js';
import { HttpError, baseHeaders, sendHtml } from '../http.js';
import { readForm } from './input.js';
import { type OidcClient, type OidcOptions, type PendingSignIn, createOidcClient } from './oidc.js';
import { signedOutPage, tokenSignInPage } from './pages.js';
import { ALL_GRANTS, type Grants, type RoleConfig, grantsFor, verifiedEmail } from './roles.js';
import { type Principal, type Session, type SessionOptions, SessionStore, cookie, readCookie, sameCsrf } from './session.js';
import { FailureThrottle, type ThrottleOptions } from './throttle.js';

export interface SignInOptions {
  basePath: string;
  log: (line: string) => void;
  now: () => Date;
  audit: AuditTrail;
  /** Sign-in through the council's identity provider. */
  oidc?: OidcOptions;
  roles: RoleConfig;
  /** The development token (only without `oidc`). */
  token?: string;
  /** Secure cookies even on plain http (behind a TLS-terminating proxy). Default: when the request or the redirect URL is https. */
  secureCookies?: boolean;
  sessions?: SessionOptions;
  throttle?: ThrottleOptions;
}

export interface Who {
  principal: Principal;
  grants: Grants;
  session?: Session;
}

const SESSION_COOKIE = 'caf_admin';
const SIGN_IN_COOKIE = 'caf_signin';
const TOKEN_PRINCIPAL: Principal = { actor: 'development token', via: 'token' };

function hostOf(origin: string): string | undefined {
  try {
    return new URL(origin).host;
  } catch {
    return undefined;
  }
}

/** A 303 to `location` (after a POST, the browser then GETs it). */
export function redirect(res: ServerResponse, location: string): void {
  baseHeaders(res);
  res.writeHead(303, { Location: location, 'Content-Length': 0 }).end();
}

export function createSignIn(o: SignInOptions) {
  const { audit, log } = o;
  const adminBase = `${o.basePath}/admin`;
  const cookiePath = o.basePath || '/';
  const nowMs = (): number => o.now().getTime();
  const sessions = new SessionStore({ now: nowMs, ...o.sessions });
  const throttle = new FailureThrottle({ now: nowMs, ...o.throttle });
  const oidc: OidcClient | undefined = o.oidc && createOidcClient(o.oidc);
  const pending = new Map<string, PendingSignIn>();

  const secure = (req: IncomingMessage): boolean =>
    o.secureCookies ?? ((o.oidc !== undefined && o.oidc.redirectUrl.startsWith('https:')) || (req.socket as Partial<TLSSocket>).encrypted === true);
  const setCookies = (req: IncomingMessage, res: ServerResponse, ...cookies: [string, string, number][]): void => {
    res.setHeader(
      'Set-Cookie',
      cookies.map(([name, value, maxAge]) => cookie(name, value, { path: cookiePath, secure: secure(req), maxAge })),
    );
  };
  const address = (req: IncomingMessage): string => req.socket.remoteAddress ?? 'unknown';

  /** A wrong development token: logged (never the token itself), audited, counted against the address. */
  async function tokenFailed(req: IncomingMessage): Promise<number> {
    const inARow = throttle.fail(address(req));
    log(`caf-forms receiver: failed admin sign-in with the development token from ${address(req)} (${inARow} in a row)`);
    await audit.record('anonymous', 'failed-sign-in', { detail: { via: 'development token', address: address(req), inARow } });
    return inARow;
  }

  function throttled(req: IncomingMessage): number {
    return throttle.retryAfter(address(req));
  }

  /** Who is asking: a session, or the development token as a bearer token; else sent to sign in (pages) or 401 (API). */
  async function who(req: IncomingMessage, page: boolean): Promise<Who> {
    const session = sessions.get(readCookie(req, SESSION_COOKIE));
    if (session) return { principal: session.principal, grants: session.grants, session };
    const given = o.token !== undefined ? presentedToken(req) : undefined;
    if (given !== undefined && o.token !== undefined) {
      const wait = throttled(req);
      if (wait > 0) throw new HttpError(429, 'Too many wrong tokens from this address: wait before trying again.', { 'Retry-After': String(wait) });
      if (sameToken(given, o.token)) {
        throttle.succeed(address(req));
        return { principal: TOKEN_PRINCIPAL, grants: ALL_GRANTS };
      }
      await tokenFailed(req);
      throw new HttpError(401, 'That token is not right.', { 'WWW-Authenticate': 'Bearer realm="caf-forms"' });
    }
    if (page) throw new HttpError(303, 'Sign in first.', { Location: `${adminBase}/sign-in?${new URLSearchParams({ returnTo: req.url ?? adminBase })}` });
    throw new HttpError(
      401,
      'Sign in first (the admin pages), or send the development token as Authorization: Bearer <token>.',
      o.token !== undefined ? { 'WWW-Authenticate': 'Bearer realm="caf-forms"' } : {},
    );
  }

  async function startSession(req: IncomingMessage, res: ServerResponse, principal: Principal, grants: Grants, idToken?: string): Promise<void> {
    sessions.end(readCookie(req, SESSION_COOKIE)); // a sign-in always starts a new session id
    const { id } = sessions.create(principal, grants, idToken);
    await audit.record(principal.actor, 'sign-in', {
      detail: {
        via: principal.via === 'oidc' ? 'OpenID Connect' : 'development token',
        address: address(req),
        ...(principal.subject ? { subject: principal.subject } : {}),
      },
    });
    setCookies(req, res, [SESSION_COOKIE, id, (o.sessions?.maxHours ?? 8) * 3600], [SIGN_IN_COOKIE, '', 0]);
  }

  /** Only a path inside the admin pages, so a sign-in link cannot send the person elsewhere. */
  const safeReturn = (value: string | null): string =>
    value &&
    (value === adminBase || value.startsWith(`${adminBase}/`) || value.startsWith(`${adminBase}?`)) &&
    !/[\\\r\n]/.test(value) &&
    !value.startsWith('//')
      ? value
      : adminBase;

  async function signInPage(req: IncomingMessage, res: ServerResponse, query: URLSearchParams): Promise<void> {
    if (sessions.get(readCookie(req, SESSION_COOKIE))) return redirect(res, adminBase);
    if (!oidc) return sendHtml(res, 200, tokenSignInPage(`${adminBase}/sign-in`), ADMIN_CSP);
    let started;
    try {
      started = await oidc.start(safeReturn(query.get('returnTo')), nowMs());
    } catch (error) {
      log(`caf-forms receiver: the identity provider could not be reached: ${error instanceof Error ? error.message : String(error)}`);
      throw new HttpError(503, 'The sign-in service could not be reached. Try again in a minute.', { 'Retry-After': '60' });
    }
    const key = randomBytes(24).toString('base64url');
    for (const [k, p] of pending) if (p.expiresAt <= nowMs() || pending.size > 1000) pending.delete(k);
    pending.set(key, started.pending);
    setCookies(req, res, [SIGN_IN_COOKIE, key, 600]);
    redirect(res, started.url);
  }

  async function tokenSignIn(req: IncomingMessage, res: ServerResponse): Promise<void> {
    if (oidc || o.token === undefined) throw new HttpError(405, "Sign in through your organisation's account.", { Allow: 'GET' });
    // No session yet, so no CSRF token: refuse a post that another site's page made.
    const origin = req.headers.origin;
    if (origin !== undefined && origin !== 'null' && hostOf(origin) !== req.headers.host) throw new HttpError(403, "Sign in from this site's own page.");
    const action = `${adminBase}/sign-in`;
    const wait = throttled(req);
    if (wait > 0)
      return sendHtml(res, 429, tokenSignInPage(action, `Too many wrong tokens from this address: try again in ${wait} seconds.`), ADMIN_CSP, {
        'Retry-After': String(wait),
      });
    const form = await readForm(req);
    if (!sameToken(form.get('token') ?? '', o.token)) {
      await tokenFailed(req);
      return sendHtml(res, 401, tokenSignInPage(action, 'That token is not right.'), ADMIN_CSP);
    }
    throttle.succeed(address(req));
    await startSession(req, res, TOKEN_PRINCIPAL, ALL_GRANTS);
    redirect(res, adminBase);
  }

  async function callback(req: IncomingMessage, res: ServerResponse, search: string): Promise<void> {
    const key = readCookie(req, SIGN_IN_COOKIE);
    const started = key ? pending.get(key) : undefined;
    if (key) pending.delete(key);
    const fail = async (why: string): Promise<never> => {
      log(`caf-forms receiver: failed sign-in through the identity provider from ${address(req)}: ${why}`);
      await audit.record('anonymous', 'failed-sign-in', { detail: { via: 'OpenID Connect', address: address(req), error: why.slice(0, 200) } });
      setCookies(req, res, [SIGN_IN_COOKIE, '', 0]);
      throw new HttpError(400, 'Signing in did not complete. Go back to the admin pages to start again.');
    };
    if (!oidc || !started || started.expiresAt <= nowMs()) return fail('no sign-in in progress in this browser, or it took over 10 minutes');
    let result;
    try {
      result = await oidc.finish(search, started);
    } catch (error) {
      const e = error as { code?: unknown; error?: unknown; message?: unknown };
      return fail([e.error, e.code, e.message].filter((x) => typeof x === 'string').join(': ') || 'rejected');
    }
    const { claims, idToken } = result;
    const email = verifiedEmail(claims);
    const principal: Principal = {
      actor: email ?? `sub:${claims.sub}`,
      subject: claims.sub,
      via: 'oidc',
      ...(typeof claims.name === 'string' ? { name: claims.name } : {}),
    };
    const grants = grantsFor(claims, o.roles, { rolesClaim: o.oidc?.rolesClaim, groupsClaim: o.oidc?.groupsClaim });
    await startSession(req, res, principal, grants, idToken);
    redirect(res, started.returnTo);
  }

  async function signOut(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const id = readCookie(req, SESSION_COOKIE);
    const session = sessions.get(id);
    let providerSignOut: string | undefined;
    if (session) {
      const form = await readForm(req);
      if (!sameCsrf(form.get('csrf'), session.csrf)) throw new HttpError(403, 'This form has expired: go back, reload the page and try again.');
      sessions.end(id);
      await audit.record(session.principal.actor, 'sign-out', { detail: { address: address(req) } });
      if (oidc && session.principal.via === 'oidc') providerSignOut = await oidc.endSessionUrl(session.idToken);
    }
    setCookies(req, res, [SESSION_COOKIE, '', 0]);
    sendHtml(res, 200, signedOutPage(`${adminBase}/sign-in`, providerSignOut), ADMIN_CSP);
  }

  /** The signed-in person, if any (no token check, nothing recorded): for pages that answer a refusal. */
  function current(req: IncomingMessage): Who | undefined {
    const session = sessions.get(readCookie(req, SESSION_COOKIE));
    return session && { principal: session.principal, grants: session.grants, session };
  }

  return { sessions, who, current, signInPage, tokenSignIn, callback, signOut };
}
