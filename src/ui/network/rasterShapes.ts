/**
 * Soft shapes drawn straight into a DotRaster's pixels: translucent discs (community halos,
 * map bubbles), rings (their outlines), anti-aliased hairlines (ties, Wu's algorithm) and thick
 * curves (map flows). Not faster per shape than canvas paths in every case (77k ties: ~200 ms
 * here vs ~110 ms of canvas rasterisation, measured without GPU), but under our control: the
 * work can be cut into time slices (a canvas rasterises its recorded paths in one block at the
 * next read or commit), and the pixels land in the same buffer as the dots, with no readback.
 * All coordinates are device pixels; `alpha` is the shape's opacity in [0, 1].
 */
import type { DotRaster } from './dotRaster';

/** Blend rgb at coverage a (0…256) over the opaque pixel i. */
function blend(px: Uint32Array, i: number, rgb: number, a: number): void {
  if (a <= 0) return;
  const d = px[i];
  const dr = d & 255;
  const dg = (d >> 8) & 255;
  const db = (d >> 16) & 255;
  const cr = rgb & 255;
  const cg = (rgb >> 8) & 255;
  const cb = (rgb >> 16) & 255;
  px[i] = (0xff000000 | ((db + (((cb - db) * a) >> 8)) << 16) | ((dg + (((cg - dg) * a) >> 8)) << 8) | (dr + (((cr - dr) * a) >> 8))) >>> 0;
}

/** Fill the whole raster with one opaque colour. */
export function fillRaster(r: DotRaster, rgb: number): void {
  r.pixels.fill((0xff000000 | rgb) >>> 0);
}

/** A translucent disc, anti-aliased along its left and right edges (halos are soft anyway). */
export function fillDisc(r: DotRaster, cx: number, cy: number, radius: number, rgb: number, alpha: number): void {
  const a = Math.round(alpha * 256);
  const px = r.pixels;
  const y0 = Math.max(0, Math.ceil(cy - radius));
  const y1 = Math.min(r.height - 1, Math.floor(cy + radius));
  for (let y = y0; y <= y1; y++) {
    const dy = y + 0.5 - cy;
    const half = Math.sqrt(Math.max(0, radius * radius - dy * dy));
    const left = cx - half;
    const right = cx + half;
    const xa = Math.max(0, Math.floor(left));
    const xb = Math.min(r.width - 1, Math.floor(right));
    const row = y * r.width;
    // Interior pixels are fully covered; only the two edge pixels need their share.
    if (xa <= xb) blend(px, row + xa, rgb, Math.round(a * Math.max(0, Math.min(1, xa + 1 - left))));
    for (let x = xa + 1; x < xb; x++) blend(px, row + x, rgb, a);
    if (xb > xa) blend(px, row + xb, rgb, Math.round(a * Math.max(0, Math.min(1, right - xb))));
  }
}

/** A ring of the given line width centred on the circle of `radius`. */
export function strokeRing(r: DotRaster, cx: number, cy: number, radius: number, width: number, rgb: number, alpha: number): void {
  const a = alpha * 256;
  const px = r.pixels;
  const half = width / 2 + 0.5;
  const outer = radius + half + 0.5;
  const inner = Math.max(0, radius - half - 0.5);
  const y0 = Math.max(0, Math.floor(cy - outer));
  const y1 = Math.min(r.height - 1, Math.ceil(cy + outer));
  for (let y = y0; y <= y1; y++) {
    const dy = y + 0.5 - cy;
    const xo = Math.sqrt(Math.max(0, outer * outer - dy * dy));
    const xi = Math.abs(dy) < inner ? Math.sqrt(inner * inner - dy * dy) : 0;
    const row = y * r.width;
    for (let side = -1; side <= 1; side += 2) {
      const from = side < 0 ? cx - xo : cx + xi;
      const to = side < 0 ? cx - xi : cx + xo;
      const xa = Math.max(0, Math.floor(from));
      const xb = Math.min(r.width - 1, Math.ceil(to));
      for (let x = xa; x <= xb; x++) {
        const dx = x + 0.5 - cx;
        const cover = half - Math.abs(Math.sqrt(dx * dx + dy * dy) - radius);
        if (cover > 0) blend(px, row + x, rgb, Math.round(a * Math.min(1, cover)));
      }
    }
  }
}

/** An anti-aliased hairline from (x0, y0) to (x1, y1) (Xiaolin Wu), `alpha` at full coverage. */
export function hairline(r: DotRaster, x0: number, y0: number, x1: number, y1: number, rgb: number, alpha: number): void {
  const px = r.pixels;
  const w = r.width;
  const h = r.height;
  const a = alpha * 256;
  const steep = Math.abs(y1 - y0) > Math.abs(x1 - x0);
  if (steep) [x0, y0, x1, y1] = [y0, x0, y1, x1];
  if (x0 > x1) [x0, y0, x1, y1] = [x1, y1, x0, y0];
  const dx = x1 - x0;
  const gradient = dx < 1e-9 ? 0 : (y1 - y0) / dx;
  const xs = Math.round(x0);
  const xe = Math.round(x1);
  let y = y0 + gradient * (xs - x0);
  for (let x = xs; x <= xe; x++, y += gradient) {
    const yi = Math.floor(y);
    const f = y - yi;
    // Two pixels share the coverage; when steep the axes are swapped back.
    if (steep) {
      if (x < 0 || x >= h) continue;
      if (yi >= 0 && yi < w) blend(px, x * w + yi, rgb, Math.round(a * (1 - f)));
      if (yi + 1 >= 0 && yi + 1 < w) blend(px, x * w + yi + 1, rgb, Math.round(a * f));
    } else {
      if (x < 0 || x >= w) continue;
      if (yi >= 0 && yi < h) blend(px, yi * w + x, rgb, Math.round(a * (1 - f)));
      if (yi + 1 >= 0 && yi + 1 < h) blend(px, (yi + 1) * w + x, rgb, Math.round(a * f));
    }
  }
}

/**
 * A thick translucent quadratic curve (x0, y0) → control (cx, cy) → (x1, y1): the curve is cut
 * into short segments and each is drawn as ⌈width⌉ parallel hairlines one pixel apart. O(length ×
 * width) pixels, so 400 map flows cost a few ms (as canvas strokes they cost ~12 ms of software
 * rasterisation per panel and frame).
 */
export function thickCurve(
  r: DotRaster,
  x0: number,
  y0: number,
  cx: number,
  cy: number,
  x1: number,
  y1: number,
  width: number,
  rgb: number,
  alpha: number,
): void {
  const length = Math.hypot(cx - x0, cy - y0) + Math.hypot(x1 - cx, y1 - cy);
  const segments = Math.max(2, Math.min(32, Math.ceil(length / 14)));
  const lines = Math.max(1, Math.round(width));
  // Thinner than a pixel: one hairline with proportionally less alpha.
  const a = width < 1 ? alpha * width : alpha;
  let px = x0;
  let py = y0;
  for (let k = 1; k <= segments; k++) {
    const t = k / segments;
    const qx = (1 - t) * (1 - t) * x0 + 2 * (1 - t) * t * cx + t * t * x1;
    const qy = (1 - t) * (1 - t) * y0 + 2 * (1 - t) * t * cy + t * t * y1;
    const len = Math.hypot(qx - px, qy - py) || 1;
    const nx = -(qy - py) / len;
    const ny = (qx - px) / len;
    for (let l = 0; l < lines; l++) {
      const o = l - (lines - 1) / 2;
      hairline(r, px + nx * o, py + ny * o, qx + nx * o, qy + ny * o, rgb, a);
    }
    px = qx;
    py = qy;
  }
}
