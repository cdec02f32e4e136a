// checkDefinition: the meta-schema, then what a schema cannot say (semantics.ts). Every
// problem at once, each with its JSON path. The meta-schema's precompiled validator is large
// (~190 KB minified): the element's one-file bundle loads this module only for a definition
// that quickCheck could not pass.
import type { FormDefinition } from '../definition.js';
import validateMeta from '../generated/definition.validate.js';
import type { SchemaError } from '../schema-errors.js';
import { metaProblems } from './meta-errors.js';
import type { DefinitionProblem } from './problem.js';
import { semanticProblems } from './semantics.js';
import { didYouMean } from './suggest.js';

export type { DefinitionProblem };

export type CheckResult = { ok: true; definition: FormDefinition; problems: [] } | { ok: false; problems: DefinitionProblem[] };

type MetaValidator = ((data: unknown) => boolean) & { errors?: (SchemaError & { schemaPath?: string })[] | null };

export function checkDefinition(input: unknown): CheckResult {
  const validate = validateMeta as MetaValidator;
  if (!validate(input)) return { ok: false, problems: metaProblems(input, validate.errors ?? []) };
  const definition = input as FormDefinition;
  const problems = semanticProblems(definition, didYouMean);
  return problems.length ? { ok: false, problems } : { ok: true, definition, problems: [] };
}
