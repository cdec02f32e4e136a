// The answers in words: what "Check your answers" and the printable document show. One
// walk of the definition turns each shown answer into text a family can read (option labels,
// not values; dates as "27 March 2014"), grids and repeatable groups into tables.
import type { ContentItem, Field, Item, LetterContent, MatrixContent, RepeatField, Section } from './definition.js';
import { isField } from './definition.js';
import { computedText } from './computed.js';
import { revealsOf } from './model.js';
import { labelOf, text } from './answer-text.js';
import { answerLines } from './fields/index.js';
import { fillLetter } from './letter.js';
import type { Translate } from './i18n.js';
import type { FormStore } from './store.js';

export type DocumentEntry =
  /** One answer; `lines` is empty when the question was shown but not answered. */
  | { kind: 'answer'; fieldId: string; label: string; lines: string[] }
  /**
   * A grid or a repeatable group: column headings and one row of cells per row. A repeatable
   * group's rows are its items, named by `itemLabel` ("Professional" → "Professional 1").
   */
  | { kind: 'table'; fieldId: string; label: string; columns: string[]; rows: string[][]; itemLabel?: string }
  | { kind: 'heading'; text: string }
  | { kind: 'computed'; label: string; text: string }
  | { kind: 'matrix'; item: MatrixContent }
  /** A letter, its placeholders filled from the answers. */
  | { kind: 'letter'; paragraphs: string[] };

export interface DocumentSection {
  id: string;
  title: string;
  entries: DocumentEntry[];
}

/**
 * Every shown section of the form with its answers in words, in the definition's order. A
 * form with letters is a letter writer: its document is the letters, filled in.
 */
export function documentOf(store: FormStore, t: Translate): DocumentSection[] {
  const letters = lettersOf(store);
  if (letters.length)
    return letters.map(({ section, letter }) => ({
      id: section.id,
      title: letter.label ?? section.title,
      entries: [{ kind: 'letter', paragraphs: fillLetter(letter, store, t) }],
    }));
  return store.model.definition.sections
    .filter((section) => store.isSectionVisible(section.id))
    .map((section: Section) => ({ id: section.id, title: section.title, entries: entriesOf(section.items, store, t) }));
}

function lettersOf(store: FormStore): { section: Section; letter: LetterContent }[] {
  return store.model.definition.sections
    .filter((section) => store.isSectionVisible(section.id))
    .flatMap((section) =>
      section.items.filter((item): item is LetterContent => item.type === 'letter' && store.isContentVisible(item)).map((letter) => ({ section, letter })),
    );
}

function entriesOf(items: readonly Item[], store: FormStore, t: Translate): DocumentEntry[] {
  const out: DocumentEntry[] = [];
  for (const item of items) {
    if (!isField(item)) {
      const entry = contentEntry(item, store);
      if (entry && store.isContentVisible(item)) out.push(entry);
      continue;
    }
    if (!store.isVisible(item.id)) continue;
    out.push(fieldEntry(item, store.answer(item.id), t));
    for (const reveal of revealsOf(item)) out.push(...entriesOf(reveal.items, store, t));
  }
  return out;
}

/** Guidance (paragraphs, insets, warnings, details) is not part of the record; these are. */
function contentEntry(item: ContentItem, store: FormStore): DocumentEntry | undefined {
  switch (item.type) {
    case 'heading':
      return { kind: 'heading', text: item.text };
    case 'computed': {
      const value = store.model.definition.computed?.find((c) => c.id === item.computed);
      return { kind: 'computed', label: item.label, text: value ? computedText(value, store.computedValue(value.id)) : '' };
    }
    case 'matrix':
      return { kind: 'matrix', item };
    default:
      return undefined;
  }
}

function fieldEntry(field: Field, answer: unknown, t: Translate): DocumentEntry {
  if (field.type === 'grid') {
    const value = (answer ?? {}) as Record<string, unknown>;
    const specifies = field.rows.some((r) => r.specify);
    return {
      kind: 'table',
      fieldId: field.id,
      label: field.label,
      columns: [t('form.question'), t('form.answer'), ...(specifies ? [t('form.details')] : [])],
      rows: field.rows.map((row) => [
        `${row.number ? `${row.number}. ` : ''}${row.label}`,
        labelOf(field.columns, value[row.id]) || t('form.notAnswered'),
        ...(specifies ? [row.specify ? text(value[row.specify.id]) : ''] : []),
      ]),
    };
  }
  if (field.type === 'repeat') return repeatEntry(field, answer, t);
  return { kind: 'answer', fieldId: field.id, label: field.label, lines: answerLines(field, answer, t) };
}

function repeatEntry(field: RepeatField, answer: unknown, t: Translate): DocumentEntry {
  const rows = Array.isArray(answer) ? (answer as Record<string, unknown>[]) : [];
  // Follow-up questions of a row's fields are columns too, after the field they follow.
  const columns = field.items.flatMap((item) => [item, ...revealsOf(item).flatMap((r) => r.items)]).filter(isField);
  return {
    kind: 'table',
    fieldId: field.id,
    label: field.label,
    columns: columns.map((c) => c.label),
    rows: rows.map((row) => columns.map((c) => answerLines(c, row[c.id], t).join(', '))),
    itemLabel: field.itemLabel,
  };
}
