/**
 * The network's degree distribution on log–log axes: one point per degree with its node count.
 * A straight-ish line means a heavy tail (a few accounts with huge audiences); a hump means a
 * random graph. Degree 0 cannot sit on a log axis, so the chart says how many nodes have it.
 * The network statistics are printed above the plot.
 */

import { axisBottom, axisLeft, scaleLog } from 'd3';
import type { NetworkStats } from './chartData';
import { beginChart, drawAxis, drawAxisTitle, drawEmptyState, maxTextWidth, type BaseChartOptions, type ChartContext } from './chartSvg';
import { formatCount, formatPercent, formatTick, isFiniteNumber } from './format';
import { describer } from './chartDescriptions';
import { logTicks, paddedLogDomain } from './ticks';
import { estimateTextWidth, type TextMeasure } from './textLayout';

/** What the chart draws. */
export interface DegreeDistributionData {
  /** [degree, number of nodes with that degree] pairs, any order. */
  histogram: ReadonlyArray<readonly [number, number]>;
  stats?: NetworkStats;
}

export interface DegreeDistributionOptions extends BaseChartOptions {
  /** x-axis title (default "Degree (connections per person, log scale)"). */
  xLabel?: string;
  /** y-axis title (default "People (log scale)"). */
  yLabel?: string;
  /** Empty-state text (default "No network yet"). */
  emptyMessage?: string;
  /** Words of the statistics line and the degree-0 note, e.g. for translation. */
  summaryText?: Partial<typeof DEGREE_SUMMARY_TEXT>;
}

/** Split a histogram into drawable points (degree ≥ 1, count ≥ 1) and the count at degree 0. */
export function splitDegreeHistogram(histogram: DegreeDistributionData['histogram']): { points: [number, number][]; zeroDegree: number } {
  const points: [number, number][] = [];
  let zeroDegree = 0;
  for (const [k, n] of histogram) {
    if (!isFiniteNumber(k) || !isFiniteNumber(n) || n <= 0) continue;
    if (k <= 0) zeroDegree += n;
    else points.push([k, n]);
  }
  points.sort((a, b) => a[0] - b[0]);
  return { points, zeroDegree };
}

/** Words of the network summary and the degree-0 note; `{n}` / `{share}` are filled in. */
export const DEGREE_SUMMARY_TEXT = {
  people: '{n} people',
  ties: '{n} ties',
  meanDegree: 'mean degree {n}',
  clustering: 'clustering {n}',
  largestGroup: 'largest group {share}',
  averagePath: 'average path {n} steps',
  zeroNote: '{n} people with degree 0 not shown (log scale)',
};

/** The network summary printed above the plot, as parts joined by " · ". */
export function networkSummaryParts(stats: NetworkStats, locale?: string, words: Partial<typeof DEGREE_SUMMARY_TEXT> = {}): string[] {
  const text = { ...DEGREE_SUMMARY_TEXT, ...words };
  const n = (template: string, value: string) => template.replace('{n}', value);
  const parts = [
    n(text.people, formatCount(stats.nodes, locale)),
    n(text.ties, formatCount(stats.edges, locale)),
    n(text.meanDegree, formatCount(stats.meanDegree, locale)),
    n(text.clustering, isFiniteNumber(stats.clustering) ? stats.clustering.toFixed(2) : 'n/a'),
  ];
  if (isFiniteNumber(stats.largestComponent) && stats.nodes > 0) {
    // Accept either a node count or a fraction for the largest component.
    const share = stats.largestComponent <= 1 ? stats.largestComponent : stats.largestComponent / stats.nodes;
    parts.push(text.largestGroup.replace('{share}', formatPercent(share, locale)));
  }
  if (isFiniteNumber(stats.averagePathLength)) parts.push(n(text.averagePath, stats.averagePathLength.toFixed(1)));
  return parts;
}

/** Break `parts` into lines no wider than `maxWidth`, joining parts on a line with " · ". */
export function wrapParts(parts: readonly string[], maxWidth: number, fontSize: number, measure: TextMeasure = estimateTextWidth): string[] {
  const lines: string[] = [];
  let line = '';
  for (const p of parts) {
    const candidate = line ? `${line} · ${p}` : p;
    if (line && measure(candidate, fontSize) > maxWidth) {
      lines.push(line);
      line = p;
    } else {
      line = candidate;
    }
  }
  if (line) lines.push(line);
  return lines;
}

function drawNote(ctx: ChartContext, text: string, x: number, y: number, anchor: 'start' | 'end'): void {
  ctx.root.append('text').attr('class', 'dl-note').attr('x', x).attr('y', y).attr('text-anchor', anchor).attr('font-size', ctx.fontSize).attr('fill', ctx.theme.textMuted).text(text);
}

/** The note on people of degree 0 (who cannot sit on a log axis), or '' when there are none. */
function zeroNoteOf(zeroDegree: number, options: Omit<DegreeDistributionOptions, 'width' | 'height'>): string {
  return zeroDegree > 0 ? (options.summaryText?.zeroNote ?? DEGREE_SUMMARY_TEXT.zeroNote).replace('{n}', formatCount(zeroDegree, options.locale)) : '';
}

