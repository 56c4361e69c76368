/**
 * The still part of a people view, painted once per size and theme and shared by every panel:
 * the background, one soft halo per community (so clusters read at a glance) and the ties as
 * hairlines, evened out per community and with weak ties barely visible (see below).
 */
import { TIE_WEAK } from '../../core/graph';
import type { NetworkPicture } from '../../layout/networkPicture';
import { DotRaster, packColor } from './dotRaster';
import type { PaintColors, PanelGeometry } from './paintContext';
import { fillDisc, fillRaster, hairline, strokeRing } from './rasterShapes';

/** Line width of ties (CSS px). */
const STRONG_WIDTH = 0.5;
/** Target share of a group's disc covered by tie ink (alpha × line area ÷ disc area). */
const TIE_INK = 0.045;
const MIN_TIE_ALPHA = 0.008;
const MAX_TIE_ALPHA = 0.22;
const WEAK_TIE_ALPHA = 0.03;

/**
 * The backdrop's device pixels (packed as the DotRaster expects): background and community
 * halos at once, then the ties in time-boxed slices — 77k hairlines take ~200 ms, so painting
 * them in one go would be a long task; in slices of ~10 ms the page keeps answering and the
 * panels gain their texture once all are in. Drawn in JavaScript into a pixel buffer (see
 * rasterShapes.ts for why not a canvas).
 */
export class Backdrop {
  readonly pixels: Uint32Array;
  private readonly raster: DotRaster;
  private nextEdge = 0;
  private readonly alphaOf: Float64Array;
  private readonly text: number;

  constructor(
    private readonly picture: NetworkPicture,
    private readonly geometry: PanelGeometry,
    colors: PaintColors,
  ) {
    const w = Math.max(1, Math.round(geometry.width * geometry.dpr));
    const h = Math.max(1, Math.round(geometry.height * geometry.dpr));
    this.raster = new DotRaster(w, h, null);
    this.pixels = this.raster.pixels;
    this.text = packColor(colors.text);
    fillRaster(this.raster, packColor(colors.background));
    const { dpr, transform: t } = geometry;
    if (picture.groupKind === 'community') {
      const haloAlpha = colors.mode === 'dark' ? 0.2 : 0.16;
      const halos = colors.halos.map(packColor);
      for (let g = 0; g < picture.groupCount; g++) {
        const x = (picture.groupCentres[2 * g] * t.scale + t.tx) * dpr;
        const y = (picture.groupCentres[2 * g + 1] * t.scale + t.ty) * dpr;
        const r = (picture.groupRadii[g] * t.scale + 2) * dpr;
        const tint = halos[g % halos.length];
        fillDisc(this.raster, x, y, r, tint, haloAlpha);
        strokeRing(this.raster, x, y, r, dpr, tint, Math.min(1, haloAlpha * 2.2));
      }
    }
    this.alphaOf = this.tieAlphas();
  }

  /**
   * Each group's ties get the alpha that gives every cluster about the same grey: a dense
   * 500-member community must not turn into a black slab while a sparse one stays visible.
   */
  private tieAlphas(): Float64Array {
    const { picture } = this;
    const alphaOf = new Float64Array(picture.groupCount);
    const p = picture.positions;
    const edges = picture.edges;
    const kinds = picture.edgeKinds;
    if (!p || !edges || !kinds) return alphaOf;
    const scale = this.geometry.transform.scale;
    const ink = new Float64Array(picture.groupCount);
    for (let e = 0; e < kinds.length; e++) {
      if (kinds[e] === TIE_WEAK) continue;
      const u = edges[2 * e];
      const v = edges[2 * e + 1];
      ink[picture.group[u]] += Math.hypot(p[2 * u] - p[2 * v], p[2 * u + 1] - p[2 * v + 1]) * scale * STRONG_WIDTH;
    }
    for (let g = 0; g < picture.groupCount; g++) {
      const area = Math.PI * (picture.groupRadii[g] * scale) ** 2;
      alphaOf[g] = Math.min(MAX_TIE_ALPHA, Math.max(MIN_TIE_ALPHA, (TIE_INK * area) / Math.max(ink[g], 1e-9)));
    }
    return alphaOf;
  }

  /** Whether every tie is painted. */
  get complete(): boolean {
    return this.nextEdge >= (this.picture.edgeKinds?.length ?? 0);
  }

  /**
   * Paint ties for about `budgetMs` (checked every 256 ties); returns whether all are done.
   * Weak ties cross the whole picture: barely visible (the ones that carried the content are
   * drawn by the panels), or they would bury the clusters under a hairball.
   */
  paintTies(budgetMs: number): boolean {
    const { picture } = this;
    const p = picture.positions;
    const edges = picture.edges;
    const kinds = picture.edgeKinds;
    if (!p || !edges || !kinds) return true;
    const { dpr, transform: t } = this.geometry;
    const started = performance.now();
    // A hairline of STRONG_WIDTH CSS px: a 1-device-px line with proportionally less alpha.
    const widthFactor = Math.min(1, STRONG_WIDTH * dpr);
    while (this.nextEdge < kinds.length) {
      const e = this.nextEdge++;
      const u = edges[2 * e];
      const v = edges[2 * e + 1];
      const alpha = kinds[e] === TIE_WEAK ? WEAK_TIE_ALPHA : this.alphaOf[picture.group[u]] * widthFactor;
      hairline(
        this.raster,
        (p[2 * u] * t.scale + t.tx) * dpr,
        (p[2 * u + 1] * t.scale + t.ty) * dpr,
        (p[2 * v] * t.scale + t.tx) * dpr,
        (p[2 * v + 1] * t.scale + t.ty) * dpr,
        this.text,
        alpha,
      );
      if ((e & 255) === 255 && performance.now() - started > budgetMs) return this.complete;
    }
    return true;
  }

  /** Paint every remaining tie, yielding to the event loop between slices. */
  async finish(budgetMs = 12): Promise<void> {
    while (!this.paintTies(budgetMs)) await new Promise((r) => setTimeout(r, 0));
  }
}
