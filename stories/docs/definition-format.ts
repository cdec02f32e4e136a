// The definition format as the docs page shows it, read from the meta-schema (descriptions,
// properties, required ones) with examples taken from the definitions in forms/, so the page
// changes when the format does and nobody retypes it.
import metaSchema from '@caf-forms/core/definition.schema.json';
import { CONTENT_TYPES, FIELD_TYPES, type FormDefinition, type Item } from '@caf-forms/core';
import { FORM_IDS, formDefinition } from '../support/forms.js';

interface Schema {
  $ref?: string;
  type?: string | string[];
  const?: unknown;
  enum?: unknown[];
  description?: string;
  properties?: Record<string, Schema>;
  required?: string[];
  anyOf?: Schema[];
  items?: Schema;
}

const root = metaSchema as unknown as Schema & { $defs: Record<string, Schema> };
const defs = root.$defs;
const nameOf = (ref: string): string => ref.replace('#/$defs/', '');

export interface PropertyDoc {
  name: string;
  type: string;
  required: boolean;
  description: string;
}
export interface TypeDoc {
  type: string;
  description: string;
  properties: PropertyDoc[];
  /** The first use in forms/, as JSON, and the form it is from. */
  example?: { json: string; form: string };
}

function typeText(s: Schema): string {
  if (s.$ref) return nameOf(s.$ref) === 'text' ? 'text' : nameOf(s.$ref);
  if (s.const !== undefined) return JSON.stringify(s.const);
  if (s.enum) return s.enum.map((v) => JSON.stringify(v)).join(' | ');
  if (s.type === 'array' && s.items) return `${typeText(s.items)}[]`;
  return Array.isArray(s.type) ? s.type.join(' | ') : (s.type ?? 'object');
}

function propertiesOf(def: Schema): PropertyDoc[] {
  return Object.entries(def.properties ?? {}).map(([name, s]) => ({
    name,
    type: typeText(s),
    required: def.required?.includes(name) ?? false,
    description: s.description ?? (s.$ref ? defs[nameOf(s.$ref)]?.description : undefined) ?? '',
  }));
}

/** Every item and every condition in every form, depth first, with the form it is in. */
function* walk(value: unknown, form: string): Generator<{ node: Record<string, unknown>; form: string }> {
  if (Array.isArray(value)) for (const v of value) yield* walk(v, form);
  else if (value && typeof value === 'object') {
    yield { node: value as Record<string, unknown>, form };
    for (const v of Object.values(value)) yield* walk(v, form);
  }
}

function firstExample(matches: (node: Record<string, unknown>) => boolean): TypeDoc['example'] {
  // forms/example.json first: it is made to show every type briefly.
  for (const id of ['example', ...FORM_IDS.filter((f) => f !== 'example')]) {
    const definition: FormDefinition = formDefinition(id);
    for (const { node, form } of walk(definition.sections, id)) if (matches(node)) return { json: JSON.stringify(node, null, 2), form };
  }
  return undefined;
}

function itemDoc(type: Item['type'], defName: string): TypeDoc {
  const def = defs[defName] ?? {};
  return {
    type,
    description: def.properties?.type?.description ?? def.description ?? '',
    properties: propertiesOf(def).filter((p) => p.name !== 'type'),
    example: firstExample((n) => n.type === type),
  };
}

export const fieldTypes = (): TypeDoc[] => FIELD_TYPES.map((t) => itemDoc(t, `${t}Field`));
export const contentTypes = (): TypeDoc[] => CONTENT_TYPES.map((t) => itemDoc(t, `${t}Content`));

/** The top level and a section, as the meta-schema describes them. */
export const formProperties = (): PropertyDoc[] => propertiesOf(root);
export const sectionProperties = (): PropertyDoc[] => propertiesOf(defs.section ?? {});
export const schemaDescription = (): string => root.description ?? '';
export const conditionDescription = (): string => defs.condition?.description ?? '';

/** Each condition operator (its own key in its schema), with the first use of it in forms/. */
export function conditions(): TypeDoc[] {
  return (defs.condition?.anyOf ?? []).map((ref) => {
    const def = defs[nameOf(ref.$ref ?? '')] ?? {};
    const operator = Object.keys(def.properties ?? {}).find((k) => k !== 'field') ?? '';
    const example = firstExample((n) => operator in n && (operator === 'all' || operator === 'any' || operator === 'not' || 'field' in n) && !('type' in n));
    return { type: operator, description: def.description ?? '', properties: propertiesOf(def), example };
  });
}
