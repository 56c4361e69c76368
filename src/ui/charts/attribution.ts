/**
 * Where the campaign's conversions came from, per strategy: one stacked horizontal bar (seed
 * users, KOLs, word of mouth, ads). Only conversions the campaign caused are attributed; organic
 * buyers (who buy without any campaign) are the baseline, named in a note under the axis when
 * the data carries their number. Segments keep the strategy's colour and step down in opacity in
 * a fixed order and carry a hatching per source (sourcePatterns.ts), so the strategy stays
 * recognisable and the category reads from the key above — whose swatches have the same opacity
 * and hatching — even in a segment too narrow for words, and from the name and percentage
 * printed in each segment wide enough for them.
 */

import { axisBottom, scaleLinear } from 'd3';
import type { AttributionCounts, StrategyKey } from './chartData';
import {
  beginChart,
  drawAxis,
  drawAxisTitle,
  drawEmptyState,
  legendRowHeight,
  maxTextWidth,
  readableTextOn,
  DEFAULT_EMPTY_MESSAGE,
  type BaseChartOptions,
  drawVerticalGrid,
} from './chartSvg';
import { formatCount, formatPercent, formatTick, isFiniteNumber } from './format';
import { describer } from './chartDescriptions';
import { drawRowLabels, drawRowStripes, layoutRows, rowHeightForNames } from './rowLayout';
import { defineSourcePatterns, hatch } from './sourcePatterns';
import { flowLegend, LEGEND_SWATCH, LEGEND_SWATCH_GAP, truncateText } from './textLayout';

/** One strategy's attribution. */
export interface AttributionRow extends StrategyKey {
  attribution: AttributionCounts;
  /** Organic buyers per run (mean), not attributed: the no-campaign baseline. */
  baseline?: number;
}

export type AttributionSource = keyof AttributionCounts;

export interface AttributionOptions extends BaseChartOptions {
  /** "count" (default): bars in conversions; "share": every bar 100 %. */
  mode?: 'count' | 'share';
  /** Category names, e.g. for translation. */
  sources?: Partial<Record<AttributionSource, string>>;
  /** x-axis title in count mode. */
  xLabel?: string;
  /** Row total in count mode, `{total}` filled in (default "{total} total"), e.g. for translation. */
  totalLabel?: string;
  /** Row text when a strategy caused no conversion in share mode (default "no campaign-caused conversions"). */
  noConversions?: string;
  /** x-axis title in share mode (default "Share of conversions"). */
  shareLabel?: string;
  /** Note under the axis naming the unattributed organic buyers, `{n}` filled in, e.g. for translation. */
  baselineNote?: string;
}

export const DEFAULT_BASELINE_NOTE = 'Not counted: {n} organic buyers per run, who buy without any campaign (the baseline).';

/** The organic buyers per run the rows carry (the same for every strategy of a run), or NaN. */
export function attributionBaseline(rows: readonly AttributionRow[]): number {
  const known = rows.map((r) => r.baseline).filter(isFiniteNumber);
  return known.length > 0 ? known.reduce((a, b) => a + b, 0) / known.length : NaN;
}

/** Stacking order: from the campaign's own push to earned and bought reach. */
const ATTRIBUTION_ORDER: AttributionSource[] = ['seed', 'kol', 'organic', 'ads'];
export const ATTRIBUTION_LABELS: Record<AttributionSource, string> = {
  seed: 'Seed users',
  kol: 'KOLs',
  organic: 'Word of mouth',
  ads: 'Ads',
};
/** Segment opacity per source: distinct steps that stay visible on light and dark. */
const ATTRIBUTION_OPACITY: Record<AttributionSource, number> = { seed: 1, kol: 0.7, organic: 0.45, ads: 0.22 };

/** Non-negative finite parts of one row (NaN/negative counts are treated as 0) and their total. */
export function attributionParts(a: AttributionCounts): { parts: Record<AttributionSource, number>; total: number } {
  const parts = {} as Record<AttributionSource, number>;
  let total = 0;
  for (const k of ATTRIBUTION_ORDER) {
    const v = a[k];
    parts[k] = isFiniteNumber(v) && v > 0 ? v : 0;
    total += parts[k];
  }
  return { parts, total };
}

