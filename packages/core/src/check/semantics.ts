// What a schema cannot say about a definition: unique ids, references that resolve, options
// that exist, conditions that can hold, no cycles, letters whose placeholders name fields.
// It assumes the definition has the meta-schema's shape: run it after the meta-schema, or
// (quickCheck) guarded against throwing.
import type { ComputedValue, Condition, Field, FormDefinition, Item } from '../definition.js';
import { isField } from '../definition.js';
import { fieldIdOf, referencesOf } from '../conditions.js';
import { FIELD_MODULES, FIELD_TYPES, fieldModule, isAnswerField, possibleValues } from '../fields/index.js';
import { DEFAULT_MAX_ROWS, maxRowsOf } from '../formats.js';
import { letterParts, placeholderProblem } from '../letter.js';
import { type FieldNode, type FormModel, buildModel } from '../model.js';
import type { DefinitionProblem } from './problem.js';

/** Finishes a message with "; did you mean 'x'?" (check/suggest.ts), or adds nothing. */
export type Suggest = (word: string, candidates: Iterable<string>) => string;
const noSuggestion: Suggest = () => '';

/** What a field's type lets conditions and computed values do with its answer (fields/<type>.ts). */
function traitsOf(field: Field) {
  const module = isAnswerField(field) ? fieldModule(field) : undefined;
  return {
    multiple: module?.multiple === true,
    ordering: module?.ordering,
    summable: module?.summable === true,
    countable: module?.choices !== undefined || module?.counted === true,
  };
}

/**
 * The problems, each with its path and message. `didYouMean` adds suggestions to them: the full
 * check (checkDefinition, the CLI) passes check/suggest.ts's; quickCheck, which only asks
 * whether there is any problem, passes none, so the page's bundle does not carry it.
 */
