/**
 * A tiny software rasteriser for the node dots: anti-aliased discs blended straight into an
 * ImageData buffer over a copy of the backdrop's pixels, then put on the canvas in one call.
 *
 * Why not ctx.arc? Measured in Debian's Chromium with the GPU off (how a projector laptop
 * without working GPU drivers also renders): 5,000 arc dots cost ~10 ms to rasterise, and a
 * full repaint of two 5k-node panels with arcs took 16–43 ms — with 20k nodes a long task on
 * every scrub back. Written into a Uint32Array, a full repaint of two 20k-node panels takes
 * 6–10 ms (e2e "20k scrub repaint"). Coverage masks are precomputed for 4×4 sub-pixel
 * positions, so dots are as smooth as canvas arcs.
 *
 * Pixels are packed little-endian (0xAABBGGRR), as on every platform browsers run on.
 */

/** Coverage masks of one radius for 4×4 sub-pixel offsets. */
export interface DiscMask {
  /** Side of each mask in pixels. */
  readonly size: number;
  /** Offset from the rounded-down centre to the mask's top-left pixel. */
  readonly origin: number;
  /** 16 masks of size² coverages in 0…256, index (sy·4 + sx). */
  readonly coverage: Uint16Array[];
}

const SUB = 4;
/** Samples per pixel side when measuring coverage. */
const SAMPLES = 4;

export function discMask(radius: number, subpixel = true): DiscMask {
  const r = Math.max(0.5, radius);
  const size = Math.ceil(2 * r) + 2;
  const origin = -Math.ceil(r);
  const coverage: Uint16Array[] = [];
  for (let sy = 0; sy < SUB; sy++) {
    for (let sx = 0; sx < SUB; sx++) {
      // Without sub-pixel variants (big bubbles, cached per radius) every offset shares mask 0.
      if (!subpixel && (sx > 0 || sy > 0)) {
        coverage.push(coverage[0]);
        continue;
      }
      const cx = sx / SUB - origin;
      const cy = sy / SUB - origin;
      const mask = new Uint16Array(size * size);
      for (let py = 0; py < size; py++) {
        for (let px = 0; px < size; px++) {
          // Pixels wholly inside or outside need no sampling: only the rim is supersampled
          // (a 60 px bubble's mask costs its perimeter, not its area × 16).
          const nx = Math.max(px - cx, 0, cx - px - 1);
          const ny = Math.max(py - cy, 0, cy - py - 1);
          if (nx * nx + ny * ny >= r * r) continue;
          const fx = Math.max(Math.abs(px - cx), Math.abs(px + 1 - cx));
          const fy = Math.max(Math.abs(py - cy), Math.abs(py + 1 - cy));
          if (fx * fx + fy * fy <= r * r) {
            mask[py * size + px] = 256;
            continue;
          }
          let inside = 0;
          for (let qy = 0; qy < SAMPLES; qy++) {
            for (let qx = 0; qx < SAMPLES; qx++) {
              const dx = px + (qx + 0.5) / SAMPLES - cx;
              const dy = py + (qy + 0.5) / SAMPLES - cy;
              if (dx * dx + dy * dy <= r * r) inside++;
            }
          }
          mask[py * size + px] = Math.round((inside * 256) / (SAMPLES * SAMPLES));
        }
      }
      coverage.push(mask);
    }
  }
  return { size, origin, coverage };
}

/** #rrggbb → 0x00BBGGRR. */
export function packColor(hex: string): number {
  const m = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  if (!m) return 0x808080;
  return (parseInt(m[3], 16) << 16) | (parseInt(m[2], 16) << 8) | parseInt(m[1], 16);
}

const maskCache = new Map<number, DiscMask>();

/** A whole-pixel disc mask for any radius, cached by radius rounded to 1/4 px (map bubbles). */
export function cachedDiscMask(radius: number): DiscMask {
  const key = Math.max(0.5, Math.round(radius * 4) / 4);
  let mask = maskCache.get(key);
  if (!mask) {
    if (maskCache.size > 512) maskCache.clear();
    mask = discMask(key, false);
    maskCache.set(key, mask);
  }
  return mask;
}

export class DotRaster {
  readonly image: ImageData;
  readonly pixels: Uint32Array;

  /** `base`: the backdrop's pixels (width × height), copied in by reset(); null = transparent. */
  constructor(
    readonly width: number,
    readonly height: number,
    private readonly base: Uint32Array | null,
  ) {
    this.image = new ImageData(width, height);
    this.pixels = new Uint32Array(this.image.data.buffer);
    this.reset();
  }

  /** Back to the bare backdrop. */
  reset(): void {
    if (this.base) this.pixels.set(this.base.subarray(0, this.pixels.length));
    else this.pixels.fill(0);
  }

  /** Blend a dot of colour `rgb` (packColor) centred at (x, y) device px. */
  dot(x: number, y: number, mask: DiscMask, rgb: number): void {
    const fx = Math.floor(x);
    const fy = Math.floor(y);
    const cov = mask.coverage[(Math.floor((y - fy) * SUB) * SUB + Math.floor((x - fx) * SUB)) | 0];
    const size = mask.size;
    const x0 = fx + mask.origin;
    const y0 = fy + mask.origin;
    const w = this.width;
    const h = this.height;
    const px = this.pixels;
    const cr = rgb & 255;
    const cg = (rgb >> 8) & 255;
    const cb = (rgb >> 16) & 255;
    for (let my = 0; my < size; my++) {
      const yy = y0 + my;
      if (yy < 0 || yy >= h) continue;
      const row = yy * w;
      const mrow = my * size;
      for (let mx = 0; mx < size; mx++) {
        const a = cov[mrow + mx];
        if (a === 0) continue;
        const xx = x0 + mx;
        if (xx < 0 || xx >= w) continue;
        const i = row + xx;
        if (a === 256) {
          px[i] = 0xff000000 | rgb;
          continue;
        }
        const d = px[i];
        if (d >>> 24 === 0) {
          // Transparent below (a layer drawn over other content): the dot's colour, partly opaque.
          px[i] = (((a * 255) >> 8) << 24) | rgb;
          continue;
        }
        const dr = d & 255;
        const dg = (d >> 8) & 255;
        const db = (d >> 16) & 255;
        const alpha = Math.max(d >>> 24, (a * 255) >> 8);
        px[i] = ((alpha << 24) | ((db + (((cb - db) * a) >> 8)) << 16) | ((dg + (((cg - dg) * a) >> 8)) << 8) | (dr + (((cr - dr) * a) >> 8))) >>> 0;
      }
    }
  }
}
