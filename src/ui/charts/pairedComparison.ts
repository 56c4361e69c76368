/**
 * Paired comparison against the baseline (the first strategy): per other strategy one row that
 * says it in words — "B beats A in 87% of runs · +120 conversions per run [95% CI 90–150]" — and
 * a forest plot of the mean difference with its 95 % CI around 0. A filled point means the CI
 * excludes 0; a hollow one means the difference could be noise.
 */

import { axisBottom, scaleLinear } from 'd3';
import type { PairedComparison, StrategyKey } from './chartData';
import { beginChart, drawAxis, drawVerticalGrid, drawAxisTitle, drawEmptyState, drawLegendEntry, maxTextWidth, type BaseChartOptions } from './chartSvg';
import { formatCount, formatInterval, formatMoney, formatPercent, isFiniteNumber } from './format';
import { describer } from './chartDescriptions';
import { truncateText } from './textLayout';
import { linearDomain } from './ticks';

/** What the chart draws: the strategies in order (first = baseline) and the comparisons. */
export interface PairedComparisonData {
  strategies: readonly StrategyKey[];
  comparisons: readonly PairedComparison[];
}

export interface PairedComparisonOptions extends BaseChartOptions {
  /** ISO 4217 code for money metrics. */
  currency?: string;
  /** Whether a larger value is better; default: yes, except for churned and costs. */
  higherIsBetter?: boolean;
  /** Texts, e.g. for translation. `{a}`, `{b}`, `{share}`, `{diff}`, `{noun}`, `{ci}` are filled in. */
  text?: Partial<typeof PAIRED_TEXT>;
  /** Nouns of the metrics ("conversions"), e.g. for translation; missing ones from METRIC_NOUNS. */
  nouns?: Record<string, string>;
}

export const PAIRED_TEXT = {
  baseline: 'Baseline',
  beats: '{b} beats {a} in {share} of runs',
  difference: '{diff} {noun} per run [95% CI {ci}]',
  noDifference: 'no difference',
  better: 'better',
  worse: 'worse',
  axis: 'Difference in {noun} per run vs {a}',
  needTwo: 'Add a second strategy to compare it with the baseline',
  /** Between signed interval bounds ("−30 to +50"). */
  to: ' to ',
};

/** Plural nouns for the usual metrics ("+120 conversions"). */
export const METRIC_NOUNS: Record<string, string> = {
  reached: 'people reached',
  shared: 'shares',
  converted: 'conversions',
  incrementalConverted: 'incremental sales',
  churned: 'people who muted',
  revenue: 'revenue',
  cost: 'cost',
  costPerConversion: 'cost per incremental sale',
  roi: 'ROI',
};

const LOWER_IS_BETTER = new Set(['churned', 'cost', 'costPerConversion']);

function fill(template: string, values: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (m, k: string) => values[k] ?? m);
}

/** The value formatter for a metric's differences; `signed` puts "+" on positive values. */
export function differenceFormat(metric: string, locale?: string, currency?: string, signed = true): (v: number) => string {
  const plus = (v: number, text: string) => (signed && v > 0 ? `+${text}` : text);
  if (metric === 'roi') return (v) => plus(v, formatPercent(v, locale));
  if (metric === 'revenue' || metric === 'cost' || metric === 'costPerConversion') {
    return (v) => plus(v, formatMoney(v, locale, currency));
  }
  return (v) => plus(v, formatCount(v, locale));
}

/** The two lines of a comparison row. */
export function comparisonSentences(
  c: PairedComparison,
  baseline: string,
  locale?: string,
  currency?: string,
  text = PAIRED_TEXT,
  nouns: Record<string, string> = METRIC_NOUNS,
): [string, string] {
  const fmt = differenceFormat(c.metric, locale, currency);
  const noun = nouns[c.metric] ?? METRIC_NOUNS[c.metric] ?? c.metric;
  const [lo, hi] = c.ci95 ?? [NaN, NaN];
  const first = fill(text.beats, { a: baseline, b: c.name, share: formatPercent(c.shareBetter, locale) });
  const second = fill(text.difference, {
    diff: isFiniteNumber(c.meanDifference) ? fmt(c.meanDifference) : 'n/a',
    noun,
    // "90–150" when both bounds are positive (as people say it), "−30 to +50" otherwise.
    ci: formatInterval(lo, hi, lo >= 0 && hi >= 0 ? differenceFormat(c.metric, locale, currency, false) : fmt, text.to ?? PAIRED_TEXT.to),
  });
  return [first, second];
}

