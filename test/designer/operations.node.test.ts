// What the designer does to a definition: ids from labels, renames that follow every reference,
// add, duplicate, delete and move, type changes that say what they dropped; and the condition
// builder's operators per question type and its sentences. Each result is a valid definition.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { checkDefinition } from '@caf-forms/core';
import {
  addFollowUp,
  addItem,
  addSection,
  changeType,
  duplicate,
  idFromLabel,
  idsIn,
  move,
  moveTo,
  newItem,
  remove,
  renameReferences,
  type Definition,
} from '../../stories/designer/operations.js';
import { conditionWords, operatorWords, operatorsFor, questionsOf, ruleWith } from '../../stories/designer/conditions.js';
import { TYPE_CHOICES } from '../../stories/designer/meta-schema.js';
import { FIELD_MODULES, FIELD_TYPES, CONTENT_TYPES, type AnswerField, type FieldModule } from '@caf-forms/core';
import { get } from '../../stories/designer/json-pointer.js';

const form = (id: string): Definition => JSON.parse(readFileSync(new URL(`../../forms/${id}.json`, import.meta.url), 'utf8')) as Definition;
const valid = (d: Definition): void => assert.deepEqual(checkDefinition(d).problems, []);

describe('ids', () => {
  it("are made from labels in the meta-schema's pattern", () => {
    assert.equal(idFromLabel('Is an interpreter needed?'), 'isAnInterpreterNeeded');
    assert.equal(idFromLabel('Name of child/young person:'), 'nameOfChildYoungPerson');
    assert.equal(idFromLabel('2nd address'), 'q2ndAddress');
    assert.equal(idFromLabel('???'), 'question');
  });

  it('renaming one renames every condition, computed value and letter placeholder that uses it', () => {
    const d = form('example');
    const renamed = renameReferences(d, 'risks', 'concerns');
    const text = JSON.stringify(renamed);
    assert.ok(JSON.stringify(d).includes('"risks.harm"'));
    assert.ok(!text.includes('"risks.harm"') && text.includes('"concerns.harm"'), 'grid row references');
    assert.ok(!text.includes('"of":["risks"]') && text.includes('"of":["concerns"]'), 'computed counts');
  });
});

describe('the type picker', () => {
  it('lists every field and content type, each with a description from the meta-schema', () => {
    assert.deepEqual(
      TYPE_CHOICES.map((c) => c.type),
      [...FIELD_TYPES, ...CONTENT_TYPES],
    );
    for (const c of TYPE_CHOICES) assert.ok(c.description.length > 5, `${c.type} has no description`);
  });

  it('every new field is valid as it stands', () => {
    for (const type of FIELD_TYPES) {
      const d = form('consent');
      const taken = idsIn(d);
      (d.sections as Definition[])[0]!.items = [newItem(type, taken)];
      valid(d);
    }
  });
});

