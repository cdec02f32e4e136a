// A designer or a CLI user pasting a broken definition is told where and what, in words.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { locateJsonError } from '@caf-forms/core';

describe('locateJsonError', () => {
  const rows: [text: string, line: number, column: number, message: RegExp][] = [
    ['{\n  "id": "x",\n  "title": oops\n}', 3, 12, /unexpected character \(found 'o'\)/],
    ['{"a":1,}', 1, 8, /expected a property name in double quotes \(found '}'\)/],
    ['{"a" 1}', 1, 6, /expected ':' after the property name/],
    ['{\n"a":1', 2, 6, /expected ',' or '}' \(found the end of the text\)/],
    ['// note\n{}', 1, 1, /comments are not allowed in JSON/],
    ['{"a":"one\ntwo"}', 1, 6, /a string is not closed with " before the end of its line/],
  ];
  for (const [text, line, column, message] of rows) {
    it(`${JSON.stringify(text)} → line ${line}, column ${column}`, () => {
      const where = locateJsonError(text);
      assert.ok(where, 'an error is found');
      assert.deepEqual([where.line, where.column], [line, column]);
      assert.match(where.message, message);
    });
  }

  it('says nothing about valid JSON', () => {
    assert.equal(locateJsonError('{"a": [1, 2.5e3, "x", true, null]}'), undefined);
  });
});
