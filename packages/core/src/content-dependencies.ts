// What a section's content (not its questions) reads: computed values, the V&R chart, text shown
// on a condition. The element re-renders a section when one of its questions changed or when
// something its content reads did, so that typing elsewhere in a long form leaves it alone.
import { computedReferences } from './computed.js';
import { fieldIdOf, referencesOf } from './conditions.js';
import { type FormDefinition, isField } from './definition.js';

type Section = FormDefinition['sections'][number];

/**
 * The field and computed-value ids a section's content reads (computed values with everything
 * they add up, transitively), or 'any' when it can read any answer (a letter's placeholders).
 * Empty when the section's content is fixed text.
 */
export function contentDependencies(definition: FormDefinition, section: Section): ReadonlySet<string> | 'any' {
  const computed = new Map((definition.computed ?? []).map((c) => [c.id, c]));
  const reads = new Set<string>();
  let any = false;
  const readComputed = (id: string): void => {
    if (reads.has(id)) return;
    reads.add(id);
    const value = computed.get(id);
    if (!value) return;
    for (const ref of computedReferences(value)) {
      const target = fieldIdOf(ref);
      if (computed.has(target)) readComputed(target);
      else reads.add(target);
    }
  };
  // Content sits at a section's top level only: reveals and rows hold questions.
  for (const item of section.items) {
    if (isField(item)) continue;
    if (item.visibleWhen) for (const ref of referencesOf(item.visibleWhen)) reads.add(fieldIdOf(ref));
    if (item.type === 'computed') readComputed(item.computed);
    // Every axis (Object.values, not matrix.ts's MATRIX_SIDES: the chart's code loads only with a chart).
    if (item.type === 'matrix') for (const axis of Object.values(item.axes)) readComputed(axis.computed);
    if (item.type === 'letter') any = true;
  }
  return any ? 'any' : reads;
}
