// Writes a definition as JSON laid out like the file it came from, so that a saved edit shows in
// a diff as only what changed. The files in forms/ are laid out by hand (several short keys on
// one line, options as one-line objects), which JSON.stringify would undo on every save.
//
// How: parse the original text, keeping each object's and array's whitespace. When writing the
// new value, a subtree equal to one in the original is copied from it verbatim (re-indented if
// it moved to another depth); a changed object or array reuses the whitespace its counterpart
// had before each key or element (same line or a new line), so a changed label stays where it
// was. New keys and elements follow the style of their neighbours. Pure: no DOM, no Node API
// (used by the designer in the browser and by the save endpoint in .storybook/).

interface Span {
  start: number;
  end: number;
  /** Spaces at the start of the line where the value starts. */
  indent: number;
}
interface Member {
  key: string;
  /** The whitespace between the previous ',' (or '{') and the key. */
  lead: string;
  value: Parsed;
}
interface Element {
  lead: string;
  value: Parsed;
}
type Parsed =
  (Span & { kind: 'object'; members: Member[]; tail: string }) | (Span & { kind: 'array'; elements: Element[]; tail: string }) | (Span & { kind: 'scalar' });

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** Parses JSON text, keeping positions and the whitespace around members. Throws on bad JSON. */
function parse(text: string): Parsed {
  let at = 0;
  const lineIndent = (pos: number): number => {
    const lineStart = text.lastIndexOf('\n', pos - 1) + 1;
    let n = 0;
    while (text[lineStart + n] === ' ') n++;
    return n;
  };
  const space = (): string => {
    const from = at;
    while (at < text.length && ' \t\n\r'.includes(text[at]!)) at++;
    return text.slice(from, at);
  };
  const string = (): string => {
    const from = at;
    at++;
    while (text[at] !== '"') at += text[at] === '\\' ? 2 : 1;
    at++;
    return JSON.parse(text.slice(from, at)) as string;
  };
  const value = (): Parsed => {
    const start = at;
    const indent = lineIndent(start);
    const c = text[at];
    if (c === '{') {
      at++;
      const members: Member[] = [];
      let lead = space();
      if (text[at] === '}') {
        at++;
        return { kind: 'object', start, end: at, indent, members, tail: lead };
      }
      for (;;) {
        const key = string();
        space();
        at++; // ':'
        space();
        members.push({ key, lead, value: value() });
        const after = space();
        if (text[at] === ',') {
          at++;
          lead = space();
          continue;
        }
        at++; // '}'
        return { kind: 'object', start, end: at, indent, members, tail: after };
      }
    }
    if (c === '[') {
      at++;
      const elements: Element[] = [];
      let lead = space();
      if (text[at] === ']') {
        at++;
        return { kind: 'array', start, end: at, indent, elements, tail: lead };
      }
      for (;;) {
        elements.push({ lead, value: value() });
        const after = space();
        if (text[at] === ',') {
          at++;
          lead = space();
          continue;
        }
        at++; // ']'
        return { kind: 'array', start, end: at, indent, elements, tail: after };
      }
    }
    if (c === '"') string();
    else while (at < text.length && !',}] \t\n\r'.includes(text[at]!)) at++;
    return { kind: 'scalar', start, end: at, indent };
  };
  JSON.parse(text); // reject bad JSON with JSON.parse's own message before walking it
  space();
  return value();
}

const canonical = (value: unknown): string => JSON.stringify(value);

/** Whitespace from the original, moved from its old indentation to a new one. */
function relead(lead: string, oldBase: number, newBase: number): string {
  const newline = lead.lastIndexOf('\n');
  if (newline === -1) return lead;
  const spaces = lead.length - newline - 1;
  // Blank lines between entries stay.
  const newlines = lead.split('\n').length - 1;
  return `${'\n'.repeat(newlines)}${' '.repeat(Math.max(0, newBase + spaces - oldBase))}`;
}

/** Identity of an array element across edits: its id, or an option's value. */
function identity(value: unknown): string | undefined {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return undefined;
  const v = value as Record<string, unknown>;
  if (typeof v.id === 'string') return `id:${v.id}`;
  if (typeof v.value === 'string') return `value:${v.value}`;
  return undefined;
}

