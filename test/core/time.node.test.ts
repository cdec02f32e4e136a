// The time field (fields/time.ts), table by table: the ways people write a time, what the
// answer becomes (24-hour HH:MM), the GOV.UK-style words it reads back as, and the schema and
// the conditions agreeing with the engine.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { type Field, type FormDefinition, answerLines, checkDefinition, checkField, evaluate, inputOf, translate, validateData } from '@caf-forms/core';
import { compileSubmissionSchema, createAjv } from '@caf-forms/core/compile';

const ctx = { t: translate, today: '2026-06-15' };
const time = (extra: Record<string, unknown> = {}): Field => ({ type: 'time', id: 'meetingTime', label: 'Time of the meeting', ...extra });

describe('time field: typed input → answer', () => {
  const rows: [typed: string, answer: string | undefined][] = [
    ['14:30', '14:30'],
    ['9:05', '09:05'],
    ['09.05', '09:05'],
    ['0930', '09:30'],
    ['00:00', '00:00'],
    ['23:59', '23:59'],
    ['2:30pm', '14:30'],
    ['2.30 pm', '14:30'],
    ['2pm', '14:00'],
    ['2 PM', '14:00'],
    ['9.15 a.m.', '09:15'],
    ['12am', '00:00'],
    ['12pm', '12:00'],
    ['12:45am', '00:45'],
    ['midday', '12:00'],
    ['Noon', '12:00'],
    ['12 noon', '12:00'],
    ['12noon', '12:00'],
    ['midnight', '00:00'],
    ['  7:00  ', '07:00'],
    ['2:30  pm', '14:30'],
    ['9 a m', '09:00'],
    ['9 a.m', '09:00'],
    ['9 am.', '09:00'],
    ['9a.m.', '09:00'],
    ['9.15a.m.', '09:15'],
    ['4P.M.', '16:00'],
    ['9 mam', undefined],
    ['9 bpm', undefined],
    ['1am', '01:00'],
    ['1:59pm', '13:59'],
    ['24:00', undefined],
    ['13pm', undefined],
    ['0am', undefined],
    ['9:60', undefined],
    ['9', undefined],
    ['930', undefined],
    ['tea time', undefined],
    ['2:3pm', undefined],
    ['1:60pm', undefined],
    ['2pm2', undefined],
    ['12:30x', undefined],
    ['x12:30', undefined],
    ['12345', undefined],
  ];
  for (const [typed, answer] of rows) {
    it(`${JSON.stringify(typed)} → ${answer ?? 'a problem'}`, () => {
      const checked = checkField(time(), typed, true, ctx, 'meetingTime');
      assert.equal(checked.answer, answer);
      assert.deepEqual(
        checked.problems.map((p) => p.message),
        answer ? [] : ['Enter time of the meeting as a time, like 9:30am or 14:30'],
      );
    });
  }

  it("asks for a time only when required, and uses the definition's own words", () => {
    for (const blank of ['', '   '])
      assert.deepEqual(
        checkField(time(), blank, true, ctx, 'meetingTime').problems.map((p) => p.message),
        ['Enter time of the meeting'],
        JSON.stringify(blank),
      );
    assert.deepEqual(
      checkField(time({ errorMessages: { required: 'Say when you met' } }), '', true, ctx, 'meetingTime').problems.map((p) => p.message),
      ['Say when you met'],
    );
    assert.deepEqual(checkField(time(), '', false, ctx, 'meetingTime').problems, []);
    const own = time({ errorMessages: { invalid: 'Enter the time like 2pm' } });
    assert.deepEqual(
      checkField(own, 'soon', false, ctx, 'meetingTime').problems.map((p) => p.message),
      ['Enter the time like 2pm'],
    );
  });
});

describe('time field: answer → words and back', () => {
  const words: [answer: string, said: string][] = [
    ['14:30', '2:30pm'],
    ['09:05', '9:05am'],
    ['09:00', '9am'],
    ['00:00', 'midnight'],
    ['12:00', 'midday'],
    ['00:15', '12:15am'],
    ['12:30', '12:30pm'],
    ['23:59', '11:59pm'],
  ];
  it('an answer that is not HH:MM (data from elsewhere) reads as it is', () => {
    assert.deepEqual(answerLines(time(), 'after school', translate), ['after school']);
  });

  for (const [answer, said] of words) {
    it(`${answer} reads "${said}", and shows as ${answer} to change`, () => {
      assert.deepEqual(answerLines(time(), answer, translate), [said]);
      const input = inputOf(time(), answer);
      assert.equal(input, answer);
      assert.equal(checkField(time(), input, true, ctx, 'meetingTime').answer, answer);
    });
  }
});

const form = (extra: Record<string, unknown>[] = []): FormDefinition =>
  ({
    $schema: '../packages/core/schema/definition.schema.json',
    id: 'meeting',
    version: '1.0.0',
    title: 'Meeting',
    sections: [{ id: 's', title: 'When', items: [time({ required: true }), ...extra] }],
  }) as FormDefinition;

describe('time field: schema, server check and conditions', () => {
  const validate = createAjv().compile(compileSubmissionSchema(form()));
  const envelope = (answer: unknown) => ({
    formId: 'meeting',
    formVersion: '1.0.0',
    submissionId: '0d6f2b4e-0a3c-4f57-9b8e-6a7c1d2e3f40',
    startedAt: '2026-06-15T10:00:00Z',
    submittedAt: '2026-06-15T10:05:00Z',
    data: { s: { meetingTime: answer } },
    computed: {},
  });

  it('the compiled schema and the engine accept exactly the 24-hour answers', () => {
    for (const answer of ['00:00', '09:30', '23:59']) {
      assert.equal(validate(envelope(answer)), true, answer);
      assert.deepEqual(validateData(form(), { s: { meetingTime: answer } }, { today: () => ctx.today }), [], answer);
    }
    for (const answer of ['9:30', '24:00', '2pm', '09:30:00', 930]) {
      assert.equal(validate(envelope(answer)), false, String(answer));
      assert.notDeepEqual(validateData(form(), { s: { meetingTime: answer } }, { today: () => ctx.today }), [], String(answer));
    }
  });

  it('conditions compare times in order, and the check explains a bound that is not HH:MM', () => {
    const after = { field: 'meetingTime', greaterThan: '17:00' };
    assert.equal(
      evaluate(after, () => '17:30'),
      true,
    );
    assert.equal(
      evaluate(after, () => '09:30'),
      false,
    );
    const late = { type: 'text', id: 'why', label: 'Why so late?', visibleWhen: after };
    assert.equal(checkDefinition(form([late])).ok, true);
    const bad = checkDefinition(form([{ ...late, visibleWhen: { field: 'meetingTime', greaterThan: '5pm' } }]));
    assert.equal(bad.ok, false);
    assert.match(bad.problems.map((p) => p.message).join('\n'), /'meetingTime' is a time: compare it with a 24-hour time written as HH:MM/);
  });
});
