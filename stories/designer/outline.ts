// The outline of a definition: sections, their items, a repeatable group's row fields and the
// follow-up questions revealed under an option, each node named by its JSON pointer.
import { isObject, type Json, type JsonObject } from './json-pointer.js';

export interface OutlineNode {
  pointer: string;
  /** What the tree shows: the label (or text) of the item. */
  name: string;
  /** 'section', or the item's type; 'follow-ups' for the group of items revealed under a choice. */
  kind: string;
  /** The item's id, when it has one. */
  id?: string;
  children: OutlineNode[];
}

const shorten = (text: string): string => (text.length > 60 ? `${text.slice(0, 57)}…` : text);

function itemName(item: JsonObject): string {
  for (const key of ['label', 'text', 'summary', 'title']) if (typeof item[key] === 'string') return shorten(item[key]);
  return String(item.type ?? 'item');
}

function itemNode(item: Json, pointer: string): OutlineNode {
  const object = isObject(item) ? item : {};
  const node: OutlineNode = { pointer, name: itemName(object), kind: String(object.type ?? 'item'), children: [] };
  if (typeof object.id === 'string') node.id = object.id;
  if (object.type === 'repeat' && Array.isArray(object.items)) node.children = object.items.map((row, i) => itemNode(row, `${pointer}/items/${i}`));
  if (Array.isArray(object.options)) {
    object.options.forEach((option, o) => {
      if (isObject(option) && Array.isArray(option.reveal)) {
        node.children.push(followUps(`When '${String(option.label)}' is chosen`, `${pointer}/options/${o}/reveal`, option.reveal));
      }
    });
  }
  if (isObject(object.reveal)) {
    for (const answer of ['yes', 'no']) {
      const items = object.reveal[answer];
      if (Array.isArray(items)) node.children.push(followUps(`When the answer is ${answer === 'yes' ? 'Yes' : 'No'}`, `${pointer}/reveal/${answer}`, items));
    }
  }
  return node;
}

function followUps(name: string, pointer: string, items: Json[]): OutlineNode {
  return { pointer, name, kind: 'follow-ups', children: items.map((item, i) => itemNode(item, `${pointer}/${i}`)) };
}

export function outlineOf(definition: Json): OutlineNode[] {
  const sections = isObject(definition) && Array.isArray(definition.sections) ? definition.sections : [];
  return sections.map((section, s) => {
    const object = isObject(section) ? section : {};
    const items = Array.isArray(object.items) ? object.items : [];
    return {
      pointer: `/sections/${s}`,
      name: shorten(String(object.title ?? `Section ${s + 1}`)),
      kind: 'section',
      ...(typeof object.id === 'string' ? { id: object.id } : {}),
      children: items.map((item, i) => itemNode(item, `/sections/${s}/items/${i}`)),
    };
  });
}

/** The nodes a person can reach with the arrow keys: expanded nodes' children included. */
export function visibleNodes(
  nodes: readonly OutlineNode[],
  collapsed: ReadonlySet<string>,
  depth = 1,
  out: { node: OutlineNode; depth: number; parent?: OutlineNode }[] = [],
  parent?: OutlineNode,
): { node: OutlineNode; depth: number; parent?: OutlineNode }[] {
  for (const node of nodes) {
    out.push({ node, depth, parent });
    if (node.children.length && !collapsed.has(node.pointer)) visibleNodes(node.children, collapsed, depth + 1, out, node);
  }
  return out;
}

/** The deepest outline node at or above a pointer (a problem's path, say). */
export function nodeFor(nodes: readonly OutlineNode[], pointer: string): OutlineNode | undefined {
  let best: OutlineNode | undefined;
  const visit = (list: readonly OutlineNode[]): void => {
    for (const node of list) {
      if (pointer === node.pointer || pointer.startsWith(`${node.pointer}/`)) {
        best = node;
        visit(node.children);
      }
    }
  };
  visit(nodes);
  return best;
}
