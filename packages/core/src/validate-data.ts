// Checks a submission's `data` with the engine's own rules, the way the browser saw it: the
// answers must be exactly the ones the form would have produced from them (no hidden answers,
// no unknown ones, every value in its canonical form) and must break no rule.
import { isEmptyAnswer } from './conditions.js';
import type { FormDefinition } from './definition.js';
import type { Problem } from './rules.js';
import { subjectOf } from './rules.js';
import { type Answers, FormStore, type StoreOptions } from './store.js';

function sameAnswer(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a) || Array.isArray(b)) {
    return Array.isArray(a) && Array.isArray(b) && a.length === b.length && a.every((x, i) => sameAnswer(x, b[i]));
  }
  if (a && b && typeof a === 'object' && typeof b === 'object') {
    const ka = Object.keys(a);
    return ka.length === Object.keys(b).length && ka.every((k) => sameAnswer((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
  }
  return false;
}

export function validateData(definition: FormDefinition, data: Answers, options: Omit<StoreOptions, 'data'> = {}): Problem[] {
  const store = new FormStore(definition, { ...options, data });
  const t = store.t;
  const problems = store.problems();
  const reported = new Set(problems.map((p) => p.path.split('.')[0]));
  const produced = store.data();
  for (const [sectionId, answers] of Object.entries(data ?? {})) {
    for (const [id, answer] of Object.entries(answers ?? {})) {
      const node = store.model.fields.get(id);
      if (!node || node.repeat || node.section.id !== sectionId) {
        problems.push({ path: id, message: t('error.unknownAnswer', { name: id }) });
      } else if (!reported.has(id) && !sameAnswer(answer, produced[sectionId]?.[id])) {
        const hidden = !store.isVisible(id) && !isEmptyAnswer(answer);
        problems.push({ path: id, message: t(hidden ? 'error.notApplicable' : 'error.answer', { subject: subjectOf(node.field) }) });
      }
    }
  }
  return problems;
}
