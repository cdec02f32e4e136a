// Drops the govuk-frontend rules whose selectors name classes the element never uses, so the
// form carries only the CSS it can show. Used classes are read from the element's source: a
// class written as a template prefix (`govuk-input--width-${width}`) keeps every class that
// starts with it. Rules that name no govuk- class (element and :host rules) are kept.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** Every govuk- class token in the .ts files under `dir` (generated files excluded). */
export function usedClasses(dir) {
  const used = new Set();
  const walk = (d) => {
    for (const name of readdirSync(d)) {
      const path = join(d, name);
      if (statSync(path).isDirectory()) {
        if (name !== 'generated') walk(path);
        continue;
      }
      if (!name.endsWith('.ts')) continue;
      for (const m of readFileSync(path, 'utf8').matchAll(/govuk-[a-z0-9_-]+/g)) used.add(m[0]);
    }
  };
  walk(dir);
  return used;
}

/** The CSS with only the rules (and selectors of a rule) that can match what the element renders. */
export function purgeCss(css, used) {
  const prefixes = [...used].filter((c) => c.endsWith('-'));
  const keepClass = (c) => used.has(c) || prefixes.some((p) => c.startsWith(p));
  const keepSelector = (selector) => [...selector.matchAll(/\.(govuk-[a-z0-9_-]+)/g)].every((m) => keepClass(m[1]));
  return blocks(css)
    .map(({ prelude, body }) => {
      if (body === undefined) return prelude; // @charset, @import…
      if (prelude.startsWith('@media') || prelude.startsWith('@supports')) {
        const inner = purgeCss(body, used);
        return inner ? `${prelude}{${inner}}` : '';
      }
      if (prelude.startsWith('@')) return `${prelude}{${body}}`; // @font-face, @keyframes, @page
      const selectors = splitSelectors(prelude).filter(keepSelector);
      return selectors.length ? `${selectors.join(',')}{${body}}` : '';
    })
    .join('');
}

/** Top-level `prelude{body}` blocks of compressed CSS (strings and nesting respected). */
function blocks(css) {
  const out = [];
  let i = 0;
  while (i < css.length) {
    const open = findOutsideString(css, '{', i);
    const semi = findOutsideString(css, ';', i);
    if (open < 0 || (semi >= 0 && semi < open)) {
      if (semi < 0) break;
      out.push({ prelude: css.slice(i, semi + 1) });
      i = semi + 1;
      continue;
    }
    let depth = 0;
    let j = open;
    for (; j < css.length; j++) {
      const c = css[j];
      if (c === '"' || c === "'") j = css.indexOf(c, j + 1);
      else if (c === '{') depth++;
      else if (c === '}' && --depth === 0) break;
    }
    out.push({ prelude: css.slice(i, open), body: css.slice(open + 1, j) });
    i = j + 1;
  }
  return out;
}

function findOutsideString(css, char, from) {
  for (let i = from; i < css.length; i++) {
    const c = css[i];
    if (c === '"' || c === "'") i = css.indexOf(c, i + 1);
    else if (c === char) return i;
  }
  return -1;
}

function splitSelectors(prelude) {
  const parts = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < prelude.length; i++) {
    const c = prelude[i];
    if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === ',' && depth === 0) {
      parts.push(prelude.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(prelude.slice(start));
  return parts;
}

/**
 * Splits out the rules of one component (every govuk- class of the rule starts with `prefix`,
 * e.g. 'govuk-summary-list'), so that they can ship with the lazily loaded part that uses it.
 * Returns [the rest, the component's rules]; a rule naming other classes too stays in the rest.
 */
export function splitCss(css, prefix) {
  const own = (selector) => {
    const classes = [...selector.matchAll(/\.(govuk-[a-z0-9_-]+)/g)].map((m) => m[1]);
    return classes.length > 0 && classes.every((c) => c === prefix || c.startsWith(`${prefix}_`) || c.startsWith(`${prefix}-`));
  };
  const rest = [];
  const part = [];
  for (const { prelude, body } of blocks(css)) {
    if (body === undefined) rest.push(prelude);
    else if (prelude.startsWith('@media') || prelude.startsWith('@supports')) {
      const [inRest, inPart] = splitCss(body, prefix);
      if (inRest) rest.push(`${prelude}{${inRest}}`);
      if (inPart) part.push(`${prelude}{${inPart}}`);
    } else if (prelude.startsWith('@')) rest.push(`${prelude}{${body}}`);
    else if (splitSelectors(prelude).every(own)) part.push(`${prelude}{${body}}`);
    else rest.push(`${prelude}{${body}}`);
  }
  return [rest.join(''), part.join('')];
}
