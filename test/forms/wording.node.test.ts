// Drift from the seeds is caught: forms/samples/<id>.wording.json lists the seed's texts in order
// (from ../shared/forms-inventory.md); each must appear, in that order, in the definition. The other
// way round, every hint, option and content text of a form is either the seed's (in that list) or
// declared in the form's notes, so an undeclared addition fails.
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { formFixtures } from '../support/samples.js';
import { checkedTexts, declaredTexts, undeclaredRest } from './declared-additions.js';
import { definitionTexts } from '@caf-forms/core';

for (const fixture of formFixtures()) {
  const file = new URL(`../../forms/samples/${fixture.definition.id}.wording.json`, import.meta.url);
  // every council form has a seed; only the made-up example has none
  it(`${fixture.file} has a seed-wording list, or no seed`, () => {
    assert.equal(existsSync(file), fixture.definition.source !== undefined);
  });
  if (!existsSync(file)) continue;
  describe(`${fixture.file} keeps the seed's wording`, () => {
    it("has every listed seed text, in the seed's order", () => {
      const wording = JSON.parse(readFileSync(file, 'utf8')) as string[];
      const texts = definitionTexts(fixture.definition);
      let at = 0;
      for (const phrase of wording) {
        const found = texts.findIndex((t, i) => i >= at && t.includes(phrase));
        assert.ok(found >= 0, `"${phrase}" is missing, or out of the seed's order (after text ${at}: "${texts[at - 1] ?? ''}")`);
        at = found;
      }
      assert.ok(wording.length >= 10, "list at least ten of the seed's texts");
    });

    it('says nothing the seed does not say unless its notes declare it', () => {
      const wording = JSON.parse(readFileSync(file, 'utf8')) as string[];
      const declared = declaredTexts(fixture.definition.notes);
      const undeclared = checkedTexts(fixture.definition)
        .map(({ path, text }) => ({ path, rest: undeclaredRest(text, [...wording, ...declared]) }))
        .filter(({ rest }) => rest !== '');
      assert.deepEqual(undeclared, [], 'add the seed\'s text to the wording list, or an "Added …: “text”" note');
    });

    it('declares only texts the form has (its notes stay true)', () => {
      const texts = definitionTexts(fixture.definition);
      const stale = declaredTexts(fixture.definition.notes).filter((d) => !texts.some((t) => t.includes(d)));
      assert.deepEqual(stale, []);
    });
  });
}
