// A rollup plugin (and, for bench/run.mjs, the same as a function): the hand-written css`…` templates of the element (styles.ts and the lazy
// parts' styles) lose their comments and layout whitespace in the one-file bundle. The
// comments explain the CSS to the next engineer; a page need not download them. Only
// templates with no ${…} are touched, so nothing computed can be cut.
const CSS_TEMPLATE = /\bcss`([^`$]*)`/g;

export function minifyCss(text) {
  return text
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\s+/g, ' ')
    .replace(/\s*([{};,])\s*/g, '$1')
    .replace(/;}/g, '}')
    .trim();
}

/** The module's source with each css`…` template (without ${…}) minified. */
export const minifyCssTemplates = (code) => code.replace(CSS_TEMPLATE, (_all, body) => `css\`${minifyCss(body)}\``);

export const minifyCssLiterals = () => ({
  name: 'caf-forms-minify-css-literals',
  transform(code, id) {
    if (!/\/src\/.*\.ts$/.test(id) || !code.includes('css`')) return null;
    return { code: minifyCssTemplates(code), map: null };
  },
});
