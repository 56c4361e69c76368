/**
 * Cumulative reached (or shared/converted/churned) over time: per strategy the mean line and a
 * shaded 5–95 % band across runs. Hours on the x axis, with day labels for runs of ≥ 48 steps;
 * each line ends in its final mean, labels pushed apart so they never overlap. Conversions are
 * totals; when the runs carry their organic buyers (the dividend model), a dashed line shows the
 * no-campaign world's expected conversions, so the lift reads as the gap above it.
 */

import { area, axisBottom, axisLeft, line, scaleLinear } from 'd3';
import type { OutcomeMetric, StrategyResult } from './chartData';
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
} from './chartSvg';
import { describer } from './chartDescriptions';
import { formatCount, formatTick, isFiniteNumber } from './format';
import { dodgeLabels } from './textLayout';
import { daySpans, hourTicks, linearDomain } from './ticks';

export interface TimeSeriesOptions extends BaseChartOptions {
  /** Which cumulative count to draw (default "reached"). */
  metric?: OutcomeMetric;
  /** y-axis title; default from the metric ("People reached (cumulative)"). */
  yLabel?: string;
  /** x-axis title (default "Hours since launch"). */
  xLabel?: string;
  /** Day label under the hours, `{day}` filled in (default "day {day}"), e.g. for translation. */
  dayLabel?: string;
  /** Draw the 5–95 % bands (default true). */
  bands?: boolean;
  /** Label of the dashed no-campaign line on the conversions chart (default "no campaign: organic buyers"). */
  baselineLabel?: string;
}

/**
 * Mean organic buyers per run over every strategy's runs (the same people on every strategy of a
 * run), or NaN when the runs do not carry them.
 */
export function organicBaseline(strategies: readonly StrategyResult[]): number {
  let sum = 0;
  let n = 0;
  for (const s of strategies)
    for (const r of s.runs ?? [])
      if (isFiniteNumber(r.organicBuyers)) {
        sum += r.organicBuyers;
        n++;
      }
  return n > 0 ? sum / n : NaN;
}

/**
 * Expected cumulative conversions at `step` without any campaign: organic buyers buy at a
 * uniform step of 0 … horizon (src/core/dividend/organicDemand.ts), so by step t a share
 * (t + 1) / (horizon + 1) of them has bought.
 */
export function organicCumulative(buyers: number, step: number, horizon: number): number {
  return (buyers * (Math.min(step, horizon) + 1)) / (horizon + 1);
}

/** Default y-axis titles per metric. */
export const TIME_SERIES_Y_LABELS: Record<OutcomeMetric, string> = {
  reached: 'People reached (cumulative)',
  shared: 'People who shared (cumulative)',
  converted: 'Conversions (cumulative)',
  churned: 'People who muted (cumulative)',
};

/** Band opacity: light enough that overlapping bands stay readable, per mode. */
const BAND_OPACITY = { light: 0.16, dark: 0.24 };

interface Series {
  name: string;
  color: string;
  step: ArrayLike<number>;
  mean: ArrayLike<number>;
  p05: ArrayLike<number>;
  p95: ArrayLike<number>;
}

function seriesOf(strategies: readonly StrategyResult[], metric: OutcomeMetric): Series[] {
  const out: Series[] = [];
  for (const s of strategies) {
    const t = s.timeline;
    if (!t || !t.step || t.step.length === 0 || !t[metric]) continue;
    out.push({ name: s.name, color: s.color, step: t.step, ...t[metric] });
  }
  return out;
}

function lastFinite(values: ArrayLike<number>): number {
  for (let i = values.length - 1; i >= 0; i--) if (isFiniteNumber(values[i])) return values[i];
  return NaN;
}

/** What the chart says to a screen reader: the final mean of every strategy. */
export function describeTimeSeries(strategies: readonly StrategyResult[], options: Omit<TimeSeriesOptions, 'width' | 'height'>): string {
  const metric = options.metric ?? 'reached';
  const series = seriesOf(strategies, metric);
  const y = options.yLabel ?? TIME_SERIES_Y_LABELS[metric];
  const d = describer(options);
  if (series.length === 0) return d.say('describe.timeSeriesEmpty', { y });
  const hours = Math.max(0, ...series.map((s) => s.step[s.step.length - 1] ?? 0));
  const items = series.map((s) => d.say('describe.timeSeriesItem', { name: s.name, value: formatCount(lastFinite(s.mean), options.locale) }));
  return d.say('describe.timeSeries', { y, hours, list: d.list(items) });
}

