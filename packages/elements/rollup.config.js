// Two builds of the element:
// 1. dist/caf-forms.js — one minified ES module with Lit and the core runtime inlined, for a
//    page with no build step: <script type="module" src="caf-forms.js"></script>. It defines
//    <caf-form> when loaded. Serve the folder: the caf-forms-*.js chunks beside it are loaded
//    only by forms that need them (below).
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

const oneFile = {
  input: 'src/bundle.ts',
  // What only some forms need is a chunk of its own, fetched by need: the full definition check
  // (for a definition the quick check cannot pass), delivery (action, autosave), the lazy parts
  // of src/parts.ts (matrix, answers view, language switch, translation, grids, signatures…)
  // and the Welsh and Urdu words. A plain form in English loads caf-forms.js alone.
  output: { dir: 'dist', entryFileNames: 'caf-forms.js', chunkFileNames: 'caf-forms-[name]-[hash].js', format: 'es', sourcemap: true },
  // Generated modules (styles, the precompiled meta-schema check) only declare values:
  // telling rollup so lets it drop whatever the element does not use.
  treeshake: { moduleSideEffects: (id) => !id.includes('/generated/') },
  // Shared code stays in caf-forms.js rather than a third file the page would also load.
  preserveEntrySignatures: 'allow-extension',
  plugins: [nodeResolve({ exportConditions: ['source'] }), minifyCssLiterals(), ts(), terser(TERSER), bundleTypes()],
};

const library = {
  input: ['src/index.ts', 'src/define.ts', 'src/frameworks/react-jsx.ts', 'src/frameworks/vue.ts'],
  output: { dir: 'dist/lib', format: 'es', preserveModules: true, preserveModulesRoot: 'src', sourcemap: true },
  external: [/^lit($|\/)/, /^@lit\//, /^@caf-forms\//],
  plugins: [ts()],
};

// bench/run.mjs builds the one-file bundle alone, into a folder of its own, to report its size
// beside the contenders' (CAF_BUNDLE_DIR); npm run build makes both.
const benchDir = process.env.CAF_BUNDLE_DIR;
export default benchDir ? [{ ...oneFile, output: { ...oneFile.output, dir: benchDir } }] : [oneFile, library];
