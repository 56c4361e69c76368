/**
 * A 2-D sweep as a heatmap: one panel per strategy, the first parameter across, the second up,
 * each cell coloured by the mean of one metric (conversions by default, or ROI) at that grid
 * point, with one shared colour scale and its legend bar. Sequential (viridis) for counts and
 * money; diverging around 0 (red = losing money, blue = making money) for an ROI that changes
 * sign. Hovering a cell calls `onHover` with the cell and its element (the Lit element shows an
 * HTML tooltip); cells large enough also print their value.
 */

import { axisBottom, axisLeft, interpolateRdBu, interpolateViridis, scaleBand, scaleDiverging, scaleSequential } from 'd3';
import type { StrategyKey } from './chartData';
import { beginChart, drawAxis, drawAxisTitle, drawEmptyState, drawLegendEntry, maxTextWidth, readableTextOn, DEFAULT_EMPTY_MESSAGE, type BaseChartOptions, type ChartContext } from './chartSvg';
import { describer } from './chartDescriptions';
import { formatTick, isFiniteNumber, NOT_AVAILABLE } from './format';
import { finiteOrNaN, metricFormatter, SWEEP_METRIC_LABELS, sweepStrategyNames, type SweepChartSource } from './sweepChartData';
import { strategyColor } from '../theme';

export interface SweepHeatmapOptions extends BaseChartOptions {
  /** Summary metric coloured: converted (default), roi, reached, shared, R, cost. */
  metric?: string;
  /** Colour per strategy for the panel titles, in result order (default the strategy palette). */
  colors?: readonly string[];
  /** Axis titles (default the parameter paths). */
  xLabel?: string;
  yLabel?: string;
  /** Colour legend title (default from the metric). */
  valueLabel?: string;
  currency?: string;
  /** The pointer entered a cell (null: it left the cells). */
  onHover?: (hover: HeatmapHover | null) => void;
}

/** One cell: grid indices, parameter values and the metric there (NaN = undefined). */
export interface HeatmapCell {
  strategy: string;
  /** Index into params[0].values (across) and params[1].values (up). */
  i: number;
  j: number;
  x: number;
  y: number;
  mean: number;
  p05: number;
  p95: number;
}

/** What a hover reports: the cell, its SVG element (to place a tooltip next to it) and readable lines. */
export interface HeatmapHover extends HeatmapCell {
  element: SVGRectElement;
  lines: string[];
}

/** Narrowest panel: below this, panels stack in one column. */
const HEATMAP_MIN_PANEL = 260;
const PANEL_GAP = 28;
const COLOR_STEPS = 48;

/** The cells of strategy `s`, cells[i][j] (NaN where undefined). */
export function heatmapCells(source: SweepChartSource, metric: string, s: number): HeatmapCell[][] {
  const [px, py] = source.params;
  const name = sweepStrategyNames(source)[s];
  return px.values.map((x, i) =>
    py.values.map((y, j) => {
      const stat = source.points[i * py.values.length + j]?.strategies[s]?.summary[metric];
      return { strategy: name, i, j, x, y, mean: finiteOrNaN(stat?.mean), p05: finiteOrNaN(stat?.p05), p95: finiteOrNaN(stat?.p95) };
    }),
  );
}

/** Panels per row at this width. */
export function heatmapColumns(strategies: number, width: number): number {
  return Math.max(1, Math.min(strategies, Math.floor((width + PANEL_GAP) / (HEATMAP_MIN_PANEL + PANEL_GAP))));
}

/** Height that gives every panel a squarish plot at this width. */
export function heatmapHeight(source: SweepChartSource | undefined, width: number): number {
  const n = Math.max(1, source ? sweepStrategyNames(source).length : 1);
  const cols = heatmapColumns(n, width);
  const panelW = (width - (cols - 1) * PANEL_GAP) / cols;
  const panelH = Math.min(420, Math.max(200, panelW * 0.72)) + 80;
  return Math.round(70 + Math.ceil(n / cols) * panelH);
}

