// The one mapper from the store to a renderer: everything about one field that a template
// needs (value, label, hint, required, visible, errors to show, ids). No renderer re-derives a rule.
import type { Field } from './definition.js';
import type { Problem } from './rules.js';
import type { FormStore } from './store.js';

/** Everything about one field a renderer needs; `F` narrows the field to the renderer's own type. */
export interface FieldView<F extends Field = Field> {
  field: F;
  /** Where the answer is: 'dateOfBirth', or 'parents.0.name' for a field in a repeatable group's row. */
  path: string;
  /** Base DOM id of the field's input (parts and options add suffixes). */
  id: string;
  hintId: string;
  errorId: string;
  /** What the user typed. */
  input: unknown;
  visible: boolean;
  required: boolean;
  /** Problems to show now (after a submit attempt), for this field and its parts or rows. */
  errors: Problem[];
  /** ids for aria-describedby: the hint and, when one is shown, the error message (not for grids, whose rows name their own). */
  describedBy: string;
  /** For a field in a repeatable group's row: the group and the row's index. */
  row?: { repeatId: string; index: number };
}

/**
 * Whether the field's renderer shows its errors in one message with the field's errorId. A
 * grid does not: each row's fieldset has its own message ('…-risks-harm-error'), and so does a
 * "please specify" input, each described by its own; so does each part of a signature. Naming
 * errorId would point at nothing.
 */
function ownsErrorMessage(field: Field): boolean {
  // A signature's parts (name, date, tick box) each carry their own message.
  return field.type !== 'grid' && field.type !== 'signature';
}

/** A DOM id for an answer path (and one of its parts), unique within one form. */
export function domId(prefix: string, path: string, part?: string): string {
  return `${prefix}${path.replace(/\./g, '-')}${part ? `-${part}` : ''}`;
}

export function fieldView(store: FormStore, fieldId: string, row?: { repeatId: string; index: number }, prefix = 'caf-'): FieldView {
  const node = store.model.fields.get(fieldId);
  if (!node) throw new Error(`caf-forms: the form has no field "${fieldId}"`);
  const path = row ? `${row.repeatId}.${row.index}.${fieldId}` : fieldId;
  const visible = row ? store.isRowFieldVisible(row.repeatId, row.index, fieldId) : store.isVisible(fieldId);
  const shown = store.shownProblems(row ? row.repeatId : fieldId);
  const errors = row
    ? shown.filter((p) => p.path === path || p.path.startsWith(`${path}.`))
    : shown.filter((p) => (node.field.type === 'repeat' ? p.path === path : true));
  const id = domId(prefix, path);
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  return {
    field: node.field,
    path,
    id,
    hintId,
    errorId,
    input: row ? store.rowInput(row.repeatId, row.index, fieldId) : store.input(fieldId),
    visible,
    required: visible && store.isRequired(fieldId, row?.index),
    errors,
    describedBy: [node.field.hint ? hintId : '', errors.length && ownsErrorMessage(node.field) ? errorId : ''].filter(Boolean).join(' '),
    row,
  };
}
