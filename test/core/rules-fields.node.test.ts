// Each field type's rule through checkField and inputOf, the functions the store and the server
// call: one table per type, each row an input, the answer it gives and the GOV.UK message it
// shows. They complement rules.node.test.ts at the edges StrykerJS found untested (npm run
// mutation): custom messages for every kind of problem, limits of 0, inputs of the wrong kind,
// "please specify" texts, signatures' parts, and the inputs that show a stored answer.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { type Field, type RuleContext, checkField, inputOf, subjectOf, translate } from '@caf-forms/core';

/** A test name in plain ASCII: the TAP output StrykerJS parses must not carry control or separator characters. */
const printable = (value: unknown): string =>
  (JSON.stringify(value) ?? String(value)).replace(/[^\x20-\x7E]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);

const ctx: RuleContext = { t: translate, today: '2026-06-15' };
const field = (f: Record<string, unknown>): Field => ({ id: 'q', label: 'Child’s name', ...f }) as unknown as Field;
type Row = [input: unknown, answer: unknown, messages?: string | string[]];

function table(name: string, f: Record<string, unknown>, rows: Row[], required = false): void {
  describe(name, () => {
    for (const [input, answer, messages] of rows) {
      it(`${printable(input)} → ${printable(answer)}`, () => {
        const checked = checkField(field(f), input, required, ctx, 'q');
        assert.deepEqual(checked.answer, answer);
        assert.deepEqual(
          checked.problems.map((p) => p.message),
          messages === undefined ? [] : [messages].flat(),
        );
      });
    }
  });
}

describe('rules: how messages name the answer', () => {
  const rows: [f: { label: string; errorSubject?: string }, subject: string][] = [
    [{ label: 'Child’s name' }, 'child’s name'],
    [{ label: 'Date of birth:' }, 'date of birth'],
    [{ label: 'Any allergies? ' }, 'any allergies'],
    [{ label: 'Name *' }, 'name'],
    [{ label: 'Why?:*' }, 'why'],
    [{ label: 'DOB' }, 'DOB'],
    [{ label: 'GP surgery' }, 'GP surgery'],
    [{ label: 'NHS Number' }, 'NHS Number'],
    [{ label: 'Name: first and last' }, 'name: first and last'],
    [{ label: 'a' }, 'a'],
    [{ label: 'X' }, 'X'],
    [{ label: 'the school' }, 'the school'],
    [{ label: 'Name', errorSubject: 'the name of the child' }, 'the name of the child'],
  ];
  for (const [f, subject] of rows) it(`${printable(f)} → "${subject}"`, () => assert.equal(subjectOf(f), subject));
});

describe('rules: text', () => {
  table('optional: empty is no answer and no problem', { type: 'text' }, [
    ['', undefined],
    [undefined, undefined],
    [null, undefined],
    ['  ', undefined],
  ]);
  table('a number typed into text is text', { type: 'text', label: 'Reference' }, [
    [42, '42'],
    [0, '0'],
    [false, 'false'],
  ]);
  table('minLength at its edge; an emoji counts as one', { type: 'text', minLength: 3, label: 'Initials' }, [
    ['abc', 'abc'],
    ['ab', undefined, 'Initials must be 3 characters or more'],
    ['😀😀😀', '😀😀😀'],
  ]);
  table('minLength 0 demands nothing', { type: 'text', minLength: 0, label: 'Initials' }, [['a', 'a']]);
  table('hidden characters refused in a line, with the GOV.UK-style message', { type: 'text', label: 'Child’s name' }, [
    [
      'Sally\u202EExample',
      undefined,
      'Child’s name must not include hidden characters, such as control or text direction codes: type it in again rather than pasting it',
    ],
    [
      'Sally\nExample',
      undefined,
      'Child’s name must not include hidden characters, such as control or text direction codes: type it in again rather than pasting it',
    ],
  ]);
  table('long text keeps its lines, and 5000 characters', { type: 'textarea', label: 'Concerns' }, [
    ['  first\nsecond\tthird  ', 'first\nsecond\tthird'],
    ['x'.repeat(5000), 'x'.repeat(5000)],
    ['x'.repeat(5001), undefined, 'Concerns must be 5000 characters or less'],
    ['bad\u0000', undefined, 'Concerns must not include hidden characters, such as control or text direction codes: type it in again rather than pasting it'],
  ]);
  table(
    'every message can be the form’s own',
    {
      type: 'text',
      label: 'Initials',
      minLength: 2,
      maxLength: 3,
      errorMessages: {
        required: 'Enter your initials',
        tooLong: 'Initials are 3 letters at most',
        tooShort: 'Initials are 2 letters at least',
        invalid: 'Type your initials',
      },
    },
    [
      ['', undefined, 'Enter your initials'],
      ['abcd', undefined, 'Initials are 3 letters at most'],
      ['a', undefined, 'Initials are 2 letters at least'],
      ['a\u0007b', undefined, 'Type your initials'],
    ],
    true,
  );
});

