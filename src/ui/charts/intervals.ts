/**
 * Cost per conversion and ROI per strategy: a point (median by default) with its 5–95 % interval
 * over runs, ROI with a break-even line at 0, and "n/a" with the reason when a strategy has no
 * defined value (ROI without cost, cost per conversion without conversions).
 */

import { axisBottom, scaleLinear } from 'd3';
import type { StrategyKey, StrategyResult } from './chartData';
import { beginChart, drawAxis, drawVerticalGrid, drawEmptyState, maxTextWidth, DEFAULT_EMPTY_MESSAGE, type BaseChartOptions, type ChartContext } from './chartSvg';
import { formatInterval, formatMoney, formatMoneyTick, formatRoi, isFiniteNumber, NOT_AVAILABLE } from './format';
import { describer } from './chartDescriptions';
import { blockCount, drawPanelHeader, panelBlocks, rowHeightForNames, type RowLayout } from './rowLayout';
import { boxStats, finiteColumn } from './runStats';
import { linearDomain, spacedTicks } from './ticks';

export interface IntervalsOptions extends BaseChartOptions {
  /** Point estimate: "median" (default; cost per conversion is skewed) or "mean". */
  center?: 'median' | 'mean';
  /** ISO 4217 code for money labels (e.g. "USD", "CNY"); default none (plain numbers). */
  currency?: string;
  /** Panel texts, e.g. for translation. */
  text?: Partial<typeof INTERVALS_TEXT>;
}

export const INTERVALS_TEXT = {
  costTitle: 'Cost per incremental sale',
  costSubtitle: 'lower is better',
  roiTitle: 'ROI on incremental sales',
  roiSubtitle: '(revenue − cost) / cost; 0 = break even',
  noCost: 'n/a: costs nothing',
  noConversions: 'n/a: no incremental sales',
  breakEven: 'break even',
  /** Subtitle of the cost panel: `{center}` is `median` or `mean` below. */
  spread: '{center}, 5–95% of runs; {subtitle}',
  median: 'median',
  mean: 'mean',
  /** Between signed interval bounds ("+97% to +351%"). */
  to: ' to ',
};

/** A point estimate with its interval, or the reason there is none. */
export interface IntervalEstimate {
  center: number;
  lo: number;
  hi: number;
  n: number;
  missing?: string;
}

/**
 * Estimate `field` for a strategy from its runs (finite values only), falling back to its
 * summary; explain a missing value from the runs' cost and conversions.
 */
export function intervalEstimate(
  strategy: StrategyResult,
  field: 'costPerConversion' | 'roi',
  center: 'median' | 'mean',
  text: typeof INTERVALS_TEXT = INTERVALS_TEXT,
): IntervalEstimate {
  const values = finiteColumn(strategy.runs, field);
  if (values.length > 0) {
    const b = boxStats(values);
    return { center: center === 'mean' ? b.mean : b.median, lo: b.p05, hi: b.p95, n: b.n };
  }
  const s = strategy.summary?.[field];
  if (s && isFiniteNumber(s.mean)) {
    return { center: center === 'mean' || !isFiniteNumber(s.p50) ? s.mean : s.p50, lo: s.p05, hi: s.p95, n: strategy.runs?.length ?? 0 };
  }
  const costs = finiteColumn(strategy.runs, 'cost');
  // Cost per conversion counts the sales the campaign caused (older results: every sale).
  const caused = finiteColumn(strategy.runs, 'incrementalConverted');
  const conversions = caused.length > 0 ? caused : finiteColumn(strategy.runs, 'converted');
  let missing = NOT_AVAILABLE;
  if (strategy.runs?.length && costs.every((c) => c === 0)) missing = text.noCost;
  else if (field === 'costPerConversion' && conversions.length && conversions.every((c) => c <= 0)) missing = text.noConversions;
  return { center: NaN, lo: NaN, hi: NaN, n: 0, missing };
}

/** Narrowest panel that fits an interval and its "12.3 [9.1–15.8]" label. */
const INTERVALS_MIN_PANEL = 300;
const PANEL_GAP = 40;

