/**
 * The hired KOLs' wave in the reverse-reachable-set reduction (`--kols at-fee`, opimcAtFee.ts):
 * which KOL accounts, if hired, would make the root v a sharer in run r.
 *
 * What the model does (runDividend.ts, campaign.ts brandWave): the hired accounts post at
 * strategy.kols.step in a wave of their own — its coins are keyed by the wave's id (`sub`), so they
 * are fresh, independent of the seed users' wave — and each follower j of a hired KOL k sees the
 * post when draw('div:visible', a, wave) < visibility(tie) × weight × kolEngagementFactor(k), then
 * shares when draw('div:share', a, wave) < min(1, quality × novelty × trust × lift × engaged(j)),
 * exactly as for any post; sharing then spreads with the ordinary rules, within the wave (an
 * agent shares at most once per wave), and `shared` counts distinct people over all waves. The
 * hired KOLs themselves are sharers (their post is their first post).
 *
 * Why this is exact here: a KOL account has no in-arcs (networks/kols.ts: its ties are one-way,
 * KOL → follower), so it is never recruited in any wave; it posts only when hired, and then with
 * the engagement factor. So the KOL wave is a live-edge cascade from the hired set over arcs whose
 * visibility cut is scaled by the factor exactly when the source is a KOL — no other arc is — and
 * its sharers are the union of each hired KOL's sharers: a coverage function. (If a KOL could be
 * reached, being hired would change how it posts — factor vs none — and the wave would not be a
 * union over hires; kolWaveLayer refuses such a graph.) RR_K(v) = {hire-able k : v is a sharer of
 * hiring k} is found by the reverse search of rrSets.ts — a reverse BFS without novelty decay, the
 * bottleneck search with deadlines with it — over the wave's own coins and its own horizon
 * L_K = ⌊(steps − kols.step) / hop⌋. Only KOL accounts are kept from it (only they can be hired).
 *
 * Same approximations as the first wave's reduction (liveEdgeSamples.ts): hops of the median
 * response delay, no muting or advocacy. The coins are those of the KOL wave when seed users post
 * too (wave id = number of seed waves); a decision that spends everything on KOLs has its KOL wave
 * as wave 0 in the model, with other coins of the same distribution — the expected spread, which the
 * guarantee is about, is the same.
 */
import type { DividendModelSpec, DividendStrategySpec } from '../dividend/dividendSpec';
import { kolEngagementFactor } from '../dividend/kolEngagement';
import { coinBits, subMix } from '../hash';
import type { Graph } from '../graph';
import { pow } from '../portableMath';
import { purposeKey, type StreamKey } from '../random';
import type { LiveArcRule } from './liveArcRule';
import { ARC_ID, ARC_WORDS, KIND_SHIFT, reverseLiveArcs, SHARE_MAX, SOURCE, SOURCE_MASK, VIS_MAX, type ReverseLiveArcs } from './reverseLiveArcs';

const TWO_POW_32 = 4294967296;

/** The KOL wave's reverse layout and rule. */
export interface KolWaveLayer {
  /** In-arcs for the KOL wave: a KOL's out-arcs with visibility × its engagement factor. */
  rev: ReverseLiveArcs;
  /** The first wave's rule with the KOL wave's horizon (and the same novelty table). */
  rule: LiveArcRule;
  /** The wave id whose coins the KOL wave draws (the number of seed waves). */
  wave: number;
  /** Nodes ≥ firstKol are KOL accounts. */
  firstKol: number;
}

/** The largest uint32 coin below a positive cut x (reverseLiveArcs.ts: c < x ⟺ c ≤ result). */
function maxCoin(x: number): number {
  return Math.min(Math.ceil(x), TWO_POW_32) - 1;
}

