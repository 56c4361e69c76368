/**
 * Paints one strategy's panel of the people view at a playback position.
 *
 * The still part — backdrop (halos, ties) plus this strategy's node dots — lives in a
 * DotRaster (a pixel buffer, see dotRaster.ts) that is brought up to date incrementally:
 * moving forward from frame a to b repaints only the nodes with an event in (a, b] (states
 * only move forward, so painting a node's new colour over its old dot is exact up to a faint
 * anti-aliasing fringe); moving back restarts from the backdrop and repaints every dot, which
 * costs a few ms even for 20k nodes. Each frame then puts the buffer on the canvas and draws the
 * overlay with ordinary canvas paths: recent transmissions (fading arcs reachedBy → node, with
 * a dot travelling along while the step is in progress), the persistent "carried it into a new
 * cluster" arcs, KOL rings, seed stars and the hovered node's path.
 */
import type { NetworkPicture } from '../../layout/networkPicture';
import { discMask, DotRaster, packColor, type DiscMask } from './dotRaster';
import { nodeStateAt, NODE_STATES, STATE_UNAWARE } from './nodeState';
import { arcControl, withAlpha, type Ctx2D, type PaintColors, type PanelGeometry } from './paintContext';
import type { StrategyReplay } from './strategyReplay';
import { nodeRadius } from './viewTransform';

/** Steps a transmission arc stays visible (fading out). */
export const TRANSMISSION_FADE_STEPS = 3;
/** At most this many recent arcs per frame (the newest win): a 1M-follower burst must not stall a frame. */
const MAX_ARCS_PER_FRAME = 6000;
const FADE_BUCKETS = 6;
/** Up to this many recent arcs are drawn at full strength; beyond, each gets fainter (∝ 1/√count). */
const ARC_CROWD = 250;
/** Reached dots are drawn this much larger than unaware ones. */
const REACHED_DOT_SCALE = 1.35;

