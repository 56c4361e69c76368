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
const LEGEND_LINE = 20;

/** The composed frame as a PNG blob. */
export async function exportFramePng(e: FrameExport): Promise<Blob> {
  const scale = e.scale ?? 2;
  const rows = Math.ceil(e.replays.length / e.columns);
  const cssW = PAD * 2 + e.columns * e.width + (e.columns - 1) * PAD;
  const canvas = document.createElement('canvas');
  const ctx = canvas.getContext('2d')!;
  // A dry run of the legend measures how many lines it wraps to in this width.
  const legendLines = drawLegend(ctx, e, PAD, 0, cssW - PAD, false);
  const header = HEADER + (legendLines - 1) * LEGEND_LINE;
  const cssH = PAD + header + rows * (CAPTION + e.height) + (rows - 1) * PAD + PAD;
  canvas.width = Math.round(cssW * scale);
  canvas.height = Math.round(cssH * scale);
  ctx.setTransform(scale, 0, 0, scale, 0, 0);
  ctx.fillStyle = e.colors.background;
  ctx.fillRect(0, 0, cssW, cssH);
  ctx.textBaseline = 'alphabetic';
  ctx.fillStyle = e.colors.text;
  ctx.font = `600 18px ${e.colors.fontFamily}`;
  ctx.fillText(`${e.title}${e.title ? ' — ' : ''}${e.timeLabel}`, PAD, PAD + 18);
  drawLegend(ctx, e, PAD, PAD + 44, cssW - PAD, true);

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
    const y = PAD + header + row * (CAPTION + e.height + PAD);
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

/** The legend from (x, y), wrapping at `right`; returns its line count (draws only when `draw`). */
function drawLegend(ctx: CanvasRenderingContext2D, e: FrameExport, x: number, y: number, right: number, draw: boolean): number {
  const c = e.colors;
  const t = e.text;
  ctx.font = `13px ${c.fontFamily}`;
  ctx.lineWidth = 1.5;
  let cx = x;
  let lines = 1;
  const item = (label: string, mark: (mx: number, my: number) => void, markWidth = 12) => {
    const width = markWidth + 5 + ctx.measureText(label).width;
    if (cx > x && cx + width > right) {
      cx = x;
      y += LEGEND_LINE;
      lines++;
    }
    if (draw) {
      mark(cx, y - 4);
      ctx.fillStyle = c.text;
      ctx.fillText(label, cx + markWidth + 5, y);
    }
    cx += width + 16;
  };
  const dot = (color: string) => (mx: number, my: number) => {
    ctx.beginPath();
    ctx.arc(mx + 6, my, 5, 0, 2 * Math.PI);
    ctx.fillStyle = color;
    ctx.fill();
  };
  const curve = (width: number) => (mx: number, my: number) => {
    ctx.beginPath();
    ctx.moveTo(mx, my + 4);
    ctx.quadraticCurveTo(mx + 8, my - 8, mx + 16, my + 2);
    ctx.strokeStyle = c.text;
    ctx.lineWidth = width;
    ctx.stroke();
  };
  if (e.mode === 'people') {
    for (const state of NODE_STATES) item(t.states[state], dot(c.states[state]));
    item(t.legendKol, (mx, my) => {
      ctx.beginPath();
      ctx.arc(mx + 6, my, 5, 0, 2 * Math.PI);
      ctx.strokeStyle = c.text;
      ctx.lineWidth = 1.8;
      ctx.stroke();
    });
    item(t.legendSeed, (mx, my) => {
      ctx.beginPath();
      for (let k = 0; k < 10; k++) {
        const r = k % 2 === 0 ? 6 : 2.7;
        const a = -Math.PI / 2 + (k * Math.PI) / 5;
        ctx.lineTo(mx + 6 + r * Math.cos(a), my + r * Math.sin(a));
      }
      ctx.fillStyle = c.text;
      ctx.fill();
    });
    item(t.legendTransmission, curve(1), 16);
    item(t.legendBridge, curve(2.2), 16);
  } else {
    item(t.legendShareReached, (mx, my) => {
      const g = ctx.createLinearGradient(mx, 0, mx + 20, 0);
      g.addColorStop(0, c.states.unaware);
      g.addColorStop(1, c.states.reached);
      ctx.fillStyle = g;
      ctx.fillRect(mx, my - 5, 20, 10);
    }, 20);
    item(t.legendShareBought, dot(c.states.converted));
    item(t.legendBubble, (mx, my) => {
      ctx.beginPath();
      ctx.arc(mx + 6, my, 5, 0, 2 * Math.PI);
      ctx.strokeStyle = c.text;
      ctx.lineWidth = 1;
      ctx.stroke();
    });
    item(t.legendKolHome, (mx, my) => {
      ctx.beginPath();
      ctx.arc(mx + 6, my, 4.5, 0, 2 * Math.PI);
      ctx.strokeStyle = c.text;
      ctx.lineWidth = 1.8;
      ctx.stroke();
    });
    item(t.legendFlow, curve(3), 16);
  }
  return lines;
}
