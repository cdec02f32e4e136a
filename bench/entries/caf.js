// caf-forms, driven as a page would: the one-file bundle (built from
// packages/elements/src/bundle.ts, measured on its own) is loaded by the page; this adapter is not
// part of its size.
import './caf-forms.js';

export async function mount(container, definition, data) {
  const el = document.createElement('caf-form');
  el.definition = definition;
  if (data) el.data = data;
  container.append(el);
  await el.updateComplete;
  const root = el.shadowRoot;
  return {
    root,
    input: (i) => root.querySelector(`input[id$="-f${i}"]`),
    value: (i) => el.store.input(`f${i}`),
    // What a submit runs (caf-form.ts onSubmit): the store's attempt() checks every section and
    // marks them submitted, its listener re-renders the form (error summary when there are problems).
    async validate() {
      const problems = el.store.attempt();
      await el.updateComplete;
      return { valid: problems.length === 0, errors: problems.length };
    },
    // The precompiled submission validator of the same form (caf-forms build), on its envelope:
    // what a server (or a host page) runs.
    async precompiled(url) {
      const { validate } = await import(url);
      const def = el.store.model.definition;
      const now = new Date().toISOString();
      const envelope = {
        formId: def.id,
        formVersion: def.version,
        submissionId: crypto.randomUUID(),
        startedAt: now,
        submittedAt: now,
        data: el.store.data(),
        computed: el.store.computed(),
      };
      return () => {
        const valid = validate(envelope);
        return { valid, errors: validate.errors?.length ?? 0 };
      };
    },
    // For the real forms: the text inputs and textareas shown.
    textInputs: () => [...root.querySelectorAll('input.govuk-input, textarea')],
  };
}
