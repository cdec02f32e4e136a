// Controls for a field's definition options, read from the meta-schema rather than retyped:
// each property of `<type>Field` becomes a control of the matching kind, with its description.
import type { ArgTypes } from '@storybook/web-components-vite';
import metaSchema from '@caf-forms/core/definition.schema.json';

interface PropertySchema {
  $ref?: string;
  type?: string | string[];
  enum?: unknown[];
  const?: unknown;
  description?: string;
}

const defs = (metaSchema as unknown as { $defs: Record<string, PropertySchema & { properties?: Record<string, PropertySchema> }> }).$defs;

/** Options a field story does not offer: its identity, and conditions on answers it does not have. */
const NOT_CONTROLLED = new Set(['type', 'id', 'visibleWhen', 'requiredWhen']);

function resolve(schema: PropertySchema): PropertySchema {
  if (!schema.$ref) return schema;
  const target = defs[schema.$ref.replace('#/$defs/', '')] ?? {};
  return { ...resolve(target), description: schema.description ?? target.description };
}

function controlOf(schema: PropertySchema): ArgTypes[string]['control'] {
  if (schema.enum) return { type: 'select' };
  if (schema.type === 'boolean') return { type: 'boolean' };
  if (schema.type === 'integer' || schema.type === 'number') return { type: 'number' };
  if (schema.type === 'string') return { type: 'text' };
  return { type: 'object' };
}

export function fieldArgTypes(type: string): ArgTypes {
  const def = defs[`${type}Field`];
  if (!def?.properties) throw new Error(`the meta-schema has no ${type}Field`);
  const argTypes: ArgTypes = {};
  for (const [name, raw] of Object.entries(def.properties)) {
    if (NOT_CONTROLLED.has(name)) continue;
    const schema = resolve(raw);
    argTypes[name] = { control: controlOf(schema), description: schema.description, ...(schema.enum ? { options: schema.enum } : {}) };
  }
  return argTypes;
}

/** What the meta-schema says a field type is ("Short text, one line."). */
export function fieldTypeDescription(type: string): string {
  return defs[`${type}Field`]?.properties?.type?.description ?? '';
}
