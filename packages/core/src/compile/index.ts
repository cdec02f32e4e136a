// @caf-forms/core/compile: build-time and server-side tools (Node): the submission schema
// compiler and ajv, which the browser never loads.
export { compileSubmissionSchema, answerSchema } from './submission-schema.js';
export { type JsonSchema, conditionSchema } from './condition-schema.js';
export { type Ajv, createAjv, standaloneModule } from './standalone.js';