/** What the chart says to a screen reader: the degree range and the network's statistics. */
export function describeDegreeDistribution(data: DegreeDistributionData | undefined, options: Omit<DegreeDistributionOptions, 'width' | 'height'>): string {
  const { points, zeroDegree } = splitDegreeHistogram(data?.histogram ?? []);
  const d = describer(options);
  if (points.length === 0) return d.say('describe.degreeEmpty');
  const summary = (data?.stats ? networkSummaryParts(data.stats, options.locale, options.summaryText) : []).join(' · ');
  const note = zeroNoteOf(zeroDegree, options);
  return d.say('describe.degree', {
    max: formatCount(points[points.length - 1][0], options.locale),
    summary,
    zero: note ? d.say('describe.degreeZero', { note }) : '',
  });
}

/** Draw the degree distribution into `svg`, replacing what was there. */
export function drawDegreeDistribution(svg: SVGSVGElement, data: DegreeDistributionData | undefined, options: DegreeDistributionOptions): void {
  const { points, zeroDegree } = splitDegreeHistogram(data?.histogram ?? []);
  const locale = options.locale;
  const summaryParts = data?.stats ? networkSummaryParts(data.stats, locale, options.summaryText) : [];
  const zeroNote = zeroNoteOf(zeroDegree, options);
  const maxK = points.length ? points[points.length - 1][0] : 0;
  const say = describer(options).say;
  const ctx = beginChart(svg, options, describeDegreeDistribution(data, options));
  if (points.length === 0) {
    drawEmptyState(ctx, zeroNote || (options.emptyMessage ?? 'No network yet'));
    return;
  }
  const { theme, fontSize, labelSize } = ctx;
  const lines = wrapParts(summaryParts, ctx.width, labelSize, ctx.measure);
  const lineH = labelSize + 6;
  const stats = ctx.root.append('text').attr('class', 'dl-network-stats').attr('font-size', labelSize).attr('fill', theme.text);
  lines.forEach((l, i) => stats.append('tspan').attr('x', 0).attr('y', labelSize + i * lineH).text(l));
  const top = lines.length ? lines.length * lineH + 14 : 8;

  // Pad by a third of a decade so no point sits on the frame.
  const counts = points.map((p) => p[1]);
  const x = scaleLog().domain(paddedLogDomain(points[0][0], maxK));
  const y = scaleLog().domain(paddedLogDomain(Math.min(...counts), Math.max(...counts)));
  const yTicks = logTicks(y.domain()[0], y.domain()[1]);
  const xTicks = logTicks(x.domain()[0], x.domain()[1]);
  const yTickW = maxTextWidth(ctx, yTicks.map((t) => formatTick(t, locale)));
  const left = Math.ceil(yTickW) + 10 + labelSize + 12;
  const bottom = fontSize + 12 + labelSize + 12;
  const plotW = Math.max(60, ctx.width - left - 16);
  const plotH = Math.max(60, ctx.height - top - bottom);
  x.range([0, plotW]);
  y.range([plotH, 0]);

  const plot = ctx.root.append('g').attr('class', 'dl-plot').attr('transform', `translate(${left},${top})`);
  const grid = plot.append('g').attr('class', 'dl-grid').attr('stroke', theme.grid);
  for (const t of yTicks) grid.append('line').attr('x1', 0).attr('x2', plotW).attr('y1', y(t)).attr('y2', y(t));
  for (const t of xTicks) grid.append('line').attr('x1', x(t)).attr('x2', x(t)).attr('y1', 0).attr('y2', plotH);
  plot
    .append('g')
    .attr('class', 'dl-points')
    .attr('fill', theme.neutral)
    .attr('fill-opacity', 0.8)
    .selectAll('circle')
    .data(points)
    .join('circle')
    .attr('cx', (d) => x(d[0]))
    .attr('cy', (d) => y(d[1]))
    .attr('r', 3.5)
    .append('title')
    .text((d) => say('describe.degreePoint', { degree: formatCount(d[0], locale), count: formatCount(d[1], locale) }));

  drawAxis(ctx, axisBottom(x).tickValues(xTicks).tickFormat((d) => formatTick(Number(d), locale)).tickSizeOuter(0), left, top + plotH, 'dl-x-axis');
  drawAxis(ctx, axisLeft(y).tickValues(yTicks).tickFormat((d) => formatTick(Number(d), locale)).tickSize(0).tickPadding(8), left, top, 'dl-y-axis', { domain: false });
  drawAxisTitle(ctx, options.xLabel ?? 'Degree (connections per person, log scale)', left + plotW / 2, top + plotH + fontSize + 12 + labelSize);
  drawAxisTitle(ctx, options.yLabel ?? 'People (log scale)', labelSize * 0.8, top + plotH / 2, true);
  if (zeroNote) drawNote(ctx, zeroNote, left + plotW - 4, top + 16, 'end');
}
