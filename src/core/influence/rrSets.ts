/**
 * Reverse-reachable (RR) sets (Borgs et al. 2014) of the dividend model's sharing and of Independent
 * Cascade, for OPIM-C (opimc.ts).
 *
 * An RR set is the set of nodes that reach a uniformly drawn root v over the live arcs of one
 * possible world; for any seed set S, σ(S) = n · P(S meets the RR set). RR set i is a reverse BFS
 * from its root over the arcs that are live in a world drawn from the law of run `firstRun + i`'s
 * live arcs. With `draws: 'coins'` that world is run firstRun + i's own (the model's coins, the same
 * keys as liveEdgeSamples.ts and independentCascade.ts); with 'skip' the same law is drawn with one
 * uniform per live arc and per person searched (rrLiveDraws.ts, proven and tested there), the
 * default where at least a quarter of roots have no live in-arc (defaultDraws):
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
 * (Dijkstra for max-min paths, with a bucket queue). Without decay every live arc fires at every
 * level: a plain reverse BFS, horizon ignored, as the no-decay reduction of liveEdgeSamples.ts
 * (exact when cascades end before the last step).
 *
 * Speed: the in-arcs are read from reverseLiveArcs.ts (arc id, visibility cut, level-0 share cut and
 * source packed side by side, and the block's products of death for skipping), so an arc's liveness
 * is decided before its source's mark is read (a cache miss at a million people); a root with no
 * live in-arc — the usual set when sharing is subcritical, one uniform against allDead(root) when
 * skipping — returns at once, without marks or bucket queue; the run's keys are
 * derived once per set (rrRunKeys.ts). The decay search uses a bucket queue over the integer labels
 * 0 … L (labels only fall, so buckets are emptied from L down; it stops when none is pending), a
 * node's stamp and label share a cache line, and no allocation happens per set: one scratch queue
 * holds the set, which the store copies (rrSetStore.ts: flat sets, singletons as per-person counts).
 * A sampler is a pure function of (graph, rule, root, run), so sets made in worker threads from the
 * same inputs are the same sets.
 */
import type { Graph } from '../graph';
import type { StreamKey } from '../random';
import { CASCADE_COIN_PURPOSES, DIVIDEND_COIN_PURPOSES, RRRunKeys, SKIP_PURPOSES } from './rrRunKeys';
import { PreparedRuns } from './rrPreparedRuns';
import type { LiveArcRule } from './liveArcRule';
import { defaultDraws, liveInArcsByCoins, liveInArcsBySkipping, type RRDraws } from './rrLiveDraws';

export { defaultDraws, SKIP_WHEN_ALONE, type RRDraws } from './rrLiveDraws';
import { ARC_WORDS, ENGAGED, KIND_SHIFT, NODE_WORDS, reverseLiveArcs, SOURCE, SOURCE_MASK, type ReverseLiveArcs } from './reverseLiveArcs';

export { PREPARE_BATCH } from './rrPreparedRuns';
import type { RRSetStore } from './rrSetStore';

export { MAX_RR_INTS, RRCapError, RRSetStore } from './rrSetStore';
export { cascadeArcRule, dividendArcRule, type LiveArcRule } from './liveArcRule';

const TWO_POW_32 = 4294967296;
/** Label of a node already in the RR set (below any real label, so never relaxed again). */
const SETTLED = -0x7fffffff;

/** Draws RR sets for run indices; a pure function of (graph, rule, root, run). */
export class RRSampler {
  readonly n: number;
  /** How live in-arcs are drawn (RRDraws; by default defaultDraws of the layout). */
  readonly draws: RRDraws;
  readonly rev: ReverseLiveArcs;
  /** No decay: stamp per node. Decay: [stamp, label] per node, side by side. */
  private readonly marks: Int32Array;
  private readonly queue: Int32Array;
  private stampValue = 0;
  /** Decay search: bucket queue, bucketHead[ℓ] → entry, entryNode/entryNext linked lists. */
  private readonly bucketHead: Int32Array;
  private entryNode = new Int32Array(1024);
  private entryNext = new Int32Array(1024);
  private entries = 0;
  /** Sum of the records read ahead (kept so that the reads are not optimised away). */
  touched = 0;
  /** Size of the last set drawn. */
  private size = 0;
  /** The live in-arcs of the person searched last: in-arc slots and share coins (rrLiveDraws.ts). */
  private readonly liveSlots: Int32Array;
  private readonly liveCoins: Uint32Array;
  /** The keys and roots of runs, derived ahead in batches (rrPreparedRuns.ts). */
  private readonly runs: PreparedRuns;

