// @caf-forms/core: definitions, conditions, computed values, the form store, validation and
// the submission envelope, and checkDefinition. No DOM and no Lit: runs in browsers and in Node.
// Pages import '@caf-forms/core/runtime' (the same without checkDefinition) to stay small.
export * from './runtime.js';
export { type CheckResult, type DefinitionProblem, checkDefinition } from './check/check-definition.js';
export { allDefinitionProblems } from './check/all-problems.js';
export { type ChangeKind, type ChangeLevel, type DefinitionChange, type DefinitionDiff, bumpVersion, diffDefinitions } from './diff.js';
export { type TextUnit, definitionTexts, definitionTextUnits } from './texts.js';
export { type TranslationReport, type ExtractResult, checkTranslation, extractTranslation, isClean, translatableUnits } from './translation.js';
export { compareVersions } from './versions.js';
// What each field type lets a tool (the designer's condition builder) offer; pages do not need it.
export { FIELD_MODULES } from './fields/index.js';
export type { AnswerField, AnswerFieldType, FieldModule, Ordering } from './fields/field-module.js';
