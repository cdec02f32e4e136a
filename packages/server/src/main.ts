// The receiver as a command, configured from the environment:
//   CAF_FORMS_DIR (dist/forms), CAF_DATA_DIR (data), DATABASE_URL (PostgreSQL instead of SQLite;
//   its sslmode applies), CAF_DATABASE_TIMEOUT_MS (PostgreSQL's connection and statement
//   timeouts, 5000), HOST (127.0.0.1), PORT (8081), CAF_BASE_PATH (none); admin sign-in through
//   the council's identity provider with CAF_OIDC_ISSUER, CAF_OIDC_CLIENT_ID, CAF_OIDC_CLIENT_SECRET,
//   CAF_OIDC_REDIRECT_URL (and optionally CAF_OIDC_ROLES_CLAIM, CAF_OIDC_GROUPS_CLAIM, CAF_OIDC_SCOPE),
//   roles in CAF_ADMIN_ROLES (JSON, or CAF_ADMIN_ROLES_FILE), retention in CAF_RETENTION_DAYS (JSON),
//   CAF_SECURE_COOKIES=1 behind a TLS proxy, CAF_VERSION_WINDOW (how long an older published
//   version is still accepted: 30d). Without OpenID Connect, the development token:
//   CAF_ADMIN_TOKEN, else <data>/admin-token (0600, never printed). See the README.
import { startReceiver } from './listen.js';

export async function main(env: Record<string, string | undefined> = process.env): Promise<void> {
  const timeoutMs = env.CAF_DATABASE_TIMEOUT_MS ? Number(env.CAF_DATABASE_TIMEOUT_MS) : undefined;
  if (timeoutMs !== undefined && !(Number.isInteger(timeoutMs) && timeoutMs > 0))
    throw new Error('CAF_DATABASE_TIMEOUT_MS must be a whole number of milliseconds');
  const running = await startReceiver({
    formsDir: env.CAF_FORMS_DIR ?? 'dist/forms',
    dataDir: env.CAF_DATA_DIR ?? 'data',
    host: env.HOST,
    port: env.PORT === undefined ? undefined : Number(env.PORT),
    basePath: env.CAF_BASE_PATH,
    postgres: timeoutMs === undefined ? undefined : { connectionTimeoutMs: timeoutMs, statementTimeoutMs: timeoutMs },
    env,
  });
  const { receiver, url } = running;
  console.log(`caf-forms receiver: ${receiver.forms.all().length} forms, stored in ${receiver.store.description}`);
  console.log(`caf-forms receiver: POST submissions to ${url}/submissions; admin pages at ${url}/admin`);
  const stop = (): void => void running.close().then(() => process.exit(0));
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

if (process.argv[1] && import.meta.url === new URL(`file://${process.argv[1]}`).href) {
  // Run from source (node --import tsx src/main.ts): the same command as the installed bin.
  // Not awaited: command.js imports this module, which must finish loading first.
  void import('./command.js').then(async ({ receiverCommand }) => {
    const code = await receiverCommand(process.argv.slice(2));
    if (code !== 0) process.exitCode = code;
  });
}
