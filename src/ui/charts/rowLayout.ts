/**
 * Layout shared by the charts with one row per strategy (funnel, distribution, intervals,
 * attribution, decomposition): a label column whose labels are the legend, then one or more
 * panels side by side, each with its own x scale.
 */

import { scaleBand, type ScaleBand } from 'd3';
import type { StrategyKey } from './chartData';
import { drawLegendEntry, maxTextWidth, type ChartContext } from './chartSvg';
import { estimateTextWidth, LEGEND_SWATCH, LEGEND_SWATCH_GAP, truncateText, wrapText, type TextMeasure } from './textLayout';

/** Widest label column, as a share of the chart width, before names are shortened. */
export const MAX_LABEL_SHARE = 0.3;

/** Rows of strategies and the panels' horizontal extents. */
export interface RowLayout {
  /** Row band scale over strategy names (y within the plot). */
  rows: ScaleBand<string>;
  /** Top of the rows (below panel headers). */
  top: number;
  /** Height of the rows area. */
  height: number;
  /** Width of the label column. */
  labelWidth: number;
  /** Left edge and width of each panel. */
  panels: { x: number; width: number }[];
}

/**
 * Split the chart: label column at the left, `panelCount` equal panels separated by `gap`
 * (one number, or one per gap),
 * rows between `top` and `height − bottom`.
 */
export function layoutRows(
  ctx: ChartContext,
  strategies: readonly StrategyKey[],
  panelCount: number,
  top: number,
  bottom: number,
  gap: number | readonly number[] = 28,
): RowLayout {
  const labelWidth = labelColumnWidth(ctx, strategies);
  const gaps = Array.from({ length: Math.max(0, panelCount - 1) }, (_, i) => (typeof gap === 'number' ? gap : gap[i] ?? 28));
  const totalGap = gaps.reduce((a, b) => a + b, 0);
  const panelW = Math.max(40, (ctx.width - labelWidth - totalGap) / panelCount);
  const panels: { x: number; width: number }[] = [];
  let x = labelWidth;
  for (let i = 0; i < panelCount; i++) {
    panels.push({ x, width: panelW });
    x += panelW + (gaps[i] ?? 0);
  }
  const height = Math.max(20, ctx.height - top - bottom);
  const rows = scaleBand<string>()
    .domain(strategies.map((s) => s.name))
    .range([top, top + height])
    .paddingInner(0.22)
    .paddingOuter(0.12);
  return { rows, top, height, labelWidth, panels };
}

/** Space a row label's text has in a label column `labelWidth` wide (after the swatch). */
function labelRoom(labelWidth: number): number {
  return Math.max(20, labelWidth - 10 - LEGEND_SWATCH - LEGEND_SWATCH_GAP);
}

/** Line height of wrapped row labels. */
export function rowLabelLineHeight(labelSize: number): number {
  return Math.round(labelSize * 1.15);
}

/**
 * A strategy name wrapped into the label column, in at most `maxLines` lines (the last one cut
 * with an ellipsis only when even that many lines cannot hold it).
 */
export function rowLabelLines(name: string, labelWidth: number, labelSize: number, measure: TextMeasure, maxLines = Infinity): string[] {
  const room = labelRoom(labelWidth);
  const lines = wrapText(name, room, labelSize, measure, 0, 600);
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, Math.max(1, maxLines));
  kept[kept.length - 1] = truncateText(lines.slice(kept.length - 1).join(' '), room, labelSize, measure, 600);
  return kept;
}

/**
 * Height per row that gives the longest name room for all its lines at a chart `width` px wide
 * (estimated widths, no DOM: lets an element choose its height before drawing); at least `base`.
 * The band is 78 % of a row (paddingInner 0.22).
 */
export function rowHeightForNames(names: readonly string[], width: number, base: number, labelSize = 13): number {
  let natural = 0;
  for (const n of names) natural = Math.max(natural, estimateTextWidth(n, labelSize, 600));
  const labelWidth = Math.min(natural + LEGEND_SWATCH + LEGEND_SWATCH_GAP + 14, width * MAX_LABEL_SHARE);
  let lines = 1;
  for (const n of names) lines = Math.max(lines, rowLabelLines(n, labelWidth, labelSize, estimateTextWidth).length);
  return Math.max(base, Math.ceil((lines * rowLabelLineHeight(labelSize) + 6) / 0.78));
}

