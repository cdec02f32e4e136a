// The form model: a definition indexed once, so that the store, the validator and the
// compiler look fields up instead of walking the tree again.
import type { Condition, Field, FormDefinition, Item, RepeatField, Section } from './definition.js';
import { isField } from './definition.js';
import { isEmptyAnswer } from './conditions.js';

export interface FieldNode {
  readonly id: string;
  readonly field: Field;
  readonly section: Section;
  /** The repeatable group whose rows hold this field, if any. */
  readonly repeat?: FieldNode;
  /** JSON pointer of the field in the definition, for messages to designers. */
  readonly pointer: string;
  /**
   * Every condition that must hold for the field to be shown: the section's, those of the
   * fields it is revealed under (with the reveal itself), and its own visibleWhen.
   */
  readonly shownWhen: readonly Condition[];
}

export interface FormModel {
  readonly definition: FormDefinition;
  /** Every field by id, in document order (rows' fields follow their repeat). */
  readonly fields: ReadonlyMap<string, FieldNode>;
  /** Top-level fields of each section, in order (fields revealed under options included). */
  readonly sectionFields: ReadonlyMap<string, readonly FieldNode[]>;
  /** Fields of each repeatable group's rows, in order. */
  readonly rowFields: ReadonlyMap<string, readonly FieldNode[]>;
}

/** The follow-up items revealed beneath each choice of a field, with the condition that shows them. */
export function revealsOf(field: Field): { when: Condition; items: Item[] }[] {
  switch (field.type) {
    case 'radios':
      return field.options.flatMap((o) => (o.reveal ? [{ when: { field: field.id, equals: o.value }, items: o.reveal }] : []));
    case 'checkboxes':
      return field.options.flatMap((o) => (o.reveal ? [{ when: { field: field.id, includes: o.value }, items: o.reveal }] : []));
    case 'yesno':
      return (['yes', 'no'] as const).flatMap((v) => (field.reveal?.[v] ? [{ when: { field: field.id, equals: v }, items: field.reveal[v] }] : []));
    default:
      return [];
  }
}

/** Where a field's follow-ups sit in the definition, for pointers. */
function revealPointer(field: Field, index: number): string {
  if (field.type === 'yesno') return `/reveal/${Object.keys(field.reveal ?? {})[index]}`;
  if (field.type === 'radios' || field.type === 'checkboxes') {
    const optionIndex = field.options.map((o, i) => (o.reveal ? i : -1)).filter((i) => i >= 0)[index];
    return `/options/${optionIndex}/reveal`;
  }
  return '';
}

export function buildModel(definition: FormDefinition): FormModel {
  const fields = new Map<string, FieldNode>();
  const sectionFields = new Map<string, FieldNode[]>();
  const rowFields = new Map<string, FieldNode[]>();

  const visit = (items: readonly Item[], pointer: string, section: Section, shownWhen: readonly Condition[], into: FieldNode[], repeat?: FieldNode): void => {
    items.forEach((item, index) => {
      if (!isField(item)) return;
      const own = item.visibleWhen ? [...shownWhen, item.visibleWhen] : shownWhen;
      const node: FieldNode = { id: item.id, field: item, section, repeat, pointer: `${pointer}/${index}`, shownWhen: own };
      // A duplicate id keeps its first node; checkDefinition reports the duplicate.
      if (!fields.has(item.id)) fields.set(item.id, node);
      into.push(node);
      if (item.type === 'repeat') {
        const rows: FieldNode[] = [];
        rowFields.set(item.id, rows);
        visit(item.items, `${node.pointer}/items`, section, [], rows, node);
      }
      revealsOf(item).forEach((reveal, i) => {
        visit(reveal.items, node.pointer + revealPointer(item, i), section, [...own, reveal.when], into, repeat);
      });
    });
  };

  definition.sections.forEach((section, index) => {
    const list: FieldNode[] = [];
    sectionFields.set(section.id, list);
    visit(section.items, `/sections/${index}/items`, section, section.visibleWhen ? [section.visibleWhen] : [], list);
  });
  return { definition, fields, sectionFields, rowFields };
}

export function isRepeat(node: FieldNode): node is FieldNode & { field: RepeatField } {
  return node.field.type === 'repeat';
}

/**
 * A row of a repeatable group's answer that holds no answer to any of its questions (unknown
 * keys do not count): the form never sends one, and the engine skips it.
 */
export function isBlankRow(model: FormModel, repeatId: string, row: unknown): boolean {
  if (!row || typeof row !== 'object' || Array.isArray(row)) return true;
  return (model.rowFields.get(repeatId) ?? []).every((n) => isEmptyAnswer((row as Record<string, unknown>)[n.id]));
}
