// The engine in a real browser, on a page whose CSP forbids eval: checking a definition uses the
// precompiled meta-schema validator, and the store runs without generating code.
import { expect } from '@open-wc/testing';
import { FormStore, checkDefinition } from '@caf-forms/core';

const fetchJson = async <T>(path: string): Promise<T> => (await (await fetch(path)).json()) as T;

describe('core in Chromium without unsafe-eval', () => {
  it('runs on a page where eval is blocked', () => {
    // The page's CSP must refuse this: that is what the test proves.
    // eslint-disable-next-line @typescript-eslint/no-implied-eval
    expect(() => new Function('return 1')).to.throw(EvalError);
  });

  it('checks definitions with the precompiled validator', async () => {
    const definition = await fetchJson<Record<string, unknown>>('/forms/example.json');
    expect(checkDefinition(definition).ok).to.equal(true);
    const broken = structuredClone(definition) as { sections: { items: { type: string }[] }[] };
    broken.sections[0]!.items[1]!.type = 'txet';
    const result = checkDefinition(broken);
    expect(result.problems[0]).to.deep.equal({ path: '/sections/0/items/1/type', message: "unknown field type 'txet'; did you mean 'text'?" });
  });

  it('computes answers and errors with the store', async () => {
    const definition = await fetchJson<Parameters<typeof checkDefinition>[0]>('/forms/example.json');
    const checked = checkDefinition(definition);
    if (!checked.ok) throw new Error('example must pass');
    const store = new FormStore(checked.definition, { today: () => '2026-11-23' });
    store.setInput('risks', { harm: 'yes', school: 'yes' });
    expect(store.computedValue('risksYes')).to.equal(2);
    expect(store.computedValue('nextStep')).to.equal('refer');
    expect(store.attempt().find((p) => p.path === 'childName')?.message).to.equal("Enter the child's full name");
  });
});