/**
 * Row labels (the legend entries of a row chart), vertically centred on their rows: swatch and
 * bold name, wrapped onto as many lines as the row's band holds rather than cut.
 */
export function drawRowLabels(ctx: ChartContext, strategies: readonly StrategyKey[], layout: RowLayout): void {
  const g = ctx.root.append('g').attr('class', 'dl-legend dl-row-labels');
  const lineH = rowLabelLineHeight(ctx.labelSize);
  const maxLines = Math.max(1, Math.floor((layout.rows.bandwidth() + 6) / lineH));
  for (const s of strategies) {
    const lines = rowLabelLines(s.name, layout.labelWidth, ctx.labelSize, ctx.measure, maxLines);
    if (lines.length === 1) {
      drawLegendEntry(g, ctx, s, 0, (layout.rows(s.name) ?? 0) + layout.rows.bandwidth() / 2, layout.labelWidth - 10, 600);
      continue;
    }
    const y = (layout.rows(s.name) ?? 0) + layout.rows.bandwidth() / 2 - ((lines.length - 1) * lineH) / 2;
    const entry = g.append('g').attr('class', 'dl-legend-item').attr('data-strategy', s.name).attr('transform', `translate(0,${y})`);
    entry.append('rect').attr('y', -LEGEND_SWATCH / 2).attr('width', LEGEND_SWATCH).attr('height', LEGEND_SWATCH).attr('rx', 2).attr('fill', s.color);
    const text = entry.append('text').attr('dominant-baseline', 'central').attr('font-size', ctx.labelSize).attr('font-weight', 600).attr('fill', ctx.theme.text);
    lines.forEach((line, i) => text.append('tspan').attr('x', LEGEND_SWATCH + LEGEND_SWATCH_GAP).attr('y', i * lineH).text(line));
    text.append('title').text(s.name);
  }
}

/** Light zebra stripes behind alternate rows, so a row reads across several panels. */
export function drawRowStripes(ctx: ChartContext, strategies: readonly StrategyKey[], layout: RowLayout): void {
  const step = layout.rows.step();
  const g = ctx.root.append('g').attr('class', 'dl-row-stripes');
  strategies.forEach((s, i) => {
    if (i % 2 === 1 || strategies.length < 3) return;
    g.append('rect')
      .attr('x', 0)
      .attr('y', (layout.rows(s.name) ?? 0) - (step - layout.rows.bandwidth()) / 2)
      .attr('width', ctx.width)
      .attr('height', step)
      .attr('fill', ctx.theme.grid)
      .attr('fill-opacity', ctx.theme.mode === 'dark' ? 0.35 : 0.4);
  });
}

/**
 * A panel heading: bold name and an optional muted explanation under it, wrapped onto at most
 * `subtitleLines` lines (cut with an ellipsis only past them; the full text stays as a tooltip).
 * Returns its height.
 */
export function drawPanelHeader(ctx: ChartContext, x: number, y: number, width: number, title: string, subtitle?: string, subtitleLines = 1): number {
  const g = ctx.root.append('g').attr('class', 'dl-panel-header').attr('transform', `translate(${x},${y})`);
  g.append('text')
    .attr('y', ctx.labelSize)
    .attr('font-size', ctx.labelSize)
    .attr('font-weight', 600)
    .attr('fill', ctx.theme.text)
    .text(truncateText(title, width, ctx.labelSize, ctx.measure, 600));
  if (!subtitle) return ctx.labelSize + 6;
  const wrapped = wrapText(subtitle, width, ctx.fontSize, ctx.measure);
  const lines = wrapped.slice(0, Math.max(1, subtitleLines));
  if (wrapped.length > lines.length) lines[lines.length - 1] = truncateText(wrapped.slice(lines.length - 1).join(' '), width, ctx.fontSize, ctx.measure);
  const lineH = ctx.fontSize + 2;
  const sub = g.append('text').attr('font-size', ctx.fontSize).attr('fill', ctx.theme.textMuted);
  lines.forEach((line, i) => sub.append('tspan').attr('x', 0).attr('y', ctx.labelSize + ctx.fontSize + 6 + i * lineH).text(line));
  sub.append('title').text(subtitle);
  return ctx.labelSize + ctx.fontSize + 12 + (lines.length - 1) * lineH;
}

