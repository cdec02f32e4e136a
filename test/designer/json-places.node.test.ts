// The designer finds a reported problem's place in its own text by JSON pointer: every place
// jsonPlaces gives must hold exactly the value at that pointer, in every form of the repository.
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { describe, it } from 'node:test';
import { jsonPlaces, placeOf } from '../../stories/editor/json-places.js';

const valueAt = (root: unknown, pointer: string): unknown =>
  pointer
    .split('/')
    .slice(1)
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))
    .reduce<unknown>((v, key) => (v as Record<string, unknown>)[key], root);

describe('jsonPlaces', () => {
  for (const file of readdirSync('forms').filter((f) => f.endsWith('.json'))) {
    it(`${file}: each place holds the value at its pointer`, () => {
      const text = readFileSync(`forms/${file}`, 'utf8');
      const root = JSON.parse(text) as unknown;
      const places = jsonPlaces(text);
      assert.ok(places.size > 50, 'places for the whole definition');
      for (const [pointer, { start, end }] of places) assert.deepEqual(JSON.parse(text.slice(start, end)), valueAt(root, pointer), pointer);
    });
  }

  it('escapes "/" and "~" in keys as JSON pointers do, and falls back to the nearest ancestor', () => {
    const text = '{ "a/b": { "c~d": [10, { "e": true }] } }';
    const places = jsonPlaces(text);
    const at = (p: string): string => {
      const place = placeOf(places, p)!;
      return text.slice(place.start, place.end);
    };
    assert.equal(at('/a~1b/c~0d/0'), '10');
    assert.equal(at('/a~1b/c~0d/1/e'), 'true');
    assert.equal(at('/a~1b/c~0d/1/missing'), '{ "e": true }');
  });
});
