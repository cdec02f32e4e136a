// The four-axis matrix of the V&R tool (and any form like it): where each axis's count sits
// on its axis, and which quadrant holds most of the shape the four points make. Pure
// numbers, so that the chart, its text alternative and the tests read the same values.
import type { MatrixContent } from './definition.js';
import { countSize, type ComputedResult } from './computed.js';
import type { FormModel } from './model.js';

export type MatrixSide = 'up' | 'down' | 'left' | 'right';
export type Quadrant = 'upLeft' | 'upRight' | 'downLeft' | 'downRight';
export const MATRIX_SIDES: readonly MatrixSide[] = ['up', 'down', 'left', 'right'];

export interface MatrixAxisPoint {
  side: MatrixSide;
  label: string;
  value: number;
  /** The end of the axis: the definition's max, or how many answers the count looks at. */
  max: number;
  /** value / max, between 0 and 1: how far along its axis the point is. */
  reach: number;
}

export interface MatrixLayout {
  axes: Record<MatrixSide, MatrixAxisPoint>;
  /**
   * The quadrant with most of the shape. The shape is four triangles, one per quadrant, of
   * area reach(vertical) × reach(horizontal) / 2, so the largest pairs the longer vertical
   * half-axis with the longer horizontal one. Undefined when either pair is level.
   */
  dominant?: Quadrant;
}

export function matrixLayout(model: FormModel, item: MatrixContent, valueOf: (computedId: string) => ComputedResult | undefined): MatrixLayout {
  const point = (side: MatrixSide): MatrixAxisPoint => {
    const axis = item.axes[side];
    const definition = model.definition.computed?.find((c) => c.id === axis.computed);
    const max = axis.max ?? (definition ? countSize(model, definition) : undefined) ?? 0;
    const raw = valueOf(axis.computed);
    const value = typeof raw === 'number' && Number.isFinite(raw) ? raw : 0;
    return { side, label: axis.label, value, max, reach: max > 0 ? Math.min(1, Math.max(0, value / max)) : 0 };
  };
  const axes = { up: point('up'), down: point('down'), left: point('left'), right: point('right') };
  const vertical = axes.up.reach === axes.down.reach ? undefined : axes.up.reach > axes.down.reach ? 'up' : 'down';
  const horizontal = axes.left.reach === axes.right.reach ? undefined : axes.left.reach > axes.right.reach ? 'Left' : 'Right';
  return { axes, dominant: vertical && horizontal ? (`${vertical}${horizontal}` as Quadrant) : undefined };
}