export function semanticProblems(definition: FormDefinition, didYouMean: Suggest = noSuggestion): DefinitionProblem[] {
  const problems: DefinitionProblem[] = [];
  const report = (path: string, message: string): void => void problems.push({ path, message });
  const model = buildModel(definition);

  // ---- ids ----
  // This runs before every form renders (quickCheck), on forms of thousands of fields: paths
  // and messages are only put together when there is something to report.
  const seen = new Map<string, string>();
  const claim = (id: string, pointer: string, what: string | Item): void => {
    const first = seen.get(id);
    if (first === undefined) return void seen.set(id, pointer);
    const described = typeof what === 'string' ? what : isField(what) ? `this ${what.type} field` : `this ${what.type}`;
    report(`${pointer}/id`, `duplicate id '${id}': ${described} uses an id already used at ${first}/id`);
  };
  definition.sections.forEach((s, i) => claim(s.id, `/sections/${i}`, 'this section'));
  const allItems: { item: Item; pointer: string }[] = [];
  const collect = (items: readonly Item[], pointer: string): void => {
    items.forEach((item, i) => {
      const p = `${pointer}/${i}`;
      allItems.push({ item, pointer: p });
      if (!isField(item)) return;
      if (item.type === 'repeat') collect(item.items, `${p}/items`);
      if (item.type === 'radios' || item.type === 'checkboxes') item.options.forEach((o, j) => o.reveal && collect(o.reveal, `${p}/options/${j}/reveal`));
      if (item.type === 'yesno') for (const k of ['yes', 'no'] as const) if (item.reveal?.[k]) collect(item.reveal[k], `${p}/reveal/${k}`);
    });
  };
  definition.sections.forEach((s, i) => collect(s.items, `/sections/${i}/items`));
  for (const { item, pointer } of allItems) {
    if (item.id) claim(item.id, pointer, item);
  }
  (definition.computed ?? []).forEach((c, i) => claim(c.id, `/computed/${i}`, 'this computed value'));

  // ---- options, grids, limits ----
  const repeated = (values: string[], pointer: string, where: string, what: string, fieldId: string): void => {
    values.forEach((v, i) => {
      if (values.indexOf(v) !== i) report(`${pointer}/${where}/${i}/value`, `${what} value '${v}' is used twice in '${fieldId}'`);
    });
  };
  for (const { item, pointer } of allItems) {
    if (!isField(item)) continue;
    if ('options' in item)
      repeated(
        item.options.map((o) => o.value),
        pointer,
        'options',
        'option',
        item.id,
      );
    if (item.type === 'grid') {
      repeated(
        item.columns.map((c) => c.value),
        pointer,
        'columns',
        'column',
        item.id,
      );
      const rowIds = new Set<string>();
      item.rows.forEach((row, i) => {
        for (const [id, where] of [
          [row.id, 'id'],
          [row.specify?.id, 'specify/id'],
        ] as const) {
          if (!id) continue;
          if (rowIds.has(id))
            report(`${pointer}/rows/${i}/${where}`, `duplicate id '${id}' in grid '${item.id}': row and 'specify' ids share the grid's answer`);
          rowIds.add(id);
        }
        row.specify?.showFor?.forEach((v, j) => {
          if (!item.columns.some((c) => c.value === v))
            report(
              `${pointer}/rows/${i}/specify/showFor/${j}`,
              `'${v}' is not a column of grid '${item.id}'${didYouMean(
                v,
                item.columns.map((c) => c.value),
              )}`,
            );
        });
      });
    }
    if (item.type === 'checkboxes' && item.options.filter((o) => o.exclusive).length > 1) {
      report(`${pointer}/options`, `checkboxes '${item.id}' have more than one exclusive ("None") option`);
    }
    if (item.type === 'number' && item.min !== undefined && item.max !== undefined && item.min > item.max)
      report(`${pointer}/min`, `'${item.id}' has min ${item.min} above max ${item.max}`);
    if (item.type === 'repeat' && item.minItems !== undefined && item.minItems > maxRowsOf(item)) {
      const max = item.maxItems === undefined ? `the default maxItems ${DEFAULT_MAX_ROWS}` : `maxItems ${item.maxItems}`;
      report(`${pointer}/minItems`, `repeatable group '${item.id}' has minItems ${item.minItems} above ${max}`);
    }
    if (item.type === 'text' && item.minLength !== undefined && item.maxLength !== undefined && item.minLength > item.maxLength) {
      report(`${pointer}/minLength`, `'${item.id}' has minLength ${item.minLength} above maxLength ${item.maxLength}`);
    }
  }

  // ---- conditions ----
  const fieldIds = [...model.fields.keys()];
  /** Checks a condition read from `from` (undefined: outside any field, e.g. a section or computed value). */
  const checkCondition = (condition: Condition, path: string, from?: FieldNode): void => {
    if ('all' in condition) return condition.all.forEach((c, i) => checkCondition(c, `${path}/all/${i}`, from));
    if ('any' in condition) return condition.any.forEach((c, i) => checkCondition(c, `${path}/any/${i}`, from));
    if ('not' in condition) return checkCondition(condition.not, `${path}/not`, from);
    const ref = condition.field;
    const id = fieldIdOf(ref);
    const target = model.fields.get(id);
    const where = `${path}/field`;
    if (!target) return report(where, `condition refers to '${ref}', which is not a field of this form${didYouMean(id, fieldIds)}`);
    if (from && target.id === from.id) return report(where, `'${from.id}' cannot depend on its own answer`);
    const fromRepeat = from?.repeat?.id;
    if (target.repeat && target.repeat.id !== fromRepeat) {
      return report(
        where,
        `condition refers to '${ref}', which is inside the repeatable group '${target.repeat.id}': outside that group there is one answer per row, so it cannot be read here`,
      );
    }
    if (from?.repeat && !target.repeat) {
      return report(where, `'${from.id}' is inside the repeatable group '${from.repeat.id}' and can only depend on fields of the same row, not on '${ref}'`);
    }
    if (ref !== id) {
      const grid = target.field;
      if (grid.type !== 'grid') return report(where, `'${ref}' reads a row of '${id}', but '${id}' is a ${grid.type} field, not a grid`);
      const rowId = ref.slice(id.length + 1);
      const rows = grid.rows.flatMap((r) => [r.id, ...(r.specify ? [r.specify.id] : [])]);
      if (!rows.includes(rowId)) return report(where, `grid '${id}' has no row '${rowId}'${didYouMean(rowId, rows)}`);
    }
    // The answers the reference can have: a choice's options, or a grid row's columns.
    const rowId = ref.slice(id.length + 1);
    const values =
      ref === id
        ? possibleValues(target.field)
        : target.field.type === 'grid' && target.field.rows.some((r) => r.id === rowId)
          ? target.field.columns.map((c) => c.value)
          : undefined;
    const compared =
      'equals' in condition
        ? [condition.equals]
        : 'notEquals' in condition
          ? [condition.notEquals]
          : 'in' in condition
            ? condition.in
            : 'includes' in condition
              ? [condition.includes]
              : [];
    if (values) {
      compared.forEach((v) => {
        if (!values.includes(v as string | number)) {
          report(path, `'${String(v)}' is not an answer '${ref}' can have (${values.map(String).join(', ')})${didYouMean(String(v), values.map(String))}`);
        }
      });
    }
    const traits = traitsOf(target.field);
    if ('includes' in condition && !traits.multiple)
      report(path, `'includes' reads multiple-choice answers, but '${ref}' is a ${target.field.type} field; use 'equals'`);
    if (('equals' in condition || 'notEquals' in condition || 'in' in condition) && traits.multiple && ref === id) {
      report(path, `'${ref}' is multiple choice: use 'includes' to test whether an option is chosen`);
    }
    if ('greaterThan' in condition || 'lessThan' in condition) {
      const bound = 'greaterThan' in condition ? condition.greaterThan : condition.lessThan;
      const ordering = ref === id ? traits.ordering : undefined;
      if (ordering) {
        if (!ordering.accepts(bound)) report(path, `'${ref}' is ${ordering.explain}`);
      } else if (ref === id) {
        const ordered = FIELD_TYPES.filter((type) => type !== 'repeat' && FIELD_MODULES[type].ordering).join(', ');
        report(path, `greaterThan and lessThan compare answers that have an order (${ordered}); '${ref}' is a ${target.field.type} field`);
      }
    }
  };

  definition.sections.forEach((s, i) => s.visibleWhen && checkCondition(s.visibleWhen, `/sections/${i}/visibleWhen`));
  for (const node of model.fields.values()) {
    if (node.field.visibleWhen) checkCondition(node.field.visibleWhen, `${node.pointer}/visibleWhen`, node);
    if (node.field.requiredWhen) checkCondition(node.field.requiredWhen, `${node.pointer}/requiredWhen`, node);
    if (node.field.requiredWhen && node.field.required)
      report(`${node.pointer}/requiredWhen`, `'${node.id}' is always required, so its requiredWhen has no effect: remove one of them`);
  }
  for (const { item, pointer } of allItems) {
    if (!isField(item) && item.visibleWhen) checkCondition(item.visibleWhen, `${pointer}/visibleWhen`);
  }

  // ---- fields that can never be shown ----
  for (const node of model.fields.values()) {
    const never = node.shownWhen.find((c) => neverHolds(model, c));
    if (!never) continue;
    const why = node.field.requiredWhen ? ' (its requiredWhen can never apply)' : '';
    report(`${node.pointer}/visibleWhen`, `'${node.id}' can never be shown: a condition it depends on can never hold${why}`);
  }

  // ---- cycles ----
  reportCycles(model, report);

  // ---- computed values and what shows them ----
  checkComputed(definition, model, fieldIds, report, checkCondition, didYouMean);
  const computedIds = (definition.computed ?? []).map((c) => c.id);
  const refer = (id: string, path: string, count = false): void => {
    const value = (definition.computed ?? []).find((c) => c.id === id);
    if (!value) report(path, `there is no computed value '${id}'${didYouMean(id, computedIds)}`);
    else if (count && !('count' in value)) report(path, `a matrix axis needs a count, and '${id}' is not one`);
  };
  for (const { item, pointer } of allItems) {
    if (item.type === 'computed') refer(item.computed, `${pointer}/computed`);
    if (item.type === 'matrix')
      for (const side of ['up', 'down', 'left', 'right'] as const) refer(item.axes[side].computed, `${pointer}/axes/${side}/computed`, true);
  }

  // ---- letters: every {placeholder} names a field the letter can read ----
  for (const { item, pointer } of allItems) {
    if (item.type !== 'letter') continue;
    item.paragraphs.forEach((paragraph, i) => {
      const path = `${pointer}/paragraphs/${i}`;
      if (paragraph.visibleWhen) checkCondition(paragraph.visibleWhen, `${path}/visibleWhen`);
      for (const part of letterParts(paragraph.text)) {
        if (!('ref' in part)) continue;
        const problem = placeholderProblem(model, part.ref);
        if (problem) report(`${path}/text`, `{${part.ref}}: ${problem}${problem.startsWith('there is no field') ? didYouMean(part.ref, fieldIds) : ''}`);
      }
    });
  }
  return problems;
}

