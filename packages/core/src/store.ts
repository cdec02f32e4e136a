// The form store: what the user typed, what is shown and required, the answers, the errors
// that exist and the ones to show, and the computed values. DOM-free; the element renders it.
//
// Inputs are what the user typed (a date is three strings); answers are what a submission
// holds (an ISO date). Conditions, computed values and the submission read answers.
// A change to one input recomputes only the fields and values that depend on it.
import type { ComputedValue, Condition, Field, FormDefinition, RepeatField } from './definition.js';
import { type AnswerLookup, evaluate, fieldIdOf, isEmptyAnswer, referencesOf } from './conditions.js';
import { type ComputedResult, compute, computedReferences } from './computed.js';
import { todayIso } from './dates.js';
import { maxRowsOf } from './formats.js';
import { type Translate, translate } from './i18n.js';
import { type FieldNode, type FormModel, buildModel } from './model.js';
import { type Checked, type Problem, type RuleContext, checkField, inRow, inputOf, subjectOf } from './rules.js';

export type RowInput = Record<string, unknown>;
export type Answers = Record<string, Record<string, unknown>>;

export interface StoreOptions {
  t?: Translate;
  /** Today's date (ISO); tests pin it. */
  today?: () => string;
  /** Answers to start from, keyed by section and field id, as in a submission's data. */
  data?: Answers;
  /**
   * The definition's model, if already built (buildModel(definition)): a server checking many
   * submissions of one form builds it once. It must be the model of this very definition.
   */
  model?: FormModel;
}

/** Who depends on whom, per model: derived from it alone, so built once per model. */
const dependencyGraphs = new WeakMap<FormModel, Map<string, Set<string>>>();

type Listener = (changed: ReadonlySet<string>) => void;

const NOT_SHOWN: Checked = { answer: undefined, problems: [] };

/** A check's result, with what the form shows when that is more than the problems (a short group's blank rows marked). */
interface ShownChecked extends Checked {
  shown?: Problem[];
}

export class FormStore {
  readonly model: FormModel;
  /** The messages' language; setTranslator changes it (a page switching lang). */
  private translator: Translate;
  private readonly today: () => string;
  private readonly inputs = new Map<string, unknown>();
  /** Top-level field id → problems the server reported for it (see setServerProblems). */
  private readonly serverProblems = new Map<string, Problem[]>();
  /**
   * Sections the user has tried to submit (or continue from), each with its problems as they were
   * then. As on GOV.UK, what is shown is decided at submit: until the next one the summary stays
   * as it was, and a field's message only clears when the answer is fixed; it never turns into
   * another message while the user is typing.
   */
  private readonly attempted = new Map<string, Problem[]>();
  /** The server's problems placed at fields at the last send, as the summary shows them until the next submit. */
  private serverSummary: Problem[] = [];
  private readonly listeners = new Set<Listener>();
  /** Field id → the field and computed ids whose result reads it (transitively). */
  private readonly dependents: Map<string, Set<string>>;
  private readonly computedById: Map<string, ComputedValue>;
  /** Sections by id: the element asks about every section on every keystroke. */
  private readonly sectionsById: Map<string, FormDefinition['sections'][number]>;

  // Caches, cleared for what a change reaches.
  private readonly visibleCache = new Map<string, boolean>();
  private readonly checkedCache = new Map<string, ShownChecked>();
  private readonly computedCache = new Map<string, ComputedResult>();
  private readonly inProgress = new Set<string>();
  /** How many field checks have run: lets tests prove that a change recomputes only what depends on it. */
  checksRun = 0;

  constructor(definition: FormDefinition, options: StoreOptions = {}) {
    this.model = options.model ?? buildModel(definition);
    this.translator = options.t ?? translate;
    this.today = options.today ?? (() => todayIso());
    this.computedById = new Map((definition.computed ?? []).map((c) => [c.id, c]));
    this.sectionsById = new Map(definition.sections.map((s) => [s.id, s]));
    let dependents = dependencyGraphs.get(this.model);
    if (!dependents) dependencyGraphs.set(this.model, (dependents = dependencyGraph(this.model, definition.computed ?? [])));
    this.dependents = dependents;
    if (options.data) this.load(options.data);
  }

