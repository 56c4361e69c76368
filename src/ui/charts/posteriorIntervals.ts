/**
 * The posterior narrowing: one block per fitted parameter, its x axis spanning the prior range
 * (shaded), and one line per generation from the 5 % to the 95 % weighted quantile with a dot at
 * the median — generation 0 (the prior sample) on top, the latest at the bottom, drawn strongest.
 * A parameter the campaign does not identify keeps a line about as wide as the shaded range.
 */

import { axisBottom, scaleLinear } from 'd3';
import { beginChart, drawAxis, drawEmptyState, maxTextWidth, DEFAULT_EMPTY_MESSAGE, type BaseChartOptions } from './chartSvg';
import { formatTick } from './format';
import { strategyColor } from '../theme';

export interface PosteriorIntervalsData {
  params: { path: string; lo: number; hi: number; unidentified?: boolean }[];
  /** Per completed generation, per parameter: weighted 5 / 50 / 95 % quantiles. */
  generations: { generation: number; intervals: { p05: number; p50: number; p95: number }[] }[];
}

export const POSTERIOR_INTERVALS_TEXT = {
  prior: 'prior range',
  generation: (g: number) => `gen. ${g}`,
  unidentified: 'not identified',
};

export interface PosteriorIntervalsOptions extends BaseChartOptions {
  text?: Partial<typeof POSTERIOR_INTERVALS_TEXT>;
}

/** Vertical space of one generation's line. */
export const GENERATION_ROW = 12;
const TITLE = 20;
const AXIS = 24;
const GAP = 12;

/** Height that fits every parameter and generation. */
export function posteriorIntervalsHeight(data: PosteriorIntervalsData | undefined): number {
  if (!data || data.params.length === 0) return 160;
  const gens = Math.max(1, data.generations.length);
  return data.params.length * (TITLE + gens * GENERATION_ROW + AXIS + GAP) + 4;
}

export function drawPosteriorIntervals(svg: SVGSVGElement, data: PosteriorIntervalsData | undefined, options: PosteriorIntervalsOptions): void {
  const text = { ...POSTERIOR_INTERVALS_TEXT, ...options.text };
  const description = data ? `${data.params.map((p) => p.path).join(', ')}: ${data.generations.length}` : '';
  const ctx = beginChart(svg, options, options.title ?? description);
  if (!data || data.params.length === 0 || data.generations.length === 0) return drawEmptyState(ctx, options.emptyMessage ?? DEFAULT_EMPTY_MESSAGE);
  const gens = data.generations;
  const left = Math.ceil(maxTextWidth(ctx, gens.map((g) => text.generation(g.generation)))) + 10;
  const right = 16;
  const plotW = Math.max(40, ctx.width - left - right);
  const accent = strategyColor(0);
  const block = TITLE + gens.length * GENERATION_ROW + AXIS + GAP;
  data.params.forEach((param, a) => {
    const top = a * block;
    const x = scaleLinear().domain([param.lo, param.hi]).range([0, plotW]).clamp(true);
    const g = ctx.root.append('g').attr('class', 'dl-posterior-param').attr('data-path', param.path).attr('transform', `translate(${left},${top})`);
    g.append('text').attr('x', 0).attr('y', 14).attr('font-size', ctx.labelSize).attr('font-weight', 600).attr('fill', ctx.theme.text).text(param.path);
    if (param.unidentified) {
      const w = ctx.measure(param.path, ctx.labelSize, 600);
      g.append('text').attr('x', w + 10).attr('y', 14).attr('font-size', ctx.fontSize).attr('fill', ctx.theme.textMuted).attr('font-style', 'italic').text(`(${text.unidentified})`);
    }
    if (a === 0) g.append('text').attr('x', plotW).attr('y', 14).attr('text-anchor', 'end').attr('font-size', ctx.fontSize).attr('fill', ctx.theme.textMuted).text(text.prior);
    const rowsTop = TITLE;
    g.append('rect')
      .attr('x', 0)
      .attr('y', rowsTop - 2)
      .attr('width', plotW)
      .attr('height', gens.length * GENERATION_ROW + 4)
      .attr('fill', ctx.theme.grid)
      .attr('fill-opacity', 0.55);
    gens.forEach((gen, i) => {
      const iv = gen.intervals[a];
      const y = rowsTop + i * GENERATION_ROW + GENERATION_ROW / 2;
      const last = i === gens.length - 1;
      const colour = last ? accent : ctx.theme.textMuted;
      const opacity = last ? 1 : 0.35 + (0.45 * (i + 1)) / gens.length;
      ctx.root
        .append('text')
        .attr('x', left - 6)
        .attr('y', top + y)
        .attr('text-anchor', 'end')
        .attr('dominant-baseline', 'middle')
        .attr('font-size', ctx.fontSize - 1)
        .attr('fill', ctx.theme.textMuted)
        .text(text.generation(gen.generation));
      const row = g.append('g').attr('class', 'dl-posterior-gen').attr('data-generation', gen.generation);
      row
        .append('line')
        .attr('x1', x(iv.p05))
        .attr('x2', Math.max(x(iv.p95), x(iv.p05) + 1))
        .attr('y1', y)
        .attr('y2', y)
        .attr('stroke', colour)
        .attr('stroke-opacity', opacity)
        .attr('stroke-width', last ? 4 : 2.5)
        .attr('stroke-linecap', 'round');
      row
        .append('circle')
        .attr('cx', x(iv.p50))
        .attr('cy', y)
        .attr('r', last ? 4 : 3)
        .attr('fill', colour)
        .attr('fill-opacity', opacity)
        .attr('stroke', ctx.theme.background)
        .attr('stroke-width', 1);
    });
    const axis = axisBottom(x)
      .ticks(Math.max(2, Math.min(8, Math.floor(plotW / 70))))
      .tickFormat((v) => formatTick(Number(v), ctx.locale));
    drawAxis(ctx, axis, left, top + rowsTop + gens.length * GENERATION_ROW + 4, 'dl-axis dl-axis-x');
  });
}
