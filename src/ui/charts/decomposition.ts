/**
 * The social dividend, decomposed: information × relationship chain × interaction. Three small
 * multiples side by side, strategies as rows, each factor on its own scale with a one-line
 * explanation, so a strategy's strength (better content, a longer chain, more persuasive
 * contacts) shows at a glance.
 */

import { axisBottom, scaleLinear } from 'd3';
import type { DividendFactors, StrategyKey } from './chartData';
import { beginChart, drawAxis, drawVerticalGrid, drawEmptyState, maxTextWidth, DEFAULT_EMPTY_MESSAGE, type BaseChartOptions } from './chartSvg';
import { formatCount, formatPercent, formatTick, isFiniteNumber, NOT_AVAILABLE } from './format';
import { describer } from './chartDescriptions';
import { blockCount, drawPanelHeader, panelBlocks, rowHeightForNames } from './rowLayout';
import { linearDomain } from './ticks';

/** One strategy's factors. */
export interface DecompositionRow extends StrategyKey {
  factors: DividendFactors;
}

export type DividendFactor = keyof DividendFactors;

/** How one factor is named, explained and formatted. */
export interface FactorText {
  title: string;
  explanation: string;
  /** "percent" for probabilities and rates, "number" for multipliers. */
  format: 'percent' | 'number';
}

export interface DecompositionOptions extends BaseChartOptions {
  /** Factor texts and formats, e.g. for translation or another definition of a factor. */
  factors?: Partial<Record<DividendFactor, Partial<FactorText>>>;
  /** The formula line above the panels; empty string hides it. */
  formula?: string;
}

const FACTOR_ORDER: DividendFactor[] = ['information', 'relationship', 'interaction'];
export const FACTOR_TEXT: Record<DividendFactor, FactorText> = {
  information: { title: 'Information', explanation: 'share chance per exposure', format: 'percent' },
  relationship: { title: 'Relationship chain', explanation: 'people reached per share', format: 'number' },
  interaction: { title: 'Interaction', explanation: 'extra sales per person reached', format: 'percent' },
};
export const DEFAULT_FORMULA = 'social dividend = information × relationship chain × interaction';

/** Format one factor value. */
export function formatFactor(value: number, format: FactorText['format'], locale?: string): string {
  if (!isFiniteNumber(value)) return NOT_AVAILABLE;
  return format === 'percent' ? formatPercent(value, locale) : formatCount(value, locale);
}

/** Narrowest panel that fits a bar and its label. */
const DECOMPOSITION_MIN_PANEL = 170;
const PANEL_GAP = 36;

/** Height that gives each strategy a readable row at this width (panels wrap when narrow). */
export function decompositionHeight(strategies: readonly StrategyKey[], width: number): number {
  const blocks = blockCount(strategies.map((s) => s.name), width, 3, DECOMPOSITION_MIN_PANEL, PANEL_GAP);
  const block = 80 + Math.max(1, strategies.length) * rowHeightForNames(strategies.map((s) => s.name), width, 38);
  return Math.max(220, 30 + blocks * (block + 14) + (blocks - 1) * 18);
}

function factorTexts(options: Pick<DecompositionOptions, 'factors'>): Record<DividendFactor, FactorText> {
  return Object.fromEntries(FACTOR_ORDER.map((f) => [f, { ...FACTOR_TEXT[f], ...options.factors?.[f] }])) as Record<DividendFactor, FactorText>;
}

/** What the chart says to a screen reader: the formula, then each strategy's three factors. */
export function describeDecomposition(rows: readonly DecompositionRow[], options: Omit<DecompositionOptions, 'width' | 'height'>): string {
  const d = describer(options);
  if (rows.length === 0) return d.say('describe.decompositionEmpty');
  const texts = factorTexts(options);
  const items = rows.map((r) =>
    d.say('describe.item', {
      name: r.name,
      parts: d.parts(FACTOR_ORDER.map((f) => d.say('describe.part', { label: texts[f].title, value: formatFactor(r.factors[f], texts[f].format, options.locale) }))),
    }),
  );
  return d.say('describe.decomposition', { formula: options.formula ?? DEFAULT_FORMULA, list: d.list(items) });
}

