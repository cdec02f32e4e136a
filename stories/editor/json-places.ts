// Where each value of a JSON text is, by JSON pointer, so that a problem checkDefinition reports
// at "/sections/0/items/2/type" can be highlighted in the designer's own text. Only called on
// text that JSON.parse accepted (syntax errors are located by core's locateJsonError). The
// scanning is jsonc-parser's syntax tree; this module only names its nodes by pointer.
import { type Node as JsonNode, parseTree } from 'jsonc-parser';

export interface Place {
  start: number;
  end: number;
}

export function jsonPlaces(text: string): Map<string, Place> {
  const places = new Map<string, Place>();
  const visit = (node: JsonNode, pointer: string): void => {
    places.set(pointer, { start: node.offset, end: node.offset + node.length });
    if (node.type === 'object') {
      for (const property of node.children ?? []) {
        const [key, value] = property.children ?? [];
        if (key && value) visit(value, `${pointer}/${String(key.value).replace(/~/g, '~0').replace(/\//g, '~1')}`);
      }
    } else if (node.type === 'array') {
      (node.children ?? []).forEach((item, index) => visit(item, `${pointer}/${index}`));
    }
  };
  const root = parseTree(text);
  if (root) visit(root, '');
  return places;
}

/** The place of a pointer, or of its nearest ancestor when it names something missing. */
export function placeOf(places: Map<string, Place>, pointer: string): Place | undefined {
  for (let p = pointer; ; p = p.slice(0, p.lastIndexOf('/'))) {
    const place = places.get(p);
    if (place || p === '') return place;
  }
}

/** 1-based line and column of an offset, as editors count them. */
export function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  return { line: before.split('\n').length, column: offset - before.lastIndexOf('\n') };
}