/** Height that gives each strategy a readable row. */
export function attributionHeight(strategies: number, withNote = false, names: readonly string[] = [], width = Infinity): number {
  const row = Number.isFinite(width) ? rowHeightForNames(names, width, 40) : 40;
  return Math.max(200, 110 + Math.max(1, strategies) * row) + (withNote ? 22 : 0);
}

/** What the chart says to a screen reader: each strategy's conversions by source. */
export function describeAttribution(rows: readonly AttributionRow[], options: Omit<AttributionOptions, 'width' | 'height'>): string {
  const d = describer(options);
  if (rows.length === 0) return d.say('describe.attributionEmpty');
  const names = { ...ATTRIBUTION_LABELS, ...options.sources };
  const items = rows.map((r) => {
    const { parts } = attributionParts(r.attribution);
    return d.say('describe.item', {
      name: r.name,
      parts: d.parts(ATTRIBUTION_ORDER.map((k) => d.say('describe.part', { label: names[k], value: formatCount(parts[k], options.locale) }))),
    });
  });
  const baseline = attributionBaseline(rows);
  const said = d.say('describe.attribution', { list: d.list(items) });
  return isFiniteNumber(baseline) ? `${said} ${(options.baselineNote ?? DEFAULT_BASELINE_NOTE).replace('{n}', formatCount(baseline, options.locale))}` : said;
}

