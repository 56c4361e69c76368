/**
 * The budget frontier: every allocation of the budget that was simulated (seed users, KOLs,
 * reward per share, ads) as a point of mean conversions against mean cost — incremental
 * conversions (the lift over the same run without a campaign, what the frontier is ranked on)
 * when the points carry them, total conversions for older results. Points within the
 * budget are filled, those whose mean cost went over it are hollow; the Pareto frontier (the most
 * conversions for the money) is a line with 5–95 % whiskers. Points are buttons: a click, Enter or
 * Space calls `onPick` with the point (its allocation and complete strategy), so the page can
 * turn it into a strategy card.
 */

import { axisBottom, axisLeft, line, scaleLinear } from 'd3';
import { beginChart, drawAxis, drawHorizontalGrid, drawAxisTitle, drawEmptyState, maxTextWidth, DEFAULT_EMPTY_MESSAGE, type BaseChartOptions, type ChartContext, type G } from './chartSvg';
import { describer } from './chartDescriptions';
import { formatCount, formatMoney, formatMoneyTick, formatTick, isFiniteNumber } from './format';
import type { SweepStat } from './sweepChartData';
import { linearDomain } from './ticks';
import { strategyColor } from '../theme';

/** One simulated allocation, as `lab frontier` prints it. */
export interface FrontierChartPoint {
  index: number;
  allocation: { seeds: number; kols: number; rewardPerShare: number; adReach: number; adShare?: number };
  summary: Readonly<Record<string, SweepStat | null | undefined>>;
  withinBudget: boolean;
  onFrontier: boolean;
  /** The complete strategy (what a strategy card is made from). */
  strategy: { name: string };
}

/** A frontier result, as `lab frontier` prints it. */
export interface FrontierChartSource {
  budget: number;
  points: readonly FrontierChartPoint[];
  /** Indices of the frontier points by increasing cost. */
  frontier: readonly number[];
}

export interface BudgetFrontierOptions extends BaseChartOptions {
  currency?: string;
  /** Colour of the frontier (default the first strategy colour). */
  color?: string;
  /** Index of a point to ring (the one picked last). */
  selected?: number | null;
  /** A point was clicked or activated with the keyboard. */
  onPick?: (point: FrontierChartPoint) => void;
  xLabel?: string;
  /** y-axis title when the points carry total conversions only. */
  yLabel?: string;
  /** y-axis title when they carry incremental conversions (default "Incremental conversions (mean per run)"). */
  liftLabel?: string;
  text?: Partial<typeof BUDGET_FRONTIER_TEXT>;
}

export const BUDGET_FRONTIER_TEXT = {
  frontier: 'frontier: most conversions for the money',
  within: 'within budget',
  over: 'over budget (mean cost)',
  budget: 'budget',
  /** The note on allocations beyond the cost axis: `{n}` and `{max}` are filled in. */
  offChart: '{n} allocations cost more than {max}, not shown',
};

/** The cost axis ends at this multiple of the budget (or at the dearest allocation within budget). */
const MAX_COST_OVER_BUDGET = 2;

const mean = (p: FrontierChartPoint, metric: string) => {
  const v = p.summary[metric]?.mean;
  return isFiniteNumber(v) ? v : NaN;
};

/** The conversions plotted: incremental when the points carry them (what the frontier ranks on), else totals. */
function frontierValueMetric(points: readonly FrontierChartPoint[]): 'incrementalConverted' | 'converted' {
  return points.some((p) => isFiniteNumber(p.summary.incrementalConverted?.mean)) ? 'incrementalConverted' : 'converted';
}

/** The label a point carries for screen readers and as its native tooltip. */
export function frontierPointLabel(p: FrontierChartPoint, locale?: string, currency?: string, descriptions?: BaseChartOptions['descriptions']): string {
  const { say } = describer({ descriptions });
  const state = say(p.onFrontier ? 'describe.frontierOn' : p.withinBudget ? 'describe.frontierWithin' : 'describe.frontierOver');
  return say('describe.frontierPoint', { name: p.strategy.name, conversions: formatCount(mean(p, frontierValueMetric([p])), locale), cost: formatMoney(mean(p, 'cost'), locale, currency), state });
}

/** The points drawn (finite cost and conversions) and the frontier among them. */
function drawable(source: FrontierChartSource | undefined): { points: FrontierChartPoint[]; frontier: FrontierChartPoint[]; value: string } {
  const value = frontierValueMetric(source?.points ?? []);
  const points = (source?.points ?? []).filter((p) => isFiniteNumber(mean(p, 'cost')) && isFiniteNumber(mean(p, value)));
  const frontier = (source?.frontier ?? []).map((i) => source!.points[i]).filter((p) => p && points.includes(p));
  return { points, frontier, value };
}

