// react-jsonschema-form: @rjsf/core with @rjsf/validator-ajv8 (React 19).
import { createElement as h, createRef } from 'react';
import { createRoot } from 'react-dom/client';
import Form from '@rjsf/core';
import validator from '@rjsf/validator-ajv8';

export async function mount(container, { schema }, data) {
  const state = { data: data ?? {} };
  const ref = createRef();
  const root = createRoot(container);
  root.render(
    h(Form, {
      ref,
      schema,
      validator,
      formData: state.data,
      noHtml5Validate: true,
      onChange: (e) => {
        state.data = e.formData;
      },
    }),
  );
  const section = (i) => `s${Math.ceil(i / 20)}`;
  return {
    root: container,
    input: (i) => document.getElementById(`root_${section(i)}_f${i}`),
    value: (i) => state.data[section(i)]?.[`f${i}`],
    // What its submit runs: validateForm() validates the whole form data and shows the errors.
    async validate() {
      const valid = ref.current.validateForm();
      return { valid, errors: valid ? 0 : (ref.current.state.errors?.length ?? 0) };
    },
  };
}
