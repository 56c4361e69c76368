/**
 * What every chart shares: clearing and sizing the SVG, accessible name and description, the
 * empty state, the strategy legend, and axis styling.
 *
 * Charts set colours and fonts with SVG presentation attributes (fill, stroke, font-size), never
 * with style attributes: the app's CSP (`style-src 'self'`) blocks inline styles, and attributes
 * keep exported SVG/PNG files self-contained.
 */

import { select, type Axis, type AxisDomain, type Selection } from 'd3';
import { LIGHT_CHART_THEME, type ChartTheme } from '../theme';
import type { StrategyKey } from './chartData';
import type { ChartDescriptions } from './chartDescriptions';
import { flowLegend, LEGEND_SWATCH, LEGEND_SWATCH_GAP, textMeasure, truncateText, type TextMeasure } from './textLayout';

/** Options every draw function accepts. */
export interface BaseChartOptions {
  /** Width of the SVG in px. */
  width: number;
  /** Height of the SVG in px. */
  height: number;
  /** BCP 47 locale for numbers (default "en"). */
  locale?: string;
  /** Accessible name of the chart (also its <title>). */
  title?: string;
  /** Colours and font; default the light theme. */
  theme?: ChartTheme;
  /** Tick label size in px (default 12); other text scales from it. */
  fontSize?: number;
  /** Text shown when there is nothing to draw. */
  emptyMessage?: string;
  /** Screen-reader sentences and point labels, e.g. for translation (chartDescriptions.ts). */
  descriptions?: Partial<ChartDescriptions>;
}

/** Default tick label size: ≥ 12 px stays legible at 1280×800 and on a projector. */
export const DEFAULT_FONT_SIZE = 12;
export const DEFAULT_EMPTY_MESSAGE = 'No runs yet';

export type G = Selection<SVGGElement, unknown, null, undefined>;

/** Everything a draw function needs after `beginChart`. */
export interface ChartContext {
  root: G;
  theme: ChartTheme;
  width: number;
  height: number;
  fontSize: number;
  /** Size of axis titles, legend and row labels. */
  labelSize: number;
  locale: string | undefined;
  measure: TextMeasure;
}

/**
 * Clear `svg` and set it up for a fresh draw: size, viewBox, role="img", aria-label, <title>,
 * <desc>, a background-free root group carrying the font. Drawing twice gives the same DOM.
 */
export function beginChart(svg: SVGSVGElement, options: BaseChartOptions, description: string): ChartContext {
  const width = Math.max(1, Math.round(options.width));
  const height = Math.max(1, Math.round(options.height));
  const theme = options.theme ?? LIGHT_CHART_THEME;
  const fontSize = options.fontSize ?? DEFAULT_FONT_SIZE;
  svg.replaceChildren();
  const s = select(svg)
    .attr('width', width)
    .attr('height', height)
    .attr('viewBox', `0 0 ${width} ${height}`)
    .attr('role', 'img')
    .attr('aria-label', options.title ?? description);
  s.append('title').text(options.title ?? '');
  s.append('desc').text(description);
  const root = s
    .append('g')
    .attr('class', 'dl-chart')
    .attr('font-family', theme.fontFamily)
    .attr('font-size', fontSize)
    .attr('fill', theme.text);
  return {
    root,
    theme,
    width,
    height,
    fontSize,
    labelSize: fontSize + 1,
    locale: options.locale,
    measure: textMeasure(theme.fontFamily),
  };
}

/** Centered message for a chart without data ("No runs yet"). */
export function drawEmptyState(ctx: ChartContext, message: string): void {
  const g = ctx.root.append('g').attr('class', 'dl-empty');
  g.append('rect')
    .attr('x', 0.5)
    .attr('y', 0.5)
    .attr('width', ctx.width - 1)
    .attr('height', ctx.height - 1)
    .attr('rx', 6)
    .attr('fill', 'none')
    .attr('stroke', ctx.theme.grid)
    .attr('stroke-dasharray', '4 4');
  g.append('text')
    .attr('x', ctx.width / 2)
    .attr('y', ctx.height / 2)
    .attr('text-anchor', 'middle')
    .attr('dominant-baseline', 'middle')
    .attr('font-size', ctx.labelSize + 1)
    .attr('fill', ctx.theme.textMuted)
    .text(message);
}

/**
 * A legend entry: coloured swatch and name. Every strategy legend entry has the class
 * `dl-legend-item` and `data-strategy`, whether it sits in a legend row or labels a chart row.
 */
export function drawLegendEntry(
  parent: G,
  ctx: ChartContext,
  strategy: StrategyKey,
  x: number,
  y: number,
  maxWidth = Infinity,
  weight = 400,
): G {
  const g = parent
    .append('g')
    .attr('class', 'dl-legend-item')
    .attr('data-strategy', strategy.name)
    .attr('transform', `translate(${x},${y})`);
  g.append('rect')
    .attr('y', -LEGEND_SWATCH / 2)
    .attr('width', LEGEND_SWATCH)
    .attr('height', LEGEND_SWATCH)
    .attr('rx', 2)
    .attr('fill', strategy.color);
  const room = maxWidth - LEGEND_SWATCH - LEGEND_SWATCH_GAP;
  const label = truncateText(strategy.name, room, ctx.labelSize, ctx.measure, weight);
  const text = g
    .append('text')
    .attr('x', LEGEND_SWATCH + LEGEND_SWATCH_GAP)
    .attr('dominant-baseline', 'central')
    .attr('font-size', ctx.labelSize)
    .attr('font-weight', weight)
    .attr('fill', ctx.theme.text)
    .text(label);
  if (label !== strategy.name) text.append('title').text(strategy.name);
  return g;
}

