/**
 * The panels of a NetworkStage: per shown strategy, its 2D canvas, the WebGL canvas under it and
 * the painter that draws it — the community map (MapPainter), WebGL2 dots (GlNodePainter) where
 * a context can be created on the WebGL canvas, else the Canvas path (NodePainter).
 *
 * Apart from the stage because which painter a panel gets, and reading back what it drew, does
 * not depend on when the stage paints (its clock, frame budget and animation loop).
 */
import type { NetworkPicture } from '../../layout/networkPicture';
import { GlDotLayer, type GlUploads } from './glDotLayer';
import { GlNodePainter } from './glNodePainter';
import { MapPainter } from './mapPainter';
import type { ViewMode } from './networkStage';
import { NodePainter } from './nodePainter';
import { Backdrop } from './paintBackdrop';
import type { PaintColors, PanelGeometry } from './paintContext';
import type { StrategyReplay } from './strategyReplay';

/** Time slice for painting the ties of the backdrop (ms per task). */
const BACKDROP_SLICE_MS = 10;

export interface Panel {
  canvas: HTMLCanvasElement;
  ctx: CanvasRenderingContext2D;
  painter: NodePainter | GlNodePainter | MapPainter;
  /** The WebGL canvas under `canvas` (shown only while a GlNodePainter draws on it). */
  glCanvas: HTMLCanvasElement | null;
}

/**
 * A panel per canvas, painting `replays[k]` in `mode`. People panels with a WebGL canvas
 * (`glCanvases[k]`) draw with WebGL2 while `webgl` holds and a context can be created;
 * `onContextLost` runs when such a context is lost. A canvas gets its first 2D context here:
 * with alpha when a WebGL canvas lies under it.
 */
export function bindPanels(
  picture: NetworkPicture,
  canvases: HTMLCanvasElement[],
  replays: StrategyReplay[],
  mode: ViewMode,
  glCanvases: (HTMLCanvasElement | null)[],
  webgl: boolean,
  onContextLost: () => void,
): Panel[] {
  const panels = canvases.map((canvas, k): Panel => {
    const glCanvas = glCanvases[k] ?? null;
    const ctx = canvas.getContext('2d', { alpha: glCanvas !== null })!;
    let painter: Panel['painter'];
    const layer = mode === 'people' && glCanvas && webgl ? GlDotLayer.create(glCanvas, onContextLost) : null;
    if (mode === 'map') painter = new MapPainter(picture, replays[k]);
    else if (layer && glCanvas) painter = new GlNodePainter(picture, replays[k], glCanvas, layer);
    else painter = new NodePainter(picture, replays[k]);
    if (glCanvas) glCanvas.hidden = !(painter instanceof GlNodePainter);
    return { canvas, ctx, painter, glCanvas };
  });
  if (mode === 'map') {
    // One width scale for every panel, so flows compare across strategies.
    const max = Math.max(1, ...panels.map((p) => (p.painter as MapPainter).flows.total[0] ?? 1));
    for (const p of panels) (p.painter as MapPainter).maxTraffic = max;
  }
  return panels;
}

/**
 * Size every panel's canvas to the geometry (CSS px × dpr) and give its painter the surface.
 * People panels share one Backdrop whose ties are painted a slice per task while `current()`
 * holds (false once a newer size or binding replaced this one); `tiesPainted` runs, in a task
 * of its own, once all are in.
 */
export function surfacePanels(
  panels: Panel[],
  picture: NetworkPicture,
  mode: ViewMode,
  geometry: PanelGeometry,
  colors: PaintColors,
  current: () => boolean,
  tiesPainted: () => void,
): void {
  const { width, height, dpr } = geometry;
  for (const p of panels) {
    p.canvas.width = Math.max(1, Math.round(width * dpr));
    p.canvas.height = Math.max(1, Math.round(height * dpr));
    p.canvas.style.width = `${width}px`;
    p.canvas.style.height = `${height}px`;
  }
  if (mode === 'people') {
    const backdrop = new Backdrop(picture, geometry, colors);
    for (const p of panels) (p.painter as NodePainter | GlNodePainter).setSurface(geometry, colors, backdrop.pixels);
    // Ties are painted in slices (see Backdrop); once all are in, the panels repaint over them
    // (once: a repaint per slice would cost more than the slices).
    const more = () => {
      if (!current()) return;
      if (!backdrop.paintTies(BACKDROP_SLICE_MS)) {
        setTimeout(more, 0);
        return;
      }
      setTimeout(() => {
        if (!current()) return;
        tiesPainted();
      }, 0);
    };
    if (!backdrop.complete) setTimeout(more, 0);
  } else {
    for (const p of panels) (p.painter as MapPainter).setSurface(geometry, colors);
  }
}

/** Release the WebGL resources of the panels' painters. */
export function destroyPanels(panels: Panel[]): void {
  for (const p of panels) if (p.painter instanceof GlNodePainter) p.painter.destroy();
}

/** GPU uploads of every WebGL panel so far (tests: positions once, state bytes per frame). */
export function panelUploads(panels: Panel[]): GlUploads[] {
  return panels.flatMap((p) => (p.painter instanceof GlNodePainter ? [{ ...p.painter.layer.uploads }] : []));
}

/**
 * RGBA of the dot layer of panel `p` at CSS px (x, y) as last painted: the WebGL buffer (dots
 * and backdrop, without the 2D overlay) or, on the Canvas path, the panel's canvas.
 */
export function panelPixel(p: Panel, dpr: number, x: number, y: number): [number, number, number, number] {
  if (p.painter instanceof GlNodePainter) return p.painter.layer.readPixel(x * dpr, y * dpr);
  const d = p.ctx.getImageData(Math.floor(x * dpr), Math.floor(y * dpr), 1, 1).data;
  return [d[0], d[1], d[2], d[3]];
}
