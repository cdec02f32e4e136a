// A Stryker ignorer (see stryker.config.mjs): leaves unmutated the entries of the English message
// table (packages/core/src/i18n.ts, `en`) that are not the engine's error messages. Those are the
// element's own words (buttons, notices, the outbox's) and the document's labels: data, not
// logic, shown and checked in the browser tests, which Stryker does not run. Each such mutant
// would be covered by every Node test file (the table is read at load), so it would cost a full
// run to learn only that no Node test quotes a button's label. The `error.*` entries ARE
// mutated: they are what the engine says, and the rules tests check them word for word.
import { PluginKind, declareValuePlugin } from '@stryker-mutator/api/plugin';

/** Whether this expression (the object, or the object `as const`) is what `const en =` holds. */
function isMessageTable(expression) {
  const declarator = expression?.parentPath;
  return Boolean(declarator?.isVariableDeclarator() && declarator.get('id').isIdentifier({ name: 'en' }));
}

export const strykerPlugins = [
  declareValuePlugin(PluginKind.Ignore, 'element-words', {
    shouldIgnore(path) {
      if (!path.isObjectProperty()) return undefined;
      const key = path.node.key;
      if (key.type !== 'StringLiteral' || key.value.startsWith('error.')) return undefined;
      // `export const en = { ... } as const`: property → object → `as const` → declarator
      const object = path.parentPath;
      const expression = object?.parentPath?.isTSAsExpression() ? object.parentPath : object;
      return isMessageTable(expression) ? 'the element’s words, checked in the browser tests (see test/mutation/ignore-element-words.mjs)' : undefined;
    },
  }),
];