/** True for conditions that no answer can satisfy: comparing a choice with a value it cannot take. */
function neverHolds(model: FormModel, condition: Condition): boolean {
  if ('all' in condition) return condition.all.some((c) => neverHolds(model, c));
  if ('any' in condition) return condition.any.every((c) => neverHolds(model, c));
  if ('not' in condition) return false;
  const target = model.fields.get(condition.field);
  const values = target && condition.field === target.id ? possibleValues(target.field) : undefined;
  if (!values || traitsOf(target!.field).multiple) return false;
  if ('equals' in condition) return !values.includes(condition.equals as string | number);
  if ('in' in condition) return condition.in.every((v) => !values.includes(v as string | number));
  return false;
}

function reportCycles(model: FormModel, report: (path: string, message: string) => void): void {
  const edges = new Map<string, string[]>();
  for (const node of model.fields.values()) {
    if (!node.shownWhen.length && !node.field.requiredWhen) continue; // depends on nothing: no cycle through it
    const refs = [...node.shownWhen.flatMap(referencesOf), ...(node.field.requiredWhen ? referencesOf(node.field.requiredWhen) : [])];
    edges.set(
      node.id,
      refs.map(fieldIdOf).filter((r) => r !== node.id),
    );
  }
  const state = new Map<string, 'visiting' | 'done'>();
  const visit = (id: string, trail: string[]): void => {
    if (state.get(id) === 'done') return;
    if (state.get(id) === 'visiting') {
      const cycle = trail.slice(trail.indexOf(id));
      const node = model.fields.get(id)!;
      report(`${node.pointer}/visibleWhen`, `conditions go round in a circle: ${[...cycle, id].join(' → ')}; one of them must not depend on the others`);
      return;
    }
    state.set(id, 'visiting');
    for (const next of edges.get(id) ?? []) if (model.fields.has(next)) visit(next, [...trail, id]);
    state.set(id, 'done');
  };
  for (const id of edges.keys()) visit(id, []);
}

