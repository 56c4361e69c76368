/**
 * The funnel: reached → shared → converted per strategy, with churned (muted) apart. One panel
 * per stage, strategies as rows, each panel on its own scale so strategies compare within a stage
 * even when conversions are a hundredth of reach. Bars are means, whiskers the 5–95 % range over
 * runs, labels give the number and the rate relative to people reached.
 *
 * When the runs carry the campaign's lift (dividend results: incrementalConverted, the sales over
 * the same run without a campaign), the third stage shows those sales caused, not every buyer:
 * organic buyers grow with the population, not with the reach, so on a large world "converted ÷
 * reached" read like most reached people buying (97 % at 200,000 people, 20 seed users).
 */

import { axisBottom, scaleLinear } from 'd3';
import type { OutcomeMetric, StrategyKey, StrategyResult } from './chartData';
import { beginChart, drawAxis, drawVerticalGrid, drawEmptyState, maxTextWidth, DEFAULT_EMPTY_MESSAGE, type BaseChartOptions } from './chartSvg';
import { formatCount, formatPercent, formatTick, isFiniteNumber, NOT_AVAILABLE } from './format';
import { describer } from './chartDescriptions';
import { blockCount, drawPanelHeader, panelBlocks, rowHeightForNames } from './rowLayout';
import { metricSummary } from './runStats';

/** Texts of one funnel stage. */
export interface FunnelStageText {
  title: string;
  subtitle: string;
}

export interface FunnelOptions extends BaseChartOptions {
  /** Stage titles and subtitles, e.g. for translation. */
  stages?: Partial<Record<OutcomeMetric, FunnelStageText>>;
  /** The third stage's texts when it shows the sales the campaign caused (the lift). */
  causedStage?: FunnelStageText;
}

const CAUSED_STAGE: FunnelStageText = { title: '→ Bought because of it', subtitle: '% of reached; lift only' };

/** The column the third stage reads: the lift when any run has one, else every conversion. */
function convertedColumn(strategies: readonly StrategyResult[]): 'incrementalConverted' | 'converted' {
  return strategies.some((s) => (s.runs ?? []).some((r) => isFiniteNumber(r.incrementalConverted))) ? 'incrementalConverted' : 'converted';
}

/** Each strategy's summary per stage (the third stage from convertedColumn). */
function stageSummaries(strategies: readonly StrategyResult[]) {
  const converted = convertedColumn(strategies);
  return strategies.map((s) => Object.fromEntries(ORDER.map((m) => [m, metricSummary(s, m === 'converted' ? converted : m)])));
}

const FUNNEL_STAGES: Record<OutcomeMetric, FunnelStageText> = {
  reached: { title: 'Reached', subtitle: 'people, mean and 5–95%' },
  shared: { title: '→ Shared', subtitle: '% = share of reached' },
  converted: { title: '→ Converted', subtitle: '% = conversion rate of reached' },
  churned: { title: 'Churned (muted)', subtitle: '% = share of reached' },
};

const ORDER: OutcomeMetric[] = ['reached', 'shared', 'converted', 'churned'];

/** The label of one bar: count, and the rate relative to reached for later stages. */
export function funnelLabel(value: number | undefined, reached: number | undefined, stage: OutcomeMetric, locale?: string): string {
  if (!isFiniteNumber(value)) return NOT_AVAILABLE;
  const count = formatCount(value, locale);
  if (stage === 'reached' || !isFiniteNumber(reached) || reached <= 0) return count;
  return `${count} · ${formatPercent(value / reached, locale)}`;
}

/** Narrowest panel that still fits a bar, a whisker and a "1.2K · 12%" label. */
const FUNNEL_MIN_PANEL = 190;
const PANEL_GAP = 26;
const ROW_HEIGHT = 44;

function headerHeight(fontSize: number): number {
  return fontSize + 1 + fontSize + 18;
}

/** Height that gives each strategy a readable row at this width (panels wrap when narrow). */
export function funnelHeight(strategies: readonly StrategyKey[], width: number): number {
  const blocks = blockCount(strategies.map((s) => s.name), width, 4, FUNNEL_MIN_PANEL, PANEL_GAP);
  const block = headerHeight(12) + 24 + Math.max(1, strategies.length) * rowHeightForNames(strategies.map((s) => s.name), width, ROW_HEIGHT);
  return Math.max(240, blocks * block + (blocks - 1) * 18);
}

/** What the chart says to a screen reader: every stage's mean per strategy. */
export function describeFunnel(strategies: readonly StrategyResult[], options: Omit<FunnelOptions, 'width' | 'height'>): string {
  const sums = stageSummaries(strategies);
  const d = describer(options);
  if (!sums.some((row) => row.reached !== undefined)) return d.say('describe.funnelEmpty');
  const mean = (i: number, m: OutcomeMetric) => formatCount(sums[i][m]?.mean, options.locale);
  const items = strategies.map((s, i) =>
    d.say(convertedColumn(strategies) === 'incrementalConverted' ? 'describe.funnelItemCaused' : 'describe.funnelItem', { name: s.name, reached: mean(i, 'reached'), shared: mean(i, 'shared'), converted: mean(i, 'converted'), churned: mean(i, 'churned') }),
  );
  return d.say('describe.funnel', { list: d.list(items) });
}

