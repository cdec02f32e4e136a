// The check behind "says nothing the seed does not say": an invented hint is caught, a declared
// one or the seed's own text passes, and a letter's placeholders are not wording.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { checkedTexts, declaredTexts, undeclaredRest } from './declared-additions.js';

const form = {
  notes: ['Seed: Peterborough.', 'Added (product wording): “For example, 10 11 2026”; “Select all that apply.”', 'Dropped: “not a declaration”'],
  sections: [
    {
      id: 's',
      title: 'Not checked: a title',
      guidance: 'Seed guidance.',
      items: [
        { type: 'date', id: 'd', label: 'Not checked: a question', hint: 'For example, 10 11 2026' },
        {
          type: 'radios',
          id: 'r',
          label: 'Q',
          hint: 'Select all that apply.',
          options: [
            { value: 'a', label: 'Seed option' },
            { value: 'b', label: 'Invented option', hint: 'Invented hint' },
          ],
        },
        { type: 'letter', id: 'l', paragraphs: [{ text: 'Dear {name}, seed letter.' }] },
      ],
    },
  ],
  computed: [{ id: 'c', label: 'not shown as wording', firstMatch: [], otherwise: { value: 'x', text: 'not checked' } }],
};

describe('declared additions', () => {
  it('reads the texts named in "Added" and "Reworded" notes only', () => {
    assert.deepEqual(declaredTexts(form.notes), ['For example, 10 11 2026', 'Select all that apply.']);
    assert.deepEqual(declaredTexts(['Reworded (Sally is the case-study child): “the child/young person”']), ['the child/young person']);
  });

  it('checks hints, option labels and content, not question labels, titles or computed values', () => {
    assert.deepEqual(
      checkedTexts(form).map((t) => t.text),
      ['Seed guidance.', 'For example, 10 11 2026', 'Select all that apply.', 'Seed option', 'Invented option', 'Invented hint', 'Dear {name}, seed letter.'],
    );
  });

  it('finds what is neither seed wording nor declared', () => {
    const phrases = ['Seed guidance.', 'Seed option', 'Dear', 'seed letter.', ...declaredTexts(form.notes)];
    const rest = checkedTexts(form)
      .map((t) => undeclaredRest(t.text, phrases))
      .filter((r) => r !== '');
    assert.deepEqual(rest, ['Invented option', 'Invented hint']);
  });

  it("takes out a letter's placeholders before the phrases, so a phrase cannot break one up", () => {
    assert.equal(undeclaredRest('their {assessmentOrInvolvement} with you', ['their', 'assessment', 'with you']), '');
  });

  it('does not let a seed phrase cover a text that adds words to it', () => {
    assert.equal(undeclaredRest('Notify the CAF Coordinator of these needs.', ['Notify the CAF Coordinator']), 'of these needs.');
    assert.equal(undeclaredRest('Notify the CAF Coordinator of the above', ['Notify the CAF Coordinator of the above']), '');
  });
});
