// @caf-forms/core/runtime: what a page needs to run a checked form — conditions, computed
// values, the store, validation, the document — without checkDefinition, whose meta-schema
// validator is large. The element imports this; a bundler then leaves the full check in a
// chunk of its own that loads only for a definition the quick check could not pass.
export * from './definition.js';
export { type FieldNode, type FormModel, buildModel, revealsOf } from './model.js';
export { type AnswerLookup, evaluate, isEmptyAnswer, referencesOf, fieldIdOf } from './conditions.js';
export { type ComputedResult, compute, computedText, countSize } from './computed.js';
export { type DateInput, type DatePart, DATE_PARTS, parseDateInput, dateInputOf, todayIso } from './dates.js';
export * from './formats.js';
export * from './i18n.js';
export { type Problem, type RuleContext, type SignatureInput, checkField, inputOf, subjectOf } from './rules.js';
export { type Answers, type RowInput, type StoreOptions, FormStore } from './store.js';
export { createEnvelope, newSubmissionId } from './envelope.js';
export { type Confirmation, type FieldError, type Refusal, type SubmissionEnvelope, confirms, pointerSegments, unescapePointerSegment } from './protocol.js';
export { type SchemaError, namedRow, problemsFromSchemaErrors } from './schema-errors.js';
export { quickCheck } from './check/quick-check.js';
export type { CheckResult, DefinitionProblem } from './check/check-definition.js';
export { validateData, validateStoreData } from './validate-data.js';
export { type FieldView, fieldView, domId } from './field-view.js';
export { type JsonErrorLocation, locateJsonError } from './json-error.js';
export { type DocumentEntry, type DocumentSection, documentOf } from './document.js';
export { formatDate, text as scalarText } from './answer-text.js';
export { answerLines, focusPartOf, maxTextLength } from './fields/index.js';
export { type MatrixSide, type Quadrant, type MatrixAxisPoint, type MatrixLayout, MATRIX_SIDES, matrixLayout } from './matrix.js';
export { type LetterPart, letterParts, placeholderProblem, fillLetter } from './letter.js';
export { contentDependencies } from './content-dependencies.js';
export { type TranslationEntry, type TranslationFile, translateDefinition } from './translation.js';
export { directionOf } from './direction.js';
export { textHash } from './text-hash.js';
export { type PluralForms, choosePlural } from './plural.js';
export { longDate } from './date-format.js';
export { cy } from './messages/cy.js';
export { ur } from './messages/ur.js';