/** Draw the funnel into `svg`, replacing what was there. */
export function drawFunnel(svg: SVGSVGElement, strategies: readonly StrategyResult[], options: FunnelOptions): void {
  const caused = convertedColumn(strategies) === 'incrementalConverted';
  const stages = ORDER.map((m) => ({ metric: m, ...(m === 'converted' && caused ? (options.causedStage ?? CAUSED_STAGE) : { ...FUNNEL_STAGES[m], ...options.stages?.[m] }) }));
  const sums = stageSummaries(strategies);
  const hasData = sums.some((row) => row.reached !== undefined);
  const locale = options.locale;
  const chart = beginChart(svg, options, describeFunnel(strategies, options));
  if (!hasData) {
    drawEmptyState(chart, options.emptyMessage ?? DEFAULT_EMPTY_MESSAGE);
    return;
  }
  const { theme, fontSize } = chart;
  const slots = panelBlocks(chart, strategies, 4, {
    minPanelWidth: FUNNEL_MIN_PANEL,
    header: headerHeight(fontSize),
    bottom: fontSize + 12,
    gap: PANEL_GAP,
  });

  for (const slot of slots) {
    const { ctx, layout } = slot;
    const stage = stages[slot.index];
    const panel = { x: slot.x, width: slot.width };
    const bandH = layout.rows.bandwidth();
    const barH = Math.max(6, Math.min(26, bandH * 0.62));
    drawPanelHeader(ctx, panel.x, 0, panel.width, stage.title, stage.subtitle);
    const labels = strategies.map((_, i) => funnelLabel(sums[i][stage.metric]?.mean, sums[i].reached?.mean, stage.metric, locale));
    const labelRoom = Math.min(panel.width * 0.55, maxTextWidth(ctx, labels) + 10);
    let max = 0;
    for (const row of sums) {
      const s = row[stage.metric];
      if (s) max = Math.max(max, isFiniteNumber(s.p95) ? s.p95 : 0, isFiniteNumber(s.mean) ? s.mean : 0);
    }
    const range = Math.max(20, panel.width - labelRoom);
    // Counts of people: an axis to at least one person, so a stage of a few stray mutes per
    // hundred runs does not read as full bars over ticks "0, 0.01, 0.01".
    const x = scaleLinear()
      .domain([0, Math.max(1, max)])
      .range([0, range])
      .nice(3);
    const ticks = x.ticks(Math.max(2, Math.min(4, Math.floor(range / 45))));
    const g = ctx.root.append('g').attr('class', `dl-funnel-stage dl-stage-${stage.metric}`).attr('transform', `translate(${panel.x},0)`);
    drawVerticalGrid(g, ticks, x, layout.top, layout.top + layout.height, theme);
    strategies.forEach((s, i) => {
      const sum = sums[i][stage.metric];
      const cy = (layout.rows(s.name) ?? 0) + bandH / 2;
      const row = g.append('g').attr('class', 'dl-bar').attr('data-strategy', s.name);
      if (!sum || !isFiniteNumber(sum.mean)) {
        row.append('text').attr('x', 2).attr('y', cy).attr('dominant-baseline', 'central').attr('fill', theme.textMuted).text(NOT_AVAILABLE);
        return;
      }
      row.append('rect')
        .attr('x', 0)
        .attr('y', cy - barH / 2)
        .attr('width', Math.max(0, x(Math.max(0, sum.mean))))
        .attr('height', barH)
        .attr('rx', 2)
        .attr('fill', s.color)
        .attr('fill-opacity', stage.metric === 'churned' ? 0.55 : 0.9);
      let end = x(Math.max(0, sum.mean));
      if (isFiniteNumber(sum.p05) && isFiniteNumber(sum.p95) && sum.p95 > sum.p05) {
        const x0 = x(Math.max(0, sum.p05));
        const x1 = x(sum.p95);
        const cap = barH * 0.3;
        const w = row.append('g').attr('class', 'dl-whisker').attr('stroke', theme.text).attr('stroke-opacity', 0.75).attr('stroke-width', 1.5);
        w.append('line').attr('x1', x0).attr('x2', x1).attr('y1', cy).attr('y2', cy);
        w.append('line').attr('x1', x0).attr('x2', x0).attr('y1', cy - cap).attr('y2', cy + cap);
        w.append('line').attr('x1', x1).attr('x2', x1).attr('y1', cy - cap).attr('y2', cy + cap);
        end = Math.max(end, x1);
      }
      row.append('text')
        .attr('x', end + 6)
        .attr('y', cy)
        .attr('dominant-baseline', 'central')
        .attr('font-size', fontSize)
        .attr('fill', theme.text)
        .text(labels[i]);
    });
    drawAxis(ctx, axisBottom(x).tickValues(ticks).tickFormat((d) => formatTick(Number(d), locale)).tickSize(4), panel.x, layout.top + layout.height, 'dl-x-axis');
    if (stage.metric === 'churned' && slot.column > 0) {
      // A divider marks churned as a separate loss, not the next stage of the funnel.
      const divX = Math.round(panel.x - PANEL_GAP / 2) + 0.5;
      ctx.root
        .append('line')
        .attr('class', 'dl-divider')
        .attr('x1', divX)
        .attr('x2', divX)
        .attr('y1', 0)
        .attr('y2', layout.top + layout.height)
        .attr('stroke', theme.axis)
        .attr('stroke-dasharray', '3 4');
    }
  }
}
