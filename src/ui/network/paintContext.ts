/**
 * Shared bits of the canvas painters: the colours a frame is painted with (resolved from the
 * theme, so an exported PNG needs no CSS), off-screen layers, and the geometry of a panel.
 */
import { NODE_STATE_COLORS, type ChartTheme, type NodeState } from '../theme';
import type { ViewTransform } from './viewTransform';

export type Ctx2D = CanvasRenderingContext2D | OffscreenCanvasRenderingContext2D;
export type Layer = HTMLCanvasElement | OffscreenCanvas;

export interface PaintColors {
  mode: 'light' | 'dark';
  background: string;
  text: string;
  textMuted: string;
  states: Record<NodeState, string>;
  /** Soft tints for community halos (cycled). */
  halos: readonly string[];
  fontFamily: string;
}

/** Halo tints: low-saturation hues that do not read as any node state. */
const HALOS_LIGHT = ['#7f9cc4', '#9bbf8a', '#c49bc0', '#c9ad84', '#86c0b8', '#a99bd6', '#c79a9a', '#9fb4c9'];
const HALOS_DARK = ['#5f7fae', '#6f9a5f', '#9a6f96', '#9a8257', '#5f958d', '#7d70ad', '#9a6a6a', '#6f869c'];

export function paintColors(theme: ChartTheme): PaintColors {
  return {
    mode: theme.mode,
    background: theme.background,
    text: theme.text,
    textMuted: theme.textMuted,
    states: NODE_STATE_COLORS[theme.mode],
    halos: theme.mode === 'dark' ? HALOS_DARK : HALOS_LIGHT,
    fontFamily: theme.fontFamily,
  };
}

/** A panel's drawing surface: CSS size, device pixel ratio, and the layout → CSS px transform. */
export interface PanelGeometry {
  width: number;
  height: number;
  dpr: number;
  transform: ViewTransform;
}

/** An off-screen canvas of the panel's device-pixel size. */
export function createLayer(geometry: PanelGeometry): Layer {
  const w = Math.max(1, Math.round(geometry.width * geometry.dpr));
  const h = Math.max(1, Math.round(geometry.height * geometry.dpr));
  if (typeof OffscreenCanvas !== 'undefined') return new OffscreenCanvas(w, h);
  const c = document.createElement('canvas');
  c.width = w;
  c.height = h;
  return c;
}

export function layerContext(layer: Layer): Ctx2D {
  const ctx = layer.getContext('2d') as Ctx2D | null;
  if (!ctx) throw new Error('canvas 2D context unavailable');
  return ctx;
}

/** The control point of a gently curved arc from (x0, y0) to (x1, y1) (bends left of the direction of travel). */
export function arcControl(x0: number, y0: number, x1: number, y1: number, bend = 0.18): [number, number] {
  return [(x0 + x1) / 2 - (y1 - y0) * bend, (y0 + y1) / 2 + (x1 - x0) * bend];
}

/** A colour with alpha, from #rrggbb. */
export function withAlpha(hex: string, alpha: number): string {
  if (!/^#[0-9a-f]{6}$/i.test(hex)) return hex;
  const a = Math.round(Math.min(1, Math.max(0, alpha)) * 255)
    .toString(16)
    .padStart(2, '0');
  return `${hex}${a}`;
}
