// Every problem of a definition in one run, for the command line: the meta-schema's, and also
// what the semantic check finds (duplicate ids, conditions naming no field…) even when the
// meta-schema failed, so that fixing a type typo does not reveal a second round of problems.
// checkDefinition stops at the meta-schema because its semantics assume that shape; here they
// run guarded, and are kept only where they could be worked out.
import validateMeta from '../generated/definition.validate.js';
import type { FormDefinition } from '../definition.js';
import type { SchemaError } from '../schema-errors.js';
import { checkDefinition } from './check-definition.js';
import { metaProblems } from './meta-errors.js';
import type { DefinitionProblem } from './problem.js';
import { semanticProblems } from './semantics.js';
import { didYouMean } from './suggest.js';

type MetaValidator = ((data: unknown) => boolean) & { errors?: (SchemaError & { schemaPath?: string })[] | null };
const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

export function allDefinitionProblems(input: unknown): DefinitionProblem[] {
  const checked = checkDefinition(input);
  if (checked.ok) return [];
  const validate = validateMeta as MetaValidator;
  if (validate(input)) return checked.problems; // the meta-schema passed: these are all the semantic ones
  const problems = metaProblems(input, validate.errors ?? []);
  // Only a definition with sections of items can be read for ids and references at all.
  if (isObject(input) && Array.isArray(input.sections) && input.sections.every((s) => isObject(s) && Array.isArray(s.items))) {
    try {
      problems.push(...semanticProblems(input as unknown as FormDefinition, didYouMean));
    } catch {
      // A shape the semantics cannot read: the meta-schema's problems say what to fix first.
    }
  }
  const seen = new Set<string>();
  return problems.filter((p) => {
    const key = `${p.path}\u0000${p.message}`;
    return seen.has(key) ? false : (seen.add(key), true);
  });
}
