// The same form in each contender's own format: N short-text fields, all required, in
// sections of 20 ("Section 1" holds "Field 1" … "Field 20"). Field i has the id/name/key `fi`
// and section j the id `sj`; answers of a completed form are "Answer i".

export const SECTION_SIZE = 20;

function sections(n) {
  const out = [];
  for (let start = 1; start <= n; start += SECTION_SIZE) {
    const j = out.length + 1;
    const fields = [];
    for (let i = start; i < Math.min(start + SECTION_SIZE, n + 1); i++) fields.push({ id: `f${i}`, label: `Field ${i}` });
    out.push({ id: `s${j}`, title: `Section ${j}`, fields });
  }
  return out;
}

/** caf-forms: a definition (packages/core/schema/definition.schema.json). */
export function caf(n) {
  return {
    $schema: '../../../packages/core/schema/definition.schema.json',
    id: `bench-${n}`,
    version: '1.0.0',
    title: `Benchmark form with ${n} fields`,
    sections: sections(n).map((s) => ({
      id: s.id,
      title: s.title,
      items: s.fields.map((f) => ({ type: 'text', id: f.id, label: f.label, required: true })),
    })),
  };
}

/** The bare Lit floor: its own minimal shape. */
export function lit(n) {
  return { sections: sections(n) };
}

/** SurveyJS: one page, a panel per section; answers update on every key, as caf-forms does. */
export function surveyjs(n) {
  return {
    title: `Benchmark form with ${n} fields`,
    textUpdateMode: 'onTyping',
    pages: [
      {
        name: 'page1',
        elements: sections(n).map((s) => ({
          type: 'panel',
          name: s.id,
          title: s.title,
          elements: s.fields.map((f) => ({ type: 'text', name: f.id, title: f.label, isRequired: true })),
        })),
      },
    ],
  };
}

/** Form.io: a panel per section, then the submit button. */
export function formio(n) {
  return {
    display: 'form',
    components: [
      ...sections(n).map((s) => ({
        type: 'panel',
        key: s.id,
        title: s.title,
        input: false,
        components: s.fields.map((f) => ({ type: 'textfield', key: f.id, label: f.label, input: true, validate: { required: true } })),
      })),
      { type: 'button', key: 'submit', label: 'Submit', action: 'submit', input: true, disableOnInvalid: false },
    ],
  };
}

/** JSON Forms: a flat JSON Schema (required, minLength 1 so '' is an error too) and a UI schema with a Group per section. */
export function jsonforms(n) {
  const all = sections(n);
  const properties = {};
  for (const s of all) for (const f of s.fields) properties[f.id] = { type: 'string', title: f.label, minLength: 1 };
  return {
    schema: { type: 'object', properties, required: Object.keys(properties) },
    uischema: {
      type: 'VerticalLayout',
      elements: all.map((s) => ({
        type: 'Group',
        label: s.title,
        elements: s.fields.map((f) => ({ type: 'Control', scope: `#/properties/${f.id}` })),
      })),
    },
  };
}

/** react-jsonschema-form: JSON Schema, an object (a fieldset with a title) per section. */
export function rjsf(n) {
  const properties = {};
  for (const s of sections(n)) {
    const fields = {};
    for (const f of s.fields) fields[f.id] = { type: 'string', title: f.label, minLength: 1 };
    properties[s.id] = { type: 'object', title: s.title, properties: fields, required: Object.keys(fields) };
  }
  return { schema: { type: 'object', title: `Benchmark form with ${n} fields`, properties, required: Object.keys(properties) } };
}

export const formats = { caf, lit, surveyjs, formio, jsonforms, rjsf };

/** A completed form's answers, nested by section (caf-forms, rjsf) or flat (the others). */
export function answers(n, nested) {
  const out = {};
  for (const s of sections(n)) {
    const target = nested ? (out[s.id] = {}) : out;
    for (const f of s.fields) target[f.id] = `Answer ${f.id.slice(1)}`;
  }
  return out;
}
