// Shared set-up for the <caf-form> browser tests: the example form (every field type) and
// its valid sample answers, served by web-test-runner from the repository root.
import { fixture, html } from '@open-wc/testing';
import type { Answers, FormDefinition, SubmissionEnvelope } from '@caf-forms/core';
import '../../packages/elements/src/define.js';
import type { CafForm } from '../../packages/elements/src/caf-form.js';

export const fetchJson = async <T>(path: string): Promise<T> => (await (await fetch(path)).json()) as T;

export const exampleDefinition = (): Promise<FormDefinition> => fetchJson<FormDefinition>('/forms/example.json');
export const exampleData = async (): Promise<Answers> => (await fetchJson<SubmissionEnvelope>('/forms/samples/example.valid.json')).data;

export async function mount(definition: unknown, options: { data?: Answers; readonly?: boolean } = {}): Promise<CafForm> {
  const el = await fixture<CafForm>(html`<caf-form .definition=${definition} .data=${options.data} ?readonly=${options.readonly ?? false}></caf-form>`);
  await el.updateComplete;
  return el;
}

export const root = (el: CafForm): ShadowRoot => el.shadowRoot!;

export function $<T extends Element = HTMLElement>(el: CafForm, selector: string): T {
  const found = root(el).querySelector<T>(selector);
  if (!found) throw new Error(`no element matches ${selector}`);
  return found;
}

/** A minimal one-section definition around the given items. */
export function formOf(items: unknown[], extra: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    $schema: 'https://caf-forms.example/schema/definition.schema.json',
    id: 'test',
    version: '1.0.0',
    title: 'Test form',
    sections: [{ id: 's', title: 'Section', items }],
    ...extra,
  };
}

export async function submit(el: CafForm): Promise<void> {
  $<HTMLButtonElement>(el, 'button[type=submit]').click();
  await el.updateComplete;
  await new Promise((r) => setTimeout(r, 0));
  await el.updateComplete;
}

export async function type(el: CafForm, input: HTMLInputElement | HTMLTextAreaElement, value: string): Promise<void> {
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true }));
  await el.updateComplete;
}

export async function choose(el: CafForm, input: HTMLInputElement): Promise<void> {
  input.click();
  await el.updateComplete;
}

/** The element whose id is this form's prefix followed by `tail` ('childName', 'dob-day'). */
export function byId<T extends HTMLElement = HTMLInputElement>(el: CafForm, tail: string): T {
  const pattern = new RegExp(`^caf-\\d+-${tail.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`);
  const found = [...root(el).querySelectorAll<T>('[id]')].find((e) => pattern.test(e.id));
  if (!found) throw new Error(`no element with id ending -${tail}`);
  return found;
}

/** The ids an element's aria-describedby names. */
export const describedIds = (e: Element): string[] => (e.getAttribute('aria-describedby') ?? '').split(' ').filter(Boolean);

/** Waits for a event of this name from the element, or fails after a second. */
export function nextEvent<K extends keyof GlobalEventHandlersEventMap>(el: HTMLElement, name: K): Promise<GlobalEventHandlersEventMap[K]> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no ${name} event`)), 1000);
    el.addEventListener(
      name,
      (e) => {
        clearTimeout(timer);
        resolve(e);
      },
      { once: true },
    );
  });
}
