/**
 * What a people panel draws over its dots, the same over the Canvas and the WebGL dot layers
 * (a 2D canvas on top of the WebGL one): recent transmissions (fading arcs reachedBy → node, with
 * a dot travelling along while the step is in progress), the persistent "carried it into a new
 * cluster" arcs, KOL rings, seed stars and the hovered node's path. Ordinary canvas paths: at most
 * MAX_ARCS_PER_FRAME arcs and a few markers, whatever the size of the network.
 */
import type { NetworkPicture } from '../../layout/networkPicture';
import { arcControl, withAlpha, type Ctx2D, type PaintColors } from './paintContext';
import type { StrategyReplay } from './strategyReplay';

/** Steps a transmission arc stays visible (fading out). */
export const TRANSMISSION_FADE_STEPS = 3;
/** At most this many recent arcs per frame (the newest win): a 1M-follower burst must not stall a frame. */
export const MAX_ARCS_PER_FRAME = 6000;
const FADE_BUCKETS = 6;
/** Up to this many recent arcs are drawn at full strength; beyond, each gets fainter (∝ 1/√count). */
const ARC_CROWD = 250;

/** The hovered node and its branch back to the origin, in this panel's strategy. */
export interface PanelHighlight {
  node: number;
  path: Int32Array;
}

/** What the overlay is drawn from: node screen positions (CSS px, x at 2i, y at 2i+1) and the dot radius. */
export interface OverlaySource {
  picture: NetworkPicture;
  replay: StrategyReplay;
  screen: Float32Array;
  colors: PaintColors;
  radius: number;
}

/** Everything over the dots at playback `position`; ctx is already scaled to CSS px. */
export function paintOverlay(ctx: Ctx2D, o: OverlaySource, position: number, highlight: PanelHighlight | null): void {
  paintBridges(ctx, o, position);
  paintTransmissions(ctx, o, position);
  paintMarkers(ctx, o);
  if (highlight) paintHighlight(ctx, o, highlight);
}

/** Recent transmissions: arcs reachedBy → node for nodes reached in the last few steps. */
function paintTransmissions(ctx: Ctx2D, o: OverlaySource, position: number): void {
  const { index, trace } = o.replay;
  const frame = Math.floor(position);
  const last = Math.min(frame, index.lastEvent);
  const first = Math.max(0, frame - TRANSMISSION_FADE_STEPS + 1);
  if (last < first) return;
  let from = index.reachedStart[first];
  const to = index.reachedStart[last + 1];
  from = Math.max(from, to - MAX_ARCS_PER_FRAME);
  const s = o.screen;
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
  const c = o.colors;
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
function paintBridges(ctx: Ctx2D, o: OverlaySource, position: number): void {
  const s = o.screen;
  const old = new Path2D();
  const fresh = new Path2D();
  const ends = new Path2D();
  const frame = Math.floor(position);
  for (const e of o.replay.entries) {
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
  const c = o.colors;
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
function paintMarkers(ctx: Ctx2D, o: OverlaySource): void {
  const s = o.screen;
  const c = o.colors;
  const r = Math.max(o.radius, 1.5);
  const hired = new Set(o.replay.hiredKols);
  for (const k of o.picture.kolNodes) {
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
  for (const seed of o.replay.seeds) starPath(stars, s[2 * seed], s[2 * seed + 1], outer, outer * 0.45);
  ctx.lineJoin = 'round';
  ctx.strokeStyle = c.background;
  ctx.lineWidth = 2;
  ctx.stroke(stars);
  ctx.fillStyle = c.text;
  ctx.fill(stars);
}

function paintHighlight(ctx: Ctx2D, o: OverlaySource, h: PanelHighlight): void {
  const s = o.screen;
  const c = o.colors;
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
  ctx.strokeStyle = o.replay.color;
  ctx.lineWidth = 2.5;
  ctx.stroke(line);
  const dots = new Path2D();
  for (const v of h.path) {
    dots.moveTo(s[2 * v] + 3, s[2 * v + 1]);
    dots.arc(s[2 * v], s[2 * v + 1], 3, 0, 2 * Math.PI);
  }
  ctx.fillStyle = o.replay.color;
  ctx.fill(dots);
  const x = s[2 * h.node];
  const y = s[2 * h.node + 1];
  ctx.beginPath();
  ctx.arc(x, y, Math.max(7, o.radius * 3), 0, 2 * Math.PI);
  ctx.strokeStyle = c.background;
  ctx.lineWidth = 5;
  ctx.stroke();
  ctx.strokeStyle = c.text;
  ctx.lineWidth = 2.2;
  ctx.stroke();
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
