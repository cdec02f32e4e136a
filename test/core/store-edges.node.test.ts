// The form store at edges StrykerJS found untested in store.ts (npm run mutation): the default
// "today", forms without computed values, rows that hold typed answers read by other rows'
// conditions, cycles, grid rows counted one by one, and server problems that name no field.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { type FormDefinition, FormStore, todayIso, translator } from '@caf-forms/core';

const def = (items: unknown[], extra: Record<string, unknown> = {}): FormDefinition =>
  ({ id: 'x', version: '1.0.0', title: 'X', sections: [{ id: 's', title: 'S', items }], ...extra }) as unknown as FormDefinition;

describe('store: edges', () => {
  it('without a today option, today is the real date', () => {
    const store = new FormStore(def([{ type: 'date', id: 'd', label: 'Date of birth', mustBe: 'past' }]));
    store.setInput('d', { day: '1', month: '1', year: '2999' });
    assert.deepEqual(
      store.problems().map((p) => p.message),
      ['Date of birth must be in the past'],
    );
    const [y, m, d] = todayIso().split('-');
    store.setInput('d', { day: d!, month: m!, year: y! });
    assert.deepEqual(
      store.problems().map((p) => p.message),
      ['Date of birth must be in the past'],
      'today is not in the past',
    );
  });

  it('a form without computed values computes nothing', () => {
    assert.deepEqual(new FormStore(def([{ type: 'text', id: 'a', label: 'A' }])).computed(), {});
  });

  it('rowCount of something that is not a group is one row', () => {
    const store = new FormStore(def([{ type: 'text', id: 'a', label: 'A' }]));
    assert.equal(store.rowCount('a'), 1);
    assert.equal(store.rowCount('nope'), 1);
  });

  it('adding a row keeps the rows there are', () => {
    const store = new FormStore(def([{ type: 'repeat', id: 'p', label: 'People', itemLabel: 'Person', items: [{ type: 'text', id: 'who', label: 'Name' }] }]));
    store.setRowInput('p', 0, 'who', 'Ann');
    store.setRowInput('p', 1, 'who', 'Bea');
    store.addRow('p');
    assert.deepEqual(store.rows('p'), [{ who: 'Ann' }, { who: 'Bea' }, {}]);
  });

  it('loads a group whose answer holds a row that is not an object as an empty row', () => {
    const store = new FormStore(def([{ type: 'repeat', id: 'p', label: 'People', itemLabel: 'Person', items: [{ type: 'text', id: 'who', label: 'Name' }] }]), {
      data: { s: { p: [null, { who: 'Ann' }] } },
    });
    assert.deepEqual(store.rows('p'), [{}, { who: 'Ann' }]);
  });

  it('two fields each shown only when the other is answered (a cycle) are both hidden', () => {
    const store = new FormStore(
      def([
        { type: 'text', id: 'a', label: 'A', visibleWhen: { field: 'b', filled: true } },
        { type: 'text', id: 'b', label: 'B', visibleWhen: { field: 'a', filled: true } },
      ]),
    );
    store.setInput('a', 'x');
    store.setInput('b', 'y');
    assert.equal(store.isVisible('a'), false);
    assert.deepEqual(store.data(), { s: {} });
  });

  it('a hidden required question has no problem', () => {
    const store = new FormStore(
      def([
        { type: 'yesno', id: 'a', label: 'A' },
        { type: 'text', id: 'b', label: 'B', required: true, visibleWhen: { field: 'a', equals: 'yes' } },
      ]),
    );
    assert.deepEqual(store.problems(), []);
    store.setInput('a', 'yes');
    assert.deepEqual(
      store.problems().map((p) => p.message),
      ['Enter B'],
    );
  });

  it('counts grid rows named one by one', () => {
    const store = new FormStore(
      def(
        [
          {
            type: 'grid',
            id: 'g',
            label: 'G',
            rows: [
              { id: 'r1', label: 'R1' },
              { id: 'r2', label: 'R2' },
            ],
            columns: [
              { value: 'yes', label: 'Yes' },
              { value: 'no', label: 'No' },
            ],
          },
        ],
        { computed: [{ id: 'n', label: 'N', count: { of: ['g.r1', 'g.r2'], equals: 'yes' } }] },
      ),
    );
    store.setInput('g', { r1: 'yes', r2: 'yes' });
    assert.deepEqual(store.computed(), { n: 2 });
  });

  it('a row’s question shown by another row answer reads that answer as checked (a number as a number)', () => {
    const store = new FormStore(
      def([
        {
          type: 'repeat',
          id: 'p',
          label: 'People',
          itemLabel: 'Person',
          items: [
            { type: 'number', id: 'age', label: 'Age' },
            { type: 'text', id: 'school', label: 'School', visibleWhen: { field: 'age', greaterThan: 4 } },
          ],
        },
      ]),
    );
    store.setRowInput('p', 0, 'age', ' 7 ');
    assert.equal(store.isRowFieldVisible('p', 0, 'school'), true);
    store.setRowInput('p', 0, 'age', '3');
    assert.equal(store.isRowFieldVisible('p', 0, 'school'), false);
  });

  it('server problems that name no field stay out of the summary', () => {
    const store = new FormStore(def([{ type: 'text', id: 'a', label: 'A', required: true }]));
    store.attempt();
    const unplaced = store.setServerProblems([
      { path: 'ghost', message: 'Remove "ghost"' },
      { path: 'a', message: 'A is wrong' },
    ]);
    assert.deepEqual(
      unplaced.map((p) => p.path),
      ['ghost'],
    );
    assert.deepEqual(
      store.shownSummary().map((p) => p.message),
      ['Enter A', 'A is wrong'],
    );
  });

  it('another language re-words only what the last submit showed, not problems found since', () => {
    const store = new FormStore(
      def([
        { type: 'text', id: 'a', label: 'A', required: true },
        { type: 'number', id: 'n', label: 'N' },
      ]),
    );
    store.attempt();
    store.setInput('n', 'x');
    store.setTranslator(translator({ 'error.enter': 'Rhowch {subject}' }));
    assert.deepEqual(
      store.shownSummary().map((p) => p.message),
      ['Rhowch A'],
    );
  });

  it('an attempt notices a problem that moved to another part of a date, with the same words', () => {
    const store = new FormStore(def([{ type: 'date', id: 'd', label: 'Date' }]));
    const heard: string[][] = [];
    store.subscribe((changed) => heard.push([...changed]));
    store.setInput('d', { day: '32', month: '1', year: '2020' });
    store.attempt();
    store.setInput('d', { day: '1', month: '13', year: '2020' });
    store.attempt();
    assert.deepEqual(heard.at(-1), ['s'], 'the focus moved from the day to the month');
  });
  it('loading answers leaves a question without one untouched (no input, not three empty boxes)', () => {
    const store = new FormStore(
      def([
        { type: 'date', id: 'd', label: 'Date' },
        { type: 'text', id: 't', label: 'T' },
      ]),
      { data: { s: { t: 'x' } } },
    );
    assert.equal(store.input('d'), undefined);
    assert.equal(store.input('t'), 'x');
  });

  it('an attempt notices the same words moving to another question (two questions with one label)', () => {
    const store = new FormStore(
      def([
        { type: 'text', id: 'a', label: 'Name' },
        { type: 'text', id: 'b', label: 'Name' },
      ]),
    );
    const heard: string[][] = [];
    store.subscribe((changed) => heard.push([...changed]));
    store.setInput('a', 'x'.repeat(501));
    store.attempt();
    store.setInput('a', 'ok');
    store.setInput('b', 'x'.repeat(501));
    store.attempt();
    assert.deepEqual(heard.at(-1), ['s'], 'the problem is now at b');
  });
});
