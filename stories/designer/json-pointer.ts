// JSON pointers into a definition (e.g. '/sections/0/items/3'): how the designer names an item,
// the same paths checkDefinition reports problems at.
export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
export type JsonObject = { [key: string]: Json };

export const split = (pointer: string): string[] =>
  pointer === ''
    ? []
    : pointer
        .slice(1)
        .split('/')
        .map((p) => p.replace(/~1/g, '/').replace(/~0/g, '~'));
export const join = (parts: readonly (string | number)[]): string => parts.map((p) => `/${String(p).replace(/~/g, '~0').replace(/\//g, '~1')}`).join('');

export function get(root: unknown, pointer: string): Json | undefined {
  let node: unknown = root;
  for (const part of split(pointer)) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string, unknown>)[part];
  }
  return node as Json | undefined;
}

/** The array an item sits in, and its index there. */
export function container(pointer: string): { array: string; index: number } {
  const parts = split(pointer);
  return { array: join(parts.slice(0, -1)), index: Number(parts[parts.length - 1]) };
}

/** A copy of `root` with `update` applied to a deep copy of the value at `pointer` (changed in place, or replaced by what `update` returns). */
// eslint-disable-next-line @typescript-eslint/no-invalid-void-type -- an update that changes the value in place returns nothing
export function edit<T extends Json>(root: T, pointer: string, update: (value: Json) => Json | void): T {
  const copy = structuredClone(root);
  const parts = split(pointer);
  if (parts.length === 0) return (update(copy) ?? copy) as T;
  let parent: unknown = copy;
  for (const part of parts.slice(0, -1)) parent = (parent as Record<string, unknown>)[part];
  const last = parts[parts.length - 1]!;
  const holder = parent as Record<string, Json>;
  const result = update(holder[last]!);
  if (result !== undefined) holder[last] = result;
  return copy;
}

export function isObject(value: unknown): value is JsonObject {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}