describe('rules: email, telephone, postcode', () => {
  table(
    'email',
    { type: 'email', label: 'Email address' },
    [
      [' jo@example.com ', 'jo@example.com'],
      ['jo@example', undefined, 'Enter an email address in the correct format, like name@example.com'],
      [`${'a'.repeat(245)}@example.com`, undefined, 'Email address must be 254 characters or less'],
      ['', undefined, 'Enter email address'],
    ],
    true,
  );
  table('email with its own message', { type: 'email', label: 'Email', errorMessages: { invalid: 'Check the email address' } }, [
    ['jo@', undefined, 'Check the email address'],
  ]);
  table('telephone, at most 20 characters', { type: 'tel', label: 'Telephone' }, [
    ['+44 808 157 0192', '+44 808 157 0192'],
    [' 01632 960 001 ', '01632 960 001'],
    ['+44 (0)808 157 019222', undefined, 'Telephone must be 20 characters or less'],
    ['0163296000x', undefined, 'Enter a telephone number, like 01632 960 001 or +44 808 157 0192'],
  ]);
  table(
    'postcode: normalised, then checked',
    { type: 'postcode', label: 'Postcode' },
    [
      ['mk42 9ap', 'MK42 9AP'],
      ['  m11ae ', 'M1 1AE'],
      ['qq1 1aa', undefined, 'Enter a full UK postcode, like MK42 9AP'],
      ['MK42 9APXX', undefined, 'Postcode must be 8 characters or less'],
      ['', undefined, 'Enter postcode'],
    ],
    true,
  );
});

describe('rules: numbers', () => {
  table('trimmed, commas dropped, signs and decimals', { type: 'number', label: 'Amount' }, [
    [' 1,000 ', 1000],
    ['-.5', -0.5],
    ['.25', 0.25],
    ['0', 0],
    [7, 7],
    ['+5', undefined, 'Amount must be a number'],
    ['1.2.3', undefined, 'Amount must be a number'],
    ['1 000', undefined, 'Amount must be a number'],
    ['Infinity', undefined, 'Amount must be a number'],
    ['0x10', undefined, 'Amount must be a number'],
    ['2.5', 2.5],
  ]);
  table('limits of 0 are limits', { type: 'number', label: 'Amount', min: 0, max: 0 }, [
    ['0', 0],
    ['-1', undefined, 'Amount must be 0 or more'],
    ['1', undefined, 'Amount must be 0 or less'],
  ]);
  table(
    'required',
    { type: 'number', label: 'Amount' },
    [
      ['', undefined, 'Enter amount'],
      [' ', undefined, 'Enter amount'],
    ],
    true,
  );
  table(
    'every message can be the form’s own',
    {
      type: 'number',
      label: 'Age',
      min: 1,
      max: 18,
      integer: true,
      errorMessages: {
        required: 'Enter the child’s age',
        invalid: 'Age is a number of years',
        tooSmall: 'The child is at least 1',
        tooLarge: 'The child is 18 or under',
      },
    },
    [
      ['', undefined, 'Enter the child’s age'],
      ['x', undefined, 'Age is a number of years'],
      ['1.5', undefined, 'Age is a number of years'],
      ['0', undefined, 'The child is at least 1'],
      ['19', undefined, 'The child is 18 or under'],
      ['18', 18],
    ],
    true,
  );
});

