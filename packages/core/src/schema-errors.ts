// Turns a submission schema's validation errors (ajv's ErrorObject shape) into field problems
// with GOV.UK messages: what a server answers in a 422, and what the element shows if the
// compiled validator ever rejects what the browser accepted. The paths and messages are the
// ones validateData gives for the same data (a test compares them), so a problem reads the
// same wherever it was found.
import { fieldIdOf } from './conditions.js';
import { type FieldNode, type FormModel, isBlankRow } from './model.js';
import { unescapePointerSegment } from './protocol.js';
import { type Problem, type RuleContext, checkField, inRow, inputOf, subjectOf } from './rules.js';
import { type Answers, FormStore } from './store.js';
import type { Translate } from './i18n.js';

/** The parts of ajv's ErrorObject this module reads (so core does not import ajv). */
export interface SchemaError {
  instancePath: string;
  keyword: string;
  params: Record<string, unknown>;
  message?: string;
}

const decode = unescapePointerSegment;

type Row = Record<string, unknown>;

/** Where an error is, in answer terms. */
interface Location {
  /** The top-level field (a repeat for errors in its rows). */
  top: FieldNode;
  /** The answer the rules check: the top-level field, or a field in a row. */
  node: FieldNode;
  /** 'field' or 'repeat.1.field'. */
  fieldPath: string;
  answer: unknown;
  /** Below the answer: a grid row or specify id, a signature part, a checkbox index. */
  sub: string[];
  /** The error is about a repeatable group as a whole (its rows, or a row the form would not send). */
  wholeGroup: boolean;
  /** The error is in a row the engine skips (one with no answers): a problem of the group only. */
  inSkippedRow: boolean;
}

function locate(model: FormModel, section: Row | undefined, rest: readonly string[]): Location | undefined {
  const top = model.fields.get(rest[0]!);
  if (!top || top.repeat) return undefined;
  if (top.field.type !== 'repeat')
    return { top, node: top, fieldPath: top.id, answer: section?.[top.id], sub: rest.slice(1), wholeGroup: false, inSkippedRow: false };
  const rows = section?.[top.id];
  const index = rest[1];
  const rowNode = rest[2] === undefined ? undefined : model.fields.get(rest[2]);
  const row = Array.isArray(rows) && index !== undefined ? (rows[Number(index)] as unknown) : undefined;
  const whole: Location = { top, node: top, fieldPath: top.id, answer: rows, sub: [], wholeGroup: true, inSkippedRow: rest.length > 1 };
  // The engine skips a row with no answers to its questions (the form never sends one), so
  // whatever is missing from it is a problem of the group, as the engine says.
  if (!rowNode || rowNode.repeat?.id !== top.id || !row || typeof row !== 'object' || isBlankRow(model, top.id, row)) return whole;
  return {
    top,
    node: rowNode,
    fieldPath: `${top.id}.${index}.${rowNode.id}`,
    answer: (row as Row)[rowNode.id],
    sub: rest.slice(3),
    wholeGroup: false,
    inSkippedRow: false,
  };
}

/** How "does not apply" names an answer: a grid's "please specify" by its own label. */
function strayMessage(node: FieldNode, sub: readonly string[], ctx: RuleContext): string {
  const specify = node.field.type === 'grid' && sub[0] !== undefined ? node.field.rows.find((r) => r.specify?.id === sub[0])?.specify : undefined;
  return ctx.t('error.notApplicable', { subject: subjectOf(specify ?? node.field) });
}

/** A hidden answer, which the schema forbids outright; in a skipped row it is the group's problem. */
const isStrayAt = (location: Location): boolean => !location.inSkippedRow;

/**
 * Maps errors to problems, one per answer path, in the order the errors came. Messages come
 * from the same rules the browser runs, given the offending answer.
 */
