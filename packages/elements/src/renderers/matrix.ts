// The four-axis matrix chart (the V&R tool's resilience/vulnerability matrix) as SVG, with
// its text alternative: a table of the four counts and a sentence naming the quadrant that
// holds most of the pattern. The chart is hidden from screen readers; the text says it all.
// Colours are presentation attributes (currentColor), not styles, so that the chart also
// draws in light-DOM mode and under a strict style-src.
// A part loaded only by forms with a matrix (parts.ts): its CSS comes with it.
import { css, html, svg, type SVGTemplateResult, type TemplateResult } from 'lit';
import { MATRIX_SIDES, matrixLayout, type MatrixContent, type MatrixSide, type Quadrant } from '@caf-forms/core/runtime';
import type { RenderContext } from '../registry.js';
import { addEnglish } from '../messages.js';
import { matrixEn } from '../messages/en-matrix.js';
import { govukTableCss } from '../generated/govuk-table.css.js';

addEnglish(matrixEn); // this part's words, before it draws

export const styles = css`
  ${govukTableCss}
  .caf-matrix { margin: 0 0 30px; max-width: 40em; }
  .caf-matrix__chart { display: block; max-width: 32em; margin-bottom: 15px; }
`;

const WIDTH = 520;
const HEIGHT = 420;
const CX = 260;
const CY = 210;
/** Length of each half-axis, from the centre to the axis's maximum. */
const R = 160;
/**
 * Text sizes in the chart's own units: the chart scales with its width, so at 320 px (0.6 of
 * its 520 units) these are still about 11 and 10 px. The words are all in the table below too.
 */
const LABEL_SIZE = 18;
const QUADRANT_SIZE = 16;
const DIRECTION: Record<MatrixSide, [number, number]> = { up: [0, -1], down: [0, 1], left: [-1, 0], right: [1, 0] };

export function matrixChart(item: MatrixContent, ctx: RenderContext): TemplateResult {
  const layout = matrixLayout(ctx.store.model, item, (id) => ctx.store.computedValue(id));
  const points = MATRIX_SIDES.map((side) => {
    const [dx, dy] = DIRECTION[side];
    const reach = layout.axes[side].reach;
    return { side, x: CX + dx * R * reach, y: CY + dy * R * reach };
  });
  const anyAnswer = MATRIX_SIDES.some((side) => layout.axes[side].value > 0);
  const sentence = !anyAnswer
    ? ctx.t('matrix.empty')
    : layout.dominant
      ? ctx.t('matrix.dominant', { position: ctx.t(`matrix.${layout.dominant}`), meaning: item.quadrants[layout.dominant] })
      : ctx.t('matrix.even');
  const captionId = `${ctx.prefix}${item.id ?? 'matrix'}-caption`;
  return html`<figure class="caf-matrix" aria-labelledby=${captionId}>
    <svg class="caf-matrix__chart" viewBox="0 0 ${WIDTH} ${HEIGHT}" width="100%" role="presentation" aria-hidden="true" focusable="false">
      ${quadrantLabels(item)}
      ${MATRIX_SIDES.map((side) => axis(side, layout.axes[side].max, layout.axes[side].label))}
      <polygon class="caf-matrix__shape" points=${points.map((p) => `${p.x},${p.y}`).join(' ')}
        fill="currentColor" fill-opacity="0.15" stroke="currentColor" stroke-width="3"></polygon>
      ${points.map((p) => svg`<circle class="caf-matrix__point caf-matrix__point--${p.side}" cx=${p.x} cy=${p.y} r="6" fill="currentColor"></circle>`)}
    </svg>
    <figcaption>
      <table class="govuk-table caf-matrix__table">
        <caption class="govuk-table__caption govuk-table__caption--s" id=${captionId}>${item.label}</caption>
        <thead class="govuk-table__head"><tr class="govuk-table__row">
          <th scope="col" class="govuk-table__header">${ctx.t('matrix.axis')}</th>
          <th scope="col" class="govuk-table__header">${ctx.t('matrix.count')}</th></tr></thead>
        <tbody class="govuk-table__body">${MATRIX_SIDES.map(
          (side) => html`<tr class="govuk-table__row">
          <th scope="row" class="govuk-table__header">${layout.axes[side].label}</th>
          <td class="govuk-table__cell caf-matrix__count">${ctx.t('matrix.outOf', { value: layout.axes[side].value, max: layout.axes[side].max })}</td></tr>`,
        )}</tbody>
      </table>
      <p class="govuk-body caf-matrix__summary" aria-live="polite">${sentence}</p>
    </figcaption>
  </figure>`;
}

/** A half-axis from the centre, a tick per answer, and its label by the far end. */
function axis(side: MatrixSide, max: number, label: string): SVGTemplateResult {
  const [dx, dy] = DIRECTION[side];
  const ticks = max > 0 && max <= 40 ? Array.from({ length: max }, (_, i) => (i + 1) / max) : [];
  const end = { x: CX + dx * R, y: CY + dy * R };
  // Vertical labels sit beyond the end; horizontal ones under the line at the frame's edge,
  // wrapped, so that two long ones ("PROTECTIVE ENVIRONMENT", "ADVERSITY") never meet mid-chart.
  const labelAt =
    dy !== 0 ? { x: CX, y: end.y + (dy < 0 ? -14 : 30), anchor: 'middle' } : { x: dx < 0 ? 6 : WIDTH - 6, y: CY + 28, anchor: dx < 0 ? 'start' : 'end' };
  const lines = dy !== 0 ? [label.toUpperCase()] : wrap(label.toUpperCase(), 12);
  return svg`<line x1=${CX} y1=${CY} x2=${end.x} y2=${end.y} stroke="currentColor" stroke-width="2"></line>
    ${ticks.map((f) => {
      const x = CX + dx * R * f;
      const y = CY + dy * R * f;
      return svg`<line x1=${x - dy * 5} y1=${y - dx * 5} x2=${x + dy * 5} y2=${y + dx * 5} stroke="currentColor" stroke-width="1"></line>`;
    })}
    <text x=${labelAt.x} y=${labelAt.y} text-anchor=${labelAt.anchor} font-size=${LABEL_SIZE} font-weight="bold" fill="currentColor">${lines.map((line, i) => svg`<tspan x=${labelAt.x} dy=${i ? LABEL_SIZE + 2 : 0}>${line}</tspan>`)}</text>`;
}

const CORNERS: Record<Quadrant, { x: number; y: number; anchor: string }> = {
  upLeft: { x: 8, y: 24, anchor: 'start' },
  upRight: { x: WIDTH - 8, y: 24, anchor: 'end' },
  downLeft: { x: 8, y: HEIGHT - 50, anchor: 'start' },
  downRight: { x: WIDTH - 8, y: HEIGHT - 50, anchor: 'end' },
};

function quadrantLabels(item: MatrixContent): SVGTemplateResult[] {
  return (Object.keys(CORNERS) as Quadrant[]).map((q) => {
    const { x, y, anchor } = CORNERS[q];
    return svg`<text class="caf-matrix__quadrant" x=${x} y=${y} text-anchor=${anchor} font-size=${QUADRANT_SIZE} fill="currentColor">
      ${wrap(item.quadrants[q], 20).map((line, i) => svg`<tspan x=${x} dy=${i ? QUADRANT_SIZE + 3 : 0}>${line}</tspan>`)}</text>`;
  });
}

/** Splits a sentence into lines of at most `width` characters, at spaces. */
function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  for (const word of text.split(/\s+/)) {
    const last = lines[lines.length - 1];
    if (last !== undefined && `${last} ${word}`.length <= width) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines;
}
