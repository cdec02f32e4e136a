// Translating a definition's content with a `translations` file: a part loaded only when the
// form's language has one (see parts.ts and controllers/content-language.ts).
export { translateDefinition } from '@caf-forms/core/runtime';