/** Every k-th label so that labels of width `labelW` fit bands of `band` px. */
function thinned<T>(values: readonly T[], band: number, labelW: number): T[] {
  const k = Math.max(1, Math.ceil((labelW + 6) / Math.max(1, band)));
  return values.filter((_, i) => i % k === 0 || (i === values.length - 1 && (values.length - 1) % k >= k / 2));
}

/** What the chart says to a screen reader: per strategy its highest value and where it lies. */
export function describeSweepHeatmap(source: SweepChartSource | undefined, options: Omit<SweepHeatmapOptions, 'width' | 'height'>): string {
  const metric = options.metric ?? 'converted';
  const value = options.valueLabel ?? SWEEP_METRIC_LABELS[metric] ?? metric;
  const ok = source !== undefined && source.params.length === 2 && source.points.length > 0;
  const names = ok ? sweepStrategyNames(source) : [];
  const cells = ok ? names.map((_, s) => heatmapCells(source, metric, s)) : [];
  const [px, py] = ok ? source.params : [];
  const x = options.xLabel ?? px?.path ?? '';
  const y = options.yLabel ?? py?.path ?? '';
  const d = describer(options);
  if (!cells.flat(2).some((c) => isFiniteNumber(c.mean))) return d.say('describe.heatmapEmpty', { value, x, y });
  const fmt = metricFormatter(metric, options.locale, options.currency);
  const items = names.map((name, s) => {
    const b = cells[s].flat().reduce<HeatmapCell | null>((best, c) => (isFiniteNumber(c.mean) && (best === null || c.mean > best.mean) ? c : best), null);
    return b
      ? d.say('describe.heatmapItem', { name, best: fmt.value(b.mean), x, xv: formatTick(b.x, options.locale), y, yv: formatTick(b.y, options.locale) })
      : d.say('describe.heatmapNoValues', { name });
  });
  return d.say('describe.heatmap', { value, x, nx: px!.values.length, y, ny: py!.values.length, list: d.sentences(items) });
}

