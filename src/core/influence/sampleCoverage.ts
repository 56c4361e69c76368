/**
 * The current seed set's reach in every live-edge sample, and the marginal gain of one more seed.
 *
 * Per (sample, node) one state byte: COVERED (reachable from the chosen seeds), and the hub
 * marks below. The covered set of a sample is closed under reachability, so the marginal gain
 * of v in a sample is a BFS from v that neither counts nor expands covered nodes: its cost is the
 * part of v's reach that is new, not its whole reach.
 *
 * Hub pruning (Ohsaka et al., "Fast and accurate influence maximization on large networks with
 * pruned Monte-Carlo simulations", AAAI 2014): above the tipping point a live subgraph has one
 * giant strongly connected component, and almost every node that reaches it reaches the same
 * thousands of nodes. Each sample's hub h is a node of its largest strongly connected component;
 * D(h) (the nodes h reaches) and A(h) (the nodes that reach h) are marked. While h is not
 * covered, a node v of A(h) reaches all of D(h): its gain is |D(h) \ covered| (kept as a counter)
 * plus a BFS that also stops at D(h). Without this, the first round alone would walk the giant
 * component once per node and sample (10k × 200 × thousands of nodes). In the first round, nodes
 * of one strongly connected component share one BFS (they reach the same nodes).
 */
import type { LiveEdgeSamples } from './liveEdgeSamples';
import { StrongComponents } from './strongComponents';

const COVERED = 1;
/** The node is in D(h): the sample's hub reaches it. */
const IN_HUB_REACH = 2;
/** The node is in A(h): it reaches the sample's hub. */
const REACHES_HUB = 4;

export class SampleCoverage {
  readonly nodeCount: number;
  readonly sampleCount: number;
  /** Hub of each sample. */
  readonly hubs: Int32Array;
  /** |D(hub) \ covered| per sample; 0 once the hub is covered. */
  private readonly hubLeft: Int32Array;
  /** Covered nodes per sample. */
  readonly covered: Int32Array;
  private readonly state: Uint8Array;
  private readonly offsets: Int32Array;
  private readonly targets: Int32Array;
  private readonly stamp: Int32Array;
  private readonly queue: Int32Array;
  private epoch = 0;
  private readonly components: StrongComponents;
  /** First-round gain per component of the current sample (−1 = not computed yet). */
  private readonly memo: Int32Array;

  constructor(samples: LiveEdgeSamples) {
    const n = samples.nodeCount;
    const count = samples.sampleCount;
    this.nodeCount = n;
    this.sampleCount = count;
    this.offsets = samples.offsets;
    this.targets = samples.targets;
    this.state = new Uint8Array(n * count);
    this.hubs = new Int32Array(count);
    this.hubLeft = new Int32Array(count);
    this.covered = new Int32Array(count);
    this.stamp = new Int32Array(n);
    this.queue = new Int32Array(n);
    const reverse = new ReverseScratch(n);
    this.components = new StrongComponents(n);
    this.memo = new Int32Array(n);
    for (let s = 0; s < count; s++) {
      this.components.compute(this.offsets, this.targets, s * (n + 1));
      this.markHub(s, this.components.largestMember, reverse);
    }
  }

  /**
   * Gains of every candidate in sample s with no seed chosen yet, into out[c] for candidates[c];
   * nodes of one strongly connected component share one BFS. Call before any `add`.
   */
  firstGainsInSample(s: number, candidates: Int32Array, out: Int32Array): void {
    const n = this.nodeCount;
    const components = this.components;
    components.compute(this.offsets, this.targets, s * (n + 1));
    const component = components.component;
    const memo = this.memo;
    memo.fill(-1, 0, components.count);
    for (let c = 0; c < candidates.length; c++) {
      const v = candidates[c];
      const id = component[v];
      let g = memo[id];
      if (g < 0) g = memo[id] = this.gainInSample(s, v);
      out[c] = g;
    }
  }

  /** Total over samples of the nodes v would newly cover (σ(S ∪ {v}) − σ(S), times the sample count). */
  gain(v: number): number {
    let total = 0;
    for (let s = 0; s < this.sampleCount; s++) total += this.gainInSample(s, v);
    return total;
  }