export function problemsFromSchemaErrors(model: FormModel, errors: readonly SchemaError[], data: unknown, ctx: RuleContext): Problem[] {
  const problems = new Map<string, Problem>();
  const add = (problem: Problem): void => {
    if (!problems.has(problem.path)) problems.set(problem.path, problem);
  };
  const sections = (data && typeof data === 'object' ? data : {}) as Record<string, Row | undefined>;
  // Answers that must not be there (hidden questions, a grid's "please specify" for another
  // answer) are said to be so once: what else the schema finds wrong in them does not matter.
  const strays: string[] = [];
  const where = errors.map((error) => {
    const segments = error.instancePath.split('/').slice(1).map(decode);
    const [, sectionId, ...rest] = segments;
    if (error.keyword === 'required' && typeof error.params.missingProperty === 'string') rest.push(error.params.missingProperty);
    const location = segments[0] === 'data' && sectionId && rest.length ? locate(model, sections[sectionId], rest) : undefined;
    const path = location && [location.fieldPath, ...location.sub].join('.');
    if (error.keyword === 'false schema' && path && isStrayAt(location)) strays.push(path);
    return { segments, sectionId, rest, location, path };
  });
  // Looked up by each of a path's prefixes (a.1.b: a, a.1, a.1.b), not by scanning every stray:
  // the cost per error is the path's depth, however many errors there are.
  const strayPaths = new Set(strays);
  const isStray = (path: string, self = false): boolean => {
    const parts = path.split('.');
    for (let n = 1; n <= parts.length - (self ? 1 : 0); n++) if (strayPaths.has(parts.slice(0, n).join('.'))) return true;
    return false;
  };
  // Messages about a group as a whole (too few rows, …) are the engine's, which counts rows as it does.
  let engineProblems: Map<string, Problem> | undefined;
  const groupProblem = (top: FieldNode): Problem => {
    if (!engineProblems) {
      engineProblems = new Map();
      const engine = new FormStore(model.definition, { data: sections as Answers, t: ctx.t, today: () => ctx.today, model });
      for (const p of engine.problems()) if (!engineProblems.has(p.path)) engineProblems.set(p.path, p);
    }
    return engineProblems.get(top.id) ?? { path: top.id, message: ctx.t('error.answer', { subject: subjectOf(top.field) }) };
  };
  // Each answer is checked once, however many errors the schema found in it (8,000 wrong
  // checkbox values are 8,000 errors but one answer).
  const checkedAt = new Map<string, Problem[]>();
  const rulesFor = (node: FieldNode, fieldPath: string, answer: unknown): Problem[] => {
    let rules = checkedAt.get(fieldPath);
    if (!rules) checkedAt.set(fieldPath, (rules = checkField(node.field, inputOf(node.field, answer), true, ctx, fieldPath).problems));
    return rules;
  };

  errors.forEach((error, i) => {
    // "must match then/else" only wraps the real error, which ajv reports too
    if (error.keyword === 'if') return;
    const { segments, sectionId, rest, location, path } = where[i]!;
    if (segments[0] !== 'data') {
      add({
        path: segments.join('.') || 'envelope',
        message: ctx.t('error.envelope', { detail: `${error.instancePath || 'the envelope'} ${error.message ?? error.keyword}` }),
      });
      return;
    }
    if (error.keyword === 'additionalProperties' && typeof error.params.additionalProperty === 'string') {
      const name = error.params.additionalProperty;
      const unknownPath = [...rest, name].join('.') || name;
      if (!isStray(unknownPath)) add({ path: unknownPath, message: ctx.t('error.unknownAnswer', { name }) });
      return;
    }
    if (!sectionId || rest.length === 0) {
      add({ path: sectionId ?? 'data', message: ctx.t('error.envelope', { detail: `${error.instancePath} ${error.message ?? error.keyword}` }) });
      return;
    }
    if (!location || !path) {
      const name = rest[0]!;
      add({ path: fieldIdOf(name), message: ctx.t('error.unknownAnswer', { name }) });
      return;
    }
    if (error.keyword === 'false schema' && isStrayAt(location)) {
      if (!isStray(path, true)) add({ path, message: strayMessage(location.node, location.sub, ctx) });
      return;
    }
    if (isStray(path)) return;
    if (location.wholeGroup) {
      add(groupProblem(location.top));
      return;
    }
    const { node, fieldPath, sub } = location;
    // Ask the browser's rules what is wrong with this answer; they say it the GOV.UK way.
    const rules = rulesFor(node, fieldPath, location.answer);
    const precise = rules.find((p) => p.path === path) ?? rules.find((p) => p.path === fieldPath && p.focus === sub[0]);
    // An error at the answer itself (missing, not an object, …): everything the rules find, as
    // the engine says it (a missing grid: each of its rows).
    if (precise) add(precise);
    else if (rules.length) rules.filter((p) => !isStray(p.path)).forEach(add);
    else add({ path: fieldPath, message: ctx.t('error.answer', { subject: subjectOf(node.field) }) });
  });
  return [...problems.values()].map((p) => namedRow(model, p, ctx.t));
}

/** A problem inside a row says which row, as the engine's do (rules.ts inRow). */
export function namedRow(model: FormModel, problem: Problem, t: Translate): Problem {
  const [groupId, index] = problem.path.split('.');
  const group = model.fields.get(groupId ?? '')?.field;
  if (group?.type !== 'repeat' || index === undefined || !/^\d+$/.test(index)) return problem;
  return inRow(problem, group.itemLabel, Number(index), t);
}
