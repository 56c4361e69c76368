/**
 * The drawing engine behind `<dl-network-view>`, free of Lit: one clock, one painter per shown
 * strategy (people view or community map), the shared backdrop, hit testing and the
 * requestAnimationFrame loop. The element owns the DOM; the stage paints into its canvases.
 * (Which painter a panel gets and the surface it paints on: stagePanels.ts.)
 *
 * Every panel follows the same clock and the same layout, so strategies stay synchronised and
 * a node sits at the same place in every panel.
 *
 * People panels draw their dots with WebGL2 (GlNodePainter, on a WebGL canvas under the panel's
 * 2D canvas) when the element hands the stage such canvases and a WebGL2 context can be created
 * on them; otherwise — or once a context is lost — with the Canvas path (NodePainter).
 */
import { pictureBounds, type NetworkPicture } from '../../layout/networkPicture';
import { groupAt, MapPainter } from './mapPainter';
import type { GlUploads } from './glDotLayer';
import { GlNodePainter } from './glNodePainter';
import { NodeGrid } from './nodeGrid';
import type { NodePainter, PanelHighlight } from './nodePainter';
import type { Ctx2D, PaintColors, PanelGeometry } from './paintContext';
import { PlaybackClock } from './playbackClock';
import { bindPanels, destroyPanels, panelPixel, panelUploads, surfacePanels, type Panel } from './stagePanels';
import type { StrategyReplay } from './strategyReplay';
import { fitTransform, nodeRadius, toLayout, type ViewTransform } from './viewTransform';

export type ViewMode = 'people' | 'map';
/** How people panels draw their dots. */
export type DotRenderer = 'webgl' | 'canvas';

/** What the pointer is on: a node (people view) or a group (community map). */
export type HoverTarget = { node: number } | { group: number } | null;

/** Padding around the picture inside a panel, in CSS px. */
const PANEL_PADDING = 14;
/** A frame starts further whole-panel repaints only while under this many ms. */
const FRAME_BUDGET_MS = 10;
/** Paint durations kept for frame-time statistics. */
const KEPT_PAINT_TIMES = 600;

export class NetworkStage {
  readonly clock: PlaybackClock;
  private panels: Panel[] = [];
  private geometry: PanelGeometry | null = null;
  private colors: PaintColors | null = null;
  private grid: NodeGrid | null = null;
  private raf = 0;
  private lastNow = 0;
  private lastFrame = -1;
  private highlights: (PanelHighlight | null)[] = [];
  private highlightGroup = -1;
  /** New panels since the last resize: the next resize must bind them even at the same size. */
  private panelsChanged = false;
  /** Bumped by every resize: a backdrop still being painted for an old size stops. */
  private backdropJob = 0;
  /** A pending animation frame that paints map panels left over by the last paint. */
  private catchUp = 0;
  /** Milliseconds each paint of all panels took (most recent last). */
  readonly paintTimes: number[] = [];
  /** Called after each paint; `frameChanged` when the integer step differs from the last paint's. */
  onPaint: (frameChanged: boolean) => void = () => {};

  constructor(
    readonly picture: NetworkPicture,
    end: number,
  ) {
    this.clock = new PlaybackClock(end);
  }

  get mode(): ViewMode {
    return this.panels[0]?.painter instanceof MapPainter ? 'map' : 'people';
  }

  /** How the people panels draw their dots ('canvas' in map mode too: no panel uses WebGL). */
  get renderer(): DotRenderer {
    return this.panels.some((p) => p.painter instanceof GlNodePainter) ? 'webgl' : 'canvas';
  }

  /** The last setPanels call, to bind again with the Canvas path when a WebGL context is lost. */
  private lastBinding: { canvases: HTMLCanvasElement[]; replays: StrategyReplay[]; mode: ViewMode; glCanvases: (HTMLCanvasElement | null)[] } | null = null;
  /** Set once a WebGL context of this stage was lost: the stage stays on the Canvas path. */
  private webglLost = false;

