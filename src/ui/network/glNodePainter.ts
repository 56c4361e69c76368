/**
 * Paints one strategy's panel of the people view with WebGL2: every person is a point of the
 * GlDotLayer on the panel's WebGL canvas (backdrop texture + one draw call), and the overlay
 * (arcs, KOL rings, seed stars, the hovered path: panelOverlay.ts) goes on the transparent 2D
 * canvas stacked on top — the same overlay as the Canvas path (nodePainter.ts), whose interface
 * this painter shares so the stage can hold either.
 *
 * Per frame only the state bytes of the nodes whose state changed are uploaded (NodeCodes) and
 * only those nodes are drawn again, over the previous frame (glDotLayer.ts says why); a jump
 * back, a new size or backdrop recomputes every node's byte on the CPU (O(n): a few ms at 1M),
 * uploads them all and redraws every node.
 */
import type { NetworkPicture } from '../../layout/networkPicture';
import type { GlDotLayer } from './glDotLayer';
import { NodeCodes, stateColorTable } from './nodeCodes';
import { KOL_DOT_SCALE, REACHED_DOT_SCALE } from './nodePainter';
import { NODE_STATES } from './nodeState';
import { paintOverlay, type PanelHighlight } from './panelOverlay';
import type { Ctx2D, PaintColors, PanelGeometry } from './paintContext';
import type { StrategyReplay } from './strategyReplay';
import { nodeRadius, toScreen } from './viewTransform';

export class GlNodePainter {
  readonly codes: NodeCodes;
  private readonly screen: Float32Array;
  private geometry: PanelGeometry | null = null;
  private colors: PaintColors | null = null;
  private colorTable: Float32Array = new Float32Array(15);
  private radius = 1;
  private backdrop: Uint32Array | null = null;
  private backdropStale = true;
  /** Frame the WebGL buffer shows (clamped to the replay's events); −2 = redraw everything. */
  private drawnFrame = -2;

  constructor(
    private readonly picture: NetworkPicture,
    readonly replay: StrategyReplay,
    private readonly canvas: HTMLCanvasElement,
    readonly layer: GlDotLayer,
  ) {
    if (!picture.positions) throw new Error('GlNodePainter needs node positions');
    this.screen = new Float32Array(picture.positions.length);
    this.codes = new NodeCodes(replay, picture.kolNodes);
    layer.setPositions(picture.positions);
  }

  /** New size, theme or backdrop (`backdrop`: its device pixels, shared by every panel, read only). */
  setSurface(geometry: PanelGeometry, colors: PaintColors, backdrop: Uint32Array): void {
    this.geometry = geometry;
    this.colors = colors;
    this.radius = nodeRadius(geometry.transform.scale);
    this.colorTable = stateColorTable(NODE_STATES.map((s) => colors.states[s]));
    // The overlay needs screen points of a few thousand nodes per frame; one pass per resize.
    toScreen(this.picture.positions!, geometry.transform, this.screen);
    const w = Math.max(1, Math.round(geometry.width * geometry.dpr));
    const h = Math.max(1, Math.round(geometry.height * geometry.dpr));
    if (this.canvas.width !== w || this.canvas.height !== h) {
      this.canvas.width = w;
      this.canvas.height = h;
    }
    this.canvas.style.width = `${geometry.width}px`;
    this.canvas.style.height = `${geometry.height}px`;
    this.backdrop = backdrop;
    this.backdropStale = true;
    this.drawnFrame = -2;
  }

  /** The backdrop's pixels changed (more ties painted): upload them again on the next paint. */
  invalidate(): void {
    this.backdropStale = true;
    this.drawnFrame = -2;
  }

  /** Whether painting `position` recomputes every node's byte (a jump back or the first paint). */
  needsFullRepaint(position: number): boolean {
    return this.drawnFrame === -2 || this.targetFrame(position) < this.drawnFrame;
  }

  private targetFrame(position: number): number {
    return Math.max(-1, Math.min(Math.floor(position), this.replay.index.lastEvent));
  }

  /** Paint the frame at playback `position`: the dots by WebGL, the overlay into ctx (the 2D canvas on top). */
  paint(ctx: Ctx2D, position: number, highlight: PanelHighlight | null): void {
    const g = this.geometry;
    if (!g || !this.colors) return;
    if (this.backdropStale && this.backdrop) {
      const w = Math.max(1, Math.round(g.width * g.dpr));
      const h = Math.max(1, Math.round(g.height * g.dpr));
      this.layer.setBackdrop(this.backdrop, w, h);
      this.backdropStale = false;
    }
    const target = this.targetFrame(position);
    if (target !== this.drawnFrame) {
      const full = this.needsFullRepaint(position);
      const { index } = this.replay;
      const changed = full ? null : index.eventNodes.subarray(index.eventStart[this.drawnFrame + 1], index.eventStart[target + 1]);
      this.codes.update(target);
      const dirty = this.codes.takeDirty();
      if (dirty) this.layer.setCodes(this.codes.codes, dirty.from, dirty.to);
      const { scale, tx, ty } = g.transform;
      const frame = { scale, tx, ty, dpr: g.dpr, radius: this.radius, sizes: { unaware: 1, active: REACHED_DOT_SCALE, kol: KOL_DOT_SCALE }, colors: this.colorTable };
      this.layer.draw(frame, changed);
      this.drawnFrame = target;
    }
    ctx.setTransform(1, 0, 0, 1, 0, 0);
    ctx.clearRect(0, 0, ctx.canvas.width, ctx.canvas.height);
    ctx.setTransform(g.dpr, 0, 0, g.dpr, 0, 0);
    paintOverlay(ctx, { picture: this.picture, replay: this.replay, screen: this.screen, colors: this.colors, radius: this.radius }, position, highlight);
  }

  destroy(): void {
    this.layer.destroy();
  }
}
