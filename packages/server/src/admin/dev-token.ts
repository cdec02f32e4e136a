// The development token: admin access for local development only (npm start, a developer's own
// receiver). It is never printed in full: a generated one is written to <dataDir>/admin-token
// (mode 0600, readable by this user only) and reused on the next start; the log shows only its
// SHA-256 fingerprint, so a person can tell which token is in force without it being in any log.
import { createHash } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { generateToken } from '../auth.js';

export const MIN_TOKEN_LENGTH = 16;
export const TOKEN_FILE = 'admin-token';

/** First 12 hex digits of the token's SHA-256: enough to recognise it, useless to sign in with. */
export const fingerprint = (token: string): string => createHash('sha256').update(token).digest('hex').slice(0, 12);

/** The token given, else the one in <dataDir>/admin-token, else a new one written there. */
export function developmentToken(given: string | undefined, dataDir: string, log: (line: string) => void): string {
  if (given !== undefined) {
    if (given.length < MIN_TOKEN_LENGTH) throw new Error(`the admin token must be at least ${MIN_TOKEN_LENGTH} characters long`);
    log(`caf-forms receiver: development admin token in force (fingerprint ${fingerprint(given)}); for local development only`);
    return given;
  }
  const file = join(dataDir, TOKEN_FILE);
  const kept = existsSync(file) ? readFileSync(file, 'utf8').trim() : '';
  const token = kept.length >= MIN_TOKEN_LENGTH ? kept : generateToken();
  if (token !== kept) {
    mkdirSync(dataDir, { recursive: true, mode: 0o700 });
    writeFileSync(file, `${token}\n`, { mode: 0o600 });
  }
  chmodSync(file, 0o600);
  log(`caf-forms receiver: development admin token in ${file} (fingerprint ${fingerprint(token)}); for local development only`);
  return token;
}