/** Height that gives each strategy a readable row at this width (panels stack when narrow). */
export function intervalsHeight(strategies: readonly StrategyKey[], width: number): number {
  const blocks = blockCount(strategies.map((s) => s.name), width, 2, INTERVALS_MIN_PANEL, PANEL_GAP);
  const block = 100 + Math.max(1, strategies.length) * rowHeightForNames(strategies.map((s) => s.name), width, 40);
  return Math.max(220, blocks * block + (blocks - 1) * 18);
}

/** Narrowest axis the interval labels may leave a panel with (px). */
const AXIS_MIN_WIDTH = 110;

function drawPanel(
  ctx: ChartContext,
  strategies: readonly StrategyResult[],
  estimates: IntervalEstimate[],
  layout: RowLayout,
  panel: { x: number; width: number },
  format: (v: number) => string,
  tickFormat: (v: number) => string,
  zeroLine: string | undefined,
  className: string,
  to = INTERVALS_TEXT.to,
): void {
  const { theme, fontSize } = ctx;
  const labels = estimates.map((e) => (e.missing ? e.missing : `${format(e.center)}  [${formatInterval(e.lo, e.hi, format, to)}]`));
  // Labels get what they need, leaving the axis at least 40% of the panel or AXIS_MIN_WIDTH,
  // whichever is less (a 60% cap let wide ROI labels such as "+2,192% [+1,324% to +2,975%]"
  // run out of the card).
  const labelRoom = Math.min(Math.max(panel.width * 0.6, panel.width - AXIS_MIN_WIDTH), maxTextWidth(ctx, labels) + 14);
  const values = estimates.flatMap((e) => [e.lo, e.hi, e.center]);
  const x = scaleLinear()
    .domain(linearDomain(values, true))
    .range([0, Math.max(30, panel.width - labelRoom)])
    .nice(4);
  const ticks = spacedTicks(
    x.ticks(Math.max(2, Math.min(6, Math.floor((panel.width - labelRoom) / 70)))),
    x,
    (t) => ctx.measure(tickFormat(t), fontSize),
  );
  const g = ctx.root.append('g').attr('class', className).attr('transform', `translate(${panel.x},0)`);
  drawVerticalGrid(g, ticks, x, layout.top, layout.top + layout.height, theme);
  if (zeroLine !== undefined) {
    g.append('line')
      .attr('class', 'dl-zero-line')
      .attr('x1', x(0))
      .attr('x2', x(0))
      .attr('y1', layout.top - 4)
      .attr('y2', layout.top + layout.height)
      .attr('stroke', theme.axis)
      .attr('stroke-width', 1.5);
  }
  const bandH = layout.rows.bandwidth();
  strategies.forEach((s, i) => {
    const e = estimates[i];
    const cy = (layout.rows(s.name) ?? 0) + bandH / 2;
    const row = g.append('g').attr('class', 'dl-interval').attr('data-strategy', s.name);
    if (e.missing || !isFiniteNumber(e.center)) {
      // Right of the break-even line, so the note does not cross it.
      const noteX = zeroLine !== undefined ? x(0) + 8 : 0;
      row.append('text').attr('x', noteX).attr('y', cy).attr('dominant-baseline', 'central').attr('font-size', fontSize).attr('fill', theme.textMuted).text(labels[i]);
      return;
    }
    let end = x(e.center);
    if (isFiniteNumber(e.lo) && isFiniteNumber(e.hi)) {
      row.append('line').attr('x1', x(e.lo)).attr('x2', x(e.hi)).attr('y1', cy).attr('y2', cy).attr('stroke', s.color).attr('stroke-width', 3).attr('stroke-linecap', 'round');
      end = Math.max(end, x(e.hi));
    }
    row.append('circle').attr('cx', x(e.center)).attr('cy', cy).attr('r', 5.5).attr('fill', s.color).attr('stroke', theme.background).attr('stroke-width', 1.5);
    // A label still too long for what is left of the panel (ROIs in the tens of thousands of per
    // cent on a narrow card) is set smaller, down to 70%, rather than run out of the chart.
    const room = panel.width - (end + 10) - 2;
    const natural = ctx.measure(labels[i], fontSize);
    const size = natural > room ? Math.max(0.7 * fontSize, (fontSize * room) / natural) : fontSize;
    row.append('text').attr('x', end + 10).attr('y', cy).attr('dominant-baseline', 'central').attr('font-size', size).attr('fill', theme.text).text(labels[i]);
  });
  drawAxis(ctx, axisBottom(x).tickValues(ticks).tickFormat((d) => tickFormat(Number(d))).tickSize(4), panel.x, layout.top + layout.height, 'dl-x-axis');
  if (zeroLine !== undefined) {
    g.append('text')
      .attr('x', x(0) + 4)
      .attr('y', layout.top - 8)
      .attr('font-size', fontSize)
      .attr('fill', theme.textMuted)
      .text(zeroLine);
  }
}

