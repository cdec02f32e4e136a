// Where each value of a JSON text is, by JSON pointer, so that a problem checkDefinition reports
// at "/sections/0/items/2/type" can be highlighted in the designer's own text. Only called on
// text that JSON.parse accepted (syntax errors are located by core's locateJsonError).

export interface Place {
  start: number;
  end: number;
}

export function jsonPlaces(text: string): Map<string, Place> {
  const places = new Map<string, Place>();
  let i = 0;
  const space = (): void => {
    while (i < text.length && ' \t\n\r'.includes(text[i]!)) i++;
  };
  const string = (): string => {
    const start = i++;
    while (text[i] !== '"') i += text[i] === '\\' ? 2 : 1;
    i++;
    return JSON.parse(text.slice(start, i)) as string;
  };
  const value = (pointer: string): void => {
    space();
    const start = i;
    const c = text[i];
    if (c === '{') {
      i++;
      space();
      while (text[i] !== '}') {
        space();
        const key = string();
        space();
        i++; // ':'
        value(`${pointer}/${key.replace(/~/g, '~0').replace(/\//g, '~1')}`);
        space();
        if (text[i] === ',') i++;
        space();
      }
      i++;
    } else if (c === '[') {
      i++;
      space();
      for (let index = 0; text[i] !== ']'; index++) {
        value(`${pointer}/${index}`);
        space();
        if (text[i] === ',') i++;
        space();
      }
      i++;
    } else if (c === '"') {
      string();
    } else {
      while (i < text.length && !',]} \t\n\r'.includes(text[i]!)) i++;
    }
    places.set(pointer, { start, end: i });
  };
  value('');
  return places;
}

/** The place of a pointer, or of its nearest ancestor when it names something missing. */
export function placeOf(places: Map<string, Place>, pointer: string): Place | undefined {
  for (let p = pointer; ; p = p.slice(0, p.lastIndexOf('/'))) {
    const place = places.get(p);
    if (place || p === '') return place;
  }
}

/** 1-based line and column of an offset, as editors count them. */
export function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  return { line: before.split('\n').length, column: offset - before.lastIndexOf('\n') };
}
