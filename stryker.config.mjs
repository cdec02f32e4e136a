// Mutation testing of the engine (issue 15): `npm run mutation`. Not part of `npm test`: a run
// over all of packages/core/src takes hours on a shared 2-core machine (see the README's
// "Mutation testing" for the score, the command and the surviving mutants).
//
// Why these settings:
// - testRunner "tap": node:test prints TAP when its output is not a terminal, so the Node tests
//   run unchanged, under tsx, with the `source` condition (workspace packages resolve to src).
//   The tap runner counts a test file as one test, and records coverage per file.
// - inPlace: in Stryker's sandbox copy, node_modules/@caf-forms/core is a workspace symlink back
//   to the real packages/core, so tests would never load the mutants. In place, Stryker writes
//   the mutated sources over packages/core/src and restores them at the end: do not edit or
//   commit packages/core/src while a run is going (and after an interrupted run, `git checkout
//   packages/core/src` restores it).
// - concurrency 1: the machine is shared; raise it on your own (`--concurrency 2`).
// - incremental: reports/mutation/incremental.json remembers each mutant's result, so a later
//   run re-tests only mutants whose code or covering tests changed (`--force` re-tests all).
export default {
  $schema: './node_modules/@stryker-mutator/core/schema/stryker-schema.json',
  packageManager: 'npm',
  testRunner: 'tap',
  tap: {
    testFiles: ['test/core/*.node.test.ts'],
    nodeArgs: ['--conditions=source', '--import', 'tsx'],
    // stop a test file at its first failure: a killed mutant needs no more of it
    forceBail: true,
  },
  // Every engine source, and the per-type modules under packages/core/src/fields/ as they arrive;
  // not the generated meta-schema validator and types.
  mutate: ['packages/core/src/**/*.ts', '!packages/core/src/generated/**'],
  inPlace: true,
  coverageAnalysis: 'perTest',
  concurrency: 1,
  timeoutMS: 20000,
  checkers: [],
  // tsx strips types without checking them, so the mutants need no `// @ts-nocheck`; with the
  // default, an in-place run would write one into every .ts and .mjs file of the repository.
  disableTypeChecks: false,
  incremental: true,
  incrementalFile: 'reports/mutation/incremental.json',
  plugins: ['@stryker-mutator/tap-runner', './test/mutation/ignore-element-words.mjs'],
  ignorers: ['element-words'],
  reporters: ['clear-text', 'progress', 'html', 'json'],
  htmlReporter: { fileName: 'reports/mutation/index.html' },
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  clearTextReporter: { allowColor: false, logTests: false, maxTestsToLog: 0 },
  tempDirName: 'reports/mutation/.stryker-tmp',
  cleanTempDir: true,
  ignorePatterns: ['dist', 'storybook-static', 'bench', 'data', 'reports', 'forms/versions'],
};