/** Draw the heatmap into `svg`, replacing what was there. */
export function drawSweepHeatmap(svg: SVGSVGElement, source: SweepChartSource | undefined, options: SweepHeatmapOptions): void {
  const metric = options.metric ?? 'converted';
  const valueLabel = options.valueLabel ?? SWEEP_METRIC_LABELS[metric] ?? metric;
  const fmt = metricFormatter(metric, options.locale, options.currency);
  const ok = source !== undefined && source.params.length === 2 && source.points.length > 0;
  const names = ok ? sweepStrategyNames(source) : [];
  const cells = ok ? names.map((_, s) => heatmapCells(source, metric, s)) : [];
  const finite = cells.flat(2).map((c) => c.mean).filter(isFiniteNumber);
  const [px, py] = ok ? source.params : [];
  const xLabel = options.xLabel ?? px?.path ?? '';
  const yLabel = options.yLabel ?? py?.path ?? '';
  const say = describer(options).say;
  const ctx = beginChart(svg, options, describeSweepHeatmap(source, options));
  if (finite.length === 0) {
    drawEmptyState(ctx, options.emptyMessage ?? DEFAULT_EMPTY_MESSAGE);
    return;
  }
  const lo = Math.min(...finite);
  const hi = Math.max(...finite);
  const diverging = metric === 'roi' && lo < 0 && hi > 0;
  const color: (v: number) => string = diverging
    ? scaleDiverging(interpolateRdBu).domain([lo, 0, hi])
    : scaleSequential(interpolateViridis).domain(lo === hi ? [lo - 1, hi + 1] : [lo, hi]);

  // Counts below 1,000 in full ("370", "28.6"), larger ones compact ("6.3K"); ROI and money as usual.
  const short = (v: number) => (Math.abs(v) >= 1000 && metric !== 'roi' ? fmt.tick(v) : fmt.value(v));
  const legendH = drawColorLegend(ctx, valueLabel, lo, hi, color, short, diverging);
  const keys: StrategyKey[] = names.map((name, s) => ({ name, color: options.colors?.[s] ?? strategyColor(s) }));
  const cols = heatmapColumns(names.length, ctx.width);
  const rows = Math.ceil(names.length / cols);
  const panelW = (ctx.width - (cols - 1) * PANEL_GAP) / cols;
  const panelH = (ctx.height - legendH) / rows;
  const xLabels = px!.values.map((v) => formatTick(v, options.locale));
  const yLabels = py!.values.map((v) => formatTick(v, options.locale));
  const left = Math.ceil(maxTextWidth(ctx, yLabels)) + 10 + ctx.labelSize + 10;
  const headH = ctx.labelSize + 14;
  const bottom = ctx.fontSize + 12 + ctx.labelSize + 12;
  const cellLabelSize = Math.max(10, ctx.fontSize - 1);

  keys.forEach((key, s) => {
    const ox = (s % cols) * (panelW + PANEL_GAP);
    const oy = legendH + Math.floor(s / cols) * panelH;
    const plotW = Math.max(40, panelW - left - 4);
    const plotH = Math.max(40, panelH - headH - bottom - 12);
    const x = scaleBand<number>().domain(px!.values.map((_, i) => i)).range([0, plotW]).paddingInner(0.04);
    const y = scaleBand<number>().domain(py!.values.map((_, j) => j)).range([plotH, 0]).paddingInner(0.04);
    const panel = ctx.root.append('g').attr('class', 'dl-heatmap-panel').attr('data-strategy', key.name).attr('transform', `translate(${ox},${oy})`);
    drawLegendEntry(panel, ctx, key, left, ctx.labelSize / 2 + 4, plotW, 600);
    const grid = panel.append('g').attr('class', 'dl-cells').attr('transform', `translate(${left},${headH})`);
    const showValues = x.bandwidth() >= 38 && y.bandwidth() >= cellLabelSize + 6;
    for (const column of cells[s]) {
      for (const c of column) {
        const fill = isFiniteNumber(c.mean) ? color(c.mean) : ctx.theme.grid;
        const rect = grid
          .append('rect')
          .attr('class', 'dl-cell')
          .attr('x', x(c.i) ?? 0)
          .attr('y', y(c.j) ?? 0)
          .attr('width', x.bandwidth())
          .attr('height', y.bandwidth())
          .attr('fill', fill)
          .attr('data-i', c.i)
          .attr('data-j', c.j)
          .attr('data-value', isFiniteNumber(c.mean) ? c.mean : '');
        if (options.onHover) {
          const onHover = options.onHover;
          const node = rect.node()!;
          rect.on('pointerenter', () => {
            rect.attr('stroke', ctx.theme.text).attr('stroke-width', 2);
            onHover({ ...c, element: node, lines: hoverLines(c, xLabel, yLabel, valueLabel, fmt.value, options.locale, say) });
          });
          rect.on('pointerleave', () => {
            rect.attr('stroke', null).attr('stroke-width', null);
            onHover(null);
          });
        }
        if (showValues && isFiniteNumber(c.mean)) {
          const label = short(c.mean);
          if (ctx.measure(label, cellLabelSize) <= x.bandwidth() - 4)
            grid
              .append('text')
              .attr('class', 'dl-cell-label')
              .attr('x', (x(c.i) ?? 0) + x.bandwidth() / 2)
              .attr('y', (y(c.j) ?? 0) + y.bandwidth() / 2)
              .attr('text-anchor', 'middle')
              .attr('dominant-baseline', 'central')
              .attr('font-size', cellLabelSize)
              .attr('pointer-events', 'none')
              .attr('fill', readableTextOn(toHex(fill), 1, ctx.theme))
              .text(label);
        }
      }
    }
    const xTicks = thinned(px!.values.map((_, i) => i), x.bandwidth(), maxTextWidth(ctx, xLabels));
    const yTicks = thinned(py!.values.map((_, j) => j), y.bandwidth(), ctx.fontSize);
    drawAxis(ctx, axisBottom(x).tickValues(xTicks).tickFormat((i) => xLabels[i]).tickSizeOuter(0), ox + left, oy + headH + plotH, 'dl-x-axis');
    drawAxis(ctx, axisLeft(y).tickValues(yTicks).tickFormat((j) => yLabels[j]).tickSizeOuter(0), ox + left, oy + headH, 'dl-y-axis');
    drawAxisTitle(ctx, xLabel, ox + left + plotW / 2, oy + headH + plotH + ctx.fontSize + 12 + ctx.labelSize);
    drawAxisTitle(ctx, yLabel, ox + ctx.labelSize * 0.8, oy + headH + plotH / 2, true);
  });
}

