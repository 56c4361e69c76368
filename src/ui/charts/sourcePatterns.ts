/**
 * Hatching per attribution source, drawn over a segment's colour: the key above the attribution
 * bars shows the same hatching on its swatches, so a segment names its source even where it is too
 * narrow for its words and whatever the strategy's colour (issue #12: "legend colours match the
 * bars; every segment names its source" — the strategy's colour says whose bar it is, the
 * opacity step and the hatching say which source). Seed users stay solid; KOLs get diagonal
 * lines, word of mouth dots, ads horizontal lines. Patterns live in the chart's own <defs>, so
 * an exported SVG carries them.
 */
import type { ChartContext, G } from './chartSvg';

export type HatchedSource = 'seed' | 'kol' | 'organic' | 'ads';

/** Pattern id per source (null = solid). Ids are local to a chart's SVG (each chart has its own shadow root or file). */
export const SOURCE_PATTERN_ID: Record<HatchedSource, string | null> = { seed: null, kol: 'dl-hatch-kol', organic: 'dl-hatch-organic', ads: 'dl-hatch-ads' };

/** Add the patterns to the chart's SVG (once per draw). */
export function defineSourcePatterns(ctx: ChartContext): void {
  const svg = ctx.root.node()?.ownerSVGElement;
  if (!svg) return;
  const ns = 'http://www.w3.org/2000/svg';
  const defs = document.createElementNS(ns, 'defs');
  const ink = ctx.theme.text;
  const pattern = (id: string, draw: (p: SVGPatternElement) => void) => {
    const p = document.createElementNS(ns, 'pattern');
    p.setAttribute('id', id);
    p.setAttribute('patternUnits', 'userSpaceOnUse');
    p.setAttribute('width', '6');
    p.setAttribute('height', '6');
    draw(p);
    defs.appendChild(p);
  };
  const shape = (p: SVGPatternElement, tag: string, attrs: Record<string, string>) => {
    const el = document.createElementNS(ns, tag);
    for (const [k, v] of Object.entries({ stroke: ink, 'stroke-opacity': '0.55', fill: 'none', ...attrs })) el.setAttribute(k, v);
    p.appendChild(el);
  };
  pattern('dl-hatch-kol', (p) => shape(p, 'path', { d: 'M-1,1 l2,-2 M0,6 l6,-6 M5,7 l2,-2', 'stroke-width': '1.2' }));
  pattern('dl-hatch-organic', (p) => shape(p, 'circle', { cx: '3', cy: '3', r: '1.1', fill: ink, 'fill-opacity': '0.55', stroke: 'none' }));
  pattern('dl-hatch-ads', (p) => shape(p, 'path', { d: 'M0,3 h6', 'stroke-width': '1.2' }));
  svg.insertBefore(defs, svg.firstChild);
}

/** Hatch a rectangle of `parent` for `source` (nothing for a solid source). */
export function hatch(parent: G, source: HatchedSource, x: number, y: number, width: number, height: number): void {
  const id = SOURCE_PATTERN_ID[source];
  if (id === null || width <= 0) return;
  parent.append('rect').attr('class', `dl-hatch dl-hatch-${source}`).attr('x', x).attr('y', y).attr('width', width).attr('height', height).attr('fill', `url(#${id})`).attr('pointer-events', 'none');
}