/** What the chart says to a screen reader: each strategy's cost per conversion and ROI with their intervals. */
export function describeIntervals(strategies: readonly StrategyResult[], options: Omit<IntervalsOptions, 'width' | 'height'>): string {
  const d = describer(options);
  if (strategies.length === 0) return d.say('describe.intervalsEmpty');
  const text = { ...INTERVALS_TEXT, ...options.text };
  const center = options.center ?? 'median';
  const money = (v: number) => formatMoney(v, options.locale, options.currency);
  const percent = (v: number) => formatRoi(v, options.locale);
  const value = (e: IntervalEstimate, f: (v: number) => string) =>
    e.missing ? e.missing : d.say('describe.intervalsValue', { center: text[center], value: f(e.center), interval: formatInterval(e.lo, e.hi, f, text.to) });
  const items = strategies.map((s) =>
    d.say('describe.intervalsItem', {
      name: s.name,
      cost: value(intervalEstimate(s, 'costPerConversion', center, text), money),
      roi: value(intervalEstimate(s, 'roi', center, text), percent),
    }),
  );
  return d.say('describe.intervals', { list: d.sentences(items) });
}

/** Draw the cost-per-conversion and ROI intervals into `svg`, replacing what was there. */
export function drawIntervals(svg: SVGSVGElement, strategies: readonly StrategyResult[], options: IntervalsOptions): void {
  const text = { ...INTERVALS_TEXT, ...options.text };
  const center = options.center ?? 'median';
  const cost = strategies.map((s) => intervalEstimate(s, 'costPerConversion', center, text));
  const roi = strategies.map((s) => intervalEstimate(s, 'roi', center, text));
  const money = (v: number) => formatMoney(v, options.locale, options.currency);
  const moneyTick = (v: number) => formatMoneyTick(v, options.locale, options.currency);
  const percent = (v: number) => formatRoi(v, options.locale);
  const ctx = beginChart(svg, options, describeIntervals(strategies, options));
  if (strategies.length === 0 || !strategies.some((s) => s.runs?.length || s.summary)) {
    drawEmptyState(ctx, options.emptyMessage ?? DEFAULT_EMPTY_MESSAGE);
    return;
  }
  // Header room: title, subtitle and the "break even" label above the rows.
  const headerH = ctx.labelSize + 2 * ctx.fontSize + 28;
  const slots = panelBlocks(ctx, strategies, 2, { minPanelWidth: INTERVALS_MIN_PANEL, header: headerH, bottom: ctx.fontSize + 12, gap: PANEL_GAP });
  for (const slot of slots) {
    const panel = { x: slot.x, width: slot.width };
    if (slot.index === 0) {
      drawPanelHeader(slot.ctx, panel.x, 0, panel.width, text.costTitle, text.spread.replace('{center}', text[center]).replace('{subtitle}', text.costSubtitle));
      drawPanel(slot.ctx, strategies, cost, slot.layout, panel, money, moneyTick, undefined, 'dl-panel-cost', text.to);
    } else {
      drawPanelHeader(slot.ctx, panel.x, 0, panel.width, text.roiTitle, text.roiSubtitle);
      drawPanel(slot.ctx, strategies, roi, slot.layout, panel, percent, percent, text.breakEven, 'dl-panel-roi', text.to);
    }
  }
}