function hoverLines(
  c: HeatmapCell,
  xLabel: string,
  yLabel: string,
  valueLabel: string,
  value: (v: number) => string,
  locale: string | undefined,
  say: ReturnType<typeof describer>['say'],
): string[] {
  const band = isFiniteNumber(c.p05) && isFiniteNumber(c.p95) ? say('describe.heatmapBand', { lo: value(c.p05), hi: value(c.p95) }) : null;
  return [c.strategy, `${xLabel} = ${formatTick(c.x, locale)}`, `${yLabel} = ${formatTick(c.y, locale)}`, `${valueLabel}: ${isFiniteNumber(c.mean) ? value(c.mean) : NOT_AVAILABLE}`, ...(band ? [band] : [])];
}

/** d3's interpolators return rgb(); readableTextOn wants #rrggbb. */
function toHex(fill: string): string {
  const m = /^rgb\((\d+),\s*(\d+),\s*(\d+)\)$/.exec(fill);
  if (!m) return fill;
  return `#${m.slice(1, 4).map((v) => Number(v).toString(16).padStart(2, '0')).join('')}`;
}

/** The colour legend: title, a bar of COLOR_STEPS rects (no gradient ids, so exports stay self-contained) and ticks. */
function drawColorLegend(ctx: ChartContext, title: string, lo: number, hi: number, color: (v: number) => string, tick: (v: number) => string, diverging: boolean): number {
  const barW = Math.min(320, ctx.width * 0.6);
  const titleW = ctx.measure(title, ctx.labelSize, 600);
  const sideBySide = titleW + 16 + barW <= ctx.width;
  const barX = sideBySide ? titleW + 16 : 0;
  const barY = sideBySide ? 4 : ctx.labelSize + 10;
  const g = ctx.root.append('g').attr('class', 'dl-color-legend');
  g.append('text').attr('x', 0).attr('y', sideBySide ? barY + 6 : ctx.labelSize / 2 + 2).attr('dominant-baseline', 'central').attr('font-size', ctx.labelSize).attr('font-weight', 600).attr('fill', ctx.theme.text).text(title);
  const span = hi > lo ? hi - lo : 1;
  for (let k = 0; k < COLOR_STEPS; k++) {
    const v = lo + (span * (k + 0.5)) / COLOR_STEPS;
    g.append('rect').attr('x', barX + (barW * k) / COLOR_STEPS).attr('y', barY).attr('width', barW / COLOR_STEPS + 0.5).attr('height', 12).attr('fill', color(hi > lo ? v : lo));
  }
  // A diverging scale labels its centre, 0 (break even); a sequential one its midpoint. A middle
  // label that would touch an end label is left out.
  const ticks = hi > lo ? [lo, diverging ? 0 : (lo + hi) / 2, hi] : [lo];
  const placed = ticks.map((t, k) => {
    const label = tick(t);
    const w = ctx.measure(label, ctx.fontSize);
    const tx = barX + (hi > lo ? (barW * (t - lo)) / span : barW / 2);
    const anchor = ticks.length === 1 ? 'middle' : k === 0 ? 'start' : k === ticks.length - 1 ? 'end' : 'middle';
    const x0 = anchor === 'start' ? tx : anchor === 'end' ? tx - w : tx - w / 2;
    return { label, tx, anchor, x0, x1: x0 + w };
  });
  const shown = placed.length === 3 && (placed[1].x0 < placed[0].x1 + 6 || placed[1].x1 > placed[2].x0 - 6) ? [placed[0], placed[2]] : placed;
  for (const t of shown) {
    g.append('text')
      .attr('x', t.tx)
      .attr('y', barY + 12 + ctx.fontSize)
      .attr('text-anchor', t.anchor)
      .attr('font-size', ctx.fontSize)
      .attr('fill', ctx.theme.textMuted)
      .text(t.label);
  }
  return barY + 12 + ctx.fontSize + 16;
}
