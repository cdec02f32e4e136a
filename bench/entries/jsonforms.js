// JSON Forms: @jsonforms/react with the vanilla renderers (React 19).
import { createElement as h } from 'react';
import { createRoot } from 'react-dom/client';
import { JsonForms } from '@jsonforms/react';
import { vanillaCells, vanillaRenderers } from '@jsonforms/vanilla-renderers';
import { createAjv, validate } from '@jsonforms/core';

export async function mount(container, { schema, uischema }, data) {
  const state = { data: data ?? {} };
  const root = createRoot(container);
  // ValidateAndHide: errors are computed on every change (its normal cost) but not shown before a
  // submit, as caf-forms does (GOV.UK timing).
  root.render(
    h(JsonForms, {
      schema,
      uischema,
      data: state.data,
      renderers: vanillaRenderers,
      cells: vanillaCells,
      validationMode: 'ValidateAndHide',
      onChange: ({ data }) => {
        state.data = data;
      },
    }),
  );
  let validator;
  return {
    root: container,
    input: (i) => document.getElementById(`#/properties/f${i}-input`),
    value: (i) => state.data[`f${i}`],
    // JSON Forms has no submit-time call: its core compiles the schema with ajv at start and
    // validates the whole data on every change. This is that validation, run once on the
    // completed data (the first call includes the compilation, as at start).
    async validate() {
      validator ??= createAjv().compile(schema);
      const errors = validate(validator, state.data);
      return { valid: errors.length === 0, errors: errors.length };
    },
  };
}
