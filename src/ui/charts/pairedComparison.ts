/**
 * Paired comparison against the baseline (the first strategy): per other strategy one row that
 * says it in words — "B beats A in 87% of runs · +120 conversions per run [95% CI 90–150]" — and
 * a forest plot of the mean difference with its 95 % CI around 0. A filled point means the CI
 * excludes 0; a hollow one means the difference could be noise.
 */

import { axisBottom, scaleLinear } from 'd3';
import type { PairedComparison, StrategyKey } from './chartData';
import { beginChart, DEFAULT_FONT_SIZE, drawAxis, drawVerticalGrid, drawAxisTitle, drawEmptyState, drawLegendEntry, maxTextWidth, type BaseChartOptions } from './chartSvg';
import { LIGHT_CHART_THEME } from '../theme';
import { isFiniteNumber } from './format';
import { comparisonSentences, differenceFormat, fill, LOWER_IS_BETTER, METRIC_NOUNS, PAIRED_TEXT } from './pairedSentences';

export { comparisonSentences, differenceFormat, LOWER_IS_BETTER, METRIC_NOUNS, PAIRED_TEXT };
import { describer } from './chartDescriptions';
import { LEGEND_SWATCH, textMeasure, wrapText, type TextMeasure } from './textLayout';
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

/** Height of the chart without text layout: a two-line row per comparison (the lower bound). */
export function pairedHeight(comparisons: number): number {
  return Math.max(200, 110 + Math.max(1, comparisons) * 56);
}

/** The wrapped text of one comparison row (see pairedTextLayout). */
export interface PairedRowText {
  /** The strategy's name, bold, after its swatch (wrapped when longer than the column). */
  name: string[];
  /** The rest of the first sentence; its first line continues the last name line ('' = starts below it). */
  rest: string[];
  /** The second sentence (difference and interval). */
  detail: string[];
  /** Lines the row takes. */
  lines: number;
}

/** Indent of the sentences under the swatch. */
const TEXT_INDENT = 18;

/** Line height of the row text. */
export function pairedLineHeight(labelSize: number): number {
  return Math.round(labelSize * 1.35);
}

/** Width of the sentence column for a chart `width` px wide. */
export function pairedTextWidth(width: number): number {
  return Math.round(Math.min(width * 0.5, Math.max(260, width * 0.48)));
}

/**
 * Wrap every row's two sentences into the sentence column (never cut with an ellipsis: the
 * comparison must be readable whole, in the chart and in its PNG/SVG export).
 */
export function pairedTextLayout(sentences: readonly [string, string][], names: readonly string[], textW: number, labelSize: number, measure: TextMeasure): PairedRowText[] {
  const room = Math.max(40, textW - TEXT_INDENT);
  const space = measure(' ', labelSize) + 1;
  return sentences.map(([line1, line2], i) => {
    const nameText = names[i];
    const name = wrapText(nameText, room, labelSize, measure, 0, 600);
    const restText = (line1.startsWith(nameText) ? line1.slice(nameText.length) : line1).trimStart();
    const lastName = measure(name[name.length - 1], labelSize, 600);
    const rest = restText === '' ? [''] : wrapText(restText, room, labelSize, measure, lastName + space);
    const detail = wrapText(line2, room, labelSize, measure);
    return { name, rest, detail, lines: name.length + rest.length - 1 + detail.length };
  });
}

/** Height of a row of `lines` lines of text. */
function rowHeightFor(lines: number, labelSize: number): number {
  return Math.max(40, lines * pairedLineHeight(labelSize) + 12);
}

/** Header above the rows: the baseline key and up to two lines of direction hints. */
function headerHeight(fontSize: number, labelSize: number): number {
  return labelSize + 34 + fontSize + 4;
}

/** Space below the rows: the x axis and its title (`titleLines` lines). */
function footerHeight(fontSize: number, labelSize: number, titleLines = 1): number {
  return fontSize + 12 + labelSize + 12 + (titleLines - 1) * pairedLineHeight(labelSize);
}

/** The x-axis title in lines that fit the chart's width. */
function axisTitleLines(title: string, width: number, labelSize: number, measure: TextMeasure): string[] {
  return wrapText(title, Math.max(40, width - 4), labelSize, measure);
}

