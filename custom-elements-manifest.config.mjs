// `cem analyze` (run by npm run storybook / build-storybook) writes dist/custom-elements.json from
// the JSDoc of <caf-form>: Storybook's docs and controls read it. Generated, never committed.
export default {
  globs: ['packages/elements/src/**/*.ts'],
  exclude: ['packages/elements/src/generated/**'],
  outdir: 'dist',
  litelement: true,
};
