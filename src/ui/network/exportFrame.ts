/**
 * "Download this frame": one PNG with every shown panel repainted at 2× (crisp on slides), each
 * under its strategy's name and running counts, with the time and a colour legend on top —
 * so the file explains itself when pasted into a lesson. Repainting (instead of copying the
 * on-screen canvases) makes the export independent of the screen's pixel ratio.
 */
import { pictureBounds, type NetworkPicture } from '../../layout/networkPicture';
import { MapPainter } from './mapPainter';
import { NodePainter, type PanelHighlight } from './nodePainter';
import { NODE_STATES } from './nodeState';
import { Backdrop } from './paintBackdrop';
import { createLayer, layerContext, type PaintColors, type PanelGeometry } from './paintContext';
import type { ViewMode } from './networkStage';
import type { StrategyReplay } from './strategyReplay';
import { fitTransform } from './viewTransform';
import type { NetworkText } from './networkText';

export interface FrameExport {
  picture: NetworkPicture;
  replays: StrategyReplay[];
  mode: ViewMode;
  position: number;
  /** Panel size in CSS px (as on screen). */
  width: number;
  height: number;
  columns: number;
  colors: PaintColors;
  /** Heading: e.g. the scenario name; the time label is added after it. */
  title: string;
  timeLabel: string;
  /** One line per panel (its running counts). */
  countLines: string[];
  highlights: (PanelHighlight | null)[];
  text: NetworkText;
  scale?: number;
}

const PAD = 16;
const HEADER = 58;
const CAPTION = 44;

/** The composed frame as a PNG blob. */
export async function exportFramePng(e: FrameExport): Promise<Blob> {
  const scale = e.scale ?? 2;
  const rows = Math.ceil(e.replays.length / e.columns);
  const cssW = PAD * 2 + e.columns * e.width + (e.columns - 1) * PAD;
  const cssH = PAD + HEADER + rows * (CAPTION + e.height) + (rows - 1) * PAD + PAD;
  const canvas = document.createElement('canvas');
  canvas.width = Math.round(cssW * scale);
  canvas.height = Math.round(cssH * scale);
  const ctx = canvas.getContext('2d')!;
  ctx.setTransform(scale, 0, 0, scale, 0, 0);
  ctx.fillStyle = e.colors.background;
  ctx.fillRect(0, 0, cssW, cssH);
  ctx.textBaseline = 'alphabetic';
  ctx.fillStyle = e.colors.text;
  ctx.font = `600 18px ${e.colors.fontFamily}`;
  ctx.fillText(`${e.title}${e.title ? ' — ' : ''}${e.timeLabel}`, PAD, PAD + 18);
  drawLegend(ctx, e, PAD, PAD + 44);

  const geometry: PanelGeometry = {
    width: e.width,
    height: e.height,
    dpr: scale,
    transform: fitTransform(pictureBounds(e.picture), e.width, e.height, 14),
  };
  let backdrop: Uint32Array | null = null;
  if (e.mode === 'people') {
    const painter = new Backdrop(e.picture, geometry, e.colors);
    await painter.finish();
    backdrop = painter.pixels;
  }
  for (let k = 0; k < e.replays.length; k++) {
    const replay = e.replays[k];
    await new Promise((r) => setTimeout(r, 0)); // one panel per task
    const col = k % e.columns;
    const row = Math.floor(k / e.columns);
    const x = PAD + col * (e.width + PAD);
    const y = PAD + HEADER + row * (CAPTION + e.height + PAD);
    ctx.fillStyle = replay.color;
    ctx.fillRect(x, y + 6, 12, 12);
    ctx.fillStyle = e.colors.text;
    ctx.font = `600 15px ${e.colors.fontFamily}`;
    ctx.fillText(replay.name, x + 18, y + 17);
    ctx.fillStyle = e.colors.textMuted;
    ctx.font = `13px ${e.colors.fontFamily}`;
    ctx.fillText(e.countLines[k] ?? '', x, y + 36);
    const layer = createLayer(geometry);
    const lctx = layerContext(layer);
    if (backdrop) {
      const painter = new NodePainter(e.picture, replay);
      painter.setSurface(geometry, e.colors, backdrop);
      painter.paint(lctx, e.position, e.highlights[k] ?? null);
    } else {
      const painter = new MapPainter(e.picture, replay);
      painter.setSurface(geometry, e.colors);
      painter.paint(lctx, e.position, -1);
    }
    ctx.drawImage(layer, x, y + CAPTION, e.width, e.height);
  }
  return new Promise((resolve, reject) => canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('PNG encoding failed'))), 'image/png'));
}

function drawLegend(ctx: CanvasRenderingContext2D, e: FrameExport, x: number, y: number): void {
  ctx.font = `13px ${e.colors.fontFamily}`;
  let cx = x;
  for (const state of NODE_STATES) {
    ctx.beginPath();
    ctx.arc(cx + 5, y - 4, 5, 0, 2 * Math.PI);
    ctx.fillStyle = e.colors.states[state];
    ctx.fill();
    ctx.fillStyle = e.colors.text;
    const label = e.text.states[state];
    ctx.fillText(label, cx + 14, y);
    cx += 14 + ctx.measureText(label).width + 16;
  }
}

/** Save a blob under a file name (an <a download> click; blob: URLs are allowed by the app's CSP). */
export function downloadBlob(blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
