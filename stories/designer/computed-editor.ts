// Computed values without code: a count of answers equal to a value, a sum, or the first
// matching rule (each rule a condition from the condition builder), each read back as a sentence.
import { html, nothing, type TemplateResult } from 'lit';
import { isObject, type Json, type JsonObject } from './json-pointer.js';
import { conditionEditor } from './condition-editor.js';
import { conditionWords, newRule } from './conditions.js';
import { idFromLabel, idsIn, uniqueId, type Definition } from './operations.js';
import type { PropertyContext } from './properties.js';

type Kind = 'count' | 'sum' | 'firstMatch';
const kindOf = (c: JsonObject): Kind => ('count' in c ? 'count' : 'sum' in c ? 'sum' : 'firstMatch');

function sentence(c: JsonObject, ctx: PropertyContext): string {
  const name = (ref: Json): string => `'${ctx.questions.find((q) => q.ref === ref)?.label ?? String(ref)}'`;
  if (isObject(c.count))
    return `Counts how many of ${(Array.isArray(c.count.of) ? c.count.of : []).map(name).join(', ')} are ${JSON.stringify(c.count.equals)}.`;
  if (Array.isArray(c.sum)) return `Adds up ${c.sum.map(name).join(' + ')}.`;
  if (Array.isArray(c.firstMatch)) {
    const rules = c.firstMatch.filter(isObject).map((r) => `‘${String(r.text)}’ when ${conditionWords(r.when ?? null, ctx.questions)}`);
    return `${rules.join('; otherwise ')}; otherwise ‘${isObject(c.otherwise) ? String(c.otherwise.text) : ''}’.`;
  }
  return '';
}

function fresh(kind: Kind, base: JsonObject, ctx: PropertyContext): JsonObject {
  const first = ctx.questions[0]?.ref ?? 'question';
  const head: JsonObject = { id: base.id ?? 'score', label: base.label ?? 'Score' };
  if (kind === 'count') return { ...head, count: { of: [first], equals: 'yes' } };
  if (kind === 'sum') return { ...head, sum: [first] };
  return {
    ...head,
    firstMatch: [{ when: newRule(ctx.questions[0]), value: 'first', text: 'First outcome' }],
    otherwise: { value: 'other', text: 'Otherwise' },
  };
}

function refsPicker(label: string, id: string, chosen: Json[], ctx: PropertyContext, set: (refs: string[]) => void): TemplateResult {
  return html`<fieldset class="prop nested"><legend>${label}</legend>
    ${ctx.questions.map(
      (q, i) => html`<label class="inline"><input type="checkbox" id="${id}-${i}" .checked=${chosen.includes(q.ref)}
      @change=${(e: Event) => set((e.target as HTMLInputElement).checked ? [...chosen.map(String), q.ref] : chosen.map(String).filter((r) => r !== q.ref))}> ${q.label}</label><br>`,
    )}
  </fieldset>`;
}

export function computedPanel(definition: Definition, ctx: PropertyContext): TemplateResult {
  const list = Array.isArray(definition.computed) ? definition.computed.filter(isObject) : [];
  const setAll = (next: JsonObject[]): void => ctx.set('/computed', next.length ? next : undefined);
  const setOne = (i: number, next: JsonObject): void => setAll(list.map((c, j) => (j === i ? next : c)));
  const add = (): void => {
    const id = uniqueId(idFromLabel('Score'), idsIn(definition));
    setAll([...list, fresh('count', { id, label: 'Score' }, ctx)]);
  };
  return html`<h2 id="props-heading">Computed values</h2>
    <p class="note">Values worked out from the answers as they change, and sent with the submission.</p>
    <ol class="entries">${list.map((c, i) => {
      const kind = kindOf(c);
      const id = `computed-${i}`;
      const text = (
        key: string,
        value: Json | undefined,
        set: (v: string) => void,
      ): TemplateResult => html`<div class="prop"><label for="${id}-${key}">${key}</label>
        <input type="text" id="${id}-${key}" .value=${String(value ?? '')} @change=${(e: Event) => set((e.target as HTMLInputElement).value)}></div>`;
      return html`<li><fieldset class="entry"><legend>${String(c.label)}</legend>
        <p class="sentence">${sentence(c, ctx)}</p>
        ${text('Label', c.label, (v) => setOne(i, { ...c, label: v }))}
        ${text('Id', c.id, (v) => ctx.set(`/computed/${i}/id`, v))}
        <div class="prop"><label for="${id}-kind">Kind</label>
          <select id="${id}-kind" @change=${(e: Event) => setOne(i, fresh((e.target as HTMLSelectElement).value as Kind, c, ctx))}>
            <option value="count" ?selected=${kind === 'count'}>Count answers equal to a value</option>
            <option value="sum" ?selected=${kind === 'sum'}>Add up numbers</option>
            <option value="firstMatch" ?selected=${kind === 'firstMatch'}>The first rule that matches</option>
          </select></div>
        ${
          kind === 'count' && isObject(c.count)
            ? html`
          ${refsPicker('Count among', `${id}-of`, Array.isArray(c.count.of) ? c.count.of : [], ctx, (of) => setOne(i, { ...c, count: { ...(c.count as JsonObject), of } }))}
          ${text('Equal to', c.count.equals, (v) => setOne(i, { ...c, count: { ...(c.count as JsonObject), equals: v } }))}`
            : nothing
        }
        ${kind === 'sum' ? refsPicker('Add up', `${id}-sum`, Array.isArray(c.sum) ? c.sum : [], ctx, (sum) => setOne(i, { ...c, sum })) : nothing}
        ${
          kind === 'firstMatch' && Array.isArray(c.firstMatch)
            ? html`${c.firstMatch.filter(isObject).map((rule, r) => {
                const rules = (c.firstMatch as Json[]).filter(isObject);
                const setRule = (next: JsonObject): void => setOne(i, { ...c, firstMatch: rules.map((x, k) => (k === r ? next : x)) });
                return html`<fieldset class="group"><legend>Rule ${r + 1}</legend>
            ${conditionEditor(rule.when, { verb: 'Applies', otherwise: 'Always applies.', idPrefix: `${id}-r${r}`, questions: ctx.questions }, (when) => setRule({ ...rule, when: when ?? newRule(ctx.questions[0]) }))}
            ${text('Value', rule.value, (v) => setRule({ ...rule, value: v }))}${text('Text', rule.text, (v) => setRule({ ...rule, text: v }))}
            <button type="button" ?disabled=${rules.length === 1} @click=${() => setOne(i, { ...c, firstMatch: rules.filter((_, k) => k !== r) })}>Remove rule ${r + 1}</button>
          </fieldset>`;
              })}
          <button type="button" @click=${() => setOne(i, { ...c, firstMatch: [...(c.firstMatch as Json[]), { when: newRule(ctx.questions[0]), value: `rule${(c.firstMatch as Json[]).length + 1}`, text: 'Another outcome' }] })}>Add a rule</button>
          ${
            isObject(c.otherwise)
              ? html`${text('Otherwise value', c.otherwise.value, (v) => setOne(i, { ...c, otherwise: { ...(c.otherwise as JsonObject), value: v } }))}
            ${text('Otherwise text', c.otherwise.text, (v) => setOne(i, { ...c, otherwise: { ...(c.otherwise as JsonObject), text: v } }))}`
              : nothing
          }`
            : nothing
        }
        <button type="button" @click=${() => setAll(list.filter((_, j) => j !== i))}>Remove ‘${String(c.label)}’</button>
      </fieldset></li>`;
    })}</ol>
    <button type="button" @click=${add}>Add a computed value</button>`;
}
