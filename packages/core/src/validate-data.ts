// Checks a submission's `data` with the engine's own rules, the way the browser saw it: the
// answers must be exactly the ones the form would have produced from them (no hidden answers,
// no unknown ones, every value in its canonical form) and must break no rule. Each problem is
// at the most precise path (a row's field, a grid's "please specify"), as the compiled schema's
// errors are (schema-errors.ts): a test holds the two to the same paths and messages.
import { isEmptyAnswer } from './conditions.js';
import type { FormDefinition, GridField } from './definition.js';
import { type FieldNode, isBlankRow } from './model.js';
import type { Problem } from './rules.js';
import { subjectOf } from './rules.js';
import { type Answers, FormStore, type StoreOptions } from './store.js';
import { namedRow } from './schema-errors.js';

type Row = Record<string, unknown>;

function sameAnswer(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a) || Array.isArray(b)) {
    return Array.isArray(a) && Array.isArray(b) && a.length === b.length && a.every((x, i) => sameAnswer(x, b[i]));
  }
  if (a && b && typeof a === 'object' && typeof b === 'object') {
    const ka = Object.keys(a);
    return ka.length === Object.keys(b).length && ka.every((k) => sameAnswer((a as Row)[k], (b as Row)[k]));
  }
  return false;
}

const isRow = (value: unknown): value is Row => !!value && typeof value === 'object' && !Array.isArray(value);

/**
 * Parts of a shown answer that must not be there: keys a grid or a row does not have, a
 * "please specify" for another answer, a row's hidden question. Returns their problems and
 * the answer without them, to compare with what the form would have produced.
 */
function strayParts(store: FormStore, node: FieldNode, answer: unknown, path: string): { problems: Problem[]; rest: unknown } {
  const t = store.t;
  const problems: Problem[] = [];
  const unknown = (key: string): void => void problems.push({ path: `${path}.${key}`, message: t('error.unknownAnswer', { name: key }) });
  if (node.field.type === 'grid' && isRow(answer)) {
    const field: GridField = node.field;
    const rest: Row = {};
    for (const [key, value] of Object.entries(answer)) {
      const specify = field.rows.find((r) => r.specify?.id === key);
      if (!specify && !field.rows.some((r) => r.id === key)) unknown(key);
      // as checkGrid: "please specify" belongs to the answers it is shown for
      else if (specify?.specify?.showFor && !specify.specify.showFor.includes(answer[specify.id] as string)) {
        problems.push({ path: `${path}.${key}`, message: t('error.notApplicable', { subject: subjectOf(specify.specify) }) });
      } else rest[key] = value;
    }
    return { problems, rest };
  }
  if (node.field.type !== 'repeat' || !Array.isArray(answer)) return { problems, rest: answer };
  const rowNodes = new Map((store.model.rowFields.get(node.id) ?? []).map((n) => [n.id, n]));
  const rest = answer.map((value: unknown, index) => {
    if (!isRow(value)) return value;
    const kept: Row = {};
    const blank = isBlankRow(store.model, node.id, value); // the group's problem, not its questions'
    for (const [key, answer] of Object.entries(value)) {
      const rowNode = rowNodes.get(key);
      if (!rowNode) unknown(`${index}.${key}`);
      else if (blank) kept[key] = answer;
      else if (!store.isRowFieldVisible(node.id, index, key)) {
        problems.push({ path: `${path}.${index}.${key}`, message: t('error.notApplicable', { subject: subjectOf(rowNode.field) }) });
      } else if (rowNode.field.type === 'grid') {
        const inner = strayParts(store, rowNode, answer, `${path}.${index}.${key}`);
        problems.push(...inner.problems);
        kept[key] = inner.rest;
      } else kept[key] = answer;
    }
    return kept;
  });
  return { problems, rest };
}

export function validateData(definition: FormDefinition, data: Answers, options: Omit<StoreOptions, 'data'> = {}): Problem[] {
  return validateStoreData(new FormStore(definition, { ...options, data }), data);
}

/**
 * validateData with a store already built from `data` (a server that also asks it for the
 * computed values builds one store, not two). The store must not have been changed since.
 */
export function validateStoreData(store: FormStore, data: Answers): Problem[] {
  const t = store.t;
  const problems = store.problems();
  const reported = new Set(problems.map((p) => p.path.split('.')[0]));
  const produced = store.data();
  // `data` is what a server received: a section may be missing or null whatever its type says.
  // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition
  for (const [sectionId, answers] of Object.entries(data ?? {})) {
    // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition
    for (const [id, answer] of Object.entries(answers ?? {})) {
      const node = store.model.fields.get(id);
      if (!node || node.repeat || node.section.id !== sectionId) {
        problems.push({ path: id, message: t('error.unknownAnswer', { name: id }) });
        continue;
      }
      const subject = subjectOf(node.field);
      if (!store.isVisible(id)) {
        if (answer !== undefined) problems.push({ path: id, message: t('error.notApplicable', { subject }) });
        continue;
      }
      const stray = strayParts(store, node, answer, id);
      problems.push(...stray.problems.map((p) => namedRow(store.model, p, t)));
      // What is left must be what the form would have produced, or the answer as a whole is
      // wrong. A grid that held only a stray "please specify" is otherwise unanswered. The form
      // never sends a row without answers (the engine skips one): that is wrong too, unless the
      // engine already says what is wrong with the group (too few rows, …).
      const rows = node.field.type === 'repeat' && Array.isArray(answer) ? answer : undefined;
      const kept = rows && (stray.rest as unknown[]).filter((_, i) => !isBlankRow(store.model, id, rows[i]));
      const rest = stray.problems.length && isEmptyAnswer(stray.rest) ? undefined : stray.rest;
      const wrong =
        rows && kept!.length < rows.length ? !problems.some((p) => p.path === id) : !reported.has(id) && !sameAnswer(kept ?? rest, produced[sectionId]?.[id]);
      if (wrong) problems.push({ path: id, message: t('error.answer', { subject }) });
    }
  }
  return problems;
}