  // ---- inputs ----

  /** What the user typed in a top-level field (rows of a repeatable group: an array of row inputs). */
  input(id: string): unknown {
    return this.inputs.get(id);
  }

  setInput(id: string, input: unknown): void {
    this.inputs.set(id, input);
    this.serverProblems.delete(id);
    this.invalidate(id);
  }

  rowInput(repeatId: string, row: number, fieldId: string): unknown {
    return this.rows(repeatId)[row]?.[fieldId];
  }

  setRowInput(repeatId: string, row: number, fieldId: string, input: unknown): void {
    // A group shows rows (at least one, or its minimum) before any exist: typing in one of
    // them creates the empty rows up to it, so that the input is kept rather than dropped.
    if (!Number.isInteger(row) || row < 0) throw new RangeError(`caf-forms: no row ${row} in "${repeatId}"`);
    const rows = [...this.rows(repeatId)];
    while (rows.length <= row) rows.push({});
    rows[row] = { ...rows[row], [fieldId]: input };
    this.setInput(repeatId, rows);
  }

  rows(repeatId: string): RowInput[] {
    const rows = this.inputs.get(repeatId);
    return Array.isArray(rows) ? (rows as RowInput[]) : [];
  }

  /** Rows shown for a group: at least its minimum (or one, so there is somewhere to start). */
  rowCount(repeatId: string): number {
    const field = this.model.fields.get(repeatId)?.field as RepeatField | undefined;
    return Math.max(this.rows(repeatId).length, field?.minItems ?? 0, 1);
  }

  addRow(repeatId: string): void {
    const rows = [...this.rows(repeatId)];
    while (rows.length < this.rowCount(repeatId)) rows.push({});
    rows.push({});
    this.setInput(repeatId, rows);
  }

  removeRow(repeatId: string, row: number): void {
    this.setInput(
      repeatId,
      this.rows(repeatId).filter((_, i) => i !== row),
    );
  }

  /** Every message from now on in another language: the problems are worked out again, and every field is reported changed. */
  setTranslator(t: Translate): void {
    if (t === this.translator) return;
    this.translator = t;
    this.clearCaches();
    // What is shown stays what the last submit found, in the new language.
    for (const [id, before] of this.attempted) {
      const paths = new Set(before.map((p) => p.path));
      this.attempted.set(
        id,
        this.problems([id]).filter((p) => paths.has(p.path)),
      );
    }
    this.emit(new Set(this.model.fields.keys()));
  }

  /** The translate function messages are made with. */
  get t(): Translate {
    return this.translator;
  }

  /** Replaces every input with the inputs that show these answers (prefill, drafts). */
  load(data: Answers): void {
    this.inputs.clear();
    this.serverProblems.clear();
    for (const [id, node] of this.model.fields) {
      if (node.repeat) continue;
      const answer = data[node.section.id]?.[id];
      if (answer === undefined) continue;
      this.inputs.set(id, node.field.type === 'repeat' ? rowsOf(this.model, id, answer) : inputOf(node.field, answer));
    }
    this.clearCaches();
    this.emit(new Set(this.model.fields.keys()));
  }