export function formatLike(value: unknown, original: string | undefined): string {
  if (original === undefined) return `${JSON.stringify(value, null, 2)}\n`;
  const root = parse(original);
  const ending = /\s*$/.exec(original)?.[0] || '\n';

  // Every original object and array, by content, to copy unchanged subtrees verbatim.
  const verbatim = new Map<string, Parsed>();
  const index = (node: Parsed): void => {
    if (node.kind === 'scalar') return;
    const key = canonical(JSON.parse(original.slice(node.start, node.end)));
    if (!verbatim.has(key)) verbatim.set(key, node);
    if (node.kind === 'object') node.members.forEach((m) => index(m.value));
    else node.elements.forEach((e) => index(e.value));
  };
  index(root);

  const copy = (node: Parsed, indent: number): string =>
    original
      .slice(node.start, node.end)
      .split('\n')
      .map((line, i) => (i === 0 ? line : line.startsWith(' '.repeat(node.indent)) ? ' '.repeat(indent) + line.slice(node.indent) : line))
      .join('\n');

  /** `indent`: the spaces of the line this value starts on. */
  const write = (v: Json, style: Parsed | undefined, indent: number): string => {
    if (v !== null && typeof v === 'object') {
      const same = verbatim.get(canonical(v));
      if (same) return copy(same, indent);
    } else {
      // A scalar written as before keeps its spelling (e.g. an escaped character).
      if (style?.kind === 'scalar' && canonical(JSON.parse(original.slice(style.start, style.end))) === canonical(v))
        return original.slice(style.start, style.end);
      return JSON.stringify(v);
    }
    const base = style?.indent ?? indent;
    const newLine = `\n${' '.repeat(indent + 2)}`;
    const childIndent = (lead: string): number => (lead.includes('\n') ? lead.length - lead.lastIndexOf('\n') - 1 : indent);

    if (Array.isArray(v)) {
      if (v.length === 0) return '[]';
      const old = style?.kind === 'array' ? style.elements : undefined;
      const parts = v.map((element, i) => {
        const id = identity(element);
        const match = old?.find((e) => id !== undefined && identity(JSON.parse(original.slice(e.value.start, e.value.end))) === id) ?? old?.[i];
        // The whitespace before element i: as the original had it at that position (first, or later).
        const position = old?.[Math.min(i, old.length - 1)];
        let lead = position ? relead(position.lead, base, indent) : newLine;
        // A second element where the original had one: on a new line only if the first was.
        if (i > 0 && old!.length === 1) lead = position!.lead.includes('\n') ? lead : ' ';
        return lead + write(element, match?.value ?? old?.[0]?.value, childIndent(lead));
      });
      const tail = style?.kind === 'array' ? relead(style.tail, base, indent) : `\n${' '.repeat(indent)}`;
      return `[${parts.join(',')}${tail}]`;
    }

    const entries = Object.entries(v);
    if (entries.length === 0) return '{}';
    const old = style?.kind === 'object' ? style.members : undefined;
    const parts = entries.map(([key, member], i) => {
      const at = old?.findIndex((m) => m.key === key) ?? -1;
      let lead: string;
      if (old && at >= 0 && (at === 0) === (i === 0)) lead = relead(old[at]!.lead, base, indent);
      else if (old && i === 0) lead = relead(old[0]!.lead, base, indent);
      else if (old && old.length > 1 && !old.some((m, j) => j > 0 && m.lead.includes('\n')))
        lead = relead(old[1]!.lead, base, indent); // a one-line object stays on one line
      else lead = newLine;
      return `${lead}${JSON.stringify(key)}: ${write(member, at >= 0 ? old![at]!.value : undefined, childIndent(lead))}`;
    });
    const tail = style?.kind === 'object' ? relead(style.tail, base, indent) : `\n${' '.repeat(indent)}`;
    return `{${parts.join(',')}${tail}}`;
  };

  return write(value as Json, root, root.indent) + ending;
}
