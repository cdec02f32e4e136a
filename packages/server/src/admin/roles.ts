// Who may do what, per form. A council's configuration maps people or groups to roles per form
// id ('*' for every form), and/or its identity provider puts the roles in the ID token:
//
//   { "email:alice@council.gov.uk": { "*": ["read", "export"] },
//     "group:0b7c…":                 { "consent": ["read", "erase"] },
//     "sub:248289761001":            { "caf": ["read", "correct"] } }
//
// With `rolesClaim` (e.g. "roles", Entra ID's app roles), each value of that claim of the form
// "<formId or *>:<role>" ("consent:erase", "*:read") grants that role too. A person with no role
// can sign in but sees nothing: the pages answer 403. Roles: read (the list and the records),
// export, erase, correct (link a correction to what it supersedes), audit (see the audit trail).

export const ROLES = ['read', 'export', 'erase', 'correct', 'audit'] as const;
export type Role = (typeof ROLES)[number];

/** formId or '*' → roles. */
export type Grants = Readonly<Record<string, readonly Role[]>>;
/** "email:…", "sub:…" or "group:…" → grants. */
export type RoleConfig = Readonly<Record<string, Grants>>;

const isRole = (v: unknown): v is Role => typeof v === 'string' && (ROLES as readonly string[]).includes(v);
const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Checks a role configuration read from JSON, naming the first mistake. */
export function parseRoleConfig(value: unknown): RoleConfig {
  if (!isRecord(value)) throw new Error('the admin roles must be a JSON object: { "email:…": { "<formId or *>": ["read", …] } }');
  for (const [who, grants] of Object.entries(value)) {
    if (!/^(email|sub|group):.+$/.test(who)) throw new Error(`admin roles: "${who}" must start with email:, sub: or group:`);
    if (!isRecord(grants)) throw new Error(`admin roles: "${who}" must map form ids to lists of roles`);
    for (const [form, roles] of Object.entries(grants)) {
      if (!Array.isArray(roles) || !roles.every(isRole)) throw new Error(`admin roles: "${who}" → "${form}" must be a list of ${ROLES.join(', ')}`);
    }
  }
  return value as RoleConfig;
}

export interface Claims {
  sub: string;
  email?: unknown;
  email_verified?: unknown;
  [claim: string]: unknown;
}

const strings = (v: unknown): string[] => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : typeof v === 'string' ? [v] : []);

/** The e-mail address to name someone by, when the provider vouches for it. */
export function verifiedEmail(claims: Claims): string | undefined {
  return typeof claims.email === 'string' && claims.email_verified !== false ? claims.email.toLowerCase() : undefined;
}

/** Everything the configuration and the token's claims grant this person. */
export function grantsFor(claims: Claims, config: RoleConfig, options: { rolesClaim?: string; groupsClaim?: string } = {}): Grants {
  const out = new Map<string, Set<Role>>();
  const add = (form: string, role: Role): void => void (out.get(form) ?? out.set(form, new Set()).get(form)!).add(role);
  const email = verifiedEmail(claims);
  const keys = [`sub:${claims.sub}`, ...(email ? [`email:${email}`] : []), ...strings(claims[options.groupsClaim ?? 'groups']).map((g) => `group:${g}`)];
  const lowered = new Map(Object.entries(config).map(([k, v]) => [k.startsWith('email:') ? k.toLowerCase() : k, v]));
  for (const key of keys) for (const [form, roles] of Object.entries(lowered.get(key) ?? {})) for (const role of roles) add(form, role);
  if (options.rolesClaim) {
    for (const value of strings(claims[options.rolesClaim])) {
      const colon = value.lastIndexOf(':');
      const role = value.slice(colon + 1);
      if (colon > 0 && isRole(role)) add(value.slice(0, colon), role);
    }
  }
  return Object.fromEntries([...out].map(([form, roles]) => [form, [...roles].sort()]));
}

/** Every role on every form: the development token. */
export const ALL_GRANTS: Grants = { '*': ROLES };

export function can(grants: Grants, role: Role, formId: string): boolean {
  return Boolean(grants['*']?.includes(role) || grants[formId]?.includes(role));
}

/** The forms, of those given, on which this person has `role`. */
export function formsWith(grants: Grants, role: Role, formIds: readonly string[]): string[] {
  return formIds.filter((id) => can(grants, role, id));
}
