/**
 * Paints one strategy's panel of the community map: every group is a bubble whose area is
 * proportional to its members, tinted from grey to the "reached" blue by the share of its
 * members reached, with a green core whose area is the share who bought. Reaches between
 * groups are curved lines under the bubbles, wider with more transmissions so far and darker
 * for those of the last few steps, so the spread visibly jumps from cluster to cluster.
 *
 * Bubbles and flows go through the DotRaster (a pixel buffer): Chromium's software rasteriser
 * needed ~33 ms for 1,667 canvas pies and ~12 ms for 400 wide flow strokes per panel, the buffer a
 * few ms. A map frame depends only on the integer step, so a panel is repainted only when the
 * step, the highlight or the surface changes.
 */
import type { NetworkPicture } from '../../layout/networkPicture';
import { buildGroupFlows, CommunityTally, flowsAt, type GroupFlows } from './communityTally';
import { cachedDiscMask, DotRaster, packColor } from './dotRaster';
import { fillDisc, fillRaster, strokeRing, thickCurve } from './rasterShapes';
import { STATE_CONVERTED, STATE_COUNT, STATE_UNAWARE } from './nodeState';
import { arcControl, withAlpha, type Ctx2D, type PaintColors, type PanelGeometry } from './paintContext';
import type { StrategyReplay } from './strategyReplay';
import { TRANSMISSION_FADE_STEPS } from './nodePainter';

/** Flow lines drawn at most (the busiest pairs over the whole replay). */
const MAX_FLOWS = 250;
/** Width in px of the busiest flow (others scale with √traffic). */
const MAX_FLOW_WIDTH = 7;
/** Discs at least this large (device px) are filled by scanlines instead of masks. */
const SCANLINE_DISC_RADIUS = 6;
/** Bubbles at least this large (CSS px radius) get their group number written on them. */
const LABEL_RADIUS = 13;
const MAX_LABELS = 14;

export class MapPainter {
  readonly tally: CommunityTally;
  readonly flows: GroupFlows;
  private readonly traffic: Int32Array;
  private readonly recent: Int32Array;
  private geometry: PanelGeometry | null = null;
  private colors: PaintColors | null = null;
  private raster: DotRaster | null = null;
  /** What the canvas shows: "frame:highlight", or '' when it must be repainted. */
  private painted = '';
  /** Traffic that gets the widest line; shared between panels so widths compare across strategies. */
  maxTraffic = 1;

  constructor(
    private readonly picture: NetworkPicture,
    readonly replay: StrategyReplay,
  ) {
    this.tally = new CommunityTally(replay.trace, replay.index, picture.group, picture.groupSizes);
    this.flows = buildGroupFlows(replay.trace, replay.index, picture.group, picture.groupCount, MAX_FLOWS);
    this.traffic = new Int32Array(this.flows.total.length);
    this.recent = new Int32Array(this.flows.total.length);
    this.maxTraffic = Math.max(1, this.flows.total[0] ?? 1);
  }

  setSurface(geometry: PanelGeometry, colors: PaintColors): void {
    this.geometry = geometry;
    this.colors = colors;
    this.raster = new DotRaster(Math.max(1, Math.round(geometry.width * geometry.dpr)), Math.max(1, Math.round(geometry.height * geometry.dpr)), null);
    this.painted = '';
  }

  paint(ctx: Ctx2D, position: number, highlightGroup: number): void {
    const g = this.geometry;
    const c = this.colors;
    if (!g || !c || !this.raster) return;
    const frame = Math.floor(position);
    const key = `${frame}:${highlightGroup}`;
    if (key === this.painted) return; // the canvas still shows exactly this
    this.painted = key;
    const { scale, tx, ty } = g.transform;
    const p = this.picture;
    const cx = (k: number) => p.groupCentres[2 * k] * scale + tx;
    const cy = (k: number) => p.groupCentres[2 * k + 1] * scale + ty;
    const dpr = g.dpr;
    const raster = this.raster;
    fillRaster(raster, packColor(c.background));
    this.paintFlows(frame, (k) => cx(k) * dpr, (k) => cy(k) * dpr);

    // Bubbles: a thin rim, the fill tinted by the share reached, the green core of buyers.
    const counts = this.tally.at(frame);
    const unaware = packColor(c.states.unaware);
    const reached = packColor(c.states.reached);
    const core = packColor(c.states.converted);
    const rim = mixRgb(packColor(c.background), packColor(c.text), 0.45);
    for (let k = 0; k < p.groupCount; k++) {
      const members = p.groupSizes[k];
      if (members === 0) continue;
      const x = cx(k) * dpr;
      const y = cy(k) * dpr;
      const r = Math.max(1.2, p.groupRadii[k] * scale) * dpr;
      const share = (members - counts[k * STATE_COUNT + STATE_UNAWARE]) / members;
      const bought = counts[k * STATE_COUNT + STATE_CONVERTED] / members;
      // √share: a community 10% reached already shows a clear tint (still monotone: bluer = more reached).
      const fill = mixRgb(unaware, reached, Math.sqrt(share));
      disc(raster, x, y, r, fill);
      if (bought > 0) disc(raster, x, y, Math.max(0.8 * dpr, (r - dpr) * Math.sqrt(bought)), core);
      // A rim (a ring: its cost is the perimeter, not the area) separates touching bubbles.
      if (r >= 3 * dpr) strokeRing(raster, x, y, r - 0.45 * dpr, 0.9 * dpr, rim, 1);
    }
    ctx.setTransform(1, 0, 0, 1, 0, 0);
    ctx.putImageData(raster.image, 0, 0);
    ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
    this.paintLabels(ctx, cx, cy);
    this.paintKols(ctx, cx, cy);

    if (highlightGroup >= 0 && highlightGroup < p.groupCount) {
      ctx.beginPath();
      ctx.arc(cx(highlightGroup), cy(highlightGroup), Math.max(6, p.groupRadii[highlightGroup] * scale + 3), 0, 2 * Math.PI);
      ctx.strokeStyle = c.background;
      ctx.lineWidth = 5;
      ctx.stroke();
      ctx.strokeStyle = this.replay.color;
      ctx.lineWidth = 2.5;
      ctx.stroke();
    }
  }

