// A receiver in a process of its own, for tests that measure it from outside: a request that
// held its event loop would then hold up another client's request, as it would in production
// (in the test's own process the test would stall with it and measure nothing).
// Configured by the environment: CAF_FORMS_DIR, CAF_DATA_DIR, DATABASE_URL (optional).
// Prints {"url": …} on its first line of output once it listens; stops on SIGTERM.
import { startReceiver } from '@caf-forms/server';

const running = await startReceiver({
  formsDir: process.env.CAF_FORMS_DIR,
  dataDir: process.env.CAF_DATA_DIR,
  databaseUrl: process.env.DATABASE_URL || undefined,
  port: 0,
  token: 'test-admin-token-0123456789',
  env: {},
  log: () => {},
  today: () => '2026-11-23',
});
process.stdout.write(`${JSON.stringify({ url: running.url })}\n`);
process.once('SIGTERM', () => void running.close().then(() => process.exit(0)));
