// The closure letter's delete-as-applicable 'you/the child and family' is a real choice: the
// printed letter says whichever the first sentence chose, never the slash.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { FormStore, fillLetter, translate, type LetterContent } from '@caf-forms/core';
import { formFixtures } from '../support/samples.js';

const fixture = formFixtures().find((f) => f.definition.id === 'outcome-closure-letter')!;
const letter = fixture.definition.sections.flatMap((s) => s.items).find((i): i is LetterContent => i.type === 'letter')!;

function lettered(withWhom: 'you' | 'named'): string {
  const data = structuredClone(fixture.valid.data) as Record<string, Record<string, unknown>>;
  data.letter = { ...data.letter, withWhom, outcome: 'enclosePlan', enclosure: 'tacinNotes' };
  if (withWhom === 'named') data.letter.childAndFamilyName = 'Mia Holt and her family';
  else delete data.letter.childAndFamilyName;
  return fillLetter(letter, new FormStore(fixture.definition, { data }), translate).join('\n');
}

describe('the closure letter', () => {
  it('says "you" when the letter is to the family it concluded with', () => {
    const text = lettered('you');
    assert.match(text, /concluded their .+ with you\./);
    assert.match(text, /support is still available to you\./);
    assert.doesNotMatch(text, /\//);
  });

  it('says "the child and family" when the letter names them', () => {
    const text = lettered('named');
    assert.match(text, /with Mia Holt and her family\./);
    assert.match(text, /support is still available to the child and family\./);
    assert.doesNotMatch(text, /you\/|\/the child/);
  });
});