describe('rules: choices', () => {
  const options = [
    { value: 'a', label: 'A' },
    { value: 'b', label: 'B' },
  ];
  table(
    'select, required',
    { type: 'select', label: 'Local authority', options },
    [
      ['b', 'b'],
      ['', undefined, 'Select local authority'],
      [undefined, undefined, 'Select local authority'],
      ['c', undefined, 'Select one of the options given for local authority'],
    ],
    true,
  );
  table('scale', { type: 'scale', label: 'Confidence', options }, [
    ['a', 'a'],
    ['A', undefined, 'Select one of the options given for confidence'],
  ]);
  table(
    'radios with the form’s own messages',
    { type: 'radios', label: 'Colour', options, errorMessages: { required: 'Choose a colour', invalid: 'That colour is not offered' } },
    [
      ['', undefined, 'Choose a colour'],
      ['z', undefined, 'That colour is not offered'],
    ],
    true,
  );
  table(
    'yes/no, required',
    { type: 'yesno', label: 'Interpreter needed' },
    [
      ['yes', 'yes'],
      ['', undefined, 'Select interpreter needed'],
      ['Yes', undefined, 'Select one of the options given for interpreter needed'],
    ],
    true,
  );
  table('rating: 1 to 5 by default, as a number', { type: 'rating', label: 'Rating' }, [
    ['1', 1],
    ['5', 5],
    [3, 3],
    ['6', undefined, 'Select one of the options given for rating'],
    ['', undefined],
  ]);
  table('rating, required', { type: 'rating', label: 'Rating' }, [['', undefined, 'Select rating']], true);
});

describe('rules: checkboxes', () => {
  const options = [
    { value: 'a', label: 'A' },
    { value: 'b', label: 'B' },
    { value: 'c', label: 'C' },
    { value: 'none', label: 'None of these', exclusive: true },
  ];
  table('no more than maxSelected: the limit itself is allowed', { type: 'checkboxes', label: 'Needs', options, maxSelected: 2 }, [
    [
      ['a', 'b'],
      ['a', 'b'],
    ],
    [['a', 'b', 'c'], undefined, 'Select no more than 2 options for needs'],
    [['a', 'a', 'b'], undefined, 'Select no more than 2 options for needs'],
    [['a', 'x'], undefined, 'Select one of the options given for needs'],
  ]);
  table('without maxSelected any number', { type: 'checkboxes', label: 'Needs', options }, [
    [
      ['a', 'b', 'c'],
      ['a', 'b', 'c'],
    ],
    [[], undefined],
    ['a', undefined],
    [undefined, undefined],
  ]);
  table(
    'not a list is nothing chosen',
    { type: 'checkboxes', label: 'Needs', options },
    [
      ['a', undefined, 'Select needs'],
      [{ 0: 'a' }, undefined, 'Select needs'],
    ],
    true,
  );
  table(
    'an exclusive option not chosen does not stop others',
    { type: 'checkboxes', label: 'Needs', options },
    [
      [
        ['a', 'c'],
        ['a', 'c'],
      ],
    ],
    true,
  );
  table(
    'the form’s own messages',
    {
      type: 'checkboxes',
      label: 'Needs',
      options,
      maxSelected: 1,
      errorMessages: { required: 'Tick the needs', invalid: 'Tick only the needs listed', tooMany: 'Tick one need' },
    },
    [
      [[], undefined, 'Tick the needs'],
      [['x'], undefined, 'Tick only the needs listed'],
      [['a', 'b'], undefined, 'Tick one need'],
      [['a', 'none'], undefined, 'Tick only the needs listed'],
    ],
    true,
  );
});

