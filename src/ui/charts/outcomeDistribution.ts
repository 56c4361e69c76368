/**
 * The final outcome of every run, per strategy: a jittered strip of dots (one per run) above a
 * box (quartiles, median line) with 5–95 % whiskers. Reads for 1 to 1,000 runs: with many runs
 * the dots shrink and fade so density shows, and the box carries the summary.
 */

import { axisBottom, scaleLinear } from 'd3';
import type { StrategyResult } from './chartData';
import {
  beginChart,
  drawAxis,
  drawAxisTitle,
  drawEmptyState,
  maxTextWidth,
  DEFAULT_EMPTY_MESSAGE,
  type BaseChartOptions,
  drawVerticalGrid,
} from './chartSvg';
import { formatCount, formatTick, isFiniteNumber } from './format';
import { describer } from './chartDescriptions';
import { drawRowLabels, drawRowStripes, layoutRows, rowHeightForNames } from './rowLayout';
import { boxStats, finiteColumn, jitter, type BoxStats } from './runStats';
import { linearDomain } from './ticks';

export interface OutcomeDistributionOptions extends BaseChartOptions {
  /** Run field to show (default "converted"). */
  metric?: string;
  /** x-axis title; default from the metric. */
  xLabel?: string;
  /** Row text for a strategy without runs (default "no runs"), e.g. for translation. */
  noRuns?: string;
  /** Row summary, `{median}` and `{mean}` filled in (default "median {median} · mean {mean}"). */
  summary?: string;
  /** Row summary with one run, `{value}` filled in (default "{value} (1 run)"). */
  oneRun?: string;
}

/** Default axis titles for the usual metrics. */
export const DISTRIBUTION_X_LABELS: Record<string, string> = {
  reached: 'People reached per run',
  shared: 'People who shared per run',
  converted: 'Conversions per run',
  churned: 'People who muted per run',
};

/** Dot radius and opacity by number of runs: many runs → small, faint dots. */
export function dotStyle(runs: number): { radius: number; opacity: number } {
  if (runs <= 50) return { radius: 3, opacity: 0.75 };
  if (runs <= 200) return { radius: 2.4, opacity: 0.55 };
  if (runs <= 500) return { radius: 1.8, opacity: 0.4 };
  return { radius: 1.5, opacity: 0.3 };
}

/** Height that gives each strategy a readable row. */
export function distributionHeight(strategies: number, names: readonly string[] = [], width = Infinity): number {
  return Math.max(240, 90 + Math.max(1, strategies) * (Number.isFinite(width) ? rowHeightForNames(names, width, 56) : 56));
}

/** A strategy's row summary: "median 12 · mean 14", "12 (1 run)" or "no runs". */
function summaryOf(b: BoxStats, options: Omit<OutcomeDistributionOptions, 'width' | 'height'>): string {
  const locale = options.locale;
  return b.n === 0
    ? (options.noRuns ?? 'no runs')
    : b.n === 1
      ? (options.oneRun ?? '{value} (1 run)').replace('{value}', formatCount(b.median, locale))
      : (options.summary ?? 'median {median} · mean {mean}').replace('{median}', formatCount(b.median, locale)).replace('{mean}', formatCount(b.mean, locale));
}

/** What the chart says to a screen reader: each strategy's median, mean and number of runs. */
export function describeOutcomeDistribution(strategies: readonly StrategyResult[], options: Omit<OutcomeDistributionOptions, 'width' | 'height'>): string {
  const metric = options.metric ?? 'converted';
  const x = options.xLabel ?? DISTRIBUTION_X_LABELS[metric] ?? metric;
  const boxes = strategies.map((s) => boxStats(finiteColumn(s.runs, metric)));
  const d = describer(options);
  if (!boxes.some((b) => b.n > 0)) return d.say('describe.distributionEmpty', { x });
  const items = strategies.map((s, i) => d.say('describe.distributionItem', { name: s.name, summary: summaryOf(boxes[i], options), n: String(boxes[i].n) }));
  return d.say('describe.distribution', { x, list: d.list(items) });
}