  /** From a graph (builds the reverse layout) or from a layout built elsewhere (a worker's shared copy). */
  constructor(
    graph: Graph | ReverseLiveArcs,
    private readonly rule: LiveArcRule,
    private readonly root: StreamKey,
    draws?: RRDraws,
  ) {
    this.rev = 'packed' in graph ? graph : reverseLiveArcs(graph, rule);
    this.draws = draws ?? defaultDraws(this.rev);
    this.n = this.rev.nodeCount;
    this.marks = new Int32Array(rule.base === null ? this.n : 2 * this.n);
    this.queue = new Int32Array(this.n);
    // Every bucket is empty (-1) between sets: a search ends only once it has popped every entry.
    this.bucketHead = new Int32Array(rule.base === null ? 0 : rule.horizon + 1).fill(-1);
    const skip = this.draws === 'skip';
    const purposes = skip ? SKIP_PURPOSES : rule.kind === 'independent-cascade' ? CASCADE_COIN_PURPOSES : DIVIDEND_COIN_PURPOSES;
    this.runs = new PreparedRuns(new RRRunKeys(root, purposes), this.rev, skip);
    let maxIn = 1;
    for (let j = 0; j < this.n; j++) maxIn = Math.max(maxIn, this.rev.offsets[j + 1] - this.rev.offsets[j]);
    this.liveSlots = new Int32Array(maxIn);
    this.liveCoins = new Uint32Array(maxIn);
  }

  /** Integers of scratch held by the sampler (the reverse layout is counted by reverseArcInts). */
  get scratchInts(): number {
    return this.marks.length + this.queue.length + this.bucketHead.length + 2 * this.entryNode.length + 2 * this.liveSlots.length;
  }

  /** The root of run `run`'s RR set: uniform over all n nodes. */
  rootOf(run: number): number {
    return this.runs.load(run);
  }

  /** Derive the keys and roots of runs from … from + count − 1 ahead (rrPreparedRuns.ts); results do not change. */
  prepare(from: number, count: number): void {
    this.runs.prepare(from, count);
  }

  /** The set drawn last (a view of scratch, valid until the next draw). */
  get lastSet(): Int32Array {
    return this.queue.subarray(0, this.size);
  }

  /** Copy the set drawn last into `into` from `at` (no view is made: this runs for every set of a chunk). */
  copyLastSet(into: Int32Array, at: number): void {
    const { queue, size } = this;
    for (let i = 0; i < size; i++) into[at + i] = queue[i];
  }

  /** Append the RR set of run `run` to `store`; returns its size. */
  append(store: RRSetStore, run: number, othersAllocated: number): number {
    const size = this.sample(run);
    store.add(this.queue, size, othersAllocated);
    return size;
  }

  /** Draw the RR set of run `run` into scratch (lastSet); returns its size. */
  sample(run: number): number {
    this.size = this.rule.base !== null ? this.sampleWithDeadlines(run) : this.sampleLive(run);
    return this.size;
  }

  /** The live in-arcs of y in the current run into liveSlots / liveCoins (rrLiveDraws.ts); returns their number. */
  private liveIn(y: number, withCoins: boolean): number {
    const w = this.runs.current;
    return this.draws === 'skip'
      ? liveInArcsBySkipping(this.rev, w, y, this.liveSlots, this.liveCoins, withCoins)
      : liveInArcsByCoins(this.rev, w, y, this.liveSlots, this.liveCoins, this.rule.kind === 'independent-cascade');
  }

  /** No decay: reverse BFS over live arcs. */
  private sampleLive(run: number): number {
    const { queue, liveSlots } = this;
    const stamp = this.marks;
    const start = this.runs.load(run);
    const packed = this.rev.packed;
    // The usual set when sharing is subcritical: the root alone, found without touching the marks
    // (often already known from prepare, rrPreparedRuns.ts).
    if (this.runs.rootAlone) {
      queue[0] = start;
      return 1;
    }
    let live = this.liveIn(start, false);
    if (live === 0) {
      queue[0] = start;
      return 1;
    }
    const mark = this.nextMark();
    stamp[start] = mark;
    queue[0] = start;
    let head = 0;
    let tail = 1;
    while (head < tail) {
      const j = queue[head++];
      if (head > 1) live = this.liveIn(j, false);
      for (let l = 0; l < live; l++) {
        const i = packed[ARC_WORDS * liveSlots[l] + SOURCE] & SOURCE_MASK;
        // Read i's record now, so that its miss overlaps the miss of i's mark (it is searched soon).
        this.touched += this.rev.nodeInfo[NODE_WORDS * i];
        if (stamp[i] === mark) continue;
        stamp[i] = mark;
        queue[tail++] = i;
      }
    }
    return tail;
  }

