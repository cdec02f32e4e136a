// Where a JSON text goes wrong, as a line and column: JSON.parse's own message has no position
// in some engines (Node 20), and a designer pasting a definition needs one.

export interface JsonErrorLocation {
  line: number;
  column: number;
  message: string;
}

/** Returns undefined for valid JSON; otherwise the first place it goes wrong. */
export function locateJsonError(text: string): JsonErrorLocation | undefined {
  let i = 0;
  const fail = (message: string): never => {
    throw Object.assign(new Error(message), { offset: i });
  };
  const space = (): void => {
    while (i < text.length && ' \t\n\r'.includes(text[i]!)) i++;
  };
  const literal = (word: string): void => {
    if (text.startsWith(word, i)) i += word.length;
    else fail(`unexpected ${describe(text[i])}`);
  };
  const string = (): void => {
    i++;
    while (i < text.length && text[i] !== '"') {
      if (text[i] === '\\') i++;
      else if (text.charCodeAt(i) < 0x20) fail('line break or control character inside a string');
      i++;
    }
    if (i >= text.length) fail('a string is not closed with "');
    i++;
  };
  const number = (): void => {
    const m = /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/.exec(text.slice(i));
    if (!m) fail(`unexpected ${describe(text[i])}`);
    i += m![0].length;
  };
  const value = (): void => {
    space();
    const c = text[i];
    if (c === '{') return object();
    if (c === '[') return array();
    if (c === '"') return string();
    if (c === 't') return literal('true');
    if (c === 'f') return literal('false');
    if (c === 'n') return literal('null');
    if (c === '-' || (c !== undefined && c >= '0' && c <= '9')) return number();
    fail(`unexpected ${describe(c)}`);
  };
  const object = (): void => {
    i++;
    space();
    if (text[i] === '}') return void i++;
    for (;;) {
      space();
      if (text[i] !== '"') fail(`expected a property name in double quotes, found ${describe(text[i])}`);
      string();
      space();
      if (text[i] !== ':') fail(`expected ':' after the property name, found ${describe(text[i])}`);
      i++;
      value();
      space();
      if (text[i] === ',') { i++; continue; }
      if (text[i] === '}') return void i++;
      fail(`expected ',' or '}', found ${describe(text[i])}`);
    }
  };
  const array = (): void => {
    i++;
    space();
    if (text[i] === ']') return void i++;
    for (;;) {
      value();
      space();
      if (text[i] === ',') { i++; continue; }
      if (text[i] === ']') return void i++;
      fail(`expected ',' or ']', found ${describe(text[i])}`);
    }
  };
  try {
    value();
    space();
    if (i < text.length) fail(`unexpected ${describe(text[i])} after the end of the JSON`);
    return undefined;
  } catch (error) {
    const offset = (error as { offset: number }).offset;
    const before = text.slice(0, offset);
    return { line: before.split('\n').length, column: offset - before.lastIndexOf('\n'), message: (error as Error).message };
  }
}

function describe(c: string | undefined): string {
  return c === undefined ? 'end of text' : c === '\n' ? 'line break' : `'${c}'`;
}
