// The same form in another language: what was typed stays (see content-language.ts).
import type { FormStore } from '@caf-forms/core/runtime';

/**
 * What was typed in one form's store, put into another's: the same form in another language
 * has the same ids, so every answer (a half-typed date, rows of a group) carries over as it is.
 * Problems already shown stay shown, in the new language.
 */
export function carryInputs(from: FormStore, to: FormStore): void {
  for (const [id, node] of from.model.fields) {
    if (node.repeat) continue; // a row's fields travel with their group's rows
    const input = from.input(id);
    if (input !== undefined) to.setInput(id, input);
  }
  if (from.shownSummary().length) to.attempt();
}
