/**
 * A 1-D sweep: one metric (conversions by default) against the swept parameter, per strategy the
 * mean with a shaded 5–95 % band over runs and a dot per grid point. Vertical markers show where
 * mean R crosses 1 ("R = 1": the tipping point) and where the curve is steepest. Every grid point
 * reuses the same runs (common random numbers), so the curve is smooth without more runs.
 */

import { area, axisBottom, axisLeft, line, scaleLinear } from 'd3';
import type { StrategyKey } from './chartData';
import {
  drawHorizontalGrid,
  beginChart,
  drawAxis,
  drawAxisTitle,
  drawEmptyState,
  drawStrategyLegend,
  maxTextWidth,
  DEFAULT_EMPTY_MESSAGE,
  type BaseChartOptions,
  type ChartContext,
  type G,
} from './chartSvg';
import { describer } from './chartDescriptions';
import { formatTick, isFiniteNumber } from './format';
import { finiteOrNaN, metricFormatter, SWEEP_METRIC_LABELS, sweepStrategyNames, type SweepChartSource } from './sweepChartData';
import { linearDomain } from './ticks';
import { strategyColor } from '../theme';

export interface SweepCurveOptions extends BaseChartOptions {
  /** Summary metric on the y axis: converted (default), reached, shared, roi, R, cost. */
  metric?: string;
  /** Colour per strategy, in result order (default the strategy palette). */
  colors?: readonly string[];
  /** y-axis title (default from the metric). */
  yLabel?: string;
  /** x-axis title (default the parameter path). */
  xLabel?: string;
  /** Draw the 5–95 % bands (default true). */
  bands?: boolean;
  /** Draw the "R = 1" and "steepest" markers (default true). */
  markers?: boolean;
  /** ISO 4217 code for money metrics. */
  currency?: string;
  /** Marker labels, e.g. for translation. */
  text?: Partial<typeof SWEEP_CURVE_TEXT>;
}

export const SWEEP_CURVE_TEXT = { tipping: 'R = 1', steepest: 'steepest' };

/** One strategy's curve: parallel columns over the grid. */
export interface SweepCurveSeries extends StrategyKey {
  x: number[];
  mean: number[];
  p05: number[];
  p95: number[];
  tippingPoint: number | null;
  steepest: number | null;
}

/** The curves of a 1-D sweep for one metric (NaN where undefined). */
export function sweepCurveSeries(source: SweepChartSource, metric: string, colors?: readonly string[]): SweepCurveSeries[] {
  const names = sweepStrategyNames(source);
  return names.map((name, s) => {
    const stats = source.points.map((p) => p.strategies[s]?.summary[metric] ?? null);
    const marks = source.curves?.find((c) => c.strategy === name);
    return {
      name,
      color: colors?.[s] ?? strategyColor(s),
      x: source.points.map((p) => p.values[0]),
      mean: stats.map((v) => finiteOrNaN(v?.mean)),
      p05: stats.map((v) => finiteOrNaN(v?.p05)),
      p95: stats.map((v) => finiteOrNaN(v?.p95)),
      tippingPoint: marks?.tippingPoint ?? null,
      steepest: marks?.steepest ?? null,
    };
  });
}

/** A vertical marker: its x, kind, and the strategies it belongs to (one line when several share it). */
interface Marker {
  x: number;
  kind: 'tipping' | 'steepest';
  colors: string[];
}

function markersOf(series: readonly SweepCurveSeries[]): Marker[] {
  const out: Marker[] = [];
  for (const s of series) {
    for (const kind of ['tipping', 'steepest'] as const) {
      const x = kind === 'tipping' ? s.tippingPoint : s.steepest;
      if (!isFiniteNumber(x)) continue;
      const same = out.find((m) => m.kind === kind && Math.abs(m.x - x) <= 1e-9 * Math.max(1, Math.abs(x)));
      if (same) same.colors.push(s.color);
      else out.push({ x, kind, colors: [s.color] });
    }
  }
  return out;
}

/** Rows for marker labels so that none overlaps its neighbour; returns the row of each label. */
function labelRows(lefts: readonly number[], widths: readonly number[], gap = 6): number[] {
  const order = lefts.map((_, i) => i).sort((a, b) => lefts[a] - lefts[b]);
  const rowEnds: number[] = [];
  const rows = new Array<number>(lefts.length);
  for (const i of order) {
    let r = rowEnds.findIndex((end) => lefts[i] >= end + gap);
    if (r < 0) r = rowEnds.push(-Infinity) - 1;
    rowEnds[r] = lefts[i] + widths[i];
    rows[i] = r;
  }
  return rows;
}