/** Row height of a flowed legend. */
export function legendRowHeight(ctx: ChartContext): number {
  return Math.round(ctx.labelSize * 1.7);
}

/**
 * A wrapping legend row of strategies at (x, y) within `maxWidth`. Returns the height it took.
 */
export function drawStrategyLegend(ctx: ChartContext, strategies: readonly StrategyKey[], x: number, y: number, maxWidth: number): number {
  const { slots, rows } = flowLegend(strategies.map((s) => s.name), maxWidth, ctx.labelSize, ctx.measure);
  const rowH = legendRowHeight(ctx);
  const g = ctx.root.append('g').attr('class', 'dl-legend').attr('transform', `translate(${x},${y})`);
  strategies.forEach((s, i) => drawLegendEntry(g, ctx, s, slots[i].x, slots[i].row * rowH + rowH / 2, maxWidth));
  return rows * rowH;
}

/** Apply theme colours and font size to a d3 axis group (d3 hard-codes 10px sans-serif). */
function styleAxis(g: G, ctx: ChartContext, options: { domain?: boolean } = {}): void {
  g.attr('font-size', null).attr('font-family', null).attr('color', ctx.theme.axis);
  g.selectAll('text').attr('fill', ctx.theme.textMuted).attr('font-size', ctx.fontSize);
  if (options.domain === false) g.select('.domain').remove();
}

/** Draw `axis` into a new group at (x, y), styled. */
export function drawAxis<D extends AxisDomain>(ctx: ChartContext, axis: Axis<D>, x: number, y: number, className: string, options: { domain?: boolean } = {}): G {
  const g = ctx.root.append('g').attr('class', className).attr('transform', `translate(${x},${y})`);
  g.call(axis);
  styleAxis(g, ctx, options);
  return g;
}

/** An axis title: horizontal (centred at x) or rotated −90° (centred at y). */
export function drawAxisTitle(ctx: ChartContext, text: string, x: number, y: number, rotate = false): void {
  // Rotated, the glyphs' ascent (about 0.95 em in Chromium) lies LEFT of x: keep it inside the chart.
  if (rotate) x = Math.max(x, Math.ceil(ctx.labelSize * 1.05));
  ctx.root
    .append('text')
    .attr('class', 'dl-axis-title')
    .attr('transform', rotate ? `translate(${x},${y}) rotate(-90)` : `translate(${x},${y})`)
    .attr('text-anchor', 'middle')
    .attr('font-size', ctx.labelSize)
    .attr('fill', ctx.theme.textMuted)
    .text(text);
}

/** Width of the widest of `labels` at the tick size. */
export function maxTextWidth(ctx: ChartContext, labels: readonly string[], size = ctx.fontSize, weight = 400): number {
  let w = 0;
  for (const l of labels) w = Math.max(w, ctx.measure(l, size, weight));
  return w;
}

/** Text colour for a label on `fill` drawn at `opacity` over the theme background. */
export function readableTextOn(fill: string, opacity: number, theme: ChartTheme): string {
  const parse = (hex: string) => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255);
  if (!/^#[0-9a-f]{6}$/i.test(fill) || !/^#[0-9a-f]{6}$/i.test(theme.background)) return theme.text;
  const f = parse(fill);
  const b = parse(theme.background);
  const mixed = f.map((c, i) => c * opacity + b[i] * (1 - opacity));
  const lin = mixed.map((c) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  const lum = 0.2126 * lin[0] + 0.7152 * lin[1] + 0.0722 * lin[2];
  // White or near-black (#1f2328, luminance 0.015), whichever contrasts more with the mixed fill.
  return 1.05 / (lum + 0.05) >= (lum + 0.05) / 0.065 ? '#ffffff' : '#1f2328';
}

/** Horizontal grid lines at the y ticks across the plot width, drawn first so marks sit on top. */
/** Vertical grid lines at `ticks` from y1 to y2, in a `dl-grid` group of `parent`. */
export function drawVerticalGrid(parent: G, ticks: readonly number[], x: (value: number) => number, y1: number, y2: number, theme: ChartTheme): void {
  parent
    .append('g')
    .attr('class', 'dl-grid')
    .selectAll('line')
    .data(ticks)
    .join('line')
    .attr('x1', (d) => x(d))
    .attr('x2', (d) => x(d))
    .attr('y1', y1)
    .attr('y2', y2)
    .attr('stroke', theme.grid);
}

export function drawHorizontalGrid(plot: G, ticks: readonly number[], y: (value: number) => number, width: number, theme: ChartTheme): void {
  plot
    .append('g')
    .attr('class', 'dl-grid')
    .selectAll('line')
    .data(ticks)
    .join('line')
    .attr('x1', 0)
    .attr('x2', width)
    .attr('y1', (d) => y(d))
    .attr('y2', (d) => y(d))
    .attr('stroke', theme.grid);
}
