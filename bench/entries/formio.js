// Form.io: @formio/js renders the form JSON.
import { Formio } from '@formio/js';

export async function mount(container, schema, data) {
  const form = await Formio.createForm(container, schema, { noAlerts: true });
  if (data) await form.setSubmission({ data });
  return {
    root: container,
    input: (i) => container.querySelector(`input[name="data[f${i}]"]`),
    value: (i) => form.data[`f${i}`],
    // What submit runs before posting: validate every component (dirty, so errors are shown).
    async validate() {
      const valid = form.checkValidity(form.data, true);
      return { valid, errors: form.errors?.length ?? 0 };
    },
  };
}