/** Height that fits every row's wrapped text at `options.width` (what the chart element asks for). */
export function pairedPreferredHeight(data: PairedComparisonData, options: Omit<PairedComparisonOptions, 'height'>): number {
  const baseline = data.strategies[0];
  const comps = data.comparisons.filter((c) => c.name !== baseline?.name);
  if (!baseline || comps.length === 0) return pairedHeight(comps.length);
  const fontSize = options.fontSize ?? DEFAULT_FONT_SIZE;
  const labelSize = fontSize + 1;
  const measure = textMeasure((options.theme ?? LIGHT_CHART_THEME).fontFamily);
  const text = { ...PAIRED_TEXT, ...options.text };
  const nouns = { ...METRIC_NOUNS, ...options.nouns };
  const sentences = comps.map((c) => comparisonSentences(c, baseline.name, options.locale, options.currency, text, nouns));
  const rows = pairedTextLayout(sentences, comps.map((c) => c.name), pairedTextWidth(options.width), labelSize, measure);
  const body = rows.reduce((sum, r) => sum + rowHeightFor(r.lines, labelSize), 0);
  const noun = nouns[comps[0].metric] ?? comps[0].metric;
  const titleLines = axisTitleLines(fill(text.axis, { noun, a: baseline.name }), options.width, labelSize, measure).length;
  return Math.max(pairedHeight(comps.length), Math.ceil(headerHeight(fontSize, labelSize) + body + footerHeight(fontSize, labelSize, titleLines)));
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
  drawLegendEntry(head, ctx, baseline, baseX, labelSize / 2 + 1, ctx.width - baseX, 600);

  const textW = pairedTextWidth(ctx.width);
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
  const top = headerHeight(fontSize, labelSize);
  const bottom = footerHeight(fontSize, labelSize, axisTitleLines(fill(text.axis, { noun, a: baseline.name }), ctx.width, labelSize, ctx.measure).length);
  const layout = pairedTextLayout(sentences, comps.map((c) => c.name), textW, labelSize, ctx.measure);
  // Rows as tall as their wrapped text; room left over (a taller chart) is shared out evenly.
  const needed = layout.map((r) => rowHeightFor(r.lines, labelSize));
  const spare = Math.max(0, ctx.height - top - bottom - needed.reduce((a, b) => a + b, 0)) / comps.length;
  const rowHs = needed.map((h) => h + spare);
  const rowTops = rowHs.map((_, i) => rowHs.slice(0, i).reduce((a, b) => a + b, 0));
  const plotH = rowHs.reduce((a, b) => a + b, 0);
  const lineH = pairedLineHeight(labelSize);

  const plot = ctx.root.append('g').attr('class', 'dl-forest').attr('transform', `translate(${plotX},${top})`);
  drawVerticalGrid(plot, ticks, x, 0, plotH, theme);
  plot.append('line').attr('class', 'dl-zero-line').attr('x1', x(0)).attr('x2', x(0)).attr('y1', -8).attr('y2', plotH).attr('stroke', theme.axis).attr('stroke-width', 1.5);
  // Direction hints: which side of zero is good depends on the metric. "no difference" sits over
  // the zero line; when it would touch a hint the hints move up a line instead of overlapping it.
  const rightLabel = `${higherIsBetter ? text.better : text.worse} →`;
  const leftLabel = `← ${higherIsBetter ? text.worse : text.better}`;
  const zeroW = ctx.measure(text.noDifference, fontSize);
  const zeroX = Math.min(Math.max(x(0), zeroW / 2 - 20), plotW + Math.ceil(edgeLabel / 2) - zeroW / 2);
  const leftW = ctx.measure(leftLabel, fontSize);
  const rightW = ctx.measure(rightLabel, fontSize);
  const clash = leftW + 6 > zeroX - zeroW / 2 || zeroX + zeroW / 2 + 6 > plotW - rightW;
  const hintY = clash ? -12 - fontSize - 4 : -12;
  plot.append('text').attr('class', 'dl-zero-label').attr('x', zeroX).attr('y', -12).attr('text-anchor', 'middle').attr('font-size', fontSize).attr('fill', theme.textMuted).text(text.noDifference);
  plot.append('text').attr('class', 'dl-direction').attr('x', plotW).attr('y', hintY).attr('text-anchor', 'end').attr('font-size', fontSize).attr('fill', theme.textMuted).text(rightLabel);
  plot.append('text').attr('class', 'dl-direction').attr('x', 0).attr('y', hintY).attr('font-size', fontSize).attr('fill', theme.textMuted).text(leftLabel);

  const rows = ctx.root.append('g').attr('class', 'dl-comparisons');
  comps.forEach((c, i) => {
    const rowTop = top + rowTops[i];
    const cy = rowTop + rowHs[i] / 2;
    const col = color.get(c.name) ?? theme.neutral;
    const lines = layout[i];
    const row = rows.append('g').attr('class', 'dl-comparison').attr('data-strategy', c.name);
    if (i % 2 === 0 && comps.length > 2) {
      row.append('rect').attr('x', 0).attr('y', rowTop).attr('width', ctx.width).attr('height', rowHs[i]).attr('fill', theme.grid).attr('fill-opacity', theme.mode === 'dark' ? 0.35 : 0.4);
    }
    // The text block is centred on the row: name (bold, after the swatch), the rest of the first
    // sentence continuing its last line, then the difference and interval.
    const firstY = cy - ((lines.lines - 1) * lineH) / 2;
    const textG = row.append('g').attr('class', 'dl-legend-item dl-comparison-text').attr('data-strategy', c.name);
    textG.append('rect').attr('x', 0).attr('y', firstY - LEGEND_SWATCH / 2).attr('width', LEGEND_SWATCH).attr('height', LEGEND_SWATCH).attr('rx', 2).attr('fill', col);
    const line = (y: number, weight: number, fill: string) =>
      textG.append('text').attr('x', TEXT_INDENT).attr('y', y).attr('dominant-baseline', 'central').attr('font-size', labelSize).attr('font-weight', weight).attr('fill', fill);
    let y = firstY;
    lines.name.forEach((nameLine, k) => {
      const t = line(y, 600, theme.text);
      t.append('tspan').attr('class', 'dl-name').text(nameLine);
      // SVG drops leading spaces, so the rest after the bold name starts at a measured offset.
      if (k === lines.name.length - 1 && lines.rest[0] !== '') {
        const after = TEXT_INDENT + ctx.measure(nameLine, labelSize, 600) + ctx.measure(' ', labelSize) + 1;
        textG.append('text').attr('x', after).attr('y', y).attr('dominant-baseline', 'central').attr('font-size', labelSize).attr('fill', theme.text).text(lines.rest[0]);
      }
      y += lineH;
    });
    for (const restLine of lines.rest.slice(1)) {
      line(y, 400, theme.text).text(restLine);
      y += lineH;
    }
    for (const detailLine of lines.detail) {
      line(y, 400, theme.textMuted).text(detailLine);
      y += lineH;
    }

    const [l, h] = c.ci95 ?? [NaN, NaN];
    const g = plot.append('g').attr('class', 'dl-ci').attr('data-strategy', c.name);
    const ciY = cy - top;
    if (isFiniteNumber(l) && isFiniteNumber(h)) {
      g.append('line').attr('x1', x(l)).attr('x2', x(h)).attr('y1', ciY).attr('y2', ciY).attr('stroke', col).attr('stroke-width', 3).attr('stroke-linecap', 'round');
    }
    if (isFiniteNumber(c.meanDifference)) {
      const excludesZero = isFiniteNumber(l) && isFiniteNumber(h) && (l > 0 || h < 0);
      g.append('circle')
        .attr('cx', x(c.meanDifference))
        .attr('cy', ciY)
        .attr('r', 6)
        .attr('fill', excludesZero ? col : theme.background)
        .attr('stroke', col)
        .attr('stroke-width', 2);
    }
  });

  drawAxis(ctx, axisBottom(x).tickValues(ticks).tickFormat((d) => fmt(Number(d))).tickSize(4), plotX, top + plotH, 'dl-x-axis');
  // The axis title names the baseline, which can be long: centred under the plot when it fits,
  // else moved left to stay inside the chart, else wrapped onto a second line.
  const axisLines = axisTitleLines(fill(text.axis, { noun, a: baseline.name }), ctx.width, labelSize, ctx.measure);
  axisLines.forEach((titleLine, k) => {
    const w = ctx.measure(titleLine, labelSize);
    const cx = Math.min(plotX + plotW / 2, ctx.width - w / 2 - 2);
    drawAxisTitle(ctx, titleLine, Math.max(w / 2 + 2, cx), top + plotH + fontSize + 12 + labelSize + k * pairedLineHeight(labelSize));
  });
}
