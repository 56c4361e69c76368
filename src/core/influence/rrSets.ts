/**
 * Reverse-reachable (RR) sets (Borgs et al. 2014) of the dividend model's sharing and of Independent
 * Cascade, for OPIM-C (opimc.ts).
 *
 * An RR set is the set of nodes that reach a uniformly drawn root v over the live arcs of one
 * possible world; for any seed set S, σ(S) = n · P(S meets the RR set). RR set i is a reverse BFS
 * from its root over the arcs that are live in run `firstRun + i` of the scenario — the model's
 * own coins (common random numbers, the same keys as liveEdgeSamples.ts and independentCascade.ts):
 * - dividend: arc a: i→j is live when draw('div:visible', a) < visibility(tie) × weight and
 *   draw('div:share', a) < min(1, quality × (trust × reward lift) × relevance(j) × engagement(j)),
 *   with the model's floating-point operations. Engagement is a trait of the world (seed, person),
 *   relevance one of the community, so the per-node factor is computed once.
 * - independent-cascade: arc a is live when draw('ic:arc', a) < p × weight.
 * The root of set i is drawn from (seed, run, 'imm:root').
 *
 * Novelty decay: an arc's share chance falls with the hop level d at which it is used, so each
 * live arc has a deadline (the deepest level it fires from, liveEdgeSamples.ts) and a node at level
 * ℓ reaches v only along paths whose i-th arc (counted from that node) has deadline ≥ ℓ + i, within
 * the horizon L. Since σ stays a coverage function (a seed set's sharers are the union of its seeds'
 * sharers), RR(v) = {u : v is a sharer of {u}} is still exact. It is found by a reverse *bottleneck*
 * search: f(v) = L, f(x) = max over live arcs x→y of min(deadline, f(y) − 1) — the deepest level x
 * may sit at and still reach v — and u ∈ RR(v) iff f(u) ≥ 0; labels are settled in decreasing order
 * with a binary heap (Dijkstra for max-min paths). Without decay every live arc fires at every
 * level: a plain reverse BFS, horizon ignored, as the no-decay reduction of liveEdgeSamples.ts
 * (exact when cascades end before the last step).
 *
 * Memory: all sets live in one flat Int32Array of nodes plus an Int32Array of offsets. Growth is
 * checked against a cap before any allocation.
 */
import type { DividendModelSpec, DividendStrategySpec } from '../dividend/dividendSpec';
import { resolveTies, tieArrays } from '../dividend/platformPresets';
import { rewardEffect } from '../dividend/rewardEffect';
import type { Graph } from '../graph';
import { pow } from '../portableMath';
import { purposeKey, type StreamKey } from '../random';
import { shareFactors } from './liveEdgeSamples';
import { arcCoinBits } from '../hash';

const TWO_POW_32 = 4294967296;
/** Label of a node already in the RR set (below any real label, so never relaxed again). */
const SETTLED = -0x7fffffff;
/** Refuse RR-set storage above this many 32-bit integers (nodes + offsets; 1 GiB). */
export const MAX_RR_INTS = 256 * 1024 * 1024;

// drawBits(key, entity, SEED_WAVE = 0) of random.ts with the key as two words (hash.ts), read once
// into a module-local const: it runs for every arc of every sample.
const coinBits = arcCoinBits;

/** A growable collection of RR sets stored flat: set i is nodes[offsets[i] .. offsets[i+1]). */
export class RRSetStore {
  nodes: Int32Array;
  offsets: Int32Array;
  count = 0;
  constructor(
    /** Integer budget shared by the caller (checked before growth). */
    readonly maxInts: number = MAX_RR_INTS,
  ) {
    this.nodes = new Int32Array(1024);
    this.offsets = new Int32Array(1024);
  }
  get used(): number {
    return this.offsets[this.count];
  }
  /** Integers currently allocated. */
  get allocated(): number {
    return this.nodes.length + this.offsets.length;
  }
  ensure(extraNodes: number, extraSets: number, othersAllocated: number): void {
    const needNodes = this.used + extraNodes;
    const needSets = this.count + 1 + extraSets;
    let nodesLen = this.nodes.length;
    let offLen = this.offsets.length;
    while (nodesLen < needNodes) nodesLen *= 2;
    while (offLen < needSets) offLen *= 2;
    if (nodesLen === this.nodes.length && offLen === this.offsets.length) return;
    if (nodesLen + offLen + othersAllocated > this.maxInts) throw new RRCapError(this.maxInts);
    if (nodesLen !== this.nodes.length) {
      const grown = new Int32Array(nodesLen);
      grown.set(this.nodes.subarray(0, this.used));
      this.nodes = grown;
    }
    if (offLen !== this.offsets.length) {
      const grown = new Int32Array(offLen);
      grown.set(this.offsets.subarray(0, this.count + 1));
      this.offsets = grown;
    }
  }
}