describe('operations', () => {
  it('add puts an item after the selected one, or at the end of a selected section', () => {
    const d = form('consent');
    const after = addItem(d, '/sections/0/items/0', 'yesno');
    assert.equal(after.selected, '/sections/0/items/1');
    assert.equal(get(after.definition, '/sections/0/items/1/type'), 'yesno');
    const end = addItem(d, '/sections/1', 'text');
    assert.equal(end.selected, `/sections/1/items/${(get(d, '/sections/1/items') as unknown[]).length}`);
    valid(after.definition);
    valid(end.definition);
  });

  it('a follow-up goes under an option, and deleting the last one removes the reveal', () => {
    const d = form('consent');
    const added = addFollowUp(d, '/sections/0/items/0', 0);
    assert.equal(added.selected, '/sections/0/items/0/options/0/reveal/0');
    valid(added.definition);
    const yesno = addItem(d, '/sections/0/items/0', 'yesno');
    const withYes = addFollowUp(yesno.definition, yesno.selected, 'yes');
    assert.equal(withYes.selected, `${yesno.selected}/reveal/yes/0`);
    valid(withYes.definition);
    const gone = remove(withYes.definition, withYes.selected)!;
    assert.equal(get(gone.definition, `${yesno.selected}/reveal`), undefined);
    valid(gone.definition);
  });

  it('a selected group of follow-ups gets the new question at its end; a new section goes after the selected one, or last', () => {
    const d = addFollowUp(form('consent'), '/sections/0/items/0', 0).definition;
    const more = addItem(d, '/sections/0/items/0/options/0/reveal', 'text');
    assert.equal(more.selected, '/sections/0/items/0/options/0/reveal/1');
    valid(more.definition);
    assert.equal(addSection(d, '/sections/1/items/0').selected, '/sections/2');
    assert.equal(addSection(d, '').selected, `/sections/${(get(d, '/sections') as unknown[]).length}`);
    valid(addSection(d, '').definition);
  });

  it('duplicate gives the copy new ids throughout', () => {
    const d = form('consent');
    const copy = duplicate(d, '/sections/2/items/1');
    valid(copy.definition);
    assert.notEqual(get(copy.definition, '/sections/2/items/2/id'), get(d, '/sections/2/items/1/id'));
  });

  it('move goes up and down in a section, and across into the next section at the edges', () => {
    const d = form('consent');
    const up = move(d, '/sections/1/items/1', -1)!;
    assert.equal(up.selected, '/sections/1/items/0');
    assert.equal(get(up.definition, '/sections/1/items/0/id'), get(d, '/sections/1/items/1/id'));
    const across = move(d, '/sections/1/items/0', -1)!;
    assert.equal(across.selected, `/sections/0/items/${(get(d, '/sections/0/items') as unknown[]).length}`);
    valid(across.definition);
    assert.equal(move(d, '/sections/0/items/0', -1), undefined, 'nowhere to go');
  });

  it('dragging puts an item before the one it is dropped on, in any section; sections only among sections', () => {
    const d = form('consent');
    const id = (def: Definition, p: string): unknown => get(def, `${p}/id`);
    const down = moveTo(d, '/sections/1/items/0', '/sections/1/items/2')!;
    assert.equal(down.selected, '/sections/1/items/1');
    assert.deepEqual(
      [0, 1, 2].map((i) => id(down.definition, `/sections/1/items/${i}`)),
      ['dateOfBirth', 'childName', 'address'],
    );
    const across = moveTo(d, '/sections/1/items/2', '/sections/0/items/0')!;
    assert.equal(id(across.definition, '/sections/0/items/0'), 'address');
    valid(across.definition);
    // Into a later sibling's rows: the group's own position shifts as the item leaves.
    const intoRows = moveTo(d, '/sections/2/items/0', '/sections/2/items/1/items/0');
    assert.equal(get(intoRows!.definition, '/sections/2/items/0/items/0/id'), 'shareDecision');
    assert.equal(moveTo(d, '/sections/1', '/sections/0/items/0'), undefined, 'a section is not an item');
    assert.equal(get(moveTo(d, '/sections/3', '/sections/0')!.definition, '/sections/0/id'), 'withdrawal');
  });

  it('a form keeps one section and a group one row field', () => {
    const d = { ...form('consent'), sections: [(form('consent').sections as Definition[])[0]!] };
    assert.equal(remove(d, '/sections/0'), undefined);
  });

  it('changing a type keeps what applies and names what was dropped', () => {
    const d = form('consent');
    const changed = changeType(d, '/sections/1/items/0', 'textarea');
    assert.deepEqual(changed.dropped.sort(), ['autocomplete']);
    assert.equal(get(changed.definition, '/sections/1/items/0/maxLength'), 100);
    valid(changed.definition);
    const toRadios = changeType(d, '/sections/1/items/0', 'radios');
    assert.ok(Array.isArray(get(toRadios.definition, '/sections/1/items/0/options')), 'a new type gets its own settings');
    valid(toRadios.definition);
  });
});

