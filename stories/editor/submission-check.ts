// Checks the submission the preview emits against the definition's compiled submission schema,
// as a server would. This compiles with ajv at run time, and ajv compiles with `new Function`:
// acceptable here, because Storybook is a design tool, never a host page. The product itself
// ships precompiled (standalone) validators and never evaluates code (DESIGN.md).
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import type { FormDefinition } from '@caf-forms/core';
// Imported by path: @caf-forms/core/compile also exports the esbuild-based standalone builder,
// which is Node only.
import { compileSubmissionSchema } from '../../packages/core/src/compile/submission-schema.js';

export interface SubmissionCheck {
  valid: boolean;
  errors: { path: string; message: string }[];
}

type Validate = ((data: unknown) => boolean) & { errors?: { instancePath: string; message?: string }[] | null };

const validators = new WeakMap<FormDefinition, Validate>();

function validatorFor(definition: FormDefinition): Validate {
  let validate = validators.get(definition);
  if (!validate) {
    // The same options as core's createAjv (compile/standalone.ts), which the CLI uses.
    const ajv = new Ajv2020({ allErrors: true, strict: false });
    addFormats(ajv, { mode: 'full', formats: ['date', 'date-time'], keywords: true });
    validate = ajv.compile(compileSubmissionSchema(definition)) as Validate;
    validators.set(definition, validate);
  }
  return validate;
}

export function checkSubmission(definition: FormDefinition, envelope: unknown): SubmissionCheck {
  const validate = validatorFor(definition);
  const valid = validate(envelope);
  return { valid, errors: (validate.errors ?? []).map((e) => ({ path: e.instancePath || '/', message: e.message ?? 'is not valid' })) };
}
