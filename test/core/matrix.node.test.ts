// The matrix layout: each count's reach along its axis and the quadrant holding most of the shape.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { buildModel, checkDefinition, matrixLayout, type MatrixContent } from '@caf-forms/core';

const yesNo = [
  { value: 'yes', label: 'Yes' },
  { value: 'no', label: 'No' },
];
const grid = (id: string, rows: number) => ({
  type: 'grid',
  id,
  label: id,
  columns: yesNo,
  rows: Array.from({ length: rows }, (_, i) => ({ id: `${id}${i}`, label: `Q${i}` })),
});
const matrix = {
  type: 'matrix',
  label: 'Matrix',
  axes: {
    up: { computed: 'upYes', label: 'Up' },
    down: { computed: 'downYes', label: 'Down' },
    left: { computed: 'leftYes', label: 'Left' },
    right: { computed: 'rightYes', label: 'Right', max: 10 },
  },
  quadrants: { upLeft: 'UL', upRight: 'UR', downLeft: 'DL', downRight: 'DR' },
};
const checked = checkDefinition({
  $schema: 'x',
  id: 'm',
  version: '1.0.0',
  title: 'M',
  sections: [{ id: 's', title: 'S', items: [grid('up', 4), grid('down', 8), grid('left', 2), grid('right', 3), matrix] }],
  computed: ['up', 'down', 'left', 'right'].map((id) => ({ id: `${id}Yes`, label: id, count: { of: [id], equals: 'yes' } })),
});
if (!checked.ok) throw new Error(JSON.stringify(checked.problems));
const model = buildModel(checked.definition);
const layout = (values: Record<string, number>) => matrixLayout(model, matrix as MatrixContent, (id) => values[id]);

describe('matrixLayout', () => {
  it('scales each axis to the number of questions its count looks at, or to its max', () => {
    const { axes } = layout({ upYes: 2, downYes: 2, leftYes: 2, rightYes: 5 });
    assert.deepEqual([axes.up.max, axes.down.max, axes.left.max, axes.right.max], [4, 8, 2, 10]);
    assert.deepEqual([axes.up.reach, axes.down.reach, axes.left.reach, axes.right.reach], [0.5, 0.25, 1, 0.5]);
  });

  it('names the quadrant of the longer vertical and the longer horizontal half-axes', () => {
    assert.equal(layout({ upYes: 2, downYes: 2, leftYes: 2, rightYes: 5 }).dominant, 'upLeft');
    assert.equal(layout({ upYes: 0, downYes: 1, leftYes: 0, rightYes: 1 }).dominant, 'downRight');
  });

  it('names no quadrant when a pair is level or nothing is answered', () => {
    assert.equal(layout({ upYes: 2, downYes: 4, leftYes: 1, rightYes: 5 }).dominant, undefined);
    assert.equal(layout({}).dominant, undefined);
  });
});
