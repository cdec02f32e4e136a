// Two builds of the element:
// 1. dist/caf-forms.js — one minified ES module with Lit and the core runtime inlined, for a
//    page with no build step: <script type="module" src="caf-forms.js"></script>. It defines
//    <caf-form> when loaded. Serve the folder: caf-forms-check-*.js beside it is loaded only
//    to explain a broken definition.
// 2. dist/lib/ — the npm package for bundler users: one module per source file, with lit and
//    @caf-forms/core left as bare imports so an app shares one copy of each.
import { nodeResolve } from '@rollup/plugin-node-resolve';
import esbuild from 'rollup-plugin-esbuild';
import terser from '@rollup/plugin-terser';
import { minifyCssLiterals } from './scripts/rollup-minify-css.mjs';

// ES2021 module output lets terser use the newer syntax and mangle top-level names; a second
// compress pass finds a little more (together 45 B of gzip: the rest is Lit and strings).
const TERSER = { ecma: 2021, module: true, compress: { passes: 2 }, format: { comments: false } };
const ts = () => esbuild({ tsconfig: './tsconfig.json', target: 'es2021' });

// The one-file bundle's types, beside it: what it exports is the library's index, and loading
// it defines <caf-form> (which lib/define.d.ts declares in HTMLElementTagNameMap).
const bundleTypes = () => ({
  name: 'caf-forms-bundle-types',
  generateBundle() {
    this.emitFile({
      type: 'asset',
      fileName: 'caf-forms.d.ts',
      source: "// Types of caf-forms.js.\nimport './lib/define.js';\nexport * from './lib/index.js';\n",
    });
  },
});

export default [
  {
    input: 'src/bundle.ts',
    // The full definition check is a separate chunk, fetched only for a definition the quick
    // check cannot pass (see caf-form.ts): a page with a good definition loads one file.
    output: { dir: 'dist', entryFileNames: 'caf-forms.js', chunkFileNames: 'caf-forms-[name]-[hash].js', format: 'es', sourcemap: true },
    // Generated modules (styles, the precompiled meta-schema check) only declare values:
    // telling rollup so lets it drop whatever the element does not use.
    treeshake: { moduleSideEffects: (id) => !id.includes('/generated/') },
    // Shared code stays in caf-forms.js rather than a third file the page would also load.
    preserveEntrySignatures: 'allow-extension',
    plugins: [nodeResolve({ exportConditions: ['source'] }), minifyCssLiterals(), ts(), terser(TERSER), bundleTypes()],
  },
  {
    input: ['src/index.ts', 'src/define.ts', 'src/frameworks/react-jsx.ts', 'src/frameworks/vue.ts'],
    output: { dir: 'dist/lib', format: 'es', preserveModules: true, preserveModulesRoot: 'src', sourcemap: true },
    external: [/^lit($|\/)/, /^@lit\//, /^@caf-forms\//],
    plugins: [ts()],
  },
];
