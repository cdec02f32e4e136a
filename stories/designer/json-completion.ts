// Completion in the JSON view from the meta-schema: the properties the object at the cursor may
// still have (with their descriptions), and the values of `type` and of enumerated properties.
// codemirror-json-schema's own completion gives nothing in a whole definition (its parser gives
// up on the large discriminated unions), so this one reads the syntax tree instead: it works in
// text that is not valid JSON yet, which is when completion is wanted.
import type { Completion, CompletionContext, CompletionResult } from '@codemirror/autocomplete';
import { syntaxTree } from '@codemirror/language';
import type { EditorState } from '@codemirror/state';
import type { SyntaxNode } from '@lezer/common';
import { ROOT, TYPE_CHOICES, itemSchema, resolve, type SchemaNode } from './meta-schema.js';

const read = (state: EditorState, node: SyntaxNode | null | undefined): string | undefined => {
  if (!node) return undefined;
  try {
    return JSON.parse(state.sliceDoc(node.from, node.to)) as string;
  } catch {
    return undefined;
  }
};

/** The key of a Property node. */
const keyOf = (state: EditorState, property: SyntaxNode): string | undefined => read(state, property.getChild('PropertyName'));

/** The `type` an Object node declares, if it does. */
function typeOf(state: EditorState, object: SyntaxNode): string | undefined {
  for (const property of object.getChildren('Property')) {
    if (keyOf(state, property) === 'type') return read(state, property.getChild('String'));
  }
  return undefined;
}

/** A schema's alternatives (oneOf, anyOf), or itself. */
function alternatives(node: SchemaNode): SchemaNode[] {
  const s = resolve(node);
  const options = s.oneOf ?? s.anyOf;
  return options ? options.flatMap(alternatives) : [s];
}

/** The properties an object may have under a schema: of its declared type, or of every alternative. */
function propertiesOf(node: SchemaNode, type: string | undefined): Record<string, SchemaNode> {
  const typed = type ? itemSchema(type) : undefined;
  if (typed && alternatives(node).includes(typed)) return typed.properties ?? {};
  return Object.assign({}, ...alternatives(node).map((a) => a.properties ?? {})) as Record<string, SchemaNode>;
}

/** The schema of the value at a path of keys and array positions, from the root. */
function schemaAt(state: EditorState, path: { key?: string; object?: SyntaxNode }[]): SchemaNode | undefined {
  let node: SchemaNode = ROOT;
  for (const step of path) {
    if (step.key === undefined) {
      const items = alternatives(node).find((a) => a.items)?.items;
      if (!items) return undefined;
      node = items;
    } else {
      const property: SchemaNode | undefined = propertiesOf(node, step.object ? typeOf(state, step.object) : undefined)[step.key];
      if (!property) return undefined;
      node = property;
    }
  }
  return node;
}

/** The steps from the root to a node: a key for each Property passed, an array position for each Array. */
function pathTo(state: EditorState, node: SyntaxNode): { key?: string; object?: SyntaxNode }[] {
  const path: { key?: string; object?: SyntaxNode }[] = [];
  for (let n: SyntaxNode | null = node; n; n = n.parent) {
    if (n.name === 'Property' && n.parent?.name === 'Object') path.unshift({ key: keyOf(state, n), object: n.parent });
    if (n.name === 'Array' && n !== node) path.unshift({});
  }
  return path;
}

const describe = (s: SchemaNode): string | undefined => s.description ?? resolve(s).description;

export function definitionCompletion(context: CompletionContext): CompletionResult | null {
  const { state, pos } = context;
  const word = context.matchBefore(/"?[\w$]*/);
  let node: SyntaxNode | null = syntaxTree(state).resolveInner(pos, -1);

  // A value: the `type` of an item, or an enumerated property.
  // A value follows a ':' (in text being typed the tree may not know it yet, so the text decides).
  const start = node.name === 'String' ? node.from : pos;
  const afterColon = /:\s*$/.test(state.sliceDoc(Math.max(0, start - 200), start));
  const property = afterColon ? (node.name === 'Property' ? node : node.parent?.name === 'Property' ? node.parent : null) : null;
  if (property && property.getChild('PropertyName')) {
    const key = keyOf(state, property);
    const schema = schemaAt(state, pathTo(state, property));
    const options: Completion[] =
      key === 'type'
        ? TYPE_CHOICES.map((c) => ({ label: JSON.stringify(c.type), type: 'enum', info: c.description }))
        : (schema ? alternatives(schema).flatMap((a) => a.enum ?? (a.const !== undefined ? [a.const] : [])) : []).map((v) => ({
            label: JSON.stringify(v),
            type: 'enum',
          }));
    if (!options.length) return null;
    return { from: node.name === 'String' ? node.from : pos, options, validFor: /^"?[\w-]*"?$/ };
  }

  // A property name: in an Object, where a key may go.
  while (node && node.name !== 'Object') node = node.parent;
  if (!node || (!word && !context.explicit)) return null;
  const schema = schemaAt(state, pathTo(state, node));
  if (!schema) return null;
  const present = new Set(node.getChildren('Property').map((p) => keyOf(state, p)));
  const properties = propertiesOf(schema, typeOf(state, node));
  const options = Object.entries(properties)
    .filter(([key]) => !present.has(key) || (word && state.sliceDoc(word.from, word.to).replace(/"/g, '') === key))
    .map(([key, s]) => ({
      label: JSON.stringify(key),
      apply: `${JSON.stringify(key)}: `,
      type: 'property',
      detail: String(resolve(s).type ?? ''),
      info: describe(s),
    }));
  return options.length ? { from: word ? word.from : pos, options, validFor: /^"?[\w$]*$/ } : null;
}