/** What the chart says to a screen reader: how many allocations, and the frontier's points. */
export function describeBudgetFrontier(source: FrontierChartSource | undefined, options: Omit<BudgetFrontierOptions, 'width' | 'height'>): string {
  const { locale, currency } = options;
  const { points, frontier, value } = drawable(source);
  const d = describer(options);
  if (points.length === 0 || !source) return d.say('describe.frontierEmpty');
  const items = frontier.map((p) =>
    d.say('describe.frontierItem', { name: p.strategy.name, conversions: formatCount(mean(p, value), locale), cost: formatMoney(mean(p, 'cost'), locale, currency) }),
  );
  return d.say('describe.frontier', {
    budget: formatMoney(source.budget, locale, currency),
    n: points.length,
    within: points.filter((p) => p.withinBudget).length,
    onFrontier: frontier.length,
    list: d.list(items),
  });
}

/** Draw the frontier chart into `svg`, replacing what was there. */
export function drawBudgetFrontier(svg: SVGSVGElement, source: FrontierChartSource | undefined, options: BudgetFrontierOptions): void {
  const text = { ...BUDGET_FRONTIER_TEXT, ...options.text };
  const { locale, currency } = options;
  const { points, frontier, value } = drawable(source);
  const xLabel = options.xLabel ?? 'Cost (mean per run)';
  const yLabel = value === 'incrementalConverted' ? (options.liftLabel ?? 'Incremental conversions (mean per run)') : (options.yLabel ?? 'Conversions (mean per run)');
  const ctx = beginChart(svg, options, describeBudgetFrontier(source, options));
  if (points.length === 0 || !source) {
    drawEmptyState(ctx, options.emptyMessage ?? DEFAULT_EMPTY_MESSAGE);
    return;
  }
  const { theme, fontSize, labelSize } = ctx;
  const color = options.color ?? strategyColor(0);

  // Allocations far over budget (rewards paid on a huge cascade) would squeeze the affordable ones
  // into a corner: the axis stops at twice the budget and says how many points lie beyond.
  const xMax = Math.max(source.budget * MAX_COST_OVER_BUDGET, ...points.filter((p) => p.withinBudget).map((p) => mean(p, 'cost')));
  const shown = points.filter((p) => mean(p, 'cost') <= xMax);
  const offChart = points.length - shown.length;
  const offNote = text.offChart.replace('{n}', formatCount(offChart, locale)).replace('{max}', formatMoneyTick(xMax, locale, currency));
  const keyH = drawKey(ctx, text, color, offChart > 0 ? offNote : null);
  const yValues = shown.map((p) => mean(p, value)).concat(frontier.map((p) => finite(p.summary[value]?.p95)));
  const y = scaleLinear().domain(linearDomain(yValues)).nice(6);
  const yTicks = y.ticks(6);
  const x = scaleLinear().domain(linearDomain([...shown.map((p) => mean(p, 'cost')), source.budget])).nice(6);
  const margin = {
    top: keyH + fontSize + 14,
    left: Math.ceil(maxTextWidth(ctx, yTicks.map((t) => formatTick(t, locale)))) + 10 + labelSize + 12,
    right: 18,
    bottom: fontSize + 10 + labelSize + 14,
  };
  const plotW = Math.max(40, ctx.width - margin.left - margin.right);
  const plotH = Math.max(40, ctx.height - margin.top - margin.bottom);
  x.range([0, plotW]);
  y.range([plotH, 0]);
  const xTicks = x.ticks(Math.max(2, Math.min(8, Math.floor(plotW / 80))));

  const plot = ctx.root.append('g').attr('class', 'dl-plot').attr('transform', `translate(${margin.left},${margin.top})`);
  drawHorizontalGrid(plot, yTicks, y, plotW, theme);

  // The budget: a dashed vertical with its amount on top.
  const bx = x(source.budget);
  const budgetG = plot.append('g').attr('class', 'dl-budget');
  budgetG.append('line').attr('x1', bx).attr('x2', bx).attr('y1', -6).attr('y2', plotH).attr('stroke', theme.axis).attr('stroke-width', 1.5).attr('stroke-dasharray', '6 4');
  const budgetLabel = `${text.budget} ${formatMoney(source.budget, locale, currency)}`;
  const bw = ctx.measure(budgetLabel, fontSize, 600);
  budgetG.append('text').attr('x', Math.max(0, Math.min(bx - bw / 2, plotW - bw))).attr('y', -12).attr('font-size', fontSize).attr('font-weight', 600).attr('fill', theme.text).text(budgetLabel);

  // Frontier whiskers and line under the points.
  const whiskers = plot.append('g').attr('class', 'dl-frontier-whiskers');
  for (const p of frontier) {
    const lo = finite(p.summary[value]?.p05);
    const hi = finite(p.summary[value]?.p95);
    if (isFiniteNumber(lo) && isFiniteNumber(hi)) whiskers.append('line').attr('x1', x(mean(p, 'cost'))).attr('x2', x(mean(p, 'cost'))).attr('y1', y(lo)).attr('y2', y(hi)).attr('stroke', color).attr('stroke-opacity', 0.55).attr('stroke-width', 2);
  }
  const path = line<FrontierChartPoint>()
    .x((p) => x(mean(p, 'cost')))
    .y((p) => y(mean(p, value)));
  plot.append('path').attr('class', 'dl-frontier-line').attr('d', path(frontier) ?? '').attr('fill', 'none').attr('stroke', color).attr('stroke-width', 2.25).attr('stroke-linejoin', 'round');

  // Points: others first, the frontier on top (also first in tab order after them).
  const pointsG = plot.append('g').attr('class', 'dl-frontier-points');
  const ordered = [...shown.filter((p) => !p.onFrontier), ...shown.filter((p) => p.onFrontier)];
  for (const p of ordered) {
    const cx = x(mean(p, 'cost'));
    const cy = y(mean(p, value));
    const g = pointsG
      .append('g')
      .attr('class', `dl-frontier-point${p.onFrontier ? ' dl-on-frontier' : ''}${p.withinBudget ? '' : ' dl-over-budget'}`)
      .attr('data-index', p.index)
      .attr('role', 'button')
      .attr('tabindex', 0)
      .attr('aria-label', frontierPointLabel(p, locale, currency, options.descriptions))
      .attr('cursor', options.onPick ? 'pointer' : null);
    g.append('title').text(frontierPointLabel(p, locale, currency, options.descriptions));
    if (options.selected === p.index) g.append('circle').attr('class', 'dl-selected').attr('cx', cx).attr('cy', cy).attr('r', 10).attr('fill', 'none').attr('stroke', theme.text).attr('stroke-width', 2);
    const dot = g.append('circle').attr('cx', cx).attr('cy', cy);
    if (p.onFrontier) dot.attr('r', 6).attr('fill', color).attr('stroke', theme.background).attr('stroke-width', 1.5);
    else if (p.withinBudget) dot.attr('r', 4.5).attr('fill', theme.neutral).attr('fill-opacity', 0.55);
    else dot.attr('r', 4.5).attr('fill', 'none').attr('stroke', theme.textMuted).attr('stroke-width', 1.25);
    // A larger invisible target, so small dots are easy to hit on a touch screen.
    g.append('circle').attr('cx', cx).attr('cy', cy).attr('r', 11).attr('fill', 'transparent');
    if (options.onPick) {
      const pick = options.onPick;
      g.on('click', () => pick(p));
      g.on('keydown', (event: KeyboardEvent) => {
        if (event.key === 'Enter' || event.key === ' ') {
          event.preventDefault();
          pick(p);
        }
      });
    }
  }

  drawAxis(ctx, axisBottom(x).tickValues(xTicks).tickFormat((d) => formatMoneyTick(Number(d), locale, currency)).tickSizeOuter(0), margin.left, margin.top + plotH, 'dl-x-axis');
  drawAxis(ctx, axisLeft(y).tickValues(yTicks).tickFormat((d) => formatTick(Number(d), locale)).tickSize(0).tickPadding(8), margin.left, margin.top, 'dl-y-axis', { domain: false });
  drawAxisTitle(ctx, xLabel, margin.left + plotW / 2, margin.top + plotH + fontSize + 12 + labelSize + 4);
  drawAxisTitle(ctx, yLabel, labelSize * 0.8, margin.top + plotH / 2, true);
}