function checkComputed(
  definition: FormDefinition,
  model: FormModel,
  fieldIds: string[],
  report: (path: string, message: string) => void,
  checkCondition: (c: Condition, path: string) => void,
  didYouMean: Suggest,
): void {
  const computed = definition.computed ?? [];
  const ids = computed.map((c) => c.id);
  computed.forEach((value: ComputedValue, i) => {
    const base = `/computed/${i}`;
    const refs = 'count' in value ? value.count.of : 'sum' in value ? value.sum : [];
    refs.forEach((ref, j) => {
      const path = `${base}/${'count' in value ? 'count/of' : 'sum'}/${j}`;
      const laterIndex = ids.indexOf(ref);
      if (laterIndex >= i)
        return report(
          path,
          laterIndex === i ? `'${value.id}' cannot add up itself` : `'${value.id}' refers forward to '${ref}': list computed values after those they use`,
        );
      if (laterIndex >= 0) return;
      const target = model.fields.get(fieldIdOf(ref));
      if (!target) return report(path, `'${ref}' is not a field of this form${didYouMean(ref, [...fieldIds, ...ids.slice(0, i)])}`);
      if (target.repeat)
        return report(
          path,
          `'${ref}' is inside the repeatable group '${target.repeat.id}', which has one answer per row: it cannot be counted or added up here`,
        );
      if ('sum' in value && !traitsOf(target.field).summable)
        report(path, `'${ref}' is a ${target.field.type} field: only numbers and ratings can be added up`);
      if ('count' in value && ref === target.id && !traitsOf(target.field).countable) {
        report(path, `'${ref}' is a ${target.field.type} field: counts look at choices and grids`);
      }
    });
    if ('firstMatch' in value) value.firstMatch.forEach((rule, j) => checkCondition(rule.when, `${base}/firstMatch/${j}/when`));
  });
}