/** What the chart says to a screen reader: each curve's ends, where R crosses 1 and where it is steepest. */
export function describeSweepCurve(source: SweepChartSource | undefined, options: Omit<SweepCurveOptions, 'width' | 'height'>): string {
  const metric = options.metric ?? 'converted';
  const param = source?.params[0];
  const series = source && param && source.params.length === 1 ? sweepCurveSeries(source, metric, options.colors) : [];
  const drawn = series.filter((s) => s.mean.some(isFiniteNumber));
  const y = options.yLabel ?? SWEEP_METRIC_LABELS[metric] ?? metric;
  const x = options.xLabel ?? param?.path ?? '';
  const d = describer(options);
  if (drawn.length === 0) return d.say('describe.sweepEmpty', { y, x });
  const fmt = metricFormatter(metric, options.locale, options.currency);
  const at = (v: number) => formatTick(v, options.locale);
  const marks = (s: SweepCurveSeries) =>
    d.parts([
      s.tippingPoint !== null ? d.say('describe.sweepTipping', { x: at(s.tippingPoint) }) : d.say('describe.sweepNoTipping'),
      ...(s.steepest !== null ? [d.say('describe.sweepSteepest', { x: at(s.steepest) })] : []),
    ]);
  const items = drawn.map((s) => d.say('describe.sweepItem', { name: s.name, first: fmt.value(s.mean[0]), last: fmt.value(s.mean[s.mean.length - 1]), marks: marks(s) }));
  return d.say('describe.sweep', { y, x, points: param!.values.length, list: d.sentences(items) });
}

/** Draw the sweep curve into `svg`, replacing what was there. */
export function drawSweepCurve(svg: SVGSVGElement, source: SweepChartSource | undefined, options: SweepCurveOptions): void {
  const metric = options.metric ?? 'converted';
  const text = { ...SWEEP_CURVE_TEXT, ...options.text };
  const param = source?.params[0];
  const series = source && param && source.params.length === 1 ? sweepCurveSeries(source, metric, options.colors) : [];
  const drawn = series.filter((s) => s.mean.some(isFiniteNumber));
  const yLabel = options.yLabel ?? SWEEP_METRIC_LABELS[metric] ?? metric;
  const xLabel = options.xLabel ?? param?.path ?? '';
  const fmt = metricFormatter(metric, options.locale, options.currency);
  const say = describer(options).say;
  const ctx = beginChart(svg, options, describeSweepCurve(source, options));
  if (drawn.length === 0) {
    drawEmptyState(ctx, options.emptyMessage ?? DEFAULT_EMPTY_MESSAGE);
    return;
  }
  const { theme, fontSize, labelSize } = ctx;
  const legendH = drawStrategyLegend(ctx, drawn, 0, 0, ctx.width);
  const showBands = options.bands !== false;
  const values = drawn.flatMap((s) => (showBands ? [...s.mean, ...s.p05, ...s.p95] : s.mean));
  if (metric === 'R') values.push(1);
  const yTickCount = Math.max(3, Math.min(8, Math.floor((ctx.height - legendH - 100) / 45)));
  const y = scaleLinear().domain(linearDomain(values, metric !== 'roi' || values.some((v) => v < 0))).nice(yTickCount);
  const yTicks = y.ticks(yTickCount);
  const yTickW = maxTextWidth(ctx, yTicks.map(fmt.tick));

  const xValues = drawn[0].x;
  const x = scaleLinear().domain(linearDomain(xValues, false));
  const marks = options.markers === false ? [] : markersOf(drawn);
  const margin = { top: legendH + 10, left: Math.ceil(yTickW) + 10 + labelSize + 12, right: 16, bottom: fontSize + 10 + labelSize + 14 };
  const plotW = Math.max(40, ctx.width - margin.left - margin.right);
  x.range([0, plotW]);
  // Marker labels above the plot, in as many rows as they need not to overlap.
  const labels = marks.map((m) => text[m.kind]);
  const widths = labels.map((l) => ctx.measure(l, fontSize, 600));
  // Centred on the marker, kept inside the plot.
  const lefts = marks.map((m, i) => Math.max(0, Math.min(x(m.x) - widths[i] / 2, plotW - widths[i])));
  const rows = labelRows(lefts, widths);
  const rowH = fontSize + 6;
  const markRows = marks.length ? Math.max(...rows) + 1 : 0;
  margin.top += markRows * rowH + (markRows ? 4 : 0);
  const plotH = Math.max(40, ctx.height - margin.top - margin.bottom);
  y.range([plotH, 0]);

  const plot = ctx.root.append('g').attr('class', 'dl-plot').attr('transform', `translate(${margin.left},${margin.top})`);
  drawHorizontalGrid(plot, yTicks, y, plotW, theme);
  if (metric === 'R' || (metric === 'roi' && y.domain()[0] < 0)) {
    // The level that matters: R = 1 (tipping), ROI = 0 (break even).
    const level = metric === 'R' ? 1 : 0;
    plot.append('line').attr('class', 'dl-reference').attr('x1', 0).attr('x2', plotW).attr('y1', y(level)).attr('y2', y(level)).attr('stroke', theme.axis).attr('stroke-width', 1.5).attr('stroke-dasharray', '6 4');
  }

  drawMarkers(ctx, plot, marks, labels, lefts, rows, rowH, x, plotH);

  const idx = (s: SweepCurveSeries) => s.x.map((_, i) => i);
  if (showBands) {
    const bandG = plot.append('g').attr('class', 'dl-bands');
    for (const s of drawn) {
      const band = area<number>()
        .defined((i) => isFiniteNumber(s.p05[i]) && isFiniteNumber(s.p95[i]))
        .x((i) => x(s.x[i]))
        .y0((i) => y(s.p05[i]))
        .y1((i) => y(s.p95[i]));
      bandG
        .append('path')
        .attr('class', 'dl-band')
        .attr('data-strategy', s.name)
        .attr('d', band(idx(s)) ?? '')
        .attr('fill', s.color)
        .attr('fill-opacity', (theme.mode === 'dark' ? 0.24 : 0.16) * Math.min(1, 4 / (drawn.length + 1)));
    }
  }
  const lineG = plot.append('g').attr('class', 'dl-lines');
  for (const s of drawn) {
    const path = line<number>()
      .defined((i) => isFiniteNumber(s.mean[i]))
      .x((i) => x(s.x[i]))
      .y((i) => y(s.mean[i]));
    lineG.append('path').attr('class', 'dl-line').attr('data-strategy', s.name).attr('d', path(idx(s)) ?? '').attr('fill', 'none').attr('stroke', s.color).attr('stroke-width', 2.25).attr('stroke-linejoin', 'round');
    const dots = lineG.append('g').attr('class', 'dl-points').attr('data-strategy', s.name);
    s.x.forEach((xv, i) => {
      if (!isFiniteNumber(s.mean[i])) return;
      const dot = dots.append('circle').attr('cx', x(xv)).attr('cy', y(s.mean[i])).attr('r', drawn.length > 3 ? 2.5 : 3.25).attr('fill', s.color).attr('stroke', theme.background).attr('stroke-width', 1);
      const band = isFiniteNumber(s.p05[i]) && isFiniteNumber(s.p95[i]) ? say('describe.sweepBand', { lo: fmt.value(s.p05[i]), hi: fmt.value(s.p95[i]) }) : '';
      dot.append('title').text(say('describe.sweepPoint', { name: s.name, x: xLabel, value: formatTick(xv, options.locale), mean: fmt.value(s.mean[i]), band }));
    });
  }

  const xTicks = x.ticks(Math.max(2, Math.min(10, Math.floor(plotW / 70))));
  drawAxis(ctx, axisBottom(x).tickValues(xTicks).tickFormat((d) => formatTick(Number(d), options.locale)).tickSizeOuter(0), margin.left, margin.top + plotH, 'dl-x-axis');
  drawAxis(ctx, axisLeft(y).tickValues(yTicks).tickFormat((d) => fmt.tick(Number(d))).tickSize(0).tickPadding(8), margin.left, margin.top, 'dl-y-axis', { domain: false });
  drawAxisTitle(ctx, xLabel, margin.left + plotW / 2, margin.top + plotH + fontSize + 12 + labelSize + 4);
  drawAxisTitle(ctx, yLabel, labelSize * 0.8, margin.top + plotH / 2, true);
}