function finite(v: number | null | undefined): number {
  return isFiniteNumber(v) ? v : NaN;
}

/** The key: what a line, a filled dot and a hollow dot mean, and a note on points left off. Returns its height. */
function drawKey(ctx: ChartContext, text: typeof BUDGET_FRONTIER_TEXT, color: string, note: string | null): number {
  const entries: { label: string; draw: (g: G) => void; muted?: boolean }[] = [
    {
      label: text.frontier,
      draw: (g) => {
        g.append('line').attr('x1', 0).attr('x2', 16).attr('stroke', color).attr('stroke-width', 2.25);
        g.append('circle').attr('cx', 8).attr('r', 5).attr('fill', color);
      },
    },
    { label: text.within, draw: (g) => void g.append('circle').attr('cx', 8).attr('r', 4.5).attr('fill', ctx.theme.neutral).attr('fill-opacity', 0.55) },
    { label: text.over, draw: (g) => void g.append('circle').attr('cx', 8).attr('r', 4.5).attr('fill', 'none').attr('stroke', ctx.theme.textMuted).attr('stroke-width', 1.25) },
  ];
  if (note !== null) entries.push({ label: `→ ${note}`, draw: (g) => void g.attr('class', 'dl-key-item dl-off-chart'), muted: true });
  const rowH = Math.round(ctx.labelSize * 1.7);
  const key = ctx.root.append('g').attr('class', 'dl-key');
  let xPos = 0;
  let row = 0;
  for (const e of entries) {
    const w = 22 + ctx.measure(e.label, ctx.labelSize) + 20;
    if (xPos > 0 && xPos + w > ctx.width) {
      xPos = 0;
      row++;
    }
    const g = key.append('g').attr('class', 'dl-key-item').attr('transform', `translate(${xPos},${row * rowH + rowH / 2})`);
    e.draw(g);
    g.append('text').attr('x', e.muted ? 0 : 22).attr('dominant-baseline', 'central').attr('font-size', ctx.labelSize).attr('fill', e.muted ? ctx.theme.textMuted : ctx.theme.text).text(e.label);
    xPos += w;
  }
  return (row + 1) * rowH;
}
