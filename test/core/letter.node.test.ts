// Letters: placeholders filled with answers in words, rows joined, blanks shown in brackets,
// paragraphs chosen by the answers; a letter form's document is the letter.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { FormStore, checkDefinition, documentOf, letterParts, translate } from '@caf-forms/core';

const checked = checkDefinition({
  $schema: 'x',
  id: 'letter',
  version: '1.0.0',
  title: 'A letter',
  sections: [
    {
      id: 'q',
      title: 'Questions',
      items: [
        { type: 'text', id: 'name', label: 'Name' },
        { type: 'date', id: 'when', label: '[date]' },
        {
          type: 'radios',
          id: 'basis',
          label: 'Basis',
          options: [
            { value: 'consent', label: 'Consent' },
            { value: 'duty', label: 'Duty' },
          ],
        },
        { type: 'repeat', id: 'kids', label: 'Children', itemLabel: 'Child', items: [{ type: 'text', id: 'kid', label: 'Child name' }] },
      ],
    },
    {
      id: 'l',
      title: 'Your letter',
      items: [
        {
          type: 'letter',
          paragraphs: [
            { text: 'Dear {name}, on {when} about {kids.kid}.' },
            { text: 'With consent {{as agreed}}.', visibleWhen: { field: 'basis', equals: 'consent' } },
            { text: 'Under our duty.', visibleWhen: { field: 'basis', equals: 'duty' } },
          ],
        },
      ],
    },
  ],
});
if (!checked.ok) throw new Error(JSON.stringify(checked.problems));
const letterOf = (data: Record<string, unknown>): string[] => {
  const store = new FormStore(checked.definition, { data: { q: data } });
  const [section] = documentOf(store, translate);
  const entry = section?.entries[0];
  assert.equal(entry?.kind, 'letter');
  return entry.kind === 'letter' ? entry.paragraphs : [];
};

describe('letters', () => {
  it('splits placeholders from text, with doubled braces as literal braces', () => {
    assert.deepEqual(letterParts('a {x} {{b}} {y.z}'), [{ text: 'a ' }, { ref: 'x' }, { text: ' {b} ' }, { ref: 'y.z' }]);
  });

  it('fills answers in words, joins rows with "and", and picks paragraphs by the answers', () => {
    assert.deepEqual(letterOf({ name: 'Ms Holt', when: '2026-11-09', basis: 'consent', kids: [{ kid: 'Mia' }, { kid: 'Leo' }, { kid: 'Ava' }] }), [
      'Dear Ms Holt, on 9 November 2026 about Mia, Leo and Ava.',
      'With consent {as agreed}.',
    ]);
  });

  it('shows a blank as its label in brackets until it is answered', () => {
    assert.deepEqual(letterOf({ basis: 'duty' }), ['Dear [Name], on [date] about [Child name].', 'Under our duty.']);
  });
});
