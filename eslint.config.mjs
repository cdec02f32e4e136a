// ESLint: typescript-eslint's strict, type-checked rules over the TypeScript, the Lit and
// web-components plugins over the elements and the designer, and the plain recommended rules
// over the scripts. `npm run lint` (part of `npm test`). Formatting is Prettier's (npm run format).
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import lit from 'eslint-plugin-lit';
import litA11y from 'eslint-plugin-lit-a11y';
import wc from 'eslint-plugin-wc';
import globals from 'globals';

export default tseslint.config(
  {
    ignores: [
      '**/dist/**',
      '**/generated/**',
      'storybook-static/**',
      'bench/build/**', // npm run bench's bundles (git-ignored)
      'data/**',
      '.wtr-tmp/**',
      'bench/node_modules/**',
      'test/packages/**/node_modules/**',
      'reports/**',
      '**/*.d.ts',
    ],
  },
  js.configs.recommended,
  {
    files: ['**/*.ts'],
    extends: [...tseslint.configs.strictTypeChecked],
    languageOptions: {
      parserOptions: {
        projectService: {
          allowDefaultProject: ['.storybook/main.ts', '.storybook/preview.ts', '.storybook/per-form-indexer.ts', 'packages/core/scripts/*.ts'],
        },
        tsconfigRootDir: import.meta.dirname,
      },
    },
    rules: {
      // noUncheckedIndexedAccess is on: `rows[0]!` marks an index the line before has proved.
      '@typescript-eslint/no-non-null-assertion': 'off',
      // `return send(res, 404, …)` in a handler that returns nothing, and `() => store.set(…)` in a
      // Lit binding, are idioms here: the value is never used.
      '@typescript-eslint/no-confusing-void-expression': 'off',
      // `_`-named bindings are deliberately unused (a rest sibling's omitted key, a loop counter).
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_', ignoreRestSiblings: true },
      ],
      // An async method without await still turns a synchronous throw into a rejection, which is
      // what the store interfaces promise their callers (packages/server/src/store).
      '@typescript-eslint/require-await': 'off',
      // Numbers and booleans read well in messages ("Section 2 of 5").
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true, allowBoolean: true }],
      // node:test's describe/it return promises that the runner itself awaits.
      '@typescript-eslint/no-floating-promises': [
        'error',
        {
          allowForKnownSafeCalls: [
            { from: 'package', package: 'node:test', name: ['describe', 'it', 'test', 'suite', 'before', 'after', 'beforeEach', 'afterEach'] },
          ],
        },
      ],
    },
  },
  {
    // Tests read JSON fixtures and responses, whose shapes the assertions themselves check.
    files: ['test/**/*.ts'],
    rules: {
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
      // `let browser: Browser` set in before() is undefined in after() when before() failed.
      '@typescript-eslint/no-unnecessary-condition': 'off',
      // Test helpers: `$<HTMLSelectElement>(el, 'select')`, `delete answers[id]` to build a case.
      '@typescript-eslint/no-unnecessary-type-parameters': 'off',
      '@typescript-eslint/no-dynamic-delete': 'off',
      '@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: false }],
    },
  },
  {
    // The designer edits a definition as untyped JSON; String(value) is how it shows a scalar.
    files: ['stories/designer/**/*.ts'],
    // Removing a property by its name (delete holder[key]) is what an edit of the JSON is.
    rules: { '@typescript-eslint/no-base-to-string': 'off', '@typescript-eslint/no-dynamic-delete': 'off' },
  },
  {
    // Browser tests assert with chai, whose plugin-augmented Assertion type the promise rules
    // mistake for a promise on every expect(…). The one assertion that is a promise, axe's
    // accessible(), must be awaited: a syntax rule says so instead.
    files: ['test/elements/**/*.ts', 'test/core/browser.test.ts'],
    rules: {
      '@typescript-eslint/no-floating-promises': 'off',
      'no-restricted-syntax': [
        'error',
        {
          selector: "ExpressionStatement > CallExpression[callee.property.name='accessible']",
          message: 'await the axe check: await expect(el).to.be.accessible()',
        },
      ],
    },
  },
  {
    files: ['packages/elements/src/**/*.ts', 'stories/**/*.ts'],
    extends: [lit.configs['flat/recommended'], wc.configs['flat/recommended']],
    plugins: { 'lit-a11y': litA11y },
    rules: {
      ...litA11y.configs.recommended.rules,
      // Lit calls a template's event listeners with `this` set to the host element.
      '@typescript-eslint/unbound-method': 'off',
    },
  },
  {
    files: ['**/*.js', '**/*.mjs', '**/*.cjs'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
);