/** Thrown when RR sets would need more memory than the cap. */
export class RRCapError extends RangeError {
  constructor(readonly maxInts: number) {
    super(`RR sets: more than ${maxInts} integers (${(maxInts * 4) / 2 ** 20} MiB) would be needed`);
    this.name = 'RRCapError';
  }
}

/** How arcs are made live in run r (see module comment). */
export interface LiveArcRule {
  kind: 'dividend' | 'independent-cascade';
  /** dividend: visibility per tie kind; IC: p·2^32 for every kind. */
  visibility: Float64Array;
  /** dividend: quality × trust × reward lift per tie kind (base[0] · trustLift). */
  shareByTie: Float64Array;
  /** dividend: relevance × engagement per node (the arc's target). */
  engaged: Float64Array | null;
  /** dividend with novelty decay: quality × novelty per level (then shareByTie is trust × lift only); null without decay. */
  base: Float64Array | null;
  /** Levels 0 … horizon are sharers (used only with decay). */
  horizon: number;
}

/** The live-arc rule of the dividend model's sharing (no novelty decay). */
export function dividendArcRule(graph: Graph, model: DividendModelSpec, strategy: DividendStrategySpec, root: StreamKey, steps: number): LiveArcRule {
  const content = strategy.content;
  const halfLife = content.halfLife ?? 0;
  // As liveEdgeSamples.ts: hops of the median response delay, base[d] = quality × 0.5^(d·hop/halfLife).
  const hop = Math.max(1, model.response.medianHours);
  const horizon = Math.floor((steps - (content.waves.length > 0 ? content.waves[0] : 0)) / hop);
  let base: Float64Array | null = null;
  if (halfLife > 0) {
    base = new Float64Array(Math.max(1, horizon));
    for (let d = 0; d < base.length; d++) base[d] = content.quality * pow(0.5, (d * hop) / halfLife);
    if (horizon > 65535) throw new RangeError('RR sets: more than 65535 hops in the horizon');
  }
  const ties = tieArrays(resolveTies(model));
  const lift = rewardEffect(strategy.incentives.rewardPerShare, model.economics.valuePerConversion, model.rewards).liftByTie;
  const shareByTie = new Float64Array(ties.trust.length);
  // p = (base × (trust × lift)) × engaged, the operations of liveEdgeSamples.ts `fires` with base = quality × 1.
  for (let k = 0; k < shareByTie.length; k++) shareByTie[k] = base === null ? content.quality * (ties.trust[k] * lift[k]) : ties.trust[k] * lift[k];
  return {
    kind: 'dividend',
    base,
    horizon,
    visibility: Float64Array.from(ties.visibility),
    shareByTie,
    engaged: shareFactors(graph, model, strategy, root, 0),
  };
}

/** The live-arc rule of Independent Cascade with probability p. */
export function cascadeArcRule(p: number): LiveArcRule {
  const cut = p * TWO_POW_32;
  return { kind: 'independent-cascade', visibility: Float64Array.of(cut, cut, cut), shareByTie: new Float64Array(3), engaged: null, base: null, horizon: 0 };
}

/** In-arcs of every node: arc ids a with targets[a] = v, and their sources. */
export interface ReverseArcs {
  offsets: Int32Array;
  arcs: Int32Array;
  sources: Int32Array;
}

