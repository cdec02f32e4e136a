// A small form whose conditions read answers that have conditions of their own (a follow-up of
// a follow-up, a question in a section that can be hidden, the same inside a repeatable
// group's rows), for the tests that hold the engine and the compiled schema to the same problems.
import type { FormDefinition } from '@caf-forms/core';

export const chained: FormDefinition = {
  $schema: '../packages/core/schema/definition.schema.json',
  id: 'chained',
  version: '1.0.0',
  title: 'Chained conditions',
  sections: [
    {
      id: 'first',
      title: 'First',
      items: [
        {
          type: 'radios',
          id: 'kind',
          label: 'Kind',
          required: true,
          options: [
            { value: 'a', label: 'A' },
            { value: 'b', label: 'B' },
          ],
        },
        { type: 'text', id: 'detail', label: 'Detail', visibleWhen: { field: 'kind', equals: 'b' } },
        { type: 'yesno', id: 'detailCheck', label: 'Checked the detail?', required: true, visibleWhen: { field: 'detail', filled: true } },
        { type: 'text', id: 'noDetail', label: 'Why no detail', requiredWhen: { field: 'detail', empty: true } },
        { type: 'text', id: 'notSecond', label: 'Not second', visibleWhen: { field: 'secondAnswer', notEquals: 'yes' } },
        {
          type: 'grid',
          id: 'grid',
          label: 'Grid',
          columns: [
            { value: 'yes', label: 'Yes' },
            { value: 'no', label: 'No' },
          ],
          rows: [
            { id: 'r1', label: 'Row 1', specify: { id: 'r1Specify', label: 'Details of row 1', showFor: ['yes'] } },
            { id: 'r2', label: 'Row 2' },
          ],
        },
        {
          type: 'repeat',
          id: 'people',
          label: 'People',
          itemLabel: 'Person',
          minItems: 2,
          maxItems: 3,
          items: [
            { type: 'text', id: 'name', label: 'Name', required: true, errorSubject: 'the name' },
            {
              type: 'radios',
              id: 'role',
              label: 'Role',
              options: [
                { value: 'lead', label: 'Lead' },
                { value: 'other', label: 'Other' },
              ],
            },
            { type: 'text', id: 'roleOther', label: 'Other role', visibleWhen: { field: 'role', equals: 'other' } },
            { type: 'yesno', id: 'roleChecked', label: 'Role checked?', required: true, visibleWhen: { field: 'roleOther', filled: true } },
            {
              type: 'checkboxes',
              id: 'needs',
              label: 'Needs',
              options: [
                { value: 'x', label: 'X' },
                { value: 'y', label: 'Y' },
              ],
            },
            { type: 'text', id: 'needsDetail', label: 'Needs in detail', required: true, visibleWhen: { field: 'needs', filled: true } },
          ],
        },
      ],
    },
    {
      id: 'second',
      title: 'Second',
      visibleWhen: { field: 'kind', equals: 'a' },
      items: [{ type: 'yesno', id: 'secondAnswer', label: 'Second answer' }],
    },
  ],
};