describe('rules: grids', () => {
  const columns = [
    { value: 'yes', label: 'Yes' },
    { value: 'no', label: 'No' },
  ];
  const rows = [
    { id: 'health', label: 'Health', specify: { id: 'healthDetail', label: 'Health details', showFor: ['yes'], maxLength: 6 } },
    { id: 'school', label: 'School', specify: { id: 'schoolDetail', label: 'Which school' } },
    { id: 'home', label: 'Home' },
  ];
  const grid = { type: 'grid', label: 'Risks', columns, rows };
  table(
    'each row answered from the columns; "please specify" only where shown',
    grid,
    [
      [
        { health: 'yes', healthDetail: ' Asthma ', school: 'no', schoolDetail: 'Oak', home: 'no' },
        { health: 'yes', healthDetail: 'Asthma', school: 'no', schoolDetail: 'Oak', home: 'no' },
      ],
      [
        { health: 'no', healthDetail: 'Asthma', school: 'yes', home: 'no' },
        { health: 'no', school: 'yes', home: 'no' },
      ],
      [
        { health: 'yes', healthDetail: '   ', school: 'yes', home: 'yes' },
        { health: 'yes', school: 'yes', home: 'yes' },
      ],
      [
        { health: 'yes', healthDetail: 'Asthma!', school: 'yes', home: 'yes' },
        { health: 'yes', school: 'yes', home: 'yes' },
        'Health details must be 6 characters or less',
      ],
      [
        { health: 'yes', school: 'yes', schoolDetail: 'Oak\u200B', home: 'yes' },
        { health: 'yes', school: 'yes', home: 'yes' },
        'Which school must not include hidden characters, such as control or text direction codes: type it in again rather than pasting it',
      ],
      [{ health: 'maybe', school: 'yes', home: 'yes' }, { school: 'yes', home: 'yes' }, 'Select an answer for "Health"'],
      [{ home: 'no' }, { home: 'no' }, ['Select an answer for "Health"', 'Select an answer for "School"']],
      ['yes', undefined, ['Select an answer for "Health"', 'Select an answer for "School"', 'Select an answer for "Home"']],
    ],
    true,
  );
  table('optional: unanswered rows are fine, and no answer at all is none', grid, [
    [{}, undefined],
    [null, undefined],
    [{ school: 'no' }, { school: 'no' }],
    [{ home: 'x' }, undefined, 'Select an answer for "Home"'],
  ]);
  table(
    'the form’s own message for an unanswered row (not for a wrong one)',
    { ...grid, errorMessages: { required: 'Answer every risk' } },
    [
      [{ health: 'no', school: 'no' }, { health: 'no', school: 'no' }, 'Answer every risk'],
      [{ health: 'no', school: 'no', home: 'x' }, { health: 'no', school: 'no' }, 'Select an answer for "Home"'],
    ],
    true,
  );
  it('problems are at the row, and at the "please specify" text', () => {
    const checked = checkField(field(grid), { health: 'yes', healthDetail: 'too long', school: 'x' }, true, ctx, 'risks');
    assert.deepEqual(
      checked.problems.map((p) => p.path),
      ['risks.healthDetail', 'risks.school', 'risks.home'],
    );
    const hidden = checkField(field(grid), { health: 'no', school: 'no', schoolDetail: 'Oak\u0000', home: 'no' }, true, ctx, 'risks');
    assert.deepEqual(
      hidden.problems.map((p) => p.path),
      ['risks.schoolDetail'],
    );
  });
  it('a "please specify" of 500 characters by default', () => {
    const ok = checkField(field(grid), { health: 'no', school: 'no', home: 'no', schoolDetail: 'x'.repeat(500) }, true, ctx, 'q');
    assert.deepEqual(ok.problems, []);
    const long = checkField(field(grid), { health: 'no', school: 'no', home: 'no', schoolDetail: 'x'.repeat(501) }, true, ctx, 'q');
    assert.deepEqual(
      long.problems.map((p) => p.message),
      ['Which school must be 500 characters or less'],
    );
  });
});

