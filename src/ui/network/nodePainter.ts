/**
 * Paints one strategy's panel of the people view at a playback position.
 *
 * The still part — backdrop (halos, ties) plus this strategy's node dots — lives in a
 * DotRaster (a pixel buffer, see dotRaster.ts) that is brought up to date incrementally:
 * moving forward from frame a to b repaints only the nodes with an event in (a, b] (states
 * only move forward, so painting a node's new colour over its old dot is exact up to a faint
 * anti-aliasing fringe); moving back restarts from the backdrop and repaints every dot, which
 * costs a few ms even for 20k nodes. Each frame then puts the buffer on the canvas and draws the
 * overlay (arcs, markers, highlight: panelOverlay.ts) with ordinary canvas paths.
 *
 * This is the Canvas path: where WebGL2 is available the people view draws its dots with
 * GlNodePainter instead (glNodePainter.ts), which scales to a million people.
 */
import type { NetworkPicture } from '../../layout/networkPicture';
import { discMask, DotRaster, packColor, type DiscMask } from './dotRaster';
import { nodeStateAt, NODE_STATES, STATE_UNAWARE } from './nodeState';
import { paintOverlay, type PanelHighlight } from './panelOverlay';
import type { Ctx2D, PaintColors, PanelGeometry } from './paintContext';
import type { StrategyReplay } from './strategyReplay';
import { nodeRadius } from './viewTransform';

/** Reached dots are drawn this much larger than unaware ones (the spread must stand out). */
export const REACHED_DOT_SCALE = 1.35;
/** KOL dots are drawn this much larger than unaware ones. */
export const KOL_DOT_SCALE = 2;

export { MAX_ARCS_PER_FRAME, TRANSMISSION_FADE_STEPS, type PanelHighlight } from './panelOverlay';

export class NodePainter {
  private readonly screen: Float32Array;
  private raster: DotRaster | null = null;
  /** Frame the raster shows; −2 = must be repainted. */
  private layerFrame = -2;
  private geometry: PanelGeometry | null = null;
  private colors: PaintColors | null = null;
  private radius = 1;
  /** Unaware dots, reached dots (larger: the spread must stand out), KOL dots. */
  private dotMask: DiscMask | null = null;
  private activeMask: DiscMask | null = null;
  private kolMask: DiscMask | null = null;
  private stateRgb: number[] = [];
  private readonly isKol: Uint8Array;

  constructor(
    private readonly picture: NetworkPicture,
    readonly replay: StrategyReplay,
  ) {
    if (!picture.positions) throw new Error('NodePainter needs node positions');
    this.screen = new Float32Array(picture.positions.length);
    this.isKol = new Uint8Array(picture.nodeCount);
    for (const k of picture.kolNodes) this.isKol[k] = 1;
  }

  /**
   * New size, theme or backdrop: recompute screen positions; the dots are repainted on the next
   * paint. `backdrop` holds the backdrop's device pixels (shared by every panel, read only).
   */
  setSurface(geometry: PanelGeometry, colors: PaintColors, backdrop: Uint32Array): void {
    const { scale, tx, ty } = geometry.transform;
    const p = this.picture.positions!;
    for (let i = 0; i < p.length; i += 2) {
      this.screen[i] = p[i] * scale + tx;
      this.screen[i + 1] = p[i + 1] * scale + ty;
    }
    this.geometry = geometry;
    this.colors = colors;
    this.radius = nodeRadius(scale);
    this.dotMask = discMask(this.radius * geometry.dpr);
    this.activeMask = discMask(this.radius * REACHED_DOT_SCALE * geometry.dpr);
    this.kolMask = discMask(this.radius * KOL_DOT_SCALE * geometry.dpr);
    this.stateRgb = NODE_STATES.map((state) => packColor(colors.states[state]));
    const w = Math.max(1, Math.round(geometry.width * geometry.dpr));
    const h = Math.max(1, Math.round(geometry.height * geometry.dpr));
    this.raster = new DotRaster(w, h, backdrop);
    this.layerFrame = -2;
  }

  /** The backdrop's pixels changed (more ties painted): repaint the dots over it on the next paint. */
  invalidate(): void {
    this.layerFrame = -2;
  }

  /** Whether painting `position` means repainting every dot (a jump back, or a new surface). */
  needsFullRepaint(position: number): boolean {
    const target = Math.min(Math.floor(position), this.replay.index.lastEvent);
    return this.layerFrame === -2 || target < this.layerFrame;
  }

  /** Paint the frame at playback `position` into ctx (a canvas of the panel's device-pixel size). */
  paint(ctx: Ctx2D, position: number, highlight: PanelHighlight | null): void {
    const g = this.geometry;
    if (!g || !this.raster) return;
    const frame = Math.floor(position);
    this.updateDots(frame);
    ctx.putImageData(this.raster.image, 0, 0);
    ctx.setTransform(g.dpr, 0, 0, g.dpr, 0, 0);
    paintOverlay(ctx, { picture: this.picture, replay: this.replay, screen: this.screen, colors: this.colors!, radius: this.radius }, position, highlight);
  }

  private updateDots(frame: number): void {
    const { index } = this.replay;
    const target = Math.min(frame, index.lastEvent);
    if (this.layerFrame === -2 || target < this.layerFrame) {
      this.raster!.reset();
      // Unaware dots first, so that every reached one sits on top of its neighbours.
      this.paintDots(target, null, true);
      this.paintDots(target, null, false);
    } else if (target > this.layerFrame) {
      const from = index.eventStart[Math.max(0, this.layerFrame + 1)];
      const to = index.eventStart[target + 1];
      this.paintDots(target, index.eventNodes.subarray(from, to), null);
    }
    this.layerFrame = Math.max(target, -1);
  }

  /**
   * Dots of `nodes` (all nodes when null) in their state at `frame`; `unaware` true/false
   * keeps only unaware / only other nodes, null keeps all.
   */
  private paintDots(frame: number, nodes: Int32Array | null, unaware: boolean | null): void {
    const { trace } = this.replay;
    const s = this.screen;
    const dpr = this.geometry!.dpr;
    const raster = this.raster!;
    const count = nodes ? nodes.length : this.picture.nodeCount;
    for (let k = 0; k < count; k++) {
      const i = nodes ? nodes[k] : k;
      const state = nodeStateAt(trace, i, frame);
      if (unaware !== null && (state === STATE_UNAWARE) !== unaware) continue;
      const mask = this.isKol[i] ? this.kolMask! : state === STATE_UNAWARE ? this.dotMask! : this.activeMask!;
      raster.dot(s[2 * i] * dpr, s[2 * i + 1] * dpr, mask, this.stateRgb[state]);
    }
  }
}
