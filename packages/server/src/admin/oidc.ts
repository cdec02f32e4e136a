// Sign-in with the council's own identity provider (Entra ID, Okta, Keycloak, Google…) through
// OpenID Connect's authorization code flow with PKCE, by `openid-client` (a certified relying
// party library). The provider is discovered from its issuer URL on the first sign-in (and again
// after a failure), so a receiver starts even while the provider is unreachable.
import * as client from 'openid-client';
import type { Claims } from './roles.js';

export interface OidcOptions {
  /** e.g. https://login.microsoftonline.com/<tenant>/v2.0 */
  issuer: string;
  clientId: string;
  clientSecret: string;
  /** This receiver's callback as the provider knows it, e.g. https://forms.council.gov.uk/api/admin/callback */
  redirectUrl: string;
  /** Scopes asked for (default "openid email profile"). */
  scope?: string;
  /** An ID-token claim whose values grant roles, "<formId or *>:<role>" (e.g. Entra ID's "roles"). */
  rolesClaim?: string;
  /** The claim listing the person's groups, matched against "group:…" in the roles (default "groups"). */
  groupsClaim?: string;
}

/** What sign-in keeps between sending the browser to the provider and its return. */
export interface PendingSignIn {
  state: string;
  nonce: string;
  codeVerifier: string;
  /** The admin page to go back to. */
  returnTo: string;
  expiresAt: number;
}

export interface OidcClient {
  /** Where to send the browser, and what to keep until it comes back. */
  start(returnTo: string, now: number): Promise<{ url: string; pending: PendingSignIn }>;
  /** The ID token's claims (checked: signature, issuer, audience, nonce, expiry; PKCE and state). */
  finish(callbackQuery: string, pending: PendingSignIn): Promise<{ claims: Claims; idToken?: string }>;
  /** Where to end the person's session at the provider too, if it offers that (RP-initiated logout). */
  endSessionUrl(idToken: string | undefined): Promise<string | undefined>;
}

/** Plain http is allowed only for a provider on this machine (the tests' local provider). */
const isLoopback = (url: URL): boolean => ['127.0.0.1', 'localhost', '[::1]'].includes(url.hostname);

export function createOidcClient(options: OidcOptions): OidcClient {
  const issuer = new URL(options.issuer);
  const redirect = new URL(options.redirectUrl);
  if (issuer.protocol !== 'https:' && !isLoopback(issuer)) throw new Error(`the OpenID issuer must use https: ${options.issuer}`);
  let discovered: Promise<client.Configuration> | undefined;
  const configuration = (): Promise<client.Configuration> => {
    discovered ??= client
      .discovery(
        issuer,
        options.clientId,
        options.clientSecret,
        undefined,
        // Deprecated as a warning to production; here only for a loopback issuer (checked above), as in tests.
        // eslint-disable-next-line @typescript-eslint/no-deprecated
        issuer.protocol === 'http:' ? { execute: [client.allowInsecureRequests] } : undefined,
      )
      .catch((error: unknown) => {
        discovered = undefined; // try again on the next sign-in
        throw error;
      });
    return discovered;
  };
  return {
    async start(returnTo, now) {
      const config = await configuration();
      const codeVerifier = client.randomPKCECodeVerifier();
      const pending: PendingSignIn = { state: client.randomState(), nonce: client.randomNonce(), codeVerifier, returnTo, expiresAt: now + 10 * 60_000 };
      const url = client.buildAuthorizationUrl(config, {
        redirect_uri: redirect.href,
        scope: options.scope ?? 'openid email profile',
        code_challenge: await client.calculatePKCECodeChallenge(codeVerifier),
        code_challenge_method: 'S256',
        state: pending.state,
        nonce: pending.nonce,
      });
      return { url: url.href, pending };
    },
    async finish(callbackQuery, pending) {
      const config = await configuration();
      const current = new URL(redirect.href);
      current.search = callbackQuery;
      const tokens = await client.authorizationCodeGrant(config, current, {
        pkceCodeVerifier: pending.codeVerifier,
        expectedState: pending.state,
        expectedNonce: pending.nonce,
        idTokenExpected: true,
      });
      const claims = tokens.claims();
      if (!claims) throw new Error('the provider sent no ID token');
      return { claims: claims as unknown as Claims, idToken: tokens.id_token };
    },
    async endSessionUrl(idToken) {
      const config = await configuration().catch(() => undefined);
      if (!config?.serverMetadata().end_session_endpoint) return undefined;
      return client.buildEndSessionUrl(config, idToken ? { id_token_hint: idToken } : {}).href;
    },
  };
}

/** Options from the environment: CAF_OIDC_ISSUER, _CLIENT_ID, _CLIENT_SECRET, _REDIRECT_URL, _ROLES_CLAIM, _GROUPS_CLAIM, _SCOPE. */
export function oidcOptionsFromEnv(env: Record<string, string | undefined>): OidcOptions | undefined {
  const issuer = env.CAF_OIDC_ISSUER;
  if (!issuer) return undefined;
  const need = (name: string): string => {
    const value = env[name];
    if (!value) throw new Error(`CAF_OIDC_ISSUER is set, so ${name} must be too`);
    return value;
  };
  return {
    issuer,
    clientId: need('CAF_OIDC_CLIENT_ID'),
    clientSecret: need('CAF_OIDC_CLIENT_SECRET'),
    redirectUrl: need('CAF_OIDC_REDIRECT_URL'),
    rolesClaim: env.CAF_OIDC_ROLES_CLAIM || undefined,
    groupsClaim: env.CAF_OIDC_GROUPS_CLAIM || undefined,
    scope: env.CAF_OIDC_SCOPE || undefined,
  };
}
