// The example of each field type that a field story starts from: the first one in
// forms/example.json (which uses every type), with its answer from the example's sample.
import { type Field, type FormDefinition, isField } from '@caf-forms/core';
import { formDefinition, formSample } from './forms.js';

export interface FieldExample {
  field: Field;
  answer: unknown;
}

export function fieldExample(type: Field['type']): FieldExample {
  const definition = formDefinition('example');
  const sample = formSample('example');
  for (const section of definition.sections) {
    for (const item of section.items) {
      if (!isField(item) || item.type !== type) continue;
      const answers = sample?.data[section.id];
      return { field: item, answer: answers?.[item.id] };
    }
  }
  throw new Error(`forms/example.json has no ${type} field at the top level of a section`);
}

/** A one-field form: the states of a field story each render one. */
export function singleFieldForm(title: string, field: Field): FormDefinition {
  return {
    $schema: '../packages/core/schema/definition.schema.json',
    id: 'field-story',
    version: '1.0.0',
    title,
    sections: [{ id: 'story', title: `${title}: a ${field.type} field`, items: [field] }],
  };
}
