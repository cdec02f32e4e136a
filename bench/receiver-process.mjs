// The receiver under load, in a process of its own (the load generator must not share its
// event loop). Started by bench/receiver.mjs with: CAF_FORMS_DIR, CAF_DATA_DIR, DATABASE_URL
// (optional), BENCH_SKIP_VALIDATION=1 for the storage-only run. Prints {"url": …} when it listens.
import { startReceiver } from '@caf-forms/server';

let stopping = false; // requests cut short by the stop are not news
const running = await startReceiver({
  formsDir: process.env.CAF_FORMS_DIR,
  dataDir: process.env.CAF_DATA_DIR,
  databaseUrl: process.env.DATABASE_URL || undefined,
  port: 0,
  token: 'bench-admin-token-0123456789',
  env: {},
  log: (line) => void (stopping || console.error(line)),
  // the samples' dates are checked against the day they were written for, as in the tests
  today: () => '2026-11-23',
  unsafeSkipValidation: process.env.BENCH_SKIP_VALIDATION === '1',
});
process.stdout.write(`${JSON.stringify({ url: running.url })}\n`);
process.once('SIGTERM', () => {
  stopping = true;
  void running.close().then(() => process.exit(0));
});
