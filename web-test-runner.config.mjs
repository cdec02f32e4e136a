// Browser tests: Debian's Chromium, workspace packages resolved to their TypeScript sources.
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { defaultReporter } from '@web/test-runner';
import { deliveryTestServer } from './test/support/test-server.mjs';
import { cafCommandsPlugin } from './test/support/wtr-commands.mjs';

// Prints 'wtr: N passed, N failed, N skipped' as the last line, which CI log readers recognise;
// a file that fails to load counts as a failure.
const summaryReporter = () => ({
  stop({ sessions }) {
    let passed = 0,
      failed = 0,
      skipped = 0;
    const walk = (s) => {
      for (const t of s.tests) t.skipped ? skipped++ : t.passed ? passed++ : failed++;
      s.suites.forEach(walk);
    };
    for (const session of sessions) {
      const before = failed;
      if (session.testResults) walk(session.testResults);
      if (!session.passed && failed === before) failed++;
    }
    process.once('exit', () => process.stdout.write(`wtr: ${passed} passed, ${failed} failed, ${skipped} skipped\n`));
  },
});

export default {
  files: ['test/**/*.test.ts', '!test/**/*.node.test.ts'],
  nodeResolve: { exportConditions: ['source'] },
  plugins: [esbuildPlugin({ ts: true, target: 'auto', tsconfig: 'tsconfig.base.json' }), cafCommandsPlugin()],
  middleware: [
    deliveryTestServer(), // the delivery tests' backend: test/support/test-server.mjs
    // Every test page runs without unsafe-eval. (The runner's own page needs inline scripts;
    // the strict script-src 'self' page is tested separately.)
    async (ctx, next) => {
      await next();
      if (!ctx.response.is('html')) return;
      const strict = ctx.path.startsWith('/test/csp/');
      ctx.set('Content-Security-Policy', strict ? "script-src 'self'; style-src 'self'" : "script-src 'self' 'unsafe-inline'");
    },
  ],
  testFramework: { config: { timeout: 10000 } },
  reporters: [defaultReporter(), summaryReporter()],
  concurrency: 1,
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
        headless: true,
        args: [
          '--no-sandbox',
          '--disable-gpu',
          '--disable-background-networking',
          '--disable-component-update',
          '--disable-sync',
          '--no-first-run',
          // An intranet name for the test server, so that a page is served over plain http from a
          // host that is not localhost: not a secure context (test/elements/delivery-trust.test.ts).
          '--host-resolver-rules=MAP caf-intranet.test 127.0.0.1',
        ],
      },
    }),
  ],
};
