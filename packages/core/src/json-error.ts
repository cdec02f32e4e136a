// Where a JSON text goes wrong, as a line and column: JSON.parse's own message has no position
// in some engines (Node 20), and a designer pasting a definition needs one. The scanning is
// jsonc-parser's (the parser VS Code uses, strict JSON here: no comments, no trailing commas);
// this module only words its error codes for a person.
import { type ParseError, parse, printParseErrorCode } from 'jsonc-parser';

export interface JsonErrorLocation {
  line: number;
  column: number;
  message: string;
}

/** By jsonc-parser's error names (its ParseErrorCode is a const enum, which isolated modules cannot read). */
const WORDS: Record<string, string> = {
  InvalidSymbol: 'unexpected character',
  InvalidNumberFormat: 'not a valid number',
  PropertyNameExpected: 'expected a property name in double quotes',
  ValueExpected: 'expected a value (a string in double quotes, a number, true, false, null, an object or a list)',
  ColonExpected: "expected ':' after the property name",
  CommaExpected: "expected ','",
  CloseBraceExpected: "expected ',' or '}'",
  CloseBracketExpected: "expected ',' or ']'",
  EndOfFileExpected: 'unexpected text after the end of the JSON',
  InvalidCommentToken: 'comments are not allowed in JSON',
  UnexpectedEndOfComment: 'comments are not allowed in JSON',
  UnexpectedEndOfString: 'a string is not closed with " before the end of its line',
  UnexpectedEndOfNumber: 'a number is cut short',
  InvalidUnicode: 'a \\u escape needs four hexadecimal digits',
  InvalidEscapeCharacter: 'unknown escape after \\ in a string',
  InvalidCharacter: 'line break or control character inside a string',
};

/** Returns undefined for valid JSON; otherwise the first place it goes wrong. */
export function locateJsonError(text: string): JsonErrorLocation | undefined {
  const errors: ParseError[] = [];
  parse(text, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
  const first = errors[0];
  if (!first) return undefined;
  const before = text.slice(0, first.offset);
  const found = first.offset < text.length ? ` (found ${describe(text[first.offset])})` : ' (found the end of the text)';
  return {
    line: before.split('\n').length,
    column: first.offset - before.lastIndexOf('\n'),
    message: `${WORDS[printParseErrorCode(first.error)] ?? 'not valid JSON'}${found}`,
  };
}

function describe(c: string | undefined): string {
  return c === '\n' ? 'a line break' : `'${c}'`;
}
