// Which lazily loaded parts a definition needs (see lazy-part.ts), read once when it arrives.
import { isField, revealsOf, type FormDefinition, type Item } from '@caf-forms/core/runtime';
import type { PartLoader } from './lazy-part.js';
import { gridPart, matrixPart, signaturePart, timePart } from './parts.js';

/** The item types drawn by a lazy part, and that part. */
const PART_OF_TYPE: Readonly<Record<string, PartLoader<unknown>>> = {
  matrix: matrixPart,
  grid: gridPart,
  signature: signaturePart,
  time: timePart,
};

/** The parts the definition's items need, however deep they are (reveals, repeatable groups). */
export function partsFor(definition: FormDefinition): Set<PartLoader<unknown>> {
  const parts = new Set<PartLoader<unknown>>();
  const visit = (items: readonly Item[]): void => {
    for (const item of items) {
      const part = PART_OF_TYPE[item.type];
      if (part) parts.add(part);
      if (!isField(item)) continue;
      if (item.type === 'repeat') visit(item.items);
      else for (const reveal of revealsOf(item)) visit(reveal.items);
    }
  };
  for (const section of definition.sections) visit(section.items);
  return parts;
}