  subscribe(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  // ---- what is shown and required ----

  isVisible(id: string): boolean {
    const cached = this.visibleCache.get(id);
    if (cached !== undefined) return cached;
    const node = this.node(id);
    // A cycle (which checkDefinition reports) must not hang the page: treat it as hidden.
    if (this.inProgress.has(id)) return false;
    this.inProgress.add(id);
    const lookup = this.lookup;
    const visible = (!node.repeat || this.isVisible(node.repeat.id)) && node.shownWhen.every((c) => evaluate(c, lookup));
    this.inProgress.delete(id);
    this.visibleCache.set(id, visible);
    return visible;
  }

  isSectionVisible(sectionId: string): boolean {
    const section = this.sectionsById.get(sectionId);
    return !section?.visibleWhen || evaluate(section.visibleWhen, this.lookup);
  }

  /** Whether a content item (heading, read-out, …) is shown; content has no answer to cache. */
  isContentVisible(item: { visibleWhen?: Condition }): boolean {
    return !item.visibleWhen || evaluate(item.visibleWhen, this.lookup);
  }

  isRequired(id: string, row?: number): boolean {
    const node = this.node(id);
    const lookup = row === undefined ? this.lookup : this.rowLookup(node.repeat!.id, row);
    return requiredIn(node.field, lookup);
  }

  /** Whether a field inside a row is shown, for that row's answers. */
  isRowFieldVisible(repeatId: string, row: number, fieldId: string): boolean {
    const lookup = this.rowLookup(repeatId, row);
    return this.isVisible(repeatId) && this.node(fieldId).shownWhen.every((c) => evaluate(c, lookup));
  }

  // ---- answers and errors ----

  /** The field's answer as a submission would hold it; undefined when hidden, empty or invalid. */
  answer(id: string): unknown {
    return this.isVisible(id) ? this.checked(id).answer : undefined;
  }

  /** Every problem with the current answers, in document order, whether shown or not. */
  problems(sectionIds?: readonly string[]): Problem[] {
    return this.collect(sectionIds, (checked) => checked.problems);
  }

  /** The problems as the form shows them: with the blank rows a short group still needs marked. */
  private problemsToShow(sectionIds?: readonly string[]): Problem[] {
    return this.collect(sectionIds, (checked) => checked.shown ?? checked.problems);
  }

  private collect(sectionIds: readonly string[] | undefined, of: (checked: ShownChecked) => Problem[]): Problem[] {
    const out: Problem[] = [];
    for (const section of this.model.definition.sections) {
      if (sectionIds && !sectionIds.includes(section.id)) continue;
      for (const node of this.model.sectionFields.get(section.id) ?? []) {
        if (this.isVisible(node.id)) out.push(...of(this.checked(node.id)));
      }
    }
    return out;
  }

  /** The problems of one field (and its rows or parts) that the user should see now. */
  shownProblems(id: string): Problem[] {
    const node = this.node(id);
    const top = node.repeat ?? node;
    const atSubmit = this.attempted.get(top.section.id);
    if (!atSubmit || !this.isVisible(top.id)) return [];
    const checked = this.checked(top.id);
    const stillWrong = new Set((checked.shown ?? checked.problems).map((p) => p.path));
    const own = atSubmit.filter((p) => topIdOf(p.path) === top.id && stillWrong.has(p.path));
    return [...own, ...(this.serverProblems.get(top.id) ?? [])];
  }

  /** The error summary: the problems found at the last submit (and the server's), unchanged until the next. */
  shownSummary(): Problem[] {
    const own = this.model.definition.sections.flatMap((s) => (this.isSectionVisible(s.id) ? (this.attempted.get(s.id) ?? []) : []));
    return this.withServerProblems(own);
  }

  /**
   * The user tried to submit (or continue from) these sections: from now on their errors
   * are shown, and clear as soon as each answer is fixed. Returns the problems found, as the
   * form shows them (the blank rows a short group still needs marked too).
   */
  attempt(sectionIds: readonly string[] = this.model.definition.sections.map((s) => s.id)): Problem[] {
    // Only a section that starts showing errors now looks different: a section already shown
    // its errors, or with none to show, need not re-render (submitting a long valid form stays cheap).
    const problems = this.problemsToShow(sectionIds);
    const changed = new Set<string>();
    for (const id of sectionIds) {
      const found = problems.filter((p) => this.node(topIdOf(p.path)).section.id === id);
      const before = this.attempted.get(id);
      if (!before ? found.length > 0 : !sameProblems(before, found)) changed.add(id);
      this.attempted.set(id, found);
    }
    this.serverSummary = [];
    this.emit(changed);
    return problems;
  }

  hasAttempted(sectionId: string): boolean {
    return this.attempted.has(sectionId);
  }

  /** The answers, keyed by section and field id: only shown, non-empty, valid answers. */
  data(): Answers {
    const data: Answers = {};
    for (const section of this.model.definition.sections) {
      const answers: Record<string, unknown> = {};
      for (const node of this.model.sectionFields.get(section.id) ?? []) {
        const answer = this.answer(node.id);
        if (!isEmptyAnswer(answer)) answers[node.id] = answer;
      }
      data[section.id] = answers;
    }
    return data;
  }

  computedValue(id: string): ComputedResult | undefined {
    const cached = this.computedCache.get(id);
    if (cached !== undefined) return cached;
    const value = this.computedById.get(id);
    if (!value) return undefined;
    const gridRows = (ref: string): string[] | undefined => {
      const field = this.model.fields.get(ref)?.field;
      return field?.type === 'grid' ? field.rows.map((r) => r.id) : undefined;
    };
    const result = compute(value, this.lookup, (ref) => (this.computedById.has(ref) ? this.computedValue(ref) : undefined), gridRows);
    this.computedCache.set(id, result);
    return result;
  }

  computed(): Record<string, ComputedResult> {
    const out: Record<string, ComputedResult> = {};
    for (const id of this.computedById.keys()) out[id] = this.computedValue(id)!;
    return out;
  }

  // ---- problems a server reported ----

  /**
   * Problems the server found in a submitted envelope (a 422), shown at their fields and in the
   * summary like the store's own, each until its field's answer changes. Paths are problem paths
   * ('dob', 'people.0.who'). Replaces any earlier ones; returns those that name no field.
   */
  setServerProblems(problems: readonly Problem[]): Problem[] {
    const changed = new Set(this.serverProblems.keys());
    this.serverProblems.clear();
    const unplaced: Problem[] = [];
    for (const problem of problems) {
      const node = this.model.fields.get(problem.path.split('.')[0] ?? '');
      const top = node?.repeat ?? node;
      if (!top) {
        unplaced.push(problem);
        continue;
      }
      this.serverProblems.set(top.id, [...(this.serverProblems.get(top.id) ?? []), problem]);
      changed.add(top.id);
    }
    this.serverSummary = problems.filter((p) => !unplaced.includes(p));
    this.emit(changed);
    return unplaced;
  }

  /** The summary's problems with the server's merged in, in document order (fields' own first). */
  private withServerProblems(own: Problem[]): Problem[] {
    if (!this.serverSummary.length) return own;
    const order = new Map([...this.model.fields.keys()].map((id, i) => [id, i]));
    const server = this.serverSummary.filter((p) => this.isVisible(topIdOf(p.path)));
    const at = (p: Problem): number => order.get(p.path.split('.')[0] ?? '') ?? 0;
    return [...own, ...server].sort((a, b) => at(a) - at(b)); // sort is stable: a field's own stay first
  }

  // ---- internals ----

  /**
   * Reads an answer for a condition. Hidden fields read as unanswered, as in a submission. An
   * answer that is not valid yet reads as what was typed, as the compiled schema would see it:
   * a follow-up question must not blink in and out while someone types an email address.
   */
  private readonly lookup: AnswerLookup = (ref) => {
    const id = fieldIdOf(ref);
    if (!this.model.fields.has(id) || !this.isVisible(id)) return undefined;
    const checked = this.checked(id);
    const input = this.inputs.get(id);
    const answer = checked.answer !== undefined || isEmptyAnswer(input) ? checked.answer : input;
    return ref === id ? answer : (answer as Record<string, unknown> | undefined)?.[ref.slice(id.length + 1)];
  };

  private rowLookup(repeatId: string, row: number): AnswerLookup {
    const rowFields = this.model.rowFields.get(repeatId) ?? [];
    const inRow = new Set(rowFields.map((n) => n.id));
    const input = this.rows(repeatId)[row] ?? {};
    const ctx = this.ruleContext();
    const rowAnswer: AnswerLookup = (ref) => {
      const id = fieldIdOf(ref);
      if (!inRow.has(id)) return this.lookup(ref);
      const node = this.node(id);
      if (!node.shownWhen.every((c) => evaluate(c, rowAnswer))) return undefined;
      // as `lookup`: an answer not valid yet reads as what was typed, as the schema sees it
      const valid = checkField(node.field, input[id], false, ctx, id).answer;
      const answer = valid !== undefined || isEmptyAnswer(input[id]) ? valid : input[id];
      return ref === id ? answer : (answer as Record<string, unknown> | undefined)?.[ref.slice(id.length + 1)];
    };
    return rowAnswer;
  }

  private checked(id: string): ShownChecked {
    const cached = this.checkedCache.get(id);
    if (cached) return cached;
    const node = this.node(id);
    if (node.repeat) return NOT_SHOWN;
    this.checksRun++;
    const result =
      node.field.type === 'repeat'
        ? this.checkRepeat(node as FieldNode & { field: RepeatField })
        : checkField(node.field, this.inputs.get(id), requiredIn(node.field, this.lookup), this.ruleContext(), id);
    this.checkedCache.set(id, result);
    return result;
  }

  private checkRepeat(node: FieldNode & { field: RepeatField }): ShownChecked {
    const field = node.field;
    const ctx = this.ruleContext();
    const rowNodes = this.model.rowFields.get(node.id) ?? [];
    const inputs = this.rows(node.id);
    const filled = inputs.filter((input) => !isEmptyAnswer(input)).length;
    const required = requiredIn(field, this.lookup);
    const min = Math.max(field.minItems ?? 0, required ? 1 : 0);
    const short = filled < min && (required || filled > 0);
    // A group short of rows also marks the blank rows shown for it, up to its minimum: each of
    // their questions says, naming its row, what is missing ("Person 1: Enter name"), as GOV.UK
    // marks every field to fix. These marks are shown, not problems of the answers: a blank row
    // is no answer, and a server checking the same answers must find the same problems.
    // Other blank rows hold nothing to keep or check.
    let blanksToMark = short ? min - filled : 0;
    const answers: Record<string, unknown>[] = [];
    const problems: Problem[] = []; // in the order shown, marks included
    const marks = new Set<Problem>();
    const shown = this.rowCount(node.id);
    for (let row = 0; row < shown; row++) {
      const input = inputs[row] ?? {};
      const blank = isEmptyAnswer(input);
      if (blank && blanksToMark === 0) continue;
      if (blank) blanksToMark--;
      const lookup = this.rowLookup(node.id, row);
      const answer: Record<string, unknown> = {};
      for (const rowNode of rowNodes) {
        if (!rowNode.shownWhen.every((c) => evaluate(c, lookup))) continue;
        const checked = checkField(rowNode.field, input[rowNode.id], requiredIn(rowNode.field, lookup), ctx, `${node.id}.${row}.${rowNode.id}`);
        for (const problem of checked.problems.map((p) => inRow(p, field.itemLabel, row, ctx.t))) {
          problems.push(problem);
          if (blank) marks.add(problem);
        }
        if (!isEmptyAnswer(checked.answer)) answer[rowNode.id] = checked.answer;
      }
      if (!blank) answers.push(answer);
    }
    const item = subjectOf({ label: field.itemLabel });
    if (short) {
      const key = min <= 1 ? 'error.addRow' : 'error.tooFewRows';
      problems.unshift({
        path: node.id,
        message: field.errorMessages?.[min <= 1 ? 'required' : 'tooFew'] ?? ctx.t(key, { item, min, subject: subjectOf(field) }),
      });
    }
    const max = maxRowsOf(field); // DEFAULT_MAX_ROWS when the definition sets none, as the compiled schema
    if (answers.length > max) {
      problems.unshift({ path: node.id, message: field.errorMessages?.tooMany ?? ctx.t('error.tooManyRows', { max, subject: subjectOf(field) }) });
    }
    return { answer: answers.length ? answers : undefined, problems: problems.filter((p) => !marks.has(p)), shown: marks.size ? problems : undefined };
  }

  private ruleContext(): RuleContext {
    return { t: this.t, today: this.today() };
  }

  private node(id: string): FieldNode {
    const node = this.model.fields.get(id);
    if (!node) throw new Error(`caf-forms: the form has no field "${id}"`);
    return node;
  }

  private invalidate(id: string): void {
    const changed = new Set([id, ...(this.dependents.get(id) ?? [])]);
    for (const dirty of changed) {
      this.visibleCache.delete(dirty);
      this.checkedCache.delete(dirty);
      this.computedCache.delete(dirty);
    }
    this.emit(changed);
  }

  private clearCaches(): void {
    this.visibleCache.clear();
    this.checkedCache.clear();
    this.computedCache.clear();
  }

  private emit(changed: ReadonlySet<string>): void {
    for (const listener of this.listeners) listener(changed);
  }
}

function requiredIn(field: Field, lookup: AnswerLookup): boolean {
  return field.required === true || (field.requiredWhen !== undefined && evaluate(field.requiredWhen, lookup));
}

/** Rows of inputs that show a repeatable group's answer. */
function rowsOf(model: FormModel, repeatId: string, answer: unknown): RowInput[] {
  if (!Array.isArray(answer)) return [];
  const rowNodes = model.rowFields.get(repeatId) ?? [];
  return answer.map((row: Record<string, unknown>) => {
    const input: RowInput = {};
    // A row of data a server received may be null, whatever its type says.
    // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition
    for (const node of rowNodes) if (row?.[node.id] !== undefined) input[node.id] = inputOf(node.field, row[node.id]);
    return input;
  });
}

/**
 * For each field id, every field and computed value whose result can change when it changes:
 * fields whose visibility or requiredness reads it, fields revealed under those, the repeat
 * whose rows read it, computed values that read any of them; closed transitively.
 */
function dependencyGraph(model: FormModel, computed: readonly ComputedValue[]): Map<string, Set<string>> {
  const direct = new Map<string, Set<string>>();
  const add = (from: string, to: string): void => {
    if (from === to) return;
    let set = direct.get(from);
    if (!set) direct.set(from, (set = new Set()));
    set.add(to);
  };
  for (const node of model.fields.values()) {
    const owner = node.repeat?.id ?? node.id; // a row field's rules are part of its repeat's check
    const refs = [...node.shownWhen.flatMap(referencesOf), ...(node.field.requiredWhen ? referencesOf(node.field.requiredWhen) : [])];
    for (const ref of refs) {
      add(fieldIdOf(ref), node.id);
      add(fieldIdOf(ref), owner);
    }
    if (node.repeat) add(node.id, node.repeat.id);
  }
  for (const value of computed) for (const ref of computedReferences(value)) add(fieldIdOf(ref), value.id);
  const closed = new Map<string, Set<string>>();
  for (const start of direct.keys()) {
    const seen = new Set<string>();
    const stack = [...(direct.get(start) ?? [])];
    while (stack.length) {
      const next = stack.pop()!;
      if (seen.has(next)) continue;
      seen.add(next);
      stack.push(...(direct.get(next) ?? []));
    }
    closed.set(start, seen);
  }
  return closed;
}

/** The top-level field a problem's path is about ('people.0.who' → 'people'). */
const topIdOf = (path: string): string => path.split('.')[0] ?? '';

const sameProblems = (a: readonly Problem[], b: readonly Problem[]): boolean =>
  a.length === b.length && a.every((p, i) => p.path === b[i]!.path && p.message === b[i]!.message && p.focus === b[i]!.focus);
