// The definition types are generated from the meta-schema (npm run gen); this module only
// names the groups of them the engine works with.
import type {
  ComputedContent,
  DetailsContent,
  FormDefinition,
  HeadingContent,
  InsetContent,
  Item,
  LetterContent,
  MatrixContent,
  ParagraphContent,
  WarningContent,
} from './generated/definition.js';

export type * from './generated/definition.js';

export type ContentItem = HeadingContent | ParagraphContent | InsetContent | WarningContent | DetailsContent | ComputedContent | MatrixContent | LetterContent;

/** An item that holds an answer. */
export type Field = Exclude<Item, ContentItem>;
export type FieldType = Field['type'];
export type ContentType = ContentItem['type'];

/** Every field type: one module each in fields/ (and the repeatable group). */
export { FIELD_TYPES } from './fields/index.js';

export const CONTENT_TYPES = ['heading', 'paragraph', 'inset', 'warning', 'details', 'computed', 'matrix', 'letter'] as const satisfies readonly ContentType[];

const contentTypes: ReadonlySet<string> = new Set(CONTENT_TYPES);

export function isField(item: Item): item is Field {
  return !contentTypes.has(item.type);
}

export type { FormDefinition };