describe('rules: dates with their own messages', () => {
  table(
    'required, invalid and mustBe messages',
    {
      type: 'date',
      label: 'Date of birth',
      mustBe: 'past',
      errorMessages: {
        required: 'Enter the child’s date of birth',
        invalid: 'Date of birth must be a real date, like 27 3 2014',
        mustBe: 'The child must already be born',
      },
    },
    [
      [{ day: '', month: '', year: '' }, undefined, 'Enter the child’s date of birth'],
      [{ day: '1', month: '', year: '' }, undefined, 'Date of birth must be a real date, like 27 3 2014'],
      [{ day: '31', month: '2', year: '2020' }, undefined, 'Date of birth must be a real date, like 27 3 2014'],
      [{ day: '1', month: '1', year: '2030' }, undefined, 'The child must already be born'],
      [{ day: '1', month: '1', year: '2020' }, '2020-01-01'],
    ],
    true,
  );
  table('optional and empty: nothing to say', { type: 'date', label: 'Date' }, [
    [{ day: '', month: '', year: '' }, undefined],
    [undefined, undefined],
  ]);
  table('no mustBe: any real date', { type: 'date', label: 'Date' }, [[{ day: '1', month: '1', year: '2999' }, '2999-01-01']]);
  it('a problem with a part focuses that part and marks the parts at fault', () => {
    const checked = checkField(field({ type: 'date', label: 'Date' }), { day: '', month: '13', year: '2020' }, true, ctx, 'q');
    assert.deepEqual(
      checked.problems.map((p) => [p.path, p.focus, p.parts, p.message]),
      [['q', 'day', ['day'], 'Date must include a day']],
    );
  });
});

describe('rules: signatures', () => {
  const date = (day: string, month: string, year: string) => ({ day, month, year });
  const signed = { name: 'Ann Smith', date: date('1', '6', '2026'), confirmed: true };
  const sig = { type: 'signature', label: 'Parent’s signature' };
  const cases: [input: unknown, required: boolean, expected: [focus: string | undefined, parts: unknown, message: string][]][] = [
    [{ ...signed, name: 'x'.repeat(200) }, true, []],
    [{ ...signed, name: 'x'.repeat(201) }, true, [['name', undefined, 'The full name must be 200 characters or less']]],
    [
      { ...signed, name: 'Ann\u202ESmith' },
      true,
      [
        [
          'name',
          undefined,
          'The full name must not include hidden characters, such as control or text direction codes: type it in again rather than pasting it',
        ],
      ],
    ],
    [{ ...signed, confirmed: 'yes' }, true, [['confirmed', undefined, 'Tick the box to confirm parent’s signature']]],
    [{ ...signed, date: date('1', '', '2026') }, true, [['month', ['month'], 'The date of signing must be a real date']]],
    [
      { name: '', date: date('', '', ''), confirmed: false },
      true,
      [
        ['name', undefined, 'Enter the full name of the person signing parent’s signature'],
        ['day', ['day', 'month', 'year'], 'Enter the date of signing parent’s signature'],
        ['confirmed', undefined, 'Tick the box to confirm parent’s signature'],
      ],
    ],
    [
      { name: 'Ann', date: date('', '', ''), confirmed: false },
      false,
      [
        ['day', ['day', 'month', 'year'], 'Enter the date of signing parent’s signature'],
        ['confirmed', undefined, 'Tick the box to confirm parent’s signature'],
      ],
    ],
    [
      { name: '', date: date('', '', ''), confirmed: true },
      false,
      [
        ['name', undefined, 'Enter the full name of the person signing parent’s signature'],
        ['day', ['day', 'month', 'year'], 'Enter the date of signing parent’s signature'],
      ],
    ],
    [
      { name: '', date: date('1', '1', '2026'), confirmed: false },
      false,
      [
        ['name', undefined, 'Enter the full name of the person signing parent’s signature'],
        ['confirmed', undefined, 'Tick the box to confirm parent’s signature'],
      ],
    ],
    [undefined, false, []],
    [
      'Ann',
      true,
      [
        ['name', undefined, 'Enter the full name of the person signing parent’s signature'],
        ['day', ['day', 'month', 'year'], 'Enter the date of signing parent’s signature'],
        ['confirmed', undefined, 'Tick the box to confirm parent’s signature'],
      ],
    ],
  ];
  for (const [input, required, expected] of cases) {
    it(`${printable(input)}${required ? ' (required)' : ''}`, () => {
      const checked = checkField(field(sig), input, required, ctx, 'sig');
      assert.deepEqual(
        checked.problems.map((p) => [p.focus, p.parts, p.message]),
        expected,
      );
      assert.ok(checked.problems.every((p) => p.path === 'sig'));
      if (!expected.length && input) assert.deepEqual(checked.answer, { name: (input as { name: string }).name, date: '2026-06-01', confirmed: true });
      else assert.equal(checked.answer, undefined);
    });
  }
  it('the form’s own message for a missing name', () => {
    const checked = checkField(field({ ...sig, errorMessages: { required: 'Sign with your full name' } }), { ...signed, name: ' ' }, true, ctx, 'q');
    assert.deepEqual(
      checked.problems.map((p) => p.message),
      ['Sign with your full name'],
    );
  });
});