function reverseArcs(graph: Graph): ReverseArcs {
  const n = graph.nodeCount;
  const m = graph.targets.length;
  const offsets = new Int32Array(n + 1);
  for (let a = 0; a < m; a++) offsets[graph.targets[a] + 1]++;
  for (let v = 0; v < n; v++) offsets[v + 1] += offsets[v];
  const fill = offsets.slice(0, n);
  const arcs = new Int32Array(m);
  const sources = new Int32Array(m);
  for (let i = 0; i < n; i++) {
    for (let a = graph.offsets[i]; a < graph.offsets[i + 1]; a++) {
      const at = fill[graph.targets[a]]++;
      arcs[at] = a;
      sources[at] = i;
    }
  }
  return { offsets, arcs, sources };
}

/** Draws RR sets for run indices; a pure function of (graph, rule, root, run). */
export class RRSampler {
  readonly n: number;
  private readonly rev: ReverseArcs;
  private readonly stamp: Int32Array;
  private readonly queue: Int32Array;
  private stampValue = 0;
  /** Decay search: best label f per node (valid when stamp matches) and a max-heap of f·2^32 + node. */
  private readonly label: Int32Array;
  private heap = new Float64Array(1024);
  /** Integers held by the sampler itself (reverse arcs, scratch), counted against the cap. */
  readonly ownInts: number;

  constructor(
    private readonly graph: Graph,
    private readonly rule: LiveArcRule,
    private readonly root: StreamKey,
  ) {
    this.n = graph.nodeCount;
    this.rev = reverseArcs(graph);
    this.stamp = new Int32Array(this.n);
    this.queue = new Int32Array(this.n);
    this.label = new Int32Array(rule.base === null ? 0 : this.n);
    this.ownInts = 2 * graph.targets.length + 3 * this.n + this.label.length;
  }

  /** The root of run `run`'s RR set: uniform over all n nodes. */
  rootOf(run: number): number {
    const k = purposeKey(this.root, run, 'imm:root');
    return Math.floor((coinBits(k.a, k.b, 0) / TWO_POW_32) * this.n);
  }

  /** Append the RR set of run `run` to `store`; returns its size. */
  append(store: RRSetStore, run: number, othersAllocated: number): number {
    if (this.rule.base !== null) return this.appendWithDeadlines(store, run, othersAllocated);
    const { rule, graph, rev, stamp, queue } = this;
    const ic = rule.kind === 'independent-cascade';
    const keyA = purposeKey(this.root, run, ic ? 'ic:arc' : 'div:visible');
    const keyB = ic ? keyA : purposeKey(this.root, run, 'div:share');
    const visA = keyA.a;
    const visB = keyA.b;
    const shA = keyB.a;
    const shB = keyB.b;
    const vis = rule.visibility;
    const shareByTie = rule.shareByTie;
    const engaged = rule.engaged;
    const weights = graph.weights;
    const tieKinds = graph.tieKinds;
    const { offsets: inOff, arcs: inArcs, sources } = rev;
    const mark = this.nextMark();
    const start = this.rootOf(run);
    stamp[start] = mark;
    queue[0] = start;
    let head = 0;
    let tail = 1;
    while (head < tail) {
      const j = queue[head++];
      const end = inOff[j + 1];
      for (let e = inOff[j]; e < end; e++) {
        const i = sources[e];
        if (stamp[i] === mark) continue;
        const a = inArcs[e];
        const k = tieKinds[a];
        if (ic) {
          // independentCascade.ts: bits < cut (· weight).
          const cut = weights === null ? vis[k] : vis[k] * weights[a];
          if (!(coinBits(visA, visB, a) < cut)) continue;
        } else {
          const seen = weights === null ? vis[k] : vis[k] * weights[a];
          if (seen < 1 && coinBits(visA, visB, a) >= seen * TWO_POW_32) continue;
          // liveEdgeSamples.ts fires(base[0], trust × lift, engaged): p = base × trustLift × engaged.
          let p = shareByTie[k] * engaged![j];
          if (p > 1) p = 1;
          if (!(p > 0 && (p >= 1 || coinBits(shA, shB, a) < p * TWO_POW_32))) continue;
        }
        stamp[i] = mark;
        queue[tail++] = i;
      }
    }
    store.ensure(tail, 1, othersAllocated);
    const at = store.used;
    store.nodes.set(queue.subarray(0, tail), at);
    store.count++;
    store.offsets[store.count] = at + tail;
    return tail;
  }