/** Draw the distribution chart into `svg`, replacing what was there. */
export function drawOutcomeDistribution(svg: SVGSVGElement, strategies: readonly StrategyResult[], options: OutcomeDistributionOptions): void {
  const metric = options.metric ?? 'converted';
  const xLabel = options.xLabel ?? DISTRIBUTION_X_LABELS[metric] ?? metric;
  const columns = strategies.map((s) => finiteColumn(s.runs, metric));
  const boxes: BoxStats[] = columns.map((c) => boxStats(c));
  const locale = options.locale;
  const hasData = boxes.some((b) => b.n > 0);
  const summaryText = (b: BoxStats) => summaryOf(b, options);
  const ctx = beginChart(svg, options, describeOutcomeDistribution(strategies, options));
  if (!hasData) {
    drawEmptyState(ctx, options.emptyMessage ?? DEFAULT_EMPTY_MESSAGE);
    return;
  }
  const { theme, fontSize, labelSize } = ctx;
  const summaries = boxes.map(summaryText);
  const labelRoom = Math.ceil(maxTextWidth(ctx, summaries)) + 16;
  const bottom = fontSize + 12 + labelSize + 10;
  const layout = layoutRows(ctx, strategies, 1, 6, bottom);
  const panel = { x: layout.panels[0].x, width: Math.max(60, layout.panels[0].width - labelRoom) };
  const x = scaleLinear()
    .domain(linearDomain(columns.flat()))
    .range([0, panel.width])
    .nice(6);
  const ticks = x.ticks(Math.max(3, Math.floor(panel.width / 90)));

  drawRowStripes(ctx, strategies, layout);
  drawVerticalGrid(ctx.root.append('g').attr('transform', `translate(${panel.x},0)`), ticks, x, layout.top, layout.top + layout.height, theme);
  drawRowLabels(ctx, strategies, layout);

  const bandH = layout.rows.bandwidth();
  const plot = ctx.root.append('g').attr('class', 'dl-plot').attr('transform', `translate(${panel.x},0)`);
  strategies.forEach((s, i) => {
    const b = boxes[i];
    const top = layout.rows(s.name) ?? 0;
    const g = plot.append('g').attr('class', 'dl-distribution').attr('data-strategy', s.name);
    if (b.n === 0) {
      g.append('text').attr('x', 0).attr('y', top + bandH / 2).attr('dominant-baseline', 'central').attr('fill', theme.textMuted).text(options.noRuns ?? 'no runs');
      return;
    }
    // Upper 55 % of the row: the strip of runs; lower part: the box.
    const stripMid = top + bandH * 0.3;
    const stripHalf = bandH * 0.25;
    const { radius, opacity } = dotStyle(b.n);
    const dots = g.append('g').attr('class', 'dl-runs').attr('fill', s.color).attr('fill-opacity', opacity);
    columns[i].forEach((v, k) => {
      dots.append('circle').attr('cx', x(v)).attr('cy', stripMid + 2 * stripHalf * jitter(k)).attr('r', radius);
    });
    const boxTop = top + bandH * 0.62;
    const boxH = Math.max(6, bandH * 0.3);
    const cy = boxTop + boxH / 2;
    const box = g.append('g').attr('class', 'dl-box').attr('stroke', theme.text).attr('stroke-width', 1.5);
    if (isFiniteNumber(b.p05) && isFiniteNumber(b.p95)) {
      box.append('line').attr('x1', x(b.p05)).attr('x2', x(b.q1)).attr('y1', cy).attr('y2', cy);
      box.append('line').attr('x1', x(b.q3)).attr('x2', x(b.p95)).attr('y1', cy).attr('y2', cy);
      for (const v of [b.p05, b.p95]) box.append('line').attr('x1', x(v)).attr('x2', x(v)).attr('y1', cy - boxH * 0.3).attr('y2', cy + boxH * 0.3);
    }
    box.append('rect')
      .attr('x', x(b.q1))
      .attr('y', boxTop)
      .attr('width', Math.max(1, x(b.q3) - x(b.q1)))
      .attr('height', boxH)
      .attr('fill', s.color)
      .attr('fill-opacity', 0.3)
      .attr('rx', 2);
    box.append('line').attr('x1', x(b.median)).attr('x2', x(b.median)).attr('y1', boxTop - 2).attr('y2', boxTop + boxH + 2).attr('stroke-width', 2.5);
    g.append('text')
      .attr('x', panel.width + 12)
      .attr('y', top + bandH / 2)
      .attr('dominant-baseline', 'central')
      .attr('font-size', fontSize)
      .attr('fill', theme.text)
      .text(summaries[i]);
  });

  const axisY = layout.top + layout.height;
  drawAxis(ctx, axisBottom(x).tickValues(ticks).tickFormat((d) => formatTick(Number(d), ctx.locale)).tickSizeOuter(0), panel.x, axisY, 'dl-x-axis');
  drawAxisTitle(ctx, xLabel, panel.x + panel.width / 2, axisY + fontSize + 12 + labelSize);
}
