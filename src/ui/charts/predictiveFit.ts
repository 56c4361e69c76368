/**
 * The posterior predictive check of a calibration: one panel per observed column (reached,
 * shared, converted) side by side, each with the simulated 5–95 % band and mean of every run of
 * every posterior particle over the horizon, and the observed points on top. Points inside the
 * band: the fitted model can produce the campaign; points outside: it cannot with these
 * parameters. Observed points outside the band are drawn hollow and larger.
 */

import { area, axisBottom, axisLeft, line, scaleLinear } from 'd3';
import { beginChart, drawAxis, drawEmptyState, drawHorizontalGrid, maxTextWidth, DEFAULT_EMPTY_MESSAGE, type BaseChartOptions, type ChartContext } from './chartSvg';
import { formatTick } from './format';
import { hourTicks, linearDomain } from './ticks';
import { strategyColor } from '../theme';

/** One observed column's check (the shape of `predictive.<column>` in the calibration JSON). */
export interface PredictiveFitColumn {
  observed: (number | null)[];
  mean: number[];
  p05: number[];
  p95: number[];
}

export interface PredictiveFitData {
  step: number[];
  columns: { id: string; column: PredictiveFitColumn }[];
}

export const PREDICTIVE_FIT_TEXT = {
  step: 'Hours since launch',
  observed: 'observed',
  band: 'simulated 5–95 %',
  mean: 'simulated mean',
  columns: { reached: 'People reached', shared: 'People who shared', converted: 'Conversions' } as Record<string, string>,
};

export interface PredictiveFitOptions extends BaseChartOptions {
  text?: Partial<typeof PREDICTIVE_FIT_TEXT>;
}

/** Observed points inside their step's 5–95 % band, and all observed points. */
export function pointsInside(data: PredictiveFitData): { inside: number; total: number } {
  let inside = 0;
  let total = 0;
  for (const { column } of data.columns)
    column.observed.forEach((o, i) => {
      if (o === null) return;
      total++;
      if (o >= column.p05[i] && o <= column.p95[i]) inside++;
    });
  return { inside, total };
}

const LEGEND = 28;

function drawLegend(ctx: ChartContext, text: typeof PREDICTIVE_FIT_TEXT, colour: string): void {
  const g = ctx.root.append('g').attr('class', 'dl-legend').attr('transform', 'translate(0,12)');
  let x = 0;
  const item = (draw: (at: number) => void, label: string) => {
    draw(x);
    g.append('text').attr('x', x + 22).attr('y', 4).attr('font-size', ctx.labelSize).attr('fill', ctx.theme.text).text(label);
    x += 22 + ctx.measure(label, ctx.labelSize) + 18;
  };
  item((at) => void g.append('rect').attr('x', at).attr('y', -6).attr('width', 16).attr('height', 12).attr('fill', colour).attr('fill-opacity', 0.22), text.band);
  item((at) => void g.append('line').attr('x1', at).attr('x2', at + 16).attr('y1', 0).attr('y2', 0).attr('stroke', colour).attr('stroke-width', 2), text.mean);
  item((at) => void g.append('circle').attr('cx', at + 8).attr('cy', 0).attr('r', 4).attr('fill', ctx.theme.text), text.observed);
}

export function drawPredictiveFit(svg: SVGSVGElement, data: PredictiveFitData | undefined, options: PredictiveFitOptions): void {
  const text = { ...PREDICTIVE_FIT_TEXT, ...options.text, columns: { ...PREDICTIVE_FIT_TEXT.columns, ...options.text?.columns } };
  const ctx = beginChart(svg, options, options.title ?? text.band);
  if (!data || data.columns.length === 0 || data.step.length === 0) return drawEmptyState(ctx, options.emptyMessage ?? DEFAULT_EMPTY_MESSAGE);
  const colour = strategyColor(0);
  drawLegend(ctx, text, colour);
  const n = data.columns.length;
  const gap = 28;
  const panelW = (ctx.width - gap * (n - 1)) / n;
  const maxStep = data.step[data.step.length - 1];
  const titleH = ctx.labelSize + 10;
  const bottom = ctx.fontSize + ctx.labelSize + 18;
  data.columns.forEach(({ id, column }, c) => {
    const values = [...column.p95, ...column.observed.filter((v): v is number => v !== null)];
    const y = scaleLinear().domain(linearDomain(values)).nice();
    const yTicks = y.ticks(5);
    const left = Math.ceil(maxTextWidth(ctx, yTicks.map((v) => formatTick(v, ctx.locale)))) + 14;
    const x0 = c * (panelW + gap) + left;
    const top = LEGEND + titleH;
    // Room on the right for the last observed point's circle.
    const plotW = Math.max(30, panelW - left - 8);
    const plotH = Math.max(40, ctx.height - top - bottom);
    y.range([plotH, 0]);
    const x = scaleLinear().domain([0, Math.max(1, maxStep)]).range([0, plotW]);
    ctx.root
      .append('text')
      .attr('x', x0)
      .attr('y', LEGEND + ctx.labelSize + 2)
      .attr('font-size', ctx.labelSize)
      .attr('font-weight', 600)
      .attr('fill', ctx.theme.text)
      .text(text.columns[id] ?? id);
    const plot = ctx.root.append('g').attr('class', 'dl-fit-panel').attr('data-column', id).attr('transform', `translate(${x0},${top})`);
    drawHorizontalGrid(plot, yTicks, y, plotW, ctx.theme);
    const idx = data.step.map((_, i) => i);
    plot
      .append('path')
      .attr('d', area<number>().x((i) => x(data.step[i])).y0((i) => y(column.p05[i])).y1((i) => y(column.p95[i]))(idx) ?? '')
      .attr('fill', colour)
      .attr('fill-opacity', 0.22);
    plot
      .append('path')
      .attr('d', line<number>().x((i) => x(data.step[i])).y((i) => y(column.mean[i]))(idx) ?? '')
      .attr('fill', 'none')
      .attr('stroke', colour)
      .attr('stroke-width', 2);
    column.observed.forEach((o, i) => {
      if (o === null) return;
      const inside = o >= column.p05[i] && o <= column.p95[i];
      plot
        .append('circle')
        .attr('class', inside ? 'dl-observed' : 'dl-observed dl-outside')
        .attr('cx', x(data.step[i]))
        .attr('cy', y(o))
        .attr('r', inside ? 3.5 : 5)
        .attr('fill', inside ? ctx.theme.text : ctx.theme.background)
        .attr('stroke', ctx.theme.text)
        .attr('stroke-width', inside ? 0.8 : 2);
    });
    drawAxis(ctx, axisLeft(y).tickValues(yTicks).tickFormat((v) => formatTick(Number(v), ctx.locale)), x0, top, 'dl-axis dl-axis-y');
    const ticks = hourTicks(maxStep, Math.max(2, Math.floor(plotW / 55)));
    drawAxis(ctx, axisBottom(x).tickValues(ticks).tickFormat((v) => formatTick(Number(v), ctx.locale)), x0, top + plotH, 'dl-axis dl-axis-x');
    ctx.root
      .append('text')
      .attr('x', x0 + plotW / 2)
      .attr('y', top + plotH + ctx.fontSize + ctx.labelSize + 12)
      .attr('text-anchor', 'middle')
      .attr('font-size', ctx.labelSize)
      .attr('fill', ctx.theme.textMuted)
      .text(text.step);
  });
}