/** Height that gives each comparison a two-line row. */
export function pairedHeight(comparisons: number): number {
  return Math.max(200, 110 + Math.max(1, comparisons) * 56);
}

/** What the chart says to a screen reader: the two sentences of every comparison. */
export function describePairedComparison(data: PairedComparisonData, options: Omit<PairedComparisonOptions, 'width' | 'height'>): string {
  const text = { ...PAIRED_TEXT, ...options.text };
  const nouns = { ...METRIC_NOUNS, ...options.nouns };
  const baseline = data.strategies[0];
  const comps = data.comparisons.filter((c) => c.name !== baseline?.name);
  const d = describer(options);
  if (comps.length === 0) return d.say('describe.pairedEmpty', { text: text.needTwo });
  const items = comps.map((c) => d.parts(comparisonSentences(c, baseline?.name ?? '', options.locale, options.currency, text, nouns)));
  return d.say('describe.paired', { baseline: String(baseline?.name), list: d.list(items) });
}

/** Draw the paired comparison into `svg`, replacing what was there. */
export function drawPairedComparison(svg: SVGSVGElement, data: PairedComparisonData, options: PairedComparisonOptions): void {
  const text = { ...PAIRED_TEXT, ...options.text };
  const baseline = data.strategies[0];
  const color = new Map(data.strategies.map((s) => [s.name, s.color]));
  const comps = data.comparisons.filter((c) => c.name !== baseline?.name);
  const locale = options.locale;
  const nouns = { ...METRIC_NOUNS, ...options.nouns };
  const sentences = comps.map((c) => comparisonSentences(c, baseline?.name ?? '', locale, options.currency, text, nouns));
  const ctx = beginChart(svg, options, describePairedComparison(data, options));
  if (!baseline || comps.length === 0) {
    drawEmptyState(ctx, data.strategies.length === 0 ? (options.emptyMessage ?? 'No runs yet') : text.needTwo);
    return;
  }
  const { theme, fontSize, labelSize } = ctx;
  const metric = comps[0].metric;
  const noun = nouns[metric] ?? metric;
  const higherIsBetter = options.higherIsBetter ?? !LOWER_IS_BETTER.has(metric);
  const fmt = differenceFormat(metric, locale, options.currency);

  // Baseline key on top: it is the legend entry of the first strategy.
  const head = ctx.root.append('g').attr('class', 'dl-legend');
  head.append('text').attr('y', labelSize / 2 + 1).attr('dominant-baseline', 'central').attr('font-size', labelSize).attr('fill', theme.textMuted).text(`${text.baseline}:`);
  const baseX = ctx.measure(`${text.baseline}:`, labelSize) + 8;
  drawLegendEntry(head, ctx, baseline, baseX, labelSize / 2 + 1, ctx.width * 0.45, 600);

  const textW = Math.round(Math.min(ctx.width * 0.5, Math.max(260, ctx.width * 0.48)));
  const plotX = textW + 24;
  const values = comps.flatMap((c) => [c.meanDifference, c.ci95?.[0], c.ci95?.[1]]).filter(isFiniteNumber);
  const [lo, hi] = linearDomain(values, true);
  // Symmetric-ish padding so the zero line never sits on the frame.
  const pad = (hi - lo) * 0.08 || 1;
  const x = scaleLinear().domain([lo - pad, hi + pad]).nice(5);
  // The last tick label is centred on the right edge: keep half of it inside the chart.
  const edgeLabel = maxTextWidth(ctx, x.ticks(5).slice(-1).map((t) => fmt(t)));
  const plotW = Math.max(80, ctx.width - plotX - Math.ceil(edgeLabel / 2) - 4);
  x.range([0, plotW]);
  const ticks = x.ticks(Math.max(3, Math.floor(plotW / 80)));
  const top = labelSize + 34;
  const bottom = fontSize + 12 + labelSize + 12;
  const rowH = Math.max(40, (ctx.height - top - bottom) / comps.length);
  const plotH = rowH * comps.length;

  const plot = ctx.root.append('g').attr('class', 'dl-forest').attr('transform', `translate(${plotX},${top})`);
  drawVerticalGrid(plot, ticks, x, 0, plotH, theme);
  plot.append('line').attr('class', 'dl-zero-line').attr('x1', x(0)).attr('x2', x(0)).attr('y1', -8).attr('y2', plotH).attr('stroke', theme.axis).attr('stroke-width', 1.5);
  plot.append('text').attr('x', x(0)).attr('y', -12).attr('text-anchor', 'middle').attr('font-size', fontSize).attr('fill', theme.textMuted).text(text.noDifference);
  // Direction hints: which side of zero is good depends on the metric.
  const rightLabel = `${higherIsBetter ? text.better : text.worse} →`;
  const leftLabel = `← ${higherIsBetter ? text.worse : text.better}`;
  plot.append('text').attr('x', plotW).attr('y', -12).attr('text-anchor', 'end').attr('font-size', fontSize).attr('fill', theme.textMuted).text(rightLabel);
  plot.append('text').attr('x', 0).attr('y', -12).attr('font-size', fontSize).attr('fill', theme.textMuted).text(leftLabel);

  const rows = ctx.root.append('g').attr('class', 'dl-comparisons');
  comps.forEach((c, i) => {
    const cy = top + rowH * (i + 0.5);
    const col = color.get(c.name) ?? theme.neutral;
    const [line1, line2] = sentences[i];
    const row = rows.append('g').attr('class', 'dl-comparison').attr('data-strategy', c.name);
    if (i % 2 === 0 && comps.length > 2) {
      row.append('rect').attr('x', 0).attr('y', top + rowH * i).attr('width', ctx.width).attr('height', rowH).attr('fill', theme.grid).attr('fill-opacity', theme.mode === 'dark' ? 0.35 : 0.4);
    }
    // Line 1 starts with the strategy's legend entry; the rest of the sentence follows it.
    const entry = drawLegendEntry(row, ctx, { name: c.name, color: col }, 0, cy - labelSize * 0.7, textW * 0.6, 600);
    const nameW = Math.min(textW * 0.6, 18 + ctx.measure(c.name, labelSize, 600));
    // SVG drops leading spaces, so the gap after the bold name is a measured offset.
    const rest = (line1.startsWith(c.name) ? line1.slice(c.name.length) : line1).trimStart();
    const space = ctx.measure(' ', labelSize) + 1;
    entry
      .append('text')
      .attr('x', nameW + space)
      .attr('dominant-baseline', 'central')
      .attr('font-size', labelSize)
      .attr('fill', theme.text)
      .text(truncateText(rest, textW - nameW - space, labelSize, ctx.measure));
    row.append('text').attr('x', 18).attr('y', cy + labelSize * 0.75).attr('dominant-baseline', 'central').attr('font-size', labelSize).attr('fill', theme.textMuted).text(truncateText(line2, textW - 18, labelSize, ctx.measure));

    const [l, h] = c.ci95 ?? [NaN, NaN];
    const g = plot.append('g').attr('class', 'dl-ci').attr('data-strategy', c.name);
    const y = rowH * (i + 0.5);
    if (isFiniteNumber(l) && isFiniteNumber(h)) {
      g.append('line').attr('x1', x(l)).attr('x2', x(h)).attr('y1', y).attr('y2', y).attr('stroke', col).attr('stroke-width', 3).attr('stroke-linecap', 'round');
    }
    if (isFiniteNumber(c.meanDifference)) {
      const excludesZero = isFiniteNumber(l) && isFiniteNumber(h) && (l > 0 || h < 0);
      g.append('circle')
        .attr('cx', x(c.meanDifference))
        .attr('cy', y)
        .attr('r', 6)
        .attr('fill', excludesZero ? col : theme.background)
        .attr('stroke', col)
        .attr('stroke-width', 2);
    }
  });

  drawAxis(ctx, axisBottom(x).tickValues(ticks).tickFormat((d) => fmt(Number(d))).tickSize(4), plotX, top + plotH, 'dl-x-axis');
  drawAxisTitle(ctx, fill(text.axis, { noun, a: baseline.name }), plotX + plotW / 2, top + plotH + fontSize + 12 + labelSize);
}
