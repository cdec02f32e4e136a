// Which lazily loaded parts a definition needs (see lazy-part.ts), read once when it arrives.
import { isField, revealsOf, type FormDefinition, type Item } from '@caf-forms/core/runtime';

/** True when some item of the definition, however deep (reveals, repeatable groups), is a matrix chart. */
export function needsMatrix(definition: FormDefinition): boolean {
  const has = (items: readonly Item[]): boolean =>
    items.some((item) => item.type === 'matrix' || (isField(item) && (item.type === 'repeat' ? has(item.items) : revealsOf(item).some((r) => has(r.items)))));
  return definition.sections.some((section) => has(section.items));
}