describe('conditions', () => {
  it('offer the operators that suit each question type', () => {
    assert.deepEqual(operatorsFor('checkboxes'), ['includes', 'filled', 'empty']);
    assert.ok(operatorsFor('date').includes('greaterThan') && !operatorsFor('date').includes('equals'));
    assert.ok(!operatorsFor('text').includes('greaterThan'));
    assert.deepEqual(operatorsFor('time'), operatorsFor('date'), 'a time is compared as earlier or later, like a date');
    assert.ok(operatorsFor('yesno').includes('equals') && !operatorsFor('yesno').includes('includes'));
  });

  it("read back as a sentence with the questions' labels and the answers' words", () => {
    const questions = questionsOf(form('example'));
    const interpreter = questions.find((q) => q.type === 'yesno')!;
    assert.equal(conditionWords({ field: interpreter.ref, equals: 'yes' }, questions), `'${interpreter.label}' is Yes`);
    const callTime = questions.find((q) => q.type === 'time')!;
    assert.equal(conditionWords({ field: callTime.ref, greaterThan: '17:00' }, questions), `'${callTime.label}' is after 17:00`);
    assert.equal(
      conditionWords({ any: [{ field: interpreter.ref, equals: 'no' }, { not: { field: interpreter.ref, filled: true } }] }, questions),
      `'${interpreter.label}' is No or it is not the case that '${interpreter.label}' is answered`,
    );
    assert.ok(
      questions.some((q) => q.ref.includes('.')),
      'grid rows can be asked about',
    );
  });

  it("follow each type's module: its ordering, its choices, multiple choice", () => {
    const modules = FIELD_MODULES as Record<string, FieldModule<AnswerField> | undefined>;
    for (const type of FIELD_TYPES) {
      const module = modules[type];
      const offered = operatorsFor(type);
      assert.equal(offered.includes('greaterThan') && offered.includes('lessThan'), module?.ordering !== undefined, type);
      assert.equal(offered.includes('includes'), module?.multiple === true, type);
      assert.equal(offered.includes('in'), module?.choices !== undefined && !module.multiple, type);
      assert.deepEqual(offered.slice(-2), ['filled', 'empty'], type);
      if (module?.ordering) assert.equal(operatorWords('greaterThan', type), typeof module.ordering.example === 'string' ? 'is after' : 'is more than', type);
    }
  });

  it("change when a type's module changes: give text an ordering and it is compared as more or less", () => {
    const text = FIELD_MODULES.text as { ordering?: unknown };
    assert.ok(!operatorsFor('text').includes('greaterThan'));
    text.ordering = FIELD_MODULES.number.ordering;
    try {
      assert.deepEqual(operatorsFor('text'), ['equals', 'notEquals', 'greaterThan', 'lessThan', 'filled', 'empty']);
      assert.equal(operatorWords('lessThan', 'text'), 'is less than');
    } finally {
      delete text.ordering;
    }
  });

  it("offer a choice's answers as its module gives them, typed: a rating's are numbers", () => {
    const questions = questionsOf(form('example'));
    const rating = questions.find((q) => q.type === 'rating')!;
    assert.deepEqual(
      rating.options?.map((o) => o.value),
      [1, 2, 3, 4, 5],
    );
    assert.deepEqual(ruleWith(rating, 'in'), { field: rating.ref, in: [1] });
    assert.deepEqual(questions.find((q) => q.type === 'yesno')!.options, [
      { value: 'yes', label: 'Yes' },
      { value: 'no', label: 'No' },
    ]);
    const gender = questions.find((q) => q.ref === 'gender')!;
    assert.deepEqual(gender.options?.[0], { value: 'male', label: 'Male' });
  });

  it('make only conditions the full check accepts: every operator offered for every question, with its starting value', () => {
    const d = form('example');
    const questions = questionsOf(d);
    const sections = d.sections as { items: unknown[] }[];
    const last = sections[sections.length - 1]!.items;
    for (const question of questions) {
      for (const operator of operatorsFor(question.type)) {
        const condition = ruleWith(question, operator);
        last.push({ type: 'text', id: 'probe', label: 'Probe', visibleWhen: condition });
        assert.deepEqual(checkDefinition(d).problems, [], `${question.ref} ${operator}: ${JSON.stringify(condition)}`);
        last.pop();
      }
    }
  });

  it('keep the value when the operator changes only where it still fits', () => {
    const callTime = questionsOf(form('example')).find((q) => q.type === 'time')!;
    assert.deepEqual(ruleWith(callTime, 'greaterThan'), { field: callTime.ref, greaterThan: '12:00' });
    assert.deepEqual(ruleWith(callTime, 'lessThan', '17:00'), { field: callTime.ref, lessThan: '17:00' });
    assert.deepEqual(ruleWith(callTime, 'lessThan', true), { field: callTime.ref, lessThan: '12:00' }, "'is answered' leaves no value to keep");
  });
});