  private onContextLost(): void {
    if (this.webglLost) return;
    this.webglLost = true;
    // Bind again in a task of its own: the lost event may arrive in the middle of a paint.
    setTimeout(() => {
      const b = this.lastBinding;
      if (!b || this.panels.length === 0) return;
      this.setPanels(b.canvases, b.replays, b.mode, b.glCanvases);
    }, 0);
  }

  /** GPU uploads of every WebGL panel so far (see panelUploads). */
  glUploads(): GlUploads[] {
    return panelUploads(this.panels);
  }

  /** RGBA of the dot layer at CSS px (x, y) of panel k as last painted (see panelPixel). */
  dotPixel(k: number, x: number, y: number): [number, number, number, number] | null {
    const p = this.panels[k];
    const dpr = this.geometry?.dpr ?? 1;
    if (!p) return null;
    return panelPixel(p, dpr, x, y);
  }

  private destroyPainters(): void {
    destroyPanels(this.panels);
  }

  /**
   * Bind canvases to strategies. People mode needs node positions. `glCanvases[k]` (optional) is
   * the WebGL canvas under canvases[k]: with it, people panels draw their dots with WebGL2 where
   * a context can be created (then canvases[k] must take a transparent 2D context: the element
   * creates the first 2D context of a canvas through this stage only, with alpha when GL canvases
   * are given).
   */
  setPanels(canvases: HTMLCanvasElement[], replays: StrategyReplay[], mode: ViewMode, glCanvases: (HTMLCanvasElement | null)[] = []): void {
    if (mode === 'people' && !this.picture.positions) mode = 'map';
    this.lastBinding = { canvases, replays, mode, glCanvases };
    this.destroyPainters();
    this.panels = bindPanels(this.picture, canvases, replays, mode, glCanvases, !this.webglLost, () => this.onContextLost());
    this.highlights = canvases.map(() => null);
    this.panelsChanged = true;
    if (this.geometry && this.colors) this.resize(this.geometry.width, this.geometry.height, this.geometry.dpr, this.colors);
  }

  /** Aspect (height / width) the picture wants, clamped to something that fits a screen. */
  preferredAspect(): number {
    const b = pictureBounds(this.picture);
    return Math.min(1, Math.max(0.62, (b.y1 - b.y0) / Math.max(1e-9, b.x1 - b.x0)));
  }

  /** Every panel is width × height CSS px. */
  resize(width: number, height: number, dpr: number, colors: PaintColors): void {
    const transform = fitTransform(pictureBounds(this.picture), width, height, PANEL_PADDING);
    // The ResizeObserver and a theme change may both ask for the same size: paint once.
    if (this.geometry && JSON.stringify(this.colors) === JSON.stringify(colors) && this.geometry.width === width && this.geometry.height === height && this.geometry.dpr === dpr && !this.panelsChanged) return;
    this.panelsChanged = false;
    this.geometry = { width, height, dpr, transform };
    this.colors = colors;
    if (this.panels.length === 0) return; // setPanels paints once panels exist
    const job = ++this.backdropJob;
    surfacePanels(this.panels, this.picture, this.mode, this.geometry, colors, () => job === this.backdropJob, () => {
      for (const p of this.panels) (p.painter as NodePainter | GlNodePainter).invalidate();
      if (!this.clock.playing) this.paintSpread();
    });
    if (this.clock.playing) this.paint();
    else this.paintSpread();
  }

  get transform(): ViewTransform | null {
    return this.geometry?.transform ?? null;
  }

  private paintPanel(k: number): void {
    const p = this.panels[k];
    if (!p) return;
    if (!(p.painter instanceof MapPainter)) p.painter.paint(p.ctx as Ctx2D, this.clock.position, this.highlights[k]);
    else p.painter.paint(p.ctx as Ctx2D, this.clock.position, this.highlightGroup);
  }