  /** Whether painting `position` repaints the whole panel (a new step or highlight). */
  needsFullRepaint(position: number, highlightGroup: number): boolean {
    return `${Math.floor(position)}:${highlightGroup}` !== this.painted;
  }

  /** Repaint on the next call even if the frame is the same (the canvas was cleared). */
  invalidate(): void {
    this.painted = '';
  }

  /** Flows under the bubbles, drawn into the pixel buffer (device px centres). */
  private paintFlows(frame: number, cx: (k: number) => number, cy: (k: number) => number): void {
    const c = this.colors!;
    const dpr = this.geometry!.dpr;
    const text = packColor(c.text);
    flowsAt(this.flows, frame, TRANSMISSION_FADE_STEPS, this.traffic, this.recent);
    // Quietest first, so the busiest flows lie on top.
    for (let f = this.traffic.length - 1; f >= 0; f--) {
      const t = this.traffic[f];
      if (t === 0) continue;
      const a = this.flows.pairA[f];
      const b = this.flows.pairB[f];
      const [qx, qy] = arcControl(cx(a), cy(a), cx(b), cy(b), 0.15);
      const width = Math.max(0.6, MAX_FLOW_WIDTH * Math.sqrt(t / this.maxTraffic)) * dpr;
      thickCurve(this.raster!, cx(a), cy(a), qx, qy, cx(b), cy(b), width, text, this.recent[f] > 0 ? 0.6 : 0.2);
    }
  }

  /** A KOL is a ring on the rim of its home group's bubble (bold when hired), as in the people view. */
  private paintKols(ctx: Ctx2D, cx: (k: number) => number, cy: (k: number) => number): void {
    const p = this.picture;
    const c = this.colors!;
    const scale = this.geometry!.transform.scale;
    const hired = new Set(this.replay.hiredKols);
    p.kolNodes.forEach((kol, rank) => {
      const g = p.group[kol];
      const r = Math.max(2, p.groupRadii[g] * scale);
      const angle = -Math.PI / 4 + rank * 0.5;
      const x = cx(g) + r * Math.cos(angle);
      const y = cy(g) + r * Math.sin(angle);
      ctx.beginPath();
      ctx.arc(x, y, 5, 0, 2 * Math.PI);
      ctx.fillStyle = c.background;
      ctx.fill();
      ctx.strokeStyle = hired.has(kol) ? c.text : withAlpha(c.text, 0.6);
      ctx.lineWidth = hired.has(kol) ? 2.2 : 1.2;
      ctx.stroke();
    });
  }

  /** Group numbers on the largest bubbles, so a class can say "community 3". */
  private paintLabels(ctx: Ctx2D, cx: (k: number) => number, cy: (k: number) => number): void {
    const p = this.picture;
    const c = this.colors!;
    const scale = this.geometry!.transform.scale;
    const order = Array.from({ length: p.groupCount }, (_, k) => k)
      .filter((k) => p.groupRadii[k] * scale >= LABEL_RADIUS)
      .sort((a, b) => p.groupSizes[b] - p.groupSizes[a] || a - b)
      .slice(0, MAX_LABELS);
    ctx.font = `600 11px ${c.fontFamily}`;
    ctx.textAlign = 'center';
    ctx.textBaseline = 'middle';
    ctx.lineJoin = 'round';
    for (const k of order) {
      const x = cx(k);
      const y = cy(k) - p.groupRadii[k] * scale * 0.55;
      const label = String(k + 1);
      ctx.strokeStyle = withAlpha(c.background, 0.85);
      ctx.lineWidth = 3;
      ctx.strokeText(label, x, y);
      ctx.fillStyle = c.text;
      ctx.fillText(label, x, y);
    }
    ctx.textAlign = 'start';
    ctx.textBaseline = 'alphabetic';
  }
}

/**
 * An opaque disc: small ones from cached sub-pixel masks (smooth all round), large ones by
 * scanlines (no mask to compute; the rim ring drawn over them hides the row ends). A core's
 * radius changes with every frame's share, so masks for every size would thrash the cache.
 */
function disc(raster: DotRaster, x: number, y: number, r: number, rgb: number): void {
  if (r < SCANLINE_DISC_RADIUS) raster.dot(x, y, cachedDiscMask(r), rgb);
  else fillDisc(raster, x, y, r, rgb, 1);
}

/** Linear mix of two packed colours (t = 0 → a, 1 → b). */
export function mixRgb(a: number, b: number, t: number): number {
  const u = Math.min(1, Math.max(0, t));
  const ch = (shift: number) => Math.round(((a >> shift) & 255) * (1 - u) + ((b >> shift) & 255) * u) << shift;
  return ch(0) | ch(8) | ch(16);
}

/** The group bubble under a layout point, or −1 (the smallest one containing it wins). */
export function groupAt(picture: NetworkPicture, x: number, y: number, slack: number): number {
  let best = -1;
  let bestR = Infinity;
  for (let g = 0; g < picture.groupCount; g++) {
    const dx = x - picture.groupCentres[2 * g];
    const dy = y - picture.groupCentres[2 * g + 1];
    const r = picture.groupRadii[g] + slack;
    if (dx * dx + dy * dy <= r * r && r < bestR) {
      best = g;
      bestR = r;
    }
  }
  return best;
}