  /** A fresh stamp for one set (the marks of earlier sets stay below it; wrapped around by clearing). */
  private nextMark(): number {
    if (++this.stampValue === 0x7fffffff) {
      this.marks.fill(0);
      this.stampValue = 1;
    }
    return this.stampValue;
  }

  /** Push node v into bucket ℓ. */
  private pushBucket(level: number, v: number): void {
    if (this.entries === this.entryNode.length) {
      const node = new Int32Array(2 * this.entries);
      const next = new Int32Array(2 * this.entries);
      node.set(this.entryNode);
      next.set(this.entryNext);
      this.entryNode = node;
      this.entryNext = next;
    }
    const at = this.entries++;
    this.entryNode[at] = v;
    this.entryNext[at] = this.bucketHead[level];
    this.bucketHead[level] = at;
  }

  /** The decay case: reverse bottleneck search (module comment) with a bucket queue. */
  private sampleWithDeadlines(run: number): number {
    const { rule, rev, queue, marks, bucketHead, liveSlots, liveCoins } = this;
    const start = this.runs.load(run);
    const trustLift = rule.shareByTie;
    const base = rule.base!;
    const maxDeadline = base.length - 1;
    const { packed, nodeInfo } = rev;
    const horizon = rule.horizon;
    let tail = 0;
    if (horizon < 0) return 0;
    // The usual set when sharing is subcritical: no in-arc of the root is live, so the set is the
    // root alone — found without touching the marks or the bucket queue (a cache miss each).
    const rootLive = horizon === 0 || this.runs.rootAlone ? 0 : this.liveIn(start, true);
    if (rootLive === 0) {
      queue[0] = start;
      return 1;
    }
    const mark = this.nextMark();
    // marks[2x] === mark: x has a label marks[2x+1]; settled nodes have label SETTLED. Entry -1 ends a bucket.
    this.entries = 0;
    marks[2 * start] = mark;
    marks[2 * start + 1] = horizon;
    this.pushBucket(horizon, start);
    // Entries pushed and not yet popped: at 0 every bucket is empty and the search is over.
    let pending = 1;
    for (let f = horizon; f >= 0 && pending > 0; f--) {
      while (bucketHead[f] >= 0) {
        const entry = bucketHead[f];
        bucketHead[f] = this.entryNext[entry];
        pending--;
        const y = this.entryNode[entry];
        if (marks[2 * y + 1] !== f) continue;
        marks[2 * y + 1] = SETTLED;
        queue[tail++] = y;
        if (f === 0) continue;
        const want = f - 1;
        // The root is settled first, before any other block is drawn into the scratch lists.
        const live = y === start ? rootLive : this.liveIn(y, true);
        const eng = nodeInfo[NODE_WORDS * y + ENGAGED];
        for (let l = 0; l < live; l++) {
          const e = liveSlots[l];
          const word = packed[ARC_WORDS * e + SOURCE];
          const x = word & SOURCE_MASK;
          // Read x's record now, so that its miss overlaps the miss of x's mark (it is searched soon).
          this.touched += nodeInfo[NODE_WORDS * x];
          // Settled (label SETTLED) or already labelled at least as deep as this arc could make it.
          if (marks[2 * x] === mark) {
            const label = marks[2 * x + 1];
            if (label === SETTLED || label >= want) continue;
          }
          const coin = liveCoins[l];
          const tl = trustLift[word >>> KIND_SHIFT];
          // Deepest firing level, capped at want (the chance only falls with the level; level 0 fires: the arc is live).
          let lo = 0;
          let hi = want < maxDeadline ? want : maxDeadline;
          while (lo < hi) {
            const mid = (lo + hi + 1) >> 1;
            if (firesAt(base[mid], tl, eng, coin)) lo = mid;
            else hi = mid - 1;
          }
          if (marks[2 * x] === mark && marks[2 * x + 1] >= lo) continue;
          marks[2 * x] = mark;
          marks[2 * x + 1] = lo;
          this.pushBucket(lo, x);
          pending++;
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
