// XLIFF 2.0 (OASIS), the exchange format translation tools read: one <unit> per text, its id
// the entry's key, the English as <source>, the translation as <target>. On import, a target is
// taken only if its <source> is the English the form has now: a file sent to a translator
// before the English changed cannot bring in a translation of the old words.
import { textHash, type FormDefinition, type TranslationFile, translatableUnits } from '@caf-forms/core';

const XLIFF_NS = 'urn:oasis:names:tc:xliff:document:2.0';

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

function unescapeXml(text: string): string {
  return text.replace(/&(lt|gt|quot|apos|amp|#(\d+)|#x([0-9a-fA-F]+));/g, (whole, name: string, dec?: string, hex?: string) => {
    if (dec) return String.fromCodePoint(Number(dec));
    if (hex) return String.fromCodePoint(parseInt(hex, 16));
    return ({ lt: '<', gt: '>', quot: '"', apos: "'", amp: '&' } as Record<string, string>)[name] ?? whole;
  });
}

export function exportXliff(definition: FormDefinition, file: TranslationFile): string {
  const units = translatableUnits(definition).map((unit) => {
    const entry = file.entries[unit.key];
    const current = entry?.text && entry.source === textHash(unit.text);
    // A stale translation goes out as the starting point, marked so that the translator looks at it again.
    const state = !entry?.text ? 'initial' : current ? (file.status === 'reviewed' ? 'reviewed' : 'translated') : 'initial';
    const target = entry?.text ? `\n        <target>${escapeXml(entry.text)}</target>` : '';
    return `    <unit id="${escapeXml(unit.key)}">
      <segment state="${state}">
        <source>${escapeXml(unit.text)}</source>${target}
      </segment>
    </unit>`;
  });
  return `<?xml version="1.0" encoding="UTF-8"?>
<xliff xmlns="${XLIFF_NS}" version="2.0" srcLang="en" trgLang="${escapeXml(file.lang)}">
  <file id="${escapeXml(definition.id)}" original="${escapeXml(`${definition.id}.json`)}">
${units.join('\n')}
  </file>
</xliff>
`;
}

export interface XliffUnit {
  id: string;
  source: string;
  target?: string;
}

export interface ParsedXliff {
  form: string;
  lang: string;
  units: XliffUnit[];
}

/**
 * Reads the XLIFF 2.0 this command writes (and what tools write back from it): units with one
 * segment of plain text. Inline markup (<ph/>, <pc>) is not part of what caf-forms exports.
 */
export function parseXliff(xml: string): ParsedXliff {
  const root = /<xliff\b([^>]*)>/.exec(xml);
  if (!root || !/version="2\.\d"/.test(root[1]!)) throw new Error('not an XLIFF 2 document');
  const lang = /trgLang="([^"]*)"/.exec(root[1]!)?.[1];
  const form = /<file\b[^>]*\bid="([^"]*)"/.exec(xml)?.[1];
  if (!lang || !form) throw new Error('the XLIFF names no target language (trgLang) or file id');
  const units: XliffUnit[] = [];
  for (const match of xml.matchAll(/<unit\b[^>]*\bid="([^"]*)"[^>]*>([\s\S]*?)<\/unit>/g)) {
    const body = match[2]!;
    const source = /<source(?:\s[^>]*)?>([\s\S]*?)<\/source>/.exec(body)?.[1];
    const target = /<target(?:\s[^>]*)?>([\s\S]*?)<\/target>/.exec(body)?.[1];
    if (source === undefined) throw new Error(`unit "${unescapeXml(match[1]!)}" has no source`);
    if (/<(?!\/)/.test(source) || (target && /<(?!\/)/.test(target)))
      throw new Error(`unit "${unescapeXml(match[1]!)}" has inline markup, which caf-forms texts never have`);
    units.push({ id: unescapeXml(match[1]!), source: unescapeXml(source), ...(target !== undefined ? { target: unescapeXml(target) } : {}) });
  }
  return { form: unescapeXml(form), lang: unescapeXml(lang), units };
}

export interface ImportResult {
  file: TranslationFile;
  /** Keys whose translation changed. */
  changed: string[];
  /** Units whose source is not the form's English any more, or that the form does not have. */
  refused: string[];
}

/** The language file with the XLIFF's targets taken in (see the note at the top). */
export function importXliff(definition: FormDefinition, file: TranslationFile, xliff: ParsedXliff): ImportResult {
  const english = new Map(translatableUnits(definition).map((u) => [u.key, u.text]));
  const entries = { ...file.entries };
  const changed: string[] = [];
  const refused: string[] = [];
  for (const unit of xliff.units) {
    const now = english.get(unit.id);
    if (now === undefined || now.normalize('NFC') !== unit.source.normalize('NFC')) {
      refused.push(unit.id);
      continue;
    }
    if (unit.target === undefined || unit.target === '') continue;
    const source = textHash(now);
    const before = entries[unit.id];
    if (before?.text === unit.target && before.source === source) continue;
    entries[unit.id] = { text: unit.target, source };
    changed.push(unit.id);
  }
  // Changed words have not been reviewed, whatever the file said before.
  const { reviewedBy: _by, reviewedOn: _on, ...rest } = file;
  const status = changed.length ? { ...rest, status: 'draft' as const } : file;
  return { file: { ...status, entries }, changed, refused };
}