/** The hovered node and its branch back to the origin, in this panel's strategy. */
export interface PanelHighlight {
  node: number;
  path: Int32Array;
}

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
    this.kolMask = discMask(this.radius * 2 * geometry.dpr);
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
    this.paintBridges(ctx, position);
    this.paintTransmissions(ctx, position);
    this.paintMarkers(ctx);
    if (highlight) this.paintHighlight(ctx, highlight);
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

  /** Recent transmissions: arcs reachedBy → node for nodes reached in the last few steps. */
  private paintTransmissions(ctx: Ctx2D, position: number): void {
    const { index, trace } = this.replay;
    const frame = Math.floor(position);
    const last = Math.min(frame, index.lastEvent);
    const first = Math.max(0, frame - TRANSMISSION_FADE_STEPS + 1);
    if (last < first) return;
    let from = index.reachedStart[first];
    const to = index.reachedStart[last + 1];
    from = Math.max(from, to - MAX_ARCS_PER_FRAME);
    const s = this.screen;
    const buckets: Path2D[] = Array.from({ length: FADE_BUCKETS }, () => new Path2D());
    const packets = new Path2D();
    const fraction = position - frame;
    for (let k = from; k < to; k++) {
      const node = index.reachedNodes[k];
      const src = trace.reachedBy[node];
      if (src < 0) continue;
      const age = position - trace.reachedStep[node];
      const b = Math.min(FADE_BUCKETS - 1, Math.floor((age / TRANSMISSION_FADE_STEPS) * FADE_BUCKETS));
      const x0 = s[2 * src];
      const y0 = s[2 * src + 1];
      const x1 = s[2 * node];
      const y1 = s[2 * node + 1];
      const [cx, cy] = arcControl(x0, y0, x1, y1);
      buckets[b].moveTo(x0, y0);
      buckets[b].quadraticCurveTo(cx, cy, x1, y1);
      // While this step is in progress, a dot travels along the newest arcs.
      if (trace.reachedStep[node] === frame && fraction > 0) {
        const u = fraction;
        const px = (1 - u) * (1 - u) * x0 + 2 * (1 - u) * u * cx + u * u * x1;
        const py = (1 - u) * (1 - u) * y0 + 2 * (1 - u) * u * cy + u * u * y1;
        packets.moveTo(px + 1.6, py);
        packets.arc(px, py, 1.6, 0, 2 * Math.PI);
      }
    }
    const c = this.colors!;
    ctx.lineWidth = 0.9;
    // Hundreds of arcs at once (a KOL's burst) would merge into a dark smear: the more arcs, the
    // fainter each, so a burst reads as a fan.
    const density = Math.min(1, Math.sqrt(ARC_CROWD / Math.max(1, to - from)));
    for (let b = 0; b < FADE_BUCKETS; b++) {
      ctx.strokeStyle = withAlpha(c.text, 0.6 * density * (1 - b / FADE_BUCKETS));
      ctx.stroke(buckets[b]);
    }
    ctx.fillStyle = c.states.shared;
    ctx.fill(packets);
  }

  /**
   * The transmissions that first carried the content into another cluster, kept once they
   * happened: thin and muted, except those of the last few steps, drawn bold as they happen.
   */
  private paintBridges(ctx: Ctx2D, position: number): void {
    const s = this.screen;
    const old = new Path2D();
    const fresh = new Path2D();
    const ends = new Path2D();
    const frame = Math.floor(position);
    for (const e of this.replay.entries) {
      if (e.step > frame) break;
      if (!e.bridged) continue;
      const path = position - e.step < TRANSMISSION_FADE_STEPS ? fresh : old;
      const x0 = s[2 * e.from];
      const y0 = s[2 * e.from + 1];
      const x1 = s[2 * e.node];
      const y1 = s[2 * e.node + 1];
      const [cx, cy] = arcControl(x0, y0, x1, y1, 0.12);
      path.moveTo(x0, y0);
      path.quadraticCurveTo(cx, cy, x1, y1);
      ends.moveTo(x1 + 2.2, y1);
      ends.arc(x1, y1, 2.2, 0, 2 * Math.PI);
    }
    const c = this.colors!;
    ctx.lineCap = 'round';
    ctx.strokeStyle = withAlpha(c.text, 0.34);
    ctx.lineWidth = 0.9;
    ctx.stroke(old);
    ctx.strokeStyle = withAlpha(c.background, 0.8);
    ctx.lineWidth = 3.4;
    ctx.stroke(fresh);
    ctx.strokeStyle = withAlpha(c.text, 0.9);
    ctx.lineWidth = 1.6;
    ctx.stroke(fresh);
    ctx.fillStyle = withAlpha(c.text, 0.8);
    ctx.fill(ends);
  }

  /** KOLs as large rings (bold when hired), seeds as stars. */
  private paintMarkers(ctx: Ctx2D): void {
    const s = this.screen;
    const c = this.colors!;
    const r = Math.max(this.radius, 1.5);
    const hired = new Set(this.replay.hiredKols);
    for (const k of this.picture.kolNodes) {
      const x = s[2 * k];
      const y = s[2 * k + 1];
      const ringR = r * 3.2 + 2;
      ctx.beginPath();
      ctx.arc(x, y, ringR, 0, 2 * Math.PI);
      ctx.strokeStyle = c.background;
      ctx.lineWidth = hired.has(k) ? 4.5 : 3.5;
      ctx.stroke();
      ctx.strokeStyle = hired.has(k) ? c.text : withAlpha(c.text, 0.6);
      ctx.lineWidth = hired.has(k) ? 2.2 : 1.2;
      ctx.stroke();
    }
    const stars = new Path2D();
    const outer = r * 2.2 + 2.5;
    for (const seed of this.replay.seeds) starPath(stars, s[2 * seed], s[2 * seed + 1], outer, outer * 0.45);
    ctx.lineJoin = 'round';
    ctx.strokeStyle = c.background;
    ctx.lineWidth = 2;
    ctx.stroke(stars);
    ctx.fillStyle = c.text;
    ctx.fill(stars);
  }

  private paintHighlight(ctx: Ctx2D, h: PanelHighlight): void {
    const s = this.screen;
    const c = this.colors!;
    const line = new Path2D();
    for (let k = 0; k < h.path.length; k++) {
      const v = h.path[k];
      if (k === 0) line.moveTo(s[2 * v], s[2 * v + 1]);
      else line.lineTo(s[2 * v], s[2 * v + 1]);
    }
    ctx.lineJoin = 'round';
    ctx.lineCap = 'round';
    ctx.strokeStyle = c.background;
    ctx.lineWidth = 5;
    ctx.stroke(line);
    ctx.strokeStyle = this.replay.color;
    ctx.lineWidth = 2.5;
    ctx.stroke(line);
    const dots = new Path2D();
    for (const v of h.path) {
      dots.moveTo(s[2 * v] + 3, s[2 * v + 1]);
      dots.arc(s[2 * v], s[2 * v + 1], 3, 0, 2 * Math.PI);
    }
    ctx.fillStyle = this.replay.color;
    ctx.fill(dots);
    const x = s[2 * h.node];
    const y = s[2 * h.node + 1];
    ctx.beginPath();
    ctx.arc(x, y, Math.max(7, this.radius * 3), 0, 2 * Math.PI);
    ctx.strokeStyle = c.background;
    ctx.lineWidth = 5;
    ctx.stroke();
    ctx.strokeStyle = c.text;
    ctx.lineWidth = 2.2;
    ctx.stroke();
  }
}

/** A five-pointed star centred on (x, y). */
function starPath(path: Path2D, x: number, y: number, outer: number, inner: number): void {
  for (let k = 0; k < 10; k++) {
    const r = k % 2 === 0 ? outer : inner;
    const a = -Math.PI / 2 + (k * Math.PI) / 5;
    const px = x + r * Math.cos(a);
    const py = y + r * Math.sin(a);
    if (k === 0) path.moveTo(px, py);
    else path.lineTo(px, py);
  }
  // Back to the first point instead of closePath, which is O(path length) in Chromium.
  path.lineTo(x, y - outer);
}