  /** Nodes v would newly cover in sample s. */
  gainInSample(s: number, v: number): number {
    const n = this.nodeCount;
    const state = this.state;
    const base = s * n;
    const st = state[base + v];
    if (st & COVERED) return 0;
    const hubLeft = this.hubLeft[s];
    const viaHub = hubLeft > 0 && (st & REACHES_HUB) !== 0;
    // v reaches the hub and the hub reaches v: v is in the hub's component, same reach.
    if (viaHub && st & IN_HUB_REACH) return hubLeft;
    const block = viaHub ? COVERED | IN_HUB_REACH : COVERED;
    const { offsets, targets, stamp, queue } = this;
    const row = s * (n + 1);
    const epoch = this.nextEpoch();
    stamp[v] = epoch;
    queue[0] = v;
    let head = 0;
    let tail = 1;
    while (head < tail) {
      const u = queue[head++];
      const end = offsets[row + u + 1];
      for (let a = offsets[row + u]; a < end; a++) {
        const w = targets[a];
        if (stamp[w] === epoch || state[base + w] & block) continue;
        stamp[w] = epoch;
        queue[tail++] = w;
      }
    }
    return viaHub ? hubLeft + tail : tail;
  }

  /** Add v to the seed set: cover its reach in every sample. Returns the total newly covered. */
  add(v: number): number {
    let total = 0;
    for (let s = 0; s < this.sampleCount; s++) total += this.addInSample(s, v);
    return total;
  }

  private addInSample(s: number, v: number): number {
    const n = this.nodeCount;
    const state = this.state;
    const base = s * n;
    if (state[base + v] & COVERED) return 0;
    const { offsets, targets, queue } = this;
    const row = s * (n + 1);
    let inHubReach = 0;
    state[base + v] |= COVERED;
    queue[0] = v;
    let head = 0;
    let tail = 1;
    while (head < tail) {
      const u = queue[head++];
      if (state[base + u] & IN_HUB_REACH) inHubReach++;
      const end = offsets[row + u + 1];
      for (let a = offsets[row + u]; a < end; a++) {
        const w = targets[a];
        if (state[base + w] & COVERED) continue;
        state[base + w] |= COVERED;
        queue[tail++] = w;
      }
    }
    this.hubLeft[s] -= inHubReach;
    this.covered[s] += tail;
    return tail;
  }

  /** Whether node v is covered in sample s. */
  isCovered(s: number, v: number): boolean {
    return (this.state[s * this.nodeCount + v] & COVERED) !== 0;
  }

  private nextEpoch(): number {
    if (this.epoch === 0x7fffffff) {
      this.stamp.fill(0);
      this.epoch = 0;
    }
    return ++this.epoch;
  }

  /** Choose sample s's hub and mark D(hub) forwards and A(hub) backwards. */
  private markHub(s: number, hub: number, reverse: ReverseScratch): void {
    const n = this.nodeCount;
    const { offsets, targets, state, queue } = this;
    const row = s * (n + 1);
    const base = s * n;
    const lo = offsets[row];
    const hi = offsets[row + n];
    this.hubs[s] = hub;

    // Forward: D(hub).
    state[base + hub] |= IN_HUB_REACH;
    queue[0] = hub;
    let head = 0;
    let tail = 1;
    while (head < tail) {
      const u = queue[head++];
      const end = offsets[row + u + 1];
      for (let a = offsets[row + u]; a < end; a++) {
        const w = targets[a];
        if (state[base + w] & IN_HUB_REACH) continue;
        state[base + w] |= IN_HUB_REACH;
        queue[tail++] = w;
      }
    }
    this.hubLeft[s] = tail;

    // Backward: A(hub), over the sample's reversed arcs (counting sort into reverse CSR).
    const inDegree = reverse.offsets;
    inDegree.fill(0);
    for (let a = lo; a < hi; a++) inDegree[targets[a] + 1]++;
    for (let v = 0; v < n; v++) inDegree[v + 1] += inDegree[v];
    const sources = reverse.sourcesFor(hi - lo);
    const cursor = reverse.cursor;
    cursor.set(inDegree.subarray(0, n));
    for (let u = 0; u < n; u++) {
      const end = offsets[row + u + 1];
      for (let a = offsets[row + u]; a < end; a++) sources[cursor[targets[a]]++] = u;
    }
    state[base + hub] |= REACHES_HUB;
    queue[0] = hub;
    head = 0;
    tail = 1;
    while (head < tail) {
      const u = queue[head++];
      const end = inDegree[u + 1];
      for (let b = inDegree[u]; b < end; b++) {
        const w = sources[b];
        if (state[base + w] & REACHES_HUB) continue;
        state[base + w] |= REACHES_HUB;
        queue[tail++] = w;
      }
    }
  }
}

/** Reused buffers for one sample's reversed arcs. */
class ReverseScratch {
  readonly offsets: Int32Array;
  readonly cursor: Int32Array;
  private sources = new Int32Array(1024);

  constructor(n: number) {
    this.offsets = new Int32Array(n + 1);
    this.cursor = new Int32Array(n);
  }

  sourcesFor(arcs: number): Int32Array {
    if (this.sources.length < arcs) this.sources = new Int32Array(arcs);
    return this.sources;
  }
}
