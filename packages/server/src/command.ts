// `caf-forms-receiver`: --help, --version, and a start-up failure as one readable line with
// its fix (exit 1). The configuration itself comes from the environment (see main.ts).
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { main } from './main.js';
import { explainStartupError } from './startup-errors.js';

const USAGE = `usage: caf-forms-receiver [--help | --version]

Receives what <caf-form action> posts, checks each submission against its compiled form and
stores it. Configured from the environment:
  CAF_FORMS_DIR   the compiled forms (default dist/forms; made by \`npx caf-forms build forms --out dist/forms\`)
  CAF_DATA_DIR    where the SQLite database and the development admin token are kept (default data)
  DATABASE_URL    PostgreSQL instead of SQLite (postgres://user:password@host/database)
  HOST, PORT      where to listen (default 127.0.0.1:8081)
  CAF_BASE_PATH   a prefix for every path, e.g. /api
  CAF_OIDC_ISSUER, CAF_OIDC_CLIENT_ID, CAF_OIDC_CLIENT_SECRET, CAF_OIDC_REDIRECT_URL
                  sign staff in to the admin pages with the council's identity provider
  CAF_ADMIN_ROLES (JSON) or CAF_ADMIN_ROLES_FILE, CAF_RETENTION_DAYS (JSON), CAF_SECURE_COOKIES=1,
  CAF_DATABASE_TIMEOUT_MS, CAF_ADMIN_TOKEN (development only)
The admin pages are at <url>/admin.`;

function version(): string {
  return (JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string }).version;
}

export async function receiverCommand(
  argv: readonly string[],
  env: Record<string, string | undefined> = process.env,
  log = console.log,
  fail = console.error,
): Promise<number> {
  let values;
  try {
    ({ values } = parseArgs({
      args: [...argv],
      strict: true,
      allowPositionals: false,
      options: { help: { type: 'boolean', short: 'h' }, version: { type: 'boolean', short: 'v' } },
    }));
  } catch (error) {
    fail(`caf-forms-receiver: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}\n${USAGE}`);
    return 2;
  }
  if (values.help) return (log(USAGE), 0);
  if (values.version) return (log(version()), 0);
  try {
    await main(env);
    return 0;
  } catch (error) {
    fail(
      `caf-forms-receiver: ${explainStartupError(error, { formsDir: env.CAF_FORMS_DIR ?? 'dist/forms', dataDir: env.CAF_DATA_DIR ?? 'data', port: env.PORT ?? '8081' })}`,
    );
    return 1;
  }
}
