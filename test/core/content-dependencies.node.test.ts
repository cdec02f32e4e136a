// What a section's content reads, so that the element re-renders it only when that changes.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { type FormDefinition, contentDependencies } from '@caf-forms/core';

const definition: FormDefinition = {
  $schema: '../packages/core/schema/definition.schema.json',
  id: 'reads',
  version: '1.0.0',
  title: 'Reads',
  computed: [
    { id: 'yeses', label: 'Yes answers', count: { of: ['risks'], equals: 'yes' } },
    { id: 'score', label: 'Score', sum: ['confidence', 'yeses'] },
  ],
  sections: [
    {
      id: 'questions',
      title: 'Questions',
      items: [
        { type: 'text', id: 'name', label: 'Name' },
        { type: 'rating', id: 'confidence', label: 'Confidence' },
        {
          type: 'grid',
          id: 'risks',
          label: 'Risks',
          columns: [
            { value: 'yes', label: 'Yes' },
            { value: 'no', label: 'No' },
          ],
          rows: [{ id: 'harm', label: 'Harm' }],
        },
      ],
    },
    { id: 'summary', title: 'Summary', items: [{ type: 'computed', computed: 'score', label: 'Score' }] },
    {
      id: 'note',
      title: 'Note',
      items: [
        { type: 'paragraph', text: 'Thank you', visibleWhen: { field: 'risks.harm', equals: 'yes' } },
        { type: 'computed', computed: 'yeses', label: 'Yes answers' },
      ],
    },
    { id: 'letter', title: 'Letter', items: [{ type: 'letter', paragraphs: [{ text: 'Dear {name}' }] }] },
  ],
};
const section = (id: string) => definition.sections.find((s) => s.id === id)!;

describe('contentDependencies', () => {
  it('is empty for a section of questions only', () => {
    assert.deepEqual(contentDependencies(definition, section('questions')), new Set());
  });

  it('follows a computed value through the values it adds up, to the fields', () => {
    assert.deepEqual(contentDependencies(definition, section('summary')), new Set(['score', 'confidence', 'yeses', 'risks']));
  });

  it('reads the fields of conditional text, and of each read-out', () => {
    assert.deepEqual(contentDependencies(definition, section('note')), new Set(['risks', 'yeses']));
  });

  it('says a letter can read any answer', () => {
    assert.equal(contentDependencies(definition, section('letter')), 'any');
  });
});
