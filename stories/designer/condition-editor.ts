// The condition builder: pick the question, then an operator offered only where it suits that
// question's type, then the value from its answers (or typed, for numbers and dates); group
// rules with all/any and negate them with not. Above it, the condition as a sentence.
import { html, nothing, type TemplateResult } from 'lit';
import { isObject, type Json, type JsonObject } from './json-pointer.js';
import { conditionWords, newRule, operatorOf, operatorWords, operatorsFor, ruleWith, valueInput, type Operator, type Question } from './conditions.js';

type Change = (next: Json | undefined) => void;

export interface ConditionEditorOptions {
  /** 'Show' or 'Require', the verb the sentence starts with. */
  verb: string;
  /** What the sentence says when there is no condition. */
  otherwise: string;
  /** A prefix for element ids, unique on the page. */
  idPrefix: string;
  questions: readonly Question[];
}

export function conditionEditor(condition: Json | undefined, options: ConditionEditorOptions, change: Change): TemplateResult {
  const { questions, verb, otherwise } = options;
  if (condition === undefined) {
    return html`<div class="condition"><p class="sentence">${otherwise}</p>
      <button type="button" ?disabled=${questions.length === 0} @click=${() => change(newRule(questions[0]))}>Add a condition</button></div>`;
  }
  return html`<div class="condition">
    <p class="sentence" aria-live="polite">${verb} when ${conditionWords(condition, questions)}.</p>
    ${node(condition, options, change, options.idPrefix)}
  </div>`;
}

function node(condition: Json, options: ConditionEditorOptions, change: Change, id: string): TemplateResult {
  if (isObject(condition) && (Array.isArray(condition.all) || Array.isArray(condition.any))) {
    const key = Array.isArray(condition.all) ? 'all' : 'any';
    const rules = condition[key] as Json[];
    const setRules = (next: Json[]): void => change(next.length === 1 ? next[0] : next.length === 0 ? undefined : { [key]: next });
    return html`<fieldset class="group"><legend>
        <label for="${id}-join" class="inline">Rules that must hold:</label>
        <select id="${id}-join" @change=${(e: Event) => change({ [(e.target as HTMLSelectElement).value]: rules })}>
          <option value="all" ?selected=${key === 'all'}>all of them</option>
          <option value="any" ?selected=${key === 'any'}>any of them</option>
        </select></legend>
      ${rules.map((rule, i) => node(rule, options, (next) => setRules(next === undefined ? rules.filter((_, j) => j !== i) : rules.map((r, j) => (j === i ? next : r))), `${id}-${i}`))}
      <button type="button" @click=${() => setRules([...rules, newRule(options.questions[0])])}>Add a rule</button>
    </fieldset>`;
  }
  if (isObject(condition) && 'not' in condition) {
    return html`<fieldset class="group"><legend>Not</legend>
      ${node(condition.not ?? null, options, (next) => change(next === undefined ? undefined : { not: next }), `${id}-not`)}
      <button type="button" @click=${() => change(condition.not)}>Remove “not”</button>
    </fieldset>`;
  }
  return rule(isObject(condition) ? condition : {}, options, change, id);
}

function rule(condition: JsonObject, options: ConditionEditorOptions, change: Change, id: string): TemplateResult {
  const { questions } = options;
  const question = questions.find((q) => q.ref === condition.field);
  const operator = operatorOf(condition);
  const operators = question ? operatorsFor(question.type) : [];
  const pickQuestion = (ref: string): void => {
    const q = questions.find((x) => x.ref === ref);
    if (q) change(ruleWith(q, operators.length && operator && operatorsFor(q.type).includes(operator) ? operator : operatorsFor(q.type)[0]!));
  };
  return html`<div class="rule" role="group" aria-label="Rule">
    <label for="${id}-field">Question</label>
    <select id="${id}-field" @change=${(e: Event) => pickQuestion((e.target as HTMLSelectElement).value)}>
      ${question ? nothing : html`<option value="" selected>Choose a question</option>`}
      ${questions.map((q) => html`<option value=${q.ref} ?selected=${q.ref === condition.field}>${q.label}</option>`)}
    </select>
    ${
      question
        ? html`<label for="${id}-op">Operator</label>
      <select id="${id}-op" @change=${(e: Event) => change(ruleWith(question, (e.target as HTMLSelectElement).value as Operator, operator ? condition[operator] : undefined))}>
        ${operators.map((o) => html`<option value=${o} ?selected=${o === operator}>${operatorWords(o, question.type)}</option>`)}
      </select>
      ${operator ? valueControl(question, operator, condition, change, id) : nothing}`
        : nothing
    }
    <div class="rule-actions">
      <button type="button" @click=${() => change({ all: [condition, newRule(questions[0])] })}>And…</button>
      <button type="button" @click=${() => change({ any: [condition, newRule(questions[0])] })}>Or…</button>
      <button type="button" @click=${() => change({ not: condition })}>Not</button>
      <button type="button" @click=${() => change(undefined)}>Remove this rule</button>
    </div>
  </div>`;
}

function valueControl(question: Question, operator: Operator, condition: JsonObject, change: Change, id: string): TemplateResult | typeof nothing {
  if (operator === 'filled' || operator === 'empty') return nothing;
  const value = condition[operator];
  const set = (next: Json): void => change({ field: question.ref, [operator]: next });
  const options = question.options;
  if (options && operator === 'in') {
    const chosen = Array.isArray(value) ? value : [];
    const isChosen = (v: string | number): boolean => chosen.some((c) => String(c) === String(v));
    return html`<fieldset class="values"><legend>Answers</legend>${options.map(
      (o, i) => html`<label class="inline"><input type="checkbox" id="${id}-in-${i}" .checked=${isChosen(o.value)}
      @change=${(e: Event) => set((e.target as HTMLInputElement).checked ? [...chosen, o.value] : chosen.filter((c) => String(c) !== String(o.value)))}> ${o.label}</label>`,
    )}</fieldset>`;
  }
  // A choice's answers are picked from its list; more or less than a rating's is typed, as a number.
  if (options && (operator === 'equals' || operator === 'notEquals')) {
    return html`<label for="${id}-value">Answer</label>
      <select id="${id}-value" @change=${(e: Event) => set(options[(e.target as HTMLSelectElement).selectedIndex]!.value)}>
        ${options.map((o) => html`<option value=${String(o.value)} ?selected=${String(o.value) === String(value)}>${o.label}</option>`)}
      </select>`;
  }
  const input = valueInput(question);
  return html`<label for="${id}-value">${input.label}</label>
    <input id="${id}-value" type=${input.type} .value=${String(value ?? '')}
      @change=${(e: Event) => {
        const raw = (e.target as HTMLInputElement).value;
        set(input.type === 'number' && raw !== '' ? Number(raw) : raw);
      }}>`;
}