/** Draw the chart into `svg`, replacing what was there. */
export function drawTimeSeriesBands(svg: SVGSVGElement, strategies: readonly StrategyResult[], options: TimeSeriesOptions): void {
  const metric = options.metric ?? 'reached';
  const series = seriesOf(strategies, metric);
  const yLabel = options.yLabel ?? TIME_SERIES_Y_LABELS[metric];
  const maxStep = Math.max(0, ...series.map((s) => s.step[s.step.length - 1] ?? 0));
  const ctx = beginChart(svg, options, describeTimeSeries(strategies, options));
  if (series.length === 0) {
    drawEmptyState(ctx, options.emptyMessage ?? DEFAULT_EMPTY_MESSAGE);
    return;
  }
  const { theme, fontSize, labelSize, locale } = ctx;

  const legendH = drawStrategyLegend(ctx, series, 0, 0, ctx.width);
  const showBands = options.bands !== false;
  const baseline = metric === 'converted' ? organicBaseline(strategies) : NaN;
  const values: number[] = isFiniteNumber(baseline) ? [baseline] : [];
  for (const s of series) {
    for (let i = 0; i < s.mean.length; i++) values.push(s.mean[i], showBands ? s.p95[i] : s.mean[i]);
  }
  // Tick count from the plot height, estimated before the margins are known.
  const yTickCount = Math.max(3, Math.min(8, Math.floor((ctx.height - legendH - 80) / 45)));
  const y = scaleLinear().domain(linearDomain(values)).nice(yTickCount);
  const yTicks = y.ticks(yTickCount);
  const yTickW = maxTextWidth(ctx, yTicks.map((t) => formatTick(t, locale)));
  const endLabels = series.map((s) => formatCount(lastFinite(s.mean), locale));
  const margin = {
    top: legendH + 14,
    left: Math.ceil(yTickW) + 10 + labelSize + 12,
    right: Math.ceil(maxTextWidth(ctx, endLabels, labelSize, 600)) + 14,
    bottom: fontSize + 10 + (maxStep >= 48 ? fontSize + 8 : 0) + labelSize + 14,
  };
  const plotW = Math.max(40, ctx.width - margin.left - margin.right);
  const plotH = Math.max(40, ctx.height - margin.top - margin.bottom);
  const x = scaleLinear().domain([0, Math.max(1, maxStep)]).range([0, plotW]);
  y.range([plotH, 0]);

  const plot = ctx.root.append('g').attr('class', 'dl-plot').attr('transform', `translate(${margin.left},${margin.top})`);
  // Horizontal grid first, so every mark sits on top of it.
  drawHorizontalGrid(plot, yTicks, y, plotW, theme);
  // Day boundaries: slightly stronger verticals, so "day 2" reads at a glance.
  const days = daySpans(maxStep);
  plot
    .append('g')
    .attr('class', 'dl-day-lines')
    .selectAll('line')
    .data(days.slice(1))
    .join('line')
    .attr('x1', (d) => x(d.start))
    .attr('x2', (d) => x(d.start))
    .attr('y1', 0)
    .attr('y2', plotH)
    .attr('stroke', theme.grid)
    .attr('stroke-dasharray', '3 3');

  const defined = (i: number, s: Series) => isFiniteNumber(s.step[i]) && isFiniteNumber(s.mean[i]);
  if (showBands) {
    const bandG = plot.append('g').attr('class', 'dl-bands');
    for (const s of series) {
      const band = area<number>()
        .defined((i) => defined(i, s) && isFiniteNumber(s.p05[i]) && isFiniteNumber(s.p95[i]))
        .x((i) => x(s.step[i]))
        .y0((i) => y(s.p05[i]))
        .y1((i) => y(s.p95[i]));
      bandG
        .append('path')
        .attr('class', 'dl-band')
        .attr('data-strategy', s.name)
        .attr('d', band(Array.from({ length: s.step.length }, (_, i) => i)) ?? '')
        .attr('fill', s.color)
        // Many overlapping bands turn to mud: fade them as strategies are added.
        .attr('fill-opacity', BAND_OPACITY[theme.mode] * Math.min(1, 4 / (series.length + 1)));
    }
  }
  if (isFiniteNumber(baseline) && baseline > 0) {
    const g = plot.append('g').attr('class', 'dl-baseline');
    g.append('line')
      .attr('x1', x(0))
      .attr('y1', y(organicCumulative(baseline, 0, maxStep)))
      .attr('x2', x(maxStep))
      .attr('y2', y(baseline))
      .attr('stroke', theme.textMuted)
      .attr('stroke-width', 1.5)
      .attr('stroke-dasharray', '6 4');
    // Under the line's end, where the totals (organic buyers included) never go in expectation —
    // unless the chart is so narrow that the label reaches back to where the lines are still
    // low: then it would be written across them, and the subtitle's "dashed line" says it alone.
    const label = options.baselineLabel ?? 'no campaign: organic buyers';
    const labelY = Math.min(y(baseline) + labelSize + 3, plotH - 4);
    const labelLeft = plotW - 4 - ctx.measure(label, labelSize);
    const labelTop = labelY - labelSize - 2;
    // A line at or below the label's top anywhere under its width would cross (or run beneath) it.
    const crossed = series.some((s) => Array.from({ length: s.step.length }, (_, i) => i).some((i) => defined(i, s) && x(s.step[i]) >= labelLeft && y(s.mean[i]) >= labelTop));
    if (!crossed)
      g.append('text')
        .attr('x', plotW - 4)
        .attr('y', labelY)
        .attr('text-anchor', 'end')
        .attr('font-size', labelSize)
        .attr('fill', theme.textMuted)
        .text(label);
  }
  const lineG = plot.append('g').attr('class', 'dl-lines');
  for (const s of series) {
    const path = line<number>()
      .defined((i) => defined(i, s))
      .x((i) => x(s.step[i]))
      .y((i) => y(s.mean[i]));
    const idx = Array.from({ length: s.step.length }, (_, i) => i);
    lineG
      .append('path')
      .attr('class', 'dl-line')
      .attr('data-strategy', s.name)
      .attr('d', path(idx) ?? '')
      .attr('fill', 'none')
      .attr('stroke', s.color)
      .attr('stroke-width', 2.25)
      .attr('stroke-linejoin', 'round');
    if (s.step.length === 1 && defined(0, s)) {
      lineG.append('circle').attr('cx', x(s.step[0])).attr('cy', y(s.mean[0])).attr('r', 3.5).attr('fill', s.color);
    }
  }

  // Final values at the right edge, dodged so close finishes stay legible.
  const lastY = series.map((s) => y(isFiniteNumber(lastFinite(s.mean)) ? lastFinite(s.mean) : 0));
  const labelY = dodgeLabels(lastY, labelSize + 3, labelSize / 2, plotH);
  const endG = plot.append('g').attr('class', 'dl-end-labels');
  series.forEach((s, i) => {
    endG
      .append('text')
      .attr('x', plotW + 8)
      .attr('y', labelY[i])
      .attr('dominant-baseline', 'central')
      .attr('font-size', labelSize)
      .attr('font-weight', 600)
      .attr('fill', s.color)
      .text(endLabels[i]);
  });

  const ticks = hourTicks(maxStep, Math.max(3, Math.floor(plotW / 60)));
  drawAxis(ctx, axisBottom(x).tickValues(ticks).tickFormat((d) => formatTick(Number(d), locale)).tickSizeOuter(0), margin.left, margin.top + plotH, 'dl-x-axis');
  drawAxis(ctx, axisLeft(y).tickValues(yTicks).tickFormat((d) => formatTick(Number(d), locale)).tickSize(0).tickPadding(8), margin.left, margin.top, 'dl-y-axis', { domain: false });

  let titleY = margin.top + plotH + fontSize + 12;
  if (days.length) {
    const dayG = ctx.root.append('g').attr('class', 'dl-day-labels').attr('transform', `translate(${margin.left},${titleY + 6})`);
    for (const d of days) {
      const label = (options.dayLabel ?? 'day {day}').replace('{day}', String(d.day));
      const span = x(d.end) - x(d.start);
      if (span < ctx.measure(label, fontSize) + 6) continue;
      dayG
        .append('text')
        .attr('x', (x(d.start) + x(d.end)) / 2)
        .attr('dominant-baseline', 'central')
        .attr('text-anchor', 'middle')
        .attr('font-size', fontSize)
        .attr('fill', theme.textMuted)
        .text(label);
    }
    titleY += fontSize + 8;
  }
  drawAxisTitle(ctx, options.xLabel ?? 'Hours since launch', margin.left + plotW / 2, titleY + labelSize + 4);
  drawAxisTitle(ctx, yLabel, labelSize * 0.8, margin.top + plotH / 2, true);
}
