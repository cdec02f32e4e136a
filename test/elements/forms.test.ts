// Every form in forms/ (found by the server, so a new form is covered without editing this
// file): it renders with no axe violations, empty and with its sample loaded, and its
// read-only document shows every answer of the sample in words.
import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import type { Field, FormDefinition, Item, SubmissionEnvelope } from '@caf-forms/core';
import { fetchJson, mount, root } from './helpers.js';

const ids = await executeServerCommand<string[], undefined>('caf-form-ids');

describe('every form', () => {
  it('finds the forms', () => {
    expect(ids).to.include.members(['caf', 'vulnerability-resilience', 'consent']);
  });

  for (const id of ids ?? []) {
    describe(id, () => {
      it('renders with no axe violations, empty and with its sample', async () => {
        const definition = await fetchJson<FormDefinition>(`/forms/${id}.json`);
        const sample = await fetchJson<SubmissionEnvelope>(`/forms/samples/${id}.valid.json`);
        const empty = await mount(definition);
        expect(root(empty).querySelector('.caf-definition-problems'), 'the definition passes its check').to.equal(null);
        await expect(empty).to.be.accessible();
        await expect(await mount(definition, { data: sample.data })).to.be.accessible();
      });

      it('shows every sample answer in its read-only document', async () => {
        const definition = await fetchJson<FormDefinition>(`/forms/${id}.json`);
        const sample = await fetchJson<SubmissionEnvelope>(`/forms/samples/${id}.valid.json`);
        const el = await mount(definition, { data: sample.data, readonly: true });
        const text = words(root(el).textContent);
        for (const expected of expectedWords(definition, sample)) expect(text, `the document shows "${expected}"`).to.contain(expected);
        await expect(el).to.be.accessible();
      });
    });
  }
});

const words = (text: string | null | undefined): string => (text ?? '').replace(/\s+/g, ' ');

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/**
 * What a reader must find for each answer of a sample: option labels, dates in words, the
 * texts. A letter's document is the letter, where a choice picks a paragraph rather than
 * appearing in words, so for letters only the texts and dates are looked for.
 */
function expectedWords(definition: FormDefinition, sample: SubmissionEnvelope): string[] {
  const isLetter = definition.sections.some((s) => s.items.some((i) => i.type === 'letter'));
  const fields = new Map<string, Field>();
  const index = (items: readonly Item[]): void => {
    for (const item of items) {
      if (!('id' in item) || !item.id || !('label' in item) || ['computed', 'matrix'].includes(item.type)) continue;
      const field = item as Field;
      fields.set(field.id, field);
      if (field.type === 'repeat') index(field.items);
      if (field.type === 'yesno') [field.reveal?.yes, field.reveal?.no].forEach((r) => index(r ?? []));
      if ('options' in field) for (const o of field.options as readonly { reveal?: Item[] }[]) index(o.reveal ?? []);
    }
  };
  definition.sections.forEach((s) => index(s.items));
  const out: string[] = [];
  const visit = (field: Field | undefined, value: unknown): void => {
    if (!field || (isLetter && ['checkboxes', 'radios', 'select', 'scale', 'yesno'].includes(field.type))) return;
    const date = (v: unknown): string => {
      const [y, m, d] = String(v).split('-');
      return `${Number(d)} ${MONTHS[Number(m) - 1]} ${y}`;
    };
    const option = (v: unknown): string => ('options' in field ? field.options.find((o) => o.value === v)?.label : undefined) ?? String(v);
    switch (field.type) {
      case 'grid':
        for (const [key, v] of Object.entries(value as Record<string, unknown>)) {
          const row = field.rows.find((r) => r.id === key);
          out.push(words(row ? field.columns.find((c) => c.value === v)?.label : String(v)));
        }
        return;
      case 'repeat':
        for (const row of value as Record<string, unknown>[]) for (const [key, v] of Object.entries(row)) visit(fields.get(key), v);
        return;
      case 'signature': {
        const s = value as { name: string; date: string };
        out.push(s.name, date(s.date));
        return;
      }
      case 'checkboxes':
        (value as unknown[]).forEach((v) => out.push(option(v)));
        return;
      case 'radios':
      case 'select':
      case 'scale':
        out.push(option(value));
        return;
      case 'yesno':
        out.push(value === 'yes' ? 'Yes' : 'No');
        return;
      case 'rating':
        out.push(`${String(value)} out of ${field.max ?? 5}`);
        return;
      case 'time': {
        // GOV.UK's style: 9am, 5:30pm, midday, midnight
        const [h, m] = String(value).split(':').map(Number) as [number, number];
        out.push(
          m === 0 && h === 0
            ? 'midnight'
            : m === 0 && h === 12
              ? 'midday'
              : `${h % 12 || 12}${m ? `:${String(m).padStart(2, '0')}` : ''}${h < 12 ? 'am' : 'pm'}`,
        );
        return;
      }
      case 'date':
        out.push(date(value));
        return;
      default:
        out.push(words(String(value)));
    }
  };
  for (const answers of Object.values(sample.data)) for (const [key, value] of Object.entries(answers)) visit(fields.get(key), value);
  return out.filter(Boolean);
}