  /**
   * A full repaint of every panel (new size, new backdrop) one panel per task: each repaints
   * all its dots, and four 20k-node panels in one task would be a long task.
   */
  private paintSpread(): void {
    const job = this.backdropJob;
    for (let k = 0; k < this.panels.length; k++)
      setTimeout(() => {
        if (job === this.backdropJob && !this.clock.playing) this.paintPanel(k);
      }, 0);
    this.onPaint(true);
  }

  /**
   * Paint every panel at the clock's position. Some paints are whole-panel repaints (a map
   * panel at a new step, ~10 ms for 1,700 bubbles; a people panel after a jump back, every dot):
   * past FRAME_BUDGET_MS the remaining expensive panels wait for the next animation frame
   * (16 ms later), so four panels, a busy page or a loaded machine never make a long task.
   */
  paint(): void {
    if (!this.geometry) return;
    const started = performance.now();
    const position = this.clock.position;
    let deferred = false;
    for (let k = 0; k < this.panels.length; k++) {
      const painter = this.panels[k].painter;
      const expensive =
        painter instanceof MapPainter ? painter.needsFullRepaint(position, this.highlightGroup) : painter.needsFullRepaint(position);
      if (k > 0 && expensive && performance.now() - started > FRAME_BUDGET_MS) {
        deferred = true;
        continue;
      }
      this.paintPanel(k);
    }
    if (deferred && !this.clock.playing && !this.catchUp) this.catchUp = requestAnimationFrame(() => ((this.catchUp = 0), this.paint()));
    this.paintTimes.push(performance.now() - started);
    if (this.paintTimes.length > KEPT_PAINT_TIMES) this.paintTimes.shift();
    const frame = this.clock.frame;
    const changed = frame !== this.lastFrame;
    this.lastFrame = frame;
    this.onPaint(changed);
  }

  /** Start the animation loop (if playing) — call after any clock change. */
  run(): void {
    if (this.raf || !this.clock.playing) {
      if (!this.clock.playing) this.paint();
      return;
    }
    this.lastNow = performance.now();
    const tick = (now: number) => {
      this.clock.advance(Math.min(now - this.lastNow, 100)); // a hidden tab must not jump to the end
      this.lastNow = now;
      this.paint();
      this.raf = this.clock.playing ? requestAnimationFrame(tick) : 0;
    };
    this.raf = requestAnimationFrame(tick);
  }

  stop(): void {
    if (this.raf) cancelAnimationFrame(this.raf);
    this.raf = 0;
  }

  /** The node or group under a point of a panel (CSS px relative to the canvas). */
  hitTest(x: number, y: number): HoverTarget {
    const t = this.geometry?.transform;
    if (!t) return null;
    const [lx, ly] = toLayout(x, y, t);
    if (this.mode === 'map') {
      const g = groupAt(this.picture, lx, ly, 4 / t.scale);
      return g >= 0 ? { group: g } : null;
    }
    const grid = (this.grid ??= new NodeGrid(this.picture.positions!));
    const reach = Math.max(8, nodeRadius(t.scale) * 3) / t.scale;
    const node = grid.find(lx, ly, reach);
    return node < 0 ? null : { node };
  }

  /** Highlight a node with a path per panel (people view), or a group (map). */
  setHighlight(paths: (PanelHighlight | null)[] | null, group = -1): void {
    this.highlights = this.panels.map((_, k) => paths?.[k] ?? null);
    this.highlightGroup = group;
    if (!this.clock.playing) this.paint();
  }

  /** Where a node is drawn, in CSS px relative to a panel's canvas. */
  screenPoint(node: number): [number, number] | null {
    const t = this.geometry?.transform;
    const p = this.picture.positions;
    if (!t || !p) return null;
    return [p[2 * node] * t.scale + t.tx, p[2 * node + 1] * t.scale + t.ty];
  }

  /** The painters (for export). */
  painters(): (NodePainter | GlNodePainter | MapPainter)[] {
    return this.panels.map((p) => p.painter);
  }

  destroy(): void {
    this.backdropJob++;
    if (this.catchUp) cancelAnimationFrame(this.catchUp);
    this.stop();
    this.destroyPainters();
    this.panels = [];
    this.lastBinding = null;
  }
}
