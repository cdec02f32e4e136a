// The designer writes a definition laid out like its file in forms/, so a saved edit shows in a
// diff as only what changed: unchanged files come back byte for byte, one edit changes one line,
// moved items keep their own layout, and new forms are JSON.stringify with two spaces.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { formatLike } from '../../stories/designer/format-like.js';

const FORMS = new URL('../../forms/', import.meta.url);
const files = readdirSync(FORMS).filter((f) => f.endsWith('.json'));
const read = (file: string): string => readFileSync(new URL(file, FORMS), 'utf8');
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = any;

function changedLines(before: string, after: string): number[] {
  const a = before.split('\n');
  const b = after.split('\n');
  assert.equal(b.length, a.length, 'same number of lines');
  return a.map((line, i) => (line === b[i] ? -1 : i)).filter((i) => i >= 0);
}

describe('formatLike', () => {
  it('gives back every file in forms/ byte for byte when nothing changed', () => {
    assert.ok(files.length > 10);
    for (const file of files) assert.equal(formatLike(JSON.parse(read(file)), read(file)), read(file), file);
  });

  it('changes one line when one label changes, in every form (hand-made layouts included)', () => {
    for (const file of files) {
      const text = read(file);
      const d: Json = JSON.parse(text);
      const item = d.sections[0].items.find((i: Json) => typeof i.label === 'string');
      if (!item) continue;
      item.label = 'A new label';
      const lines = changedLines(text, formatLike(d, text));
      assert.equal(lines.length, 1, file);
      assert.match(formatLike(d, text).split('\n')[lines[0]!]!, /"label": "A new label"/);
    }
  });

  it('moves an item with its own layout: swapping two one-line questions swaps two lines', () => {
    const text = read('consent.json');
    const d: Json = JSON.parse(text);
    const items = d.sections[1].items;
    [items[0], items[1]] = [items[1], items[0]];
    const out = formatLike(d, text);
    assert.equal(changedLines(text, out).length, 2);
    assert.deepEqual(JSON.parse(out), d);
  });

  it('writes a new option like its siblings, and a new question on lines of its own', () => {
    const text = read('consent.json');
    const d: Json = JSON.parse(text);
    d.sections[1].items.push({ type: 'text', id: 'extra', label: 'Extra' });
    d.sections[2].items[0].options.push({ value: 'maybe', label: 'Maybe' });
    const out = formatLike(d, text);
    assert.deepEqual(JSON.parse(out), d, 'the same value');
    assert.match(out, /\n {12}\{ "value": "maybe", "label": "Maybe" \}\n/);
    assert.ok(out.endsWith('\n'));
  });

  it('copies reordered sections as they were written', () => {
    const text = read('example.json');
    const d: Json = JSON.parse(text);
    d.sections.reverse();
    const out = formatLike(d, text);
    assert.deepEqual(JSON.parse(out), d);
    // Each section is copied as it was written: the lines of the file are the same lines, reordered.
    assert.deepEqual(out.split('\n').sort(), text.split('\n').sort(), 'no line is re-laid-out');
  });

  it('writes a form with no file as JSON.stringify with two spaces and a final newline', () => {
    const d = { id: 'x', sections: [{ id: 's', items: [] }] };
    assert.equal(formatLike(d, undefined), `${JSON.stringify(d, null, 2)}\n`);
  });
});
