// @caf-forms/core: definitions, conditions, computed values, the form store, validation and
// the submission envelope. No DOM and no Lit: runs in browsers and in Node.
export * from './definition.js';
export { type FieldNode, type FormModel, buildModel, revealsOf } from './model.js';
export { type AnswerLookup, evaluate, isEmptyAnswer, referencesOf, fieldIdOf } from './conditions.js';
export { type ComputedResult, compute, computedText, countSize } from './computed.js';
export { type DateInput, type DatePart, DATE_PARTS, parseDateInput, dateInputOf, todayIso } from './dates.js';
export * from './formats.js';
export * from './i18n.js';
export { type Problem, type RuleContext, type SignatureInput, checkField, inputOf, subjectOf } from './rules.js';
export { type Answers, type RowInput, type StoreOptions, FormStore } from './store.js';
export { type SubmissionEnvelope, createEnvelope, newSubmissionId } from './envelope.js';
export { type SchemaError, problemsFromSchemaErrors } from './schema-errors.js';
export { type CheckResult, type DefinitionProblem, checkDefinition } from './check/check-definition.js';
export { quickCheck } from './check/quick-check.js';
export { validateData } from './validate-data.js';
export { type FieldView, fieldView, domId } from './field-view.js';
export { type JsonErrorLocation, locateJsonError } from './json-error.js';
export { type DocumentEntry, type DocumentSection, documentOf } from './document.js';
export { answerLines, formatDate } from './answer-text.js';
export { type MatrixSide, type Quadrant, type MatrixAxisPoint, type MatrixLayout, MATRIX_SIDES, matrixLayout } from './matrix.js';
export { type LetterPart, letterParts, placeholderProblem, fillLetter } from './letter.js';