function drawMarkers(
  ctx: ChartContext,
  plot: G,
  marks: readonly Marker[],
  labels: readonly string[],
  lefts: readonly number[],
  rows: readonly number[],
  rowH: number,
  x: (v: number) => number,
  plotH: number,
): void {
  if (marks.length === 0) return;
  const { theme, fontSize } = ctx;
  const g = plot.append('g').attr('class', 'dl-markers');
  marks.forEach((m, i) => {
    // A marker shared by several strategies is drawn once, in a neutral colour; a strategy's own
    // marker and its label in the strategy's colour, so two strategies' markers are told apart.
    const color = m.colors.length === 1 ? m.colors[0] : theme.axis;
    const mx = x(m.x);
    // Row 0 sits just above the plot; the line itself starts at the plot's top edge so it never crosses another label.
    const labelY = -4 - rows[i] * rowH - rowH / 2;
    const mark = g.append('g').attr('class', `dl-marker dl-marker-${m.kind}`).attr('data-x', m.x);
    mark.append('line').attr('x1', mx).attr('x2', mx).attr('y1', 0).attr('y2', plotH).attr('stroke', color).attr('stroke-width', 1.5).attr('stroke-dasharray', m.kind === 'tipping' ? '6 4' : '2 3');
    mark
      .append('text')
      .attr('x', lefts[i])
      .attr('y', labelY)
      .attr('dominant-baseline', 'central')
      .attr('font-size', fontSize)
      .attr('font-weight', 600)
      .attr('fill', m.colors.length === 1 ? m.colors[0] : theme.text)
      .text(labels[i]);
  });
}