/** Draw the attribution bars into `svg`, replacing what was there. */
export function drawAttribution(svg: SVGSVGElement, rows: readonly AttributionRow[], options: AttributionOptions): void {
  const mode = options.mode ?? 'count';
  const names = { ...ATTRIBUTION_LABELS, ...options.sources };
  const split = rows.map((r) => attributionParts(r.attribution));
  const locale = options.locale;
  const say = describer(options).say;
  const ctx = beginChart(svg, options, describeAttribution(rows, options));
  if (rows.length === 0) {
    drawEmptyState(ctx, options.emptyMessage ?? DEFAULT_EMPTY_MESSAGE);
    return;
  }
  const { theme, fontSize, labelSize } = ctx;

  // Category key on top, in a neutral colour with the same opacity steps and hatching as the bars.
  defineSourcePatterns(ctx);
  const keyLabels = ATTRIBUTION_ORDER.map((k) => names[k]);
  const { slots, rows: keyRows } = flowLegend(keyLabels, ctx.width, labelSize, ctx.measure);
  const rowH = legendRowHeight(ctx);
  const key = ctx.root.append('g').attr('class', 'dl-source-key');
  ATTRIBUTION_ORDER.forEach((k, i) => {
    const g = key.append('g').attr('transform', `translate(${slots[i].x},${slots[i].row * rowH + rowH / 2})`);
    g.append('rect').attr('y', -LEGEND_SWATCH / 2).attr('width', LEGEND_SWATCH).attr('height', LEGEND_SWATCH).attr('rx', 2).attr('fill', theme.textMuted).attr('fill-opacity', ATTRIBUTION_OPACITY[k]).attr('stroke', theme.textMuted).attr('stroke-width', 1);
    hatch(g, k, 0, -LEGEND_SWATCH / 2, LEGEND_SWATCH, LEGEND_SWATCH);
    g.append('text').attr('x', LEGEND_SWATCH + LEGEND_SWATCH_GAP).attr('dominant-baseline', 'central').attr('font-size', labelSize).attr('fill', theme.text).text(names[k]);
  });

  const totals = split.map((s) => (mode === 'share' ? '100%' : (options.totalLabel ?? '{total} total').replace('{total}', formatCount(s.total, locale))));
  const totalRoom = maxTextWidth(ctx, totals) + 14;
  const baseline = attributionBaseline(rows);
  const note = isFiniteNumber(baseline) ? (options.baselineNote ?? DEFAULT_BASELINE_NOTE).replace('{n}', formatCount(baseline, locale)) : '';
  const noteH = note ? labelSize + 10 : 0;
  const bottom = fontSize + 12 + labelSize + 10 + noteH;
  const layout = layoutRows(ctx, rows, 1, keyRows * rowH + 12, bottom);
  const panel = { x: layout.panels[0].x, width: Math.max(60, layout.panels[0].width - totalRoom) };
  const maxTotal = Math.max(0, ...split.map((s) => s.total));
  const x = scaleLinear()
    .domain([0, mode === 'share' ? 1 : maxTotal > 0 ? maxTotal : 1])
    .range([0, panel.width]);
  if (mode === 'count') x.nice(5);
  const ticks = x.ticks(Math.max(3, Math.floor(panel.width / 90)));

  drawRowStripes(ctx, rows, layout);
  drawRowLabels(ctx, rows, layout);
  const plot = ctx.root.append('g').attr('class', 'dl-plot').attr('transform', `translate(${panel.x},0)`);
  drawVerticalGrid(plot, ticks, x, layout.top, layout.top + layout.height, theme);
  const bandH = layout.rows.bandwidth();
  const barH = Math.max(8, Math.min(30, bandH * 0.7));
  rows.forEach((r, i) => {
    const { parts, total } = split[i];
    const cy = (layout.rows(r.name) ?? 0) + bandH / 2;
    const g = plot.append('g').attr('class', 'dl-stack').attr('data-strategy', r.name);
    // An opaque base under the bar, so faint segments do not mix with the row stripes.
    if (total > 0) {
      g.append('rect')
        .attr('x', 0)
        .attr('y', cy - barH / 2)
        .attr('width', x(mode === 'share' ? 1 : total))
        .attr('height', barH)
        .attr('fill', theme.background);
    }
    let acc = 0;
    for (const k of ATTRIBUTION_ORDER) {
      const v = mode === 'share' ? (total > 0 ? parts[k] / total : 0) : parts[k];
      if (v <= 0) continue;
      const x0 = x(acc);
      const w = x(acc + v) - x0;
      acc += v;
      const pct = formatPercent(total > 0 ? parts[k] / total : 0, locale);
      g.append('rect')
        .attr('class', `dl-segment dl-source-${k}`)
        .attr('x', x0)
        .attr('y', cy - barH / 2)
        .attr('width', Math.max(0, w))
        .attr('height', barH)
        .attr('fill', r.color)
        .attr('fill-opacity', ATTRIBUTION_OPACITY[k])
        .attr('stroke', theme.background)
        .attr('stroke-width', 1)
        .append('title')
        .text(say('describe.attributionSegment', { name: r.name, source: names[k], count: formatCount(parts[k], locale), share: pct }));
      // Name the source in the segment when it fits; else its hatching names it (as in the key).
      const full = `${names[k]} ${pct}`;
      const label = w >= ctx.measure(full, fontSize) + 10 ? full : w >= ctx.measure(pct, fontSize) + 8 ? pct : '';
      if (label !== full) hatch(g, k, x0, cy - barH / 2, Math.max(0, w), barH);
      if (label && barH >= fontSize + 2) {
        g.append('text')
          .attr('x', x0 + w / 2)
          .attr('y', cy)
          .attr('text-anchor', 'middle')
          .attr('dominant-baseline', 'central')
          .attr('font-size', fontSize)
          .attr('fill', readableTextOn(r.color, ATTRIBUTION_OPACITY[k], theme))
          .text(label);
      }
    }
    g.append('text')
      .attr('x', x(acc) + 8)
      .attr('y', cy)
      .attr('dominant-baseline', 'central')
      .attr('font-size', fontSize)
      .attr('fill', theme.text)
      .text(total > 0 || mode === 'count' ? totals[i] : (options.noConversions ?? 'no campaign-caused conversions'));
  });
  const tickFormat = (d: number) => (mode === 'share' ? formatPercent(d, locale) : formatTick(d, locale));
  drawAxis(ctx, axisBottom(x).tickValues(ticks).tickFormat((d) => tickFormat(Number(d))).tickSizeOuter(0), panel.x, layout.top + layout.height, 'dl-x-axis');
  drawAxisTitle(
    ctx,
    mode === 'share' ? (options.shareLabel ?? 'Share of conversions') : (options.xLabel ?? 'Campaign-caused conversions per run (mean)'),
    panel.x + panel.width / 2,
    layout.top + layout.height + fontSize + 12 + labelSize,
  );
  if (note)
    ctx.root
      .append('text')
      .attr('class', 'dl-baseline-note')
      .attr('x', 0)
      .attr('y', layout.top + layout.height + fontSize + 12 + labelSize + noteH)
      .attr('font-size', labelSize)
      .attr('fill', theme.textMuted)
      .text(truncateText(note, ctx.width, labelSize, ctx.measure));
}