/** One panel of a multi-panel row chart, with the block (row of panels) it sits in. */
export interface PanelSlot {
  /** Panel index (0-based, in reading order). */
  index: number;
  /** Panel position within its block. */
  column: number;
  x: number;
  width: number;
  /** Row layout of the block, in block coordinates. */
  layout: RowLayout;
  /** Context whose root is the block's group (translated) and whose height is the block's. */
  ctx: ChartContext;
}

/** How many panels fit side by side, given the label column and the minimum panel width. */
export function panelsPerRow(available: number, panelCount: number, minPanelWidth: number, gap: number): number {
  for (let k = panelCount; k > 1; k--) {
    if (k * minPanelWidth + (k - 1) * gap <= available) return k;
  }
  return 1;
}

/** The label column width for these strategies (shared by every block). */
export function labelColumnWidth(ctx: ChartContext, strategies: readonly StrategyKey[]): number {
  const natural = maxTextWidth(ctx, strategies.map((s) => s.name), ctx.labelSize, 600) + LEGEND_SWATCH + LEGEND_SWATCH_GAP + 14;
  return Math.ceil(Math.min(natural, ctx.width * MAX_LABEL_SHARE));
}

/**
 * Lay `panelCount` panels out in blocks: as many side by side as fit at `minPanelWidth`, the
 * rest wrapped into further blocks below, each block with its own row labels (the legend) and
 * stripes. Narrow charts (a half-width card, a phone) thus stay readable.
 */
export function panelBlocks(
  ctx: ChartContext,
  strategies: readonly StrategyKey[],
  panelCount: number,
  spec: { minPanelWidth: number; top?: number; header: number; bottom: number; gap?: number; blockGap?: number },
): PanelSlot[] {
  const gap = spec.gap ?? 28;
  const blockGap = spec.blockGap ?? 18;
  const top = spec.top ?? 0;
  const labelWidth = labelColumnWidth(ctx, strategies);
  const perRow = panelsPerRow(ctx.width - labelWidth, panelCount, spec.minPanelWidth, gap);
  const blocks = Math.ceil(panelCount / perRow);
  const blockH = (ctx.height - top - blockGap * (blocks - 1)) / blocks;
  const slots: PanelSlot[] = [];
  for (let b = 0; b < blocks; b++) {
    const root = ctx.root.append('g').attr('class', 'dl-block').attr('transform', `translate(0,${top + b * (blockH + blockGap)})`);
    const blockCtx: ChartContext = { ...ctx, root, height: blockH };
    const layout = layoutRows(blockCtx, strategies, perRow, spec.header, spec.bottom, gap);
    drawRowStripes(blockCtx, strategies, layout);
    drawRowLabels(blockCtx, strategies, layout);
    for (let c = 0; c < perRow && b * perRow + c < panelCount; c++) {
      const p = layout.panels[c];
      slots.push({ index: b * perRow + c, column: c, x: p.x, width: p.width, layout, ctx: blockCtx });
    }
  }
  return slots;
}

/**
 * Number of blocks `panelBlocks` will use at this width, from estimated label widths (no DOM):
 * lets an element choose its height before drawing.
 */
export function blockCount(names: readonly string[], width: number, panelCount: number, minPanelWidth: number, gap = 28): number {
  let natural = 0;
  for (const n of names) natural = Math.max(natural, estimateTextWidth(n, 13, 600));
  const labelWidth = Math.min(natural + LEGEND_SWATCH + LEGEND_SWATCH_GAP + 14, width * MAX_LABEL_SHARE);
  return Math.ceil(panelCount / panelsPerRow(width - labelWidth, panelCount, minPanelWidth, gap));
}
