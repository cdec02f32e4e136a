// The meta-schema, read so that the designer needs no code of its own per field type: the types
// and their one-line descriptions, each type's properties, and which of them are required.
import schema from '../../packages/core/schema/definition.schema.json';
import { CONTENT_TYPES, FIELD_TYPES } from '@caf-forms/core';

export interface SchemaNode {
  type?: string | string[];
  $ref?: string;
  const?: unknown;
  enum?: unknown[];
  description?: string;
  properties?: Record<string, SchemaNode>;
  required?: string[];
  items?: SchemaNode;
  minimum?: number;
  maximum?: number;
  minItems?: number;
  anyOf?: SchemaNode[];
  oneOf?: SchemaNode[];
  additionalProperties?: boolean | SchemaNode;
}

const defs = (schema as unknown as { $defs: Record<string, SchemaNode> }).$defs;

export const ROOT = schema as unknown as SchemaNode;

/** Follows a local $ref ('#/$defs/x'). */
export function resolve(node: SchemaNode): SchemaNode {
  let n = node;
  while (n.$ref) n = defs[n.$ref.replace('#/$defs/', '')] ?? {};
  return n;
}

export function refName(node: SchemaNode): string | undefined {
  return node.$ref?.replace('#/$defs/', '');
}

export const def = (name: string): SchemaNode => defs[name] ?? {};

/** The $defs entry whose `type` is the given constant, e.g. 'radios' → radiosField. */
export function itemSchema(type: string): SchemaNode | undefined {
  return Object.values(defs).find((d) => d.properties?.type?.const === type);
}

export interface TypeChoice {
  type: string;
  kind: 'field' | 'content';
  description: string;
}

/** Every field and content type with its description from the meta-schema. */
export const TYPE_CHOICES: readonly TypeChoice[] = [
  ...FIELD_TYPES.map((type) => ({ type, kind: 'field' as const })),
  ...CONTENT_TYPES.map((type) => ({ type, kind: 'content' as const })),
].map(({ type, kind }) => {
  const s = itemSchema(type);
  return { type, kind, description: s?.properties?.type?.description ?? s?.description ?? '' };
});
