// The compiler: definition → JSON Schema (2020-12) of its submission envelope. Strict: no
// unknown properties, bounded strings, real formats, and visibility and requiredness as
// if/then, so that any backend can enforce what the browser enforced.
import type { ComputedValue, Field, FormDefinition, RepeatField } from '../definition.js';
import { isAnswerField } from '../fields/index.js';
import { answerSchemaOf } from '../fields/answer-schemas.js';
import { maxRowsOf } from '../formats.js';
import { type FieldNode, type FormModel, buildModel } from '../model.js';
import { type JsonSchema, conditionSchema } from './condition-schema.js';

const UUID_PATTERN = '^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$';

/**
 * Answer schemas that several fields share ("text up to 500 characters", "yes or no") go once
 * into $defs and each field refers to them: ajv then compiles one function per kind of answer
 * instead of one block of code per field, which keeps a long form's validator small. A schema
 * used by one field only stays inline, where it is easiest to read.
 */
class SharedAnswers {
  private readonly byJson = new Map<string, { type: string; schema: JsonSchema; places: Record<string, unknown>[] }>();

  /** A place for this answer schema in the tree; finish() fills it with a $ref or the schema. */
  place(field: Field, schema: JsonSchema): JsonSchema {
    const json = JSON.stringify(schema);
    let entry = this.byJson.get(json);
    if (!entry) this.byJson.set(json, (entry = { type: field.type, schema, places: [] }));
    const place: Record<string, unknown> = {};
    entry.places.push(place);
    return place;
  }

  /** Fills every place and returns the $defs of the shared ones ('text', 'text-2'…; empty when nothing repeats). */
  finish(): Record<string, JsonSchema> {
    const defs: Record<string, JsonSchema> = {};
    for (const { type, schema, places } of this.byJson.values()) {
      if (places.length === 1) {
        Object.assign(places[0]!, schema as object);
        continue;
      }
      let name = type;
      for (let n = 2; name in defs; n++) name = `${type}-${n}`;
      defs[name] = schema;
      for (const place of places) place.$ref = `#/$defs/${name}`;
    }
    return defs;
  }
}

/** The schema of one field's answer, whatever its visibility. */
export function answerSchema(model: FormModel, field: Field): JsonSchema {
  return answerOf(model, field, undefined);
}

function answerOf(model: FormModel, field: Field, shared: SharedAnswers | undefined): JsonSchema {
  return isAnswerField(field) ? answerSchemaOf(field) : repeatSchema(model, field, shared);
}

/** A field's answer schema, shared with other fields through $defs when the compiler gives a registry. */
function sharedAnswer(model: FormModel, field: Field, shared: SharedAnswers | undefined): JsonSchema {
  const schema = answerOf(model, field, shared);
  return shared && field.type !== 'repeat' ? shared.place(field, schema) : schema;
}

/** Visibility and requiredness of the fields in `nodes`, as if/then rules over their container. */
function presenceRules(model: FormModel, nodes: readonly FieldNode[], rowScope: boolean): { required: string[]; rules: JsonSchema[] } {
  const required: string[] = [];
  const rules: JsonSchema[] = [];
  const inContainer = (node: FieldNode, schema: JsonSchema): JsonSchema => (rowScope ? schema : { properties: { [node.section.id]: schema } });
  for (const node of nodes) {
    const { field } = node;
    const shown = node.shownWhen.map((c) => conditionSchema(model, c, rowScope));
    const present = inContainer(node, { required: [node.id] });
    const absent = inContainer(node, { properties: { [node.id]: false } });
    if (shown.length === 0) {
      if (field.required) required.push(node.id);
    } else {
      const when = shown.length === 1 ? shown[0]! : { allOf: shown };
      // hidden answers are not part of a valid submission
      rules.push(field.required ? { if: when, then: present, else: absent } : { if: when, else: absent });
    }
    if (field.requiredWhen && !field.required) {
      rules.push({ if: { allOf: [...shown, conditionSchema(model, field.requiredWhen, rowScope)] }, then: present });
    }
  }
  return { required, rules };
}

function repeatSchema(model: FormModel, field: RepeatField, shared?: SharedAnswers): JsonSchema {
  const nodes = model.rowFields.get(field.id) ?? [];
  const { required, rules } = presenceRules(model, nodes, true);
  const row: Record<string, unknown> = {
    type: 'object',
    additionalProperties: false,
    minProperties: 1,
    properties: Object.fromEntries(nodes.map((n) => [n.id, sharedAnswer(model, n.field, shared)])),
  };
  if (required.length) row.required = required;
  if (rules.length) row.allOf = rules;
  return {
    // Every group is bounded: its own maxItems, or DEFAULT_MAX_ROWS.
    type: 'array',
    items: row,
    minItems: Math.max(1, field.minItems ?? 0),
    maxItems: maxRowsOf(field),
  };
}

function computedSchema(value: ComputedValue): JsonSchema {
  if ('count' in value) return { type: 'integer', minimum: 0 };
  if ('sum' in value) return { type: 'number' };
  return { enum: [...value.firstMatch.map((r) => r.value), value.otherwise.value] };
}

/**
 * Compiles a definition (already checked with checkDefinition) into its submission schema.
 * shareAnswers: false writes every answer's schema inline (no $defs), for tools that read it.
 */
export function compileSubmissionSchema(definition: FormDefinition, options: { shareAnswers?: boolean } = {}): Record<string, unknown> {
  const model = buildModel(definition);
  const shared = options.shareAnswers === false ? undefined : new SharedAnswers();
  const sections: Record<string, JsonSchema> = {};
  const topLevel = [...model.sectionFields.values()].flat();
  const { required, rules } = presenceRules(model, topLevel, false);
  for (const section of definition.sections) {
    const nodes = model.sectionFields.get(section.id) ?? [];
    const ids = new Set(nodes.map((n) => n.id));
    sections[section.id] = {
      type: 'object',
      additionalProperties: false,
      properties: Object.fromEntries(nodes.map((n) => [n.id, sharedAnswer(model, n.field, shared)])),
      ...(required.some((id) => ids.has(id)) ? { required: required.filter((id) => ids.has(id)) } : {}),
    };
  }
  const computed = definition.computed ?? [];
  const defs = shared?.finish() ?? {};
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: `${definition.id}.schema.json`,
    title: `${definition.title} (submission, version ${definition.version})`,
    type: 'object',
    additionalProperties: false,
    required: ['formId', 'formVersion', 'submissionId', 'startedAt', 'submittedAt', 'data', 'computed'],
    properties: {
      formId: { const: definition.id },
      formVersion: { const: definition.version },
      submissionId: { type: 'string', pattern: UUID_PATTERN },
      startedAt: { type: 'string', format: 'date-time' },
      submittedAt: { type: 'string', format: 'date-time' },
      lang: { type: 'string', maxLength: 35, pattern: '^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$' }, // the language it was filled in (optional)
      data: {
        type: 'object',
        additionalProperties: false,
        required: definition.sections.map((s) => s.id),
        properties: sections,
        ...(rules.length ? { allOf: rules } : {}),
      },
      computed: {
        type: 'object',
        additionalProperties: false,
        required: computed.map((c) => c.id),
        properties: Object.fromEntries(computed.map((c) => [c.id, computedSchema(c)])),
      },
    },
    ...(Object.keys(defs).length ? { $defs: defs } : {}),
  };
}