/** Draw the decomposition into `svg`, replacing what was there. */
export function drawDecomposition(svg: SVGSVGElement, rows: readonly DecompositionRow[], options: DecompositionOptions): void {
  const texts = factorTexts(options);
  const locale = options.locale;
  const formula = options.formula ?? DEFAULT_FORMULA;
  const ctx = beginChart(svg, options, describeDecomposition(rows, options));
  if (rows.length === 0) {
    drawEmptyState(ctx, options.emptyMessage ?? DEFAULT_EMPTY_MESSAGE);
    return;
  }
  const { theme, fontSize, labelSize } = ctx;
  let top = 0;
  if (formula) {
    ctx.root.append('text').attr('class', 'dl-formula').attr('y', labelSize).attr('font-size', labelSize).attr('fill', theme.textMuted).text(formula);
    top = labelSize + 14;
  }
  // Two lines for each factor's explanation: narrow panels wrap it rather than cut it.
  const headerH = labelSize + 2 * fontSize + 20;
  const slots = panelBlocks(ctx, rows, 3, { minPanelWidth: DECOMPOSITION_MIN_PANEL, top, header: headerH, bottom: fontSize + 12, gap: PANEL_GAP });

  for (const slot of slots) {
    const f = FACTOR_ORDER[slot.index];
    const { layout } = slot;
    const block = slot.ctx;
    const panel = { x: slot.x, width: slot.width };
    const t = texts[f];
    const bandH = layout.rows.bandwidth();
    const barH = Math.max(6, Math.min(24, bandH * 0.62));
    drawPanelHeader(block, panel.x, 0, panel.width, t.title, t.explanation, 2);
    if (slot.column > 0) {
      block.root
        .append('text')
        .attr('class', 'dl-times')
        .attr('x', panel.x - PANEL_GAP / 2)
        .attr('y', layout.top + layout.height / 2)
        .attr('text-anchor', 'middle')
        .attr('dominant-baseline', 'central')
        .attr('font-size', labelSize + 6)
        .attr('fill', theme.textMuted)
        .text('×');
    }
    const labels = rows.map((r) => formatFactor(r.factors[f], t.format, locale));
    const labelRoom = maxTextWidth(block, labels) + 10;
    const x = scaleLinear()
      .domain(linearDomain(rows.map((r) => r.factors[f]), true))
      .range([0, Math.max(20, panel.width - labelRoom)])
      .nice(3);
    const ticks = x.ticks(3);
    const g = block.root.append('g').attr('class', `dl-factor dl-factor-${f}`).attr('transform', `translate(${panel.x},0)`);
    drawVerticalGrid(g, ticks, x, layout.top, layout.top + layout.height, theme);
    rows.forEach((r, i) => {
      const v = r.factors[f];
      const cy = (layout.rows(r.name) ?? 0) + bandH / 2;
      const bar = g.append('g').attr('class', 'dl-bar').attr('data-strategy', r.name);
      if (isFiniteNumber(v)) {
        bar.append('rect').attr('x', Math.min(x(0), x(v))).attr('y', cy - barH / 2).attr('width', Math.abs(x(v) - x(0))).attr('height', barH).attr('rx', 2).attr('fill', r.color).attr('fill-opacity', 0.9);
      }
      bar.append('text')
        .attr('x', isFiniteNumber(v) ? Math.max(x(0), x(v)) + 6 : 0)
        .attr('y', cy)
        .attr('dominant-baseline', 'central')
        .attr('font-size', fontSize)
        .attr('fill', isFiniteNumber(v) ? theme.text : theme.textMuted)
        .text(labels[i]);
    });
    const tickFormat = (d: number) => (t.format === 'percent' ? formatPercent(d, locale) : formatTick(d, locale));
    drawAxis(block, axisBottom(x).tickValues(ticks).tickFormat((d) => tickFormat(Number(d))).tickSize(4), panel.x, layout.top + layout.height, 'dl-x-axis');
  }
}