describe('rules: repeatable groups are the store’s to check', () => {
  it('checkField refuses a group, pointing to the store', () => {
    assert.throws(() => checkField(field({ type: 'repeat', itemLabel: 'Person', items: [] }), [], false, ctx, 'q'), /row by row/);
  });
});

describe('rules: the inputs that show a stored answer', () => {
  const rows: [f: Record<string, unknown>, answer: unknown, input: unknown][] = [
    [{ type: 'date' }, '2014-03-05', { day: '5', month: '3', year: '2014' }],
    [{ type: 'date' }, undefined, { day: '', month: '', year: '' }],
    [{ type: 'date' }, '', { day: '', month: '', year: '' }],
    [{ type: 'text' }, undefined, undefined],
    [{ type: 'text' }, '', undefined],
    [{ type: 'text' }, 'Sally', 'Sally'],
    [{ type: 'number' }, 7, '7'],
    [{ type: 'number' }, 0, '0'],
    [{ type: 'rating' }, 4, '4'],
    [{ type: 'yesno' }, 'yes', 'yes'],
    [{ type: 'checkboxes' }, ['a', 2], ['a', '2']],
    [{ type: 'checkboxes' }, 'a', []],
    [{ type: 'checkboxes' }, [], undefined],
    [{ type: 'grid' }, { r1: 'yes' }, { r1: 'yes' }],
    [
      { type: 'signature' },
      { name: 'Ann', date: '2026-06-01', confirmed: true },
      { name: 'Ann', date: { day: '1', month: '6', year: '2026' }, confirmed: true },
    ],
    [{ type: 'signature' }, { name: 5, confirmed: 'yes' }, { name: '5', date: { day: '', month: '', year: '' }, confirmed: false }],
    [{ type: 'signature' }, { date: '2026-06-01' }, { name: '', date: { day: '1', month: '6', year: '2026' }, confirmed: false }],
  ];
  for (const [f, answer, input] of rows) {
    it(`${f.type as string}: ${printable(answer)} → ${printable(input)}`, () => assert.deepEqual(inputOf(field(f), answer), input));
  }
  it('a grid’s input is a copy: typing into it leaves the stored answer as it was', () => {
    const answer = { r1: 'yes' };
    const input = inputOf(field({ type: 'grid' }), answer) as Record<string, string>;
    input.r1 = 'no';
    assert.equal(answer.r1, 'yes');
  });
  it('an answer turned back into inputs checks to the same answer', () => {
    const cases: [Record<string, unknown>, unknown][] = [
      [{ type: 'date' }, '2024-02-29'],
      [{ type: 'number' }, -2.5],
      [{ type: 'rating' }, 3],
      [
        {
          type: 'checkboxes',
          options: [
            { value: 'a', label: 'A' },
            { value: 'b', label: 'B' },
          ],
        },
        ['b', 'a'],
      ],
      [{ type: 'signature' }, { name: 'Ann', date: '2026-06-01', confirmed: true }],
    ];
    for (const [f, answer] of cases) assert.deepEqual(checkField(field(f), inputOf(field(f), answer), true, ctx, 'q').answer, answer, printable(f));
  });
});
