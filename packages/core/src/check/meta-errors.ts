// Meta-schema errors (ajv's shape) as sentences a form designer understands.
import { CONTENT_TYPES, FIELD_TYPES } from '../definition.js';
import { pointerSegments } from '../protocol.js';
import type { SchemaError } from '../schema-errors.js';
import type { DefinitionProblem } from './problem.js';
import { didYouMean, didYouMeanProperty } from './suggest.js';
import { definitionMetaSchema } from '../generated/definition.schema.js';

type SchemaNode = { properties?: Record<string, unknown>; $ref?: string; const?: unknown };
const defs = definitionMetaSchema.$defs as unknown as Record<string, SchemaNode>;

/** What a thing at this path is called in a sentence. */
function describe(pointer: string, value: unknown): string {
  const type = (value as { type?: unknown } | undefined)?.type;
  if (typeof type === 'string' && /\/items\/\d+$|\/reveal(\/\w+)?\/\d+$/.test(pointer)) return `a ${type} item`;
  if (/\/sections\/\d+$/.test(pointer)) return 'a section';
  if (/\/options\/\d+$/.test(pointer)) return 'an option';
  if (/\/columns\/\d+$/.test(pointer)) return 'a column';
  if (/\/rows\/\d+$/.test(pointer)) return 'a grid row';
  if (/\/computed\/\d+$/.test(pointer)) return 'a computed value';
  if (pointer === '') return 'the definition';
  return `'${pointer.split('/').pop()}'`;
}

/** The property names allowed where the error is, from the meta-schema branch ajv used. */
function allowedProperties(schemaPath: string, value: unknown): string[] {
  const type = (value as { type?: unknown } | undefined)?.type;
  const branch = Object.values(defs).find((d) => (d.properties?.type as SchemaNode | undefined)?.const === type);
  if (typeof type === 'string' && branch?.properties) return Object.keys(branch.properties);
  const defName = /#\/\$defs\/(\w+)/.exec(schemaPath)?.[1];
  return Object.keys((defName && defs[defName]?.properties) || {});
}

function valueAt(root: unknown, pointer: string): unknown {
  return pointerSegments(pointer).reduce<unknown>((v, key) => (v as Record<string, unknown> | undefined)?.[key], root);
}

const CONDITION_HELP =
  "is not a valid condition: give a 'field' with one of equals, notEquals, in, includes, filled, empty, greaterThan or lessThan, or combine conditions with all, any or not";
const COMPUTED_HELP =
  "is not a valid computed value: give 'id', 'label' and one of 'count' (with 'of' and 'equals'), 'sum', or 'firstMatch' (with 'otherwise')";

/**
 * Conditions and computed values are unions without a tag, so ajv reports every branch's
 * failure. Keep one sentence for the innermost failing union instead of that noise.
 */
function collapseUnions(errors: readonly (SchemaError & { schemaPath?: string })[]): { unions: string[]; rest: typeof errors } {
  const unionPaths = errors.filter((e) => e.keyword === 'anyOf').map((e) => e.instancePath);
  const innermost = unionPaths.filter((p) => !unionPaths.some((q) => q !== p && q.startsWith(`${p}/`)));
  const covered = (path: string): boolean => innermost.some((p) => path === p || path.startsWith(`${p}/`));
  return { unions: [...new Set(innermost)], rest: errors.filter((e) => e.keyword !== 'anyOf' && !covered(e.instancePath)) };
}

const ROW_ITEM_HELP = 'only single questions go there (no grid, repeatable group, heading or other content)';

export function metaProblems(definition: unknown, allErrors: readonly (SchemaError & { schemaPath?: string })[]): DefinitionProblem[] {
  const out: DefinitionProblem[] = [];
  const { unions, rest: errors } = collapseUnions(allErrors);
  for (const path of unions) {
    const isComputed = /^\/computed\/\d+$/.test(path);
    out.push({ path, message: isComputed ? `this computed value ${COMPUTED_HELP}` : `this condition ${CONDITION_HELP}` });
  }
  for (const error of errors) {
    const path = error.instancePath;
    const value = valueAt(definition, path);
    const what = describe(path, value);
    const p = error.params;
    switch (error.keyword) {
      case 'discriminator': {
        const tag = typeof p.tagValue === 'string' ? p.tagValue : '';
        const known: readonly string[] = [...FIELD_TYPES, ...CONTENT_TYPES];
        if (p.tagValue === undefined) out.push({ path, message: `an item needs a 'type' (one of ${known.join(', ')})` });
        // A type that exists but not here: a row of a repeatable group and a follow-up take single questions only.
        else if (known.includes(tag))
          out.push({
            path: `${path}/type`,
            message: `a ${tag} cannot be ${path.includes('/reveal') ? 'a follow-up question' : "a question in a repeatable group's rows"}: ${ROW_ITEM_HELP}`,
          });
        else out.push({ path: `${path}/type`, message: `unknown field type '${tag}'${didYouMean(tag, known)}` });
        break;
      }
      case 'required':
        out.push({ path, message: `${what} needs '${String(p.missingProperty)}'` });
        break;
      case 'additionalProperties': {
        const name = String(p.additionalProperty);
        out.push({
          path: `${path}/${name}`,
          message: `'${name}' is not a property of ${what}${didYouMeanProperty(name, allowedProperties(error.schemaPath ?? '', value))}`,
        });
        break;
      }
      case 'type':
        out.push({ path, message: `${what} must be ${/^[aeiou]/.test(String(p.type)) ? 'an' : 'a'} ${String(p.type).replace(',', ' or ')}` });
        break;
      case 'enum':
      case 'const': {
        const allowed = (p.allowedValues as unknown[] | undefined) ?? [p.allowedValue];
        out.push({
          path,
          message: `${what} must be ${allowed.map((v) => JSON.stringify(v)).join(' or ')}${typeof value === 'string' ? didYouMean(value, allowed.map(String)) : ''}`,
        });
        break;
      }
      case 'pattern':
        out.push({
          path,
          message: /\/version$/.test(path)
            ? `version '${String(value)}' must be a semantic version like '1.0.0'`
            : /\/id$/.test(path) && path.split('/').length === 2
              ? `form id '${String(value)}' must be lower-case words joined by hyphens, like 'consent-to-share'`
              : `'${String(value)}' is not a valid id: use letters, digits and '_', starting with a letter (no spaces, dots or hyphens)`,
        });
        break;
      case 'minItems':
        out.push({ path, message: `${what} needs at least ${String(p.limit)} ${Number(p.limit) === 1 ? 'entry' : 'entries'}` });
        break;
      case 'minLength':
        out.push({ path, message: `${what} must not be empty` });
        break;
      default:
        out.push({ path, message: `${what} ${error.message ?? 'is not valid'}` });
    }
  }
  return out;
}