/** Build the KOL wave's layer from the first wave's rule (liveArcRule.ts dividendArcRule). */
export function kolWaveLayer(graph: Graph, model: DividendModelSpec, strategy: DividendStrategySpec, firstWaveRule: LiveArcRule, steps: number): KolWaveLayer {
  const n = graph.nodeCount;
  const firstKol = n - graph.kolNodes.length;
  for (let i = 0; i < graph.targets.length; i++)
    if (graph.targets[i] >= firstKol) throw new RangeError('kols: a KOL account has an in-arc; KOL hiring is exact in the reduction only when KOL ties are one-way (KOL → follower)');
  const content = strategy.content;
  const hop = Math.max(1, model.response.medianHours);
  const horizon = Math.floor((steps - strategy.kols.step) / hop);
  let base = firstWaveRule.base;
  if (base !== null && content.halfLife !== null && content.halfLife > 0) {
    // The same table as the first wave's (novelty falls with the age of the wave's post), to this wave's horizon.
    base = new Float64Array(Math.max(1, horizon));
    for (let d = 0; d < base.length; d++) base[d] = content.quality * pow(0.5, (d * hop) / content.halfLife);
  }
  const rule: LiveArcRule = { ...firstWaveRule, base, horizon };
  const rev = reverseLiveArcs(graph, rule);
  const { packed } = rev;
  const weights = graph.weights;
  for (let e = 0; e < packed.length / ARC_WORDS; e++) {
    const w = ARC_WORDS * e;
    const source = packed[w + SOURCE] & SOURCE_MASK;
    const kind = packed[w + SOURCE] >>> KIND_SHIFT;
    if (source < firstKol) continue;
    // campaign.ts spreadKernel: seen = (visibility × weight) × visFactor, visible when ≥ 1 or coin < seen·2^32.
    const a = packed[w + ARC_ID];
    const factor = kolEngagementFactor(graph.offsets[source + 1] - graph.offsets[source], model.kolEngagementDecay);
    const seen = (weights === null ? rule.visibility[kind] : rule.visibility[kind] * weights[a]) * factor;
    packed[w + VIS_MAX] = seen >= 1 ? TWO_POW_32 - 1 : maxCoin(seen * TWO_POW_32);
  }
  return { rev, rule, wave: content.waves.length, firstKol };
}

/** Draws RR_K(root of run r) ∩ KOL accounts (module comment). */
export class KolWaveSampler {
  private readonly stamp: Int32Array;
  private readonly label: Int32Array;
  private readonly queue: Int32Array;
  private mark = 0;
  private readonly mixedSub: number;
  /** Decay search: nodes per level (labels only fall, so levels are emptied from the top down). */
  private readonly buckets: number[][];

  constructor(
    private readonly layer: KolWaveLayer,
    private readonly root: StreamKey,
  ) {
    const n = layer.rev.nodeCount;
    this.stamp = new Int32Array(n);
    this.label = new Int32Array(n);
    this.queue = new Int32Array(n);
    this.mixedSub = subMix(layer.wave);
    this.buckets = layer.rule.base === null ? [] : Array.from({ length: Math.max(0, layer.rule.horizon) + 1 }, () => []);
  }

  /** Integers of scratch held (the layout is counted by reverseArcInts). */
  get scratchInts(): number {
    return 3 * this.layer.rev.nodeCount;
  }

  /** Write the KOL accounts whose hiring makes `target` a sharer in run `run` into out[at …]; returns how many. */
  kolsReaching(run: number, target: number, out: Int32Array, at: number): number {
    const { rule } = this.layer;
    if (rule.horizon < 0) return 0;
    if (++this.mark === 0x7fffffff) {
      this.stamp.fill(0);
      this.mark = 1;
    }
    const vis = purposeKey(this.root, run, 'div:visible');
    const share = purposeKey(this.root, run, 'div:share');
    const found = rule.base === null ? this.reverseBfs(target, vis.a, vis.b, share.a, share.b) : this.reverseWithDeadlines(target, vis.a, vis.b, share.a, share.b);
    let count = 0;
    const firstKol = this.layer.firstKol;
    for (let i = 0; i < found; i++) if (this.queue[i] >= firstKol) out[at + count++] = this.queue[i];
    return count;
  }

