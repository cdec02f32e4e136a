// The English words of the matrix chart: they load with its chunk (renderers/matrix.ts).
import type { MessageText } from '@caf-forms/core/runtime';

export const matrixEn = {
  'matrix.count': 'Number of "Yes" answers',
  'matrix.axis': 'Axis',
  'matrix.outOf': '{value} out of {max}',
  'matrix.upLeft': 'top left',
  'matrix.upRight': 'top right',
  'matrix.downLeft': 'bottom left',
  'matrix.downRight': 'bottom right',
  'matrix.dominant': 'Most of the pattern is in the {position} quadrant: {meaning}.',
  'matrix.even': 'The pattern is balanced: no one quadrant holds most of it.',
  'matrix.empty': 'There are no "Yes" answers yet, so there is no pattern to show.',
} as const satisfies Record<string, MessageText>;