  /** A fresh stamp for one set (the marks of earlier sets stay below it; wrapped around by clearing). */
  private nextMark(): number {
    if (++this.stampValue === 0x7fffffff) {
      this.stamp.fill(0);
      this.stampValue = 1;
    }
    return this.stampValue;
  }

  /** The decay case: reverse bottleneck search (module comment). */
  private appendWithDeadlines(store: RRSetStore, run: number, othersAllocated: number): number {
    const { rule, graph, rev, stamp, queue, label } = this;
    const keyA = purposeKey(this.root, run, 'div:visible');
    const keyB = purposeKey(this.root, run, 'div:share');
    const visA = keyA.a;
    const visB = keyA.b;
    const shA = keyB.a;
    const shB = keyB.b;
    const vis = rule.visibility;
    const trustLift = rule.shareByTie;
    const engaged = rule.engaged!;
    const base = rule.base!;
    const maxDeadline = base.length - 1;
    const weights = graph.weights;
    const tieKinds = graph.tieKinds;
    const { offsets: inOff, arcs: inArcs, sources } = rev;
    const mark = this.nextMark();
    const start = this.rootOf(run);
    let tail = 0;
    if (rule.horizon >= 0) {
      let heap = this.heap;
      let size = 0;
      const push = (f: number, v: number) => {
        if (size === heap.length) {
          const grown = new Float64Array(2 * size);
          grown.set(heap);
          heap = this.heap = grown;
        }
        const key = f * TWO_POW_32 + v;
        let i = size++;
        while (i > 0) {
          const parent = (i - 1) >> 1;
          if (heap[parent] >= key) break;
          heap[i] = heap[parent];
          i = parent;
        }
        heap[i] = key;
      };
      const pop = (): number => {
        const top = heap[0];
        const last = heap[--size];
        let i = 0;
        for (;;) {
          let c = 2 * i + 1;
          if (c >= size) break;
          if (c + 1 < size && heap[c + 1] > heap[c]) c++;
          if (heap[c] <= last) break;
          heap[i] = heap[c];
          i = c;
        }
        heap[i] = last;
        return top;
      };
      // stamp[x] === mark: x has a label; settled nodes are those popped with their current label.
      stamp[start] = mark;
      label[start] = rule.horizon;
      push(rule.horizon, start);
      while (size > 0) {
        const key = pop();
        const f = Math.floor(key / TWO_POW_32);
        const y = key - f * TWO_POW_32;
        if (label[y] !== f || f < 0) continue;
        label[y] = SETTLED;
        queue[tail++] = y;
        if (f === 0) continue;
        const end = inOff[y + 1];
        for (let e = inOff[y]; e < end; e++) {
          const x = sources[e];
          if (stamp[x] === mark && label[x] === SETTLED) continue;
          const want = f - 1;
          if (stamp[x] === mark && label[x] >= want) continue;
          const a = inArcs[e];
          const k = tieKinds[a];
          const seen = weights === null ? vis[k] : vis[k] * weights[a];
          if (seen < 1 && coinBits(visA, visB, a) >= seen * TWO_POW_32) continue;
          const tl = trustLift[k];
          const eng = engaged[y];
          const coin = coinBits(shA, shB, a);
          if (!firesAt(base[0], tl, eng, coin)) continue;
          // Deepest firing level, capped at want (the chance only falls with the level).
          let lo = 0;
          let hi = Math.min(want, maxDeadline);
          while (lo < hi) {
            const mid = (lo + hi + 1) >> 1;
            if (firesAt(base[mid], tl, eng, coin)) lo = mid;
            else hi = mid - 1;
          }
          if (stamp[x] === mark && label[x] >= lo) continue;
          stamp[x] = mark;
          label[x] = lo;
          push(lo, x);
        }
      }
    }
    store.ensure(tail, 1, othersAllocated);
    const at = store.used;
    store.nodes.set(queue.subarray(0, tail), at);
    store.count++;
    store.offsets[store.count] = at + tail;
    return tail;
  }
}

/** liveEdgeSamples.ts `fires`: p = base × trustLift × engaged, capped at 1, against the coin. */
function firesAt(base: number, trustLift: number, engaged: number, coin: number): boolean {
  let p = base * trustLift * engaged;
  if (p > 1) p = 1;
  return p > 0 && (p >= 1 || coin < p * TWO_POW_32);
}