  /** Without decay: every node that reaches `target` over the wave's live arcs, into queue; returns how many. */
  private reverseBfs(target: number, visA: number, visB: number, shA: number, shB: number): number {
    const { offsets, packed } = this.layer.rev;
    const { stamp, queue, mark, mixedSub } = this;
    const ic = this.layer.rule.kind === 'independent-cascade';
    stamp[target] = mark;
    queue[0] = target;
    let tail = 1;
    for (let head = 0; head < tail; head++) {
      const j = queue[head];
      for (let e = ARC_WORDS * offsets[j]; e < ARC_WORDS * offsets[j + 1]; e += ARC_WORDS) {
        const a = packed[e + ARC_ID];
        if (coinBits(visA, visB, mixedSub, a) > packed[e + VIS_MAX]) continue;
        if (!ic && coinBits(shA, shB, mixedSub, a) > packed[e + SHARE_MAX]) continue;
        const i = packed[e + SOURCE] & SOURCE_MASK;
        if (stamp[i] === mark) continue;
        stamp[i] = mark;
        queue[tail++] = i;
      }
    }
    return tail;
  }

  /**
   * With decay: the reverse bottleneck search of rrSets.ts — f(target) = L, f(x) = max over live
   * arcs x→y of min(deadline, f(y) − 1), settled from the deepest label down; x reaches target iff f(x) ≥ 0.
   */
  private reverseWithDeadlines(target: number, visA: number, visB: number, shA: number, shB: number): number {
    const { offsets, packed } = this.layer.rev;
    const { stamp, label, queue, mark, mixedSub, buckets } = this;
    const rule = this.layer.rule;
    const base = rule.base!;
    const engaged = rule.engaged!;
    const maxDeadline = base.length - 1;
    const SETTLED = -1;
    stamp[target] = mark;
    label[target] = rule.horizon;
    buckets[rule.horizon].push(target);
    let tail = 0;
    for (let f = rule.horizon; f >= 0; f--) {
      const bucket = buckets[f];
      while (bucket.length > 0) {
        const y = bucket.pop()!;
        if (label[y] !== f) continue;
        label[y] = SETTLED;
        queue[tail++] = y;
        if (f === 0) continue;
        const want = f - 1;
        for (let e = ARC_WORDS * offsets[y]; e < ARC_WORDS * offsets[y + 1]; e += ARC_WORDS) {
          const a = packed[e + ARC_ID];
          if (coinBits(visA, visB, mixedSub, a) > packed[e + VIS_MAX]) continue;
          const coin = coinBits(shA, shB, mixedSub, a);
          if (coin > packed[e + SHARE_MAX]) continue;
          const x = packed[e + SOURCE] & SOURCE_MASK;
          if (stamp[x] === mark && (label[x] === SETTLED || label[x] >= want)) continue;
          const tl = rule.shareByTie[packed[e + SOURCE] >>> KIND_SHIFT];
          // Deepest level the arc fires from, capped at want (the chance only falls with the level).
          let lo = 0;
          let hi = want < maxDeadline ? want : maxDeadline;
          while (lo < hi) {
            const mid = (lo + hi + 1) >> 1;
            if (firesAt(base[mid], tl, engaged[y], coin)) lo = mid;
            else hi = mid - 1;
          }
          if (stamp[x] === mark && label[x] >= lo) continue;
          stamp[x] = mark;
          label[x] = lo;
          buckets[lo].push(x);
        }
      }
    }
    return tail;
  }
}

/** liveEdgeSamples.ts `fires`: p = base × trustLift × engaged, capped at 1, against the coin. */
function firesAt(base: number, trustLift: number, engaged: number, coin: number): boolean {
  let p = base * trustLift * engaged;
  if (p > 1) p = 1;
  return p > 0 && (p >= 1 || coin < p * TWO_POW_32);
}
