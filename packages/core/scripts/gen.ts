// Generates, from the meta-schema (the one source of truth of the definition format):
// - src/generated/definition.ts: the TypeScript types of definitions (json-schema-to-typescript);
// - src/generated/definition.validate.ts: a precompiled ajv validator, so that checking a
//   definition needs no code generation at run time (pages with a strict CSP, no ajv in the bundle).
// Run by `npm run gen` (npm install and npm test run it).
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { compile } from 'json-schema-to-typescript';
import { standaloneModule } from '../src/compile/standalone.js';

const coreDir = fileURLToPath(new URL('..', import.meta.url));
const schema = JSON.parse(readFileSync(`${coreDir}/schema/definition.schema.json`, 'utf8')) as Parameters<typeof compile>[0];
mkdirSync(`${coreDir}/src/generated`, { recursive: true });

const types = await compile(schema, 'FormDefinition', {
  bannerComment: '/* Generated from schema/definition.schema.json by scripts/gen.ts. Do not edit. */',
  additionalProperties: false,
  unreachableDefinitions: true,
  strictIndexSignatures: true,
  format: true,
});
writeFileSync(`${coreDir}/src/generated/definition.ts`, types);

const validator = await standaloneModule(schema, { discriminator: true, resolveDir: coreDir });
writeFileSync(
  `${coreDir}/src/generated/definition.validate.ts`,
  '// @ts-nocheck -- generated from schema/definition.schema.json by scripts/gen.ts. Do not edit.\n' + validator,
);
// The meta-schema as a module too: for messages (meta-errors.ts) and for tools that show it.
writeFileSync(
  `${coreDir}/src/generated/definition.schema.ts`,
  '// Generated from schema/definition.schema.json by scripts/gen.ts. Do not edit.\n' +
    `export const definitionMetaSchema = ${JSON.stringify(schema)} as const;\n`,
);
console.log('gen: wrote packages/core/src/generated/definition.ts and definition.validate.ts');
