/**
 * From layout units to canvas pixels: one uniform scale and offset that fits the whole picture
 * (every group disc) into the panel, the same for every panel so that a node sits at the same
 * place under every strategy.
 */
import { NODE_SPACING } from '../../layout/layoutOptions';

export interface ViewTransform {
  scale: number;
  tx: number;
  ty: number;
}

export interface Bounds {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/** Fit `bounds` into width × height (CSS px) with `padding` px on every side, centred. */
export function fitTransform(bounds: Bounds, width: number, height: number, padding: number): ViewTransform {
  const w = Math.max(bounds.x1 - bounds.x0, 1e-9);
  const h = Math.max(bounds.y1 - bounds.y0, 1e-9);
  const scale = Math.max(1e-9, Math.min((width - 2 * padding) / w, (height - 2 * padding) / h));
  return {
    scale,
    tx: width / 2 - ((bounds.x0 + bounds.x1) / 2) * scale,
    ty: height / 2 - ((bounds.y0 + bounds.y1) / 2) * scale,
  };
}

/** Screen positions of every node (x at 2i, y at 2i+1) into `out`. */
export function toScreen(positions: Float32Array, t: ViewTransform, out: Float32Array): Float32Array {
  for (let i = 0; i < positions.length; i += 2) {
    out[i] = positions[i] * t.scale + t.tx;
    out[i + 1] = positions[i + 1] * t.scale + t.ty;
  }
  return out;
}

/** The layout point under a screen point. */
export function toLayout(x: number, y: number, t: ViewTransform): [number, number] {
  return [(x - t.tx) / t.scale, (y - t.ty) / t.scale];
}

/**
 * Node dot radius in px: about a third of the on-screen spacing between neighbours, so dots
 * stay apart when zoomed out and do not become blobs when there are few; at least 1.1 px so
 * 20k dots in a small panel are still visible.
 */
export function nodeRadius(scale: number): number {
  return Math.min(5, Math.max(1.1, 0.42 * NODE_SPACING * scale));
}
