/**
 * Coverage of the current seed set when novelty decays: every live arc has a deadline (the
 * deepest level it fires from, liveEdgeSamples.ts) and only levels 0 … L count, so what a node
 * reaches depends on the level it is reached at. Per (sample, node) the state is the level at
 * which the chosen seeds reach it (UNCOVERED if they do not).
 *
 * Marginal gain of v in a sample: a level-by-level BFS from v that skips a node w whenever the
 * seeds already reach w at a level ≤ v's: from a lower level at least the same arcs fire, so all
 * that v could reach through w is covered. Nodes covered at a deeper level are walked through but
 * not counted.
 *
 * First round: no seeds yet, so nothing prunes; the hub trick of sampleCoverage.ts, extended
 * to levels. Per sample the hub h is the node of the largest strongly connected component with
 * the most live in × out arcs, and for each start level δ = 0 … Δ a BFS from h entered at level δ
 * records the level hubLevel_δ(w) of every node it reaches, and their number size_δ. When v's BFS
 * finds h at level δ ≤ Δ, v reaches all of those size_δ nodes, and a node w with
 * hubLevel_δ(w) ≤ v's level of w need not be expanded (h's route does at least as well); v's gain
 * is size_δ plus the nodes it found that h's route misses. The tables cover only the current
 * sample (the first round runs sample by sample): Δ + 1 rows of n levels.
 * With strong decay, reach is local and the trick saves little (~20% on the key-people preset:
 * the first round costs about one BFS of a node's own reach per node and sample); with slow
 * decay it saves the walk over the giant component, as without decay.
 */
import type { LiveEdgeSamples } from './liveEdgeSamples';
import { StrongComponents } from './strongComponents';

/** Level of a node that is not reached. */
const UNCOVERED = 0xffff;
/** Most hub start levels tabulated (first round): levels × nodes Uint16, reused per sample. */
const MAX_HUB_LEVELS = 48;
/** Cap on the hub tables' size (entries); fewer levels on huge networks. */
const HUB_TABLE_BUDGET = 8_000_000;

export class DepthCoverage {
  readonly nodeCount: number;
  readonly sampleCount: number;
  /** Sharers are levels 0 … horizon; a negative horizon means the seeds never post. */
  readonly horizon: number;
  private readonly offsets: Int32Array;
  private readonly targets: Int32Array;
  private readonly deadlines: Uint16Array;
  /** Level at which the seeds reach each node, per sample (UNCOVERED = not reached). */
  private readonly level: Uint16Array;
  private readonly stamp: Int32Array;
  private readonly depth: Uint16Array;
  private readonly queue: Int32Array;
  private epoch = 0;
  // First-round hub tables (allocated on first use, reused for every sample).
  private hubLevel: Uint16Array | null = null;
  private hubSize: Int32Array | null = null;
  private hubRows = 0;
  private components: StrongComponents | null = null;

  constructor(samples: LiveEdgeSamples) {
    if (samples.deadlines === null) throw new Error('DepthCoverage needs arc deadlines (novelty decay)');
    const n = samples.nodeCount;
    this.nodeCount = n;
    this.sampleCount = samples.sampleCount;
    this.horizon = samples.horizon;
    this.offsets = samples.offsets;
    this.targets = samples.targets;
    this.deadlines = samples.deadlines;
    this.level = new Uint16Array(n * samples.sampleCount).fill(UNCOVERED);
    this.stamp = new Int32Array(n);
    this.depth = new Uint16Array(n);
    this.queue = new Int32Array(n);
  }

  /** Total over samples of the nodes v would newly cover. */
  gain(v: number): number {
    let total = 0;
    for (let s = 0; s < this.sampleCount; s++) total += this.gainInSample(s, v);
    return total;
  }

  /** Nodes v would newly cover in sample s. */
  gainInSample(s: number, v: number): number {
    const L = this.horizon;
    const n = this.nodeCount;
    const base = s * n;
    const level = this.level;
    if (L < 0 || level[base + v] === 0) return 0;
    const { offsets, targets, deadlines, stamp, depth, queue } = this;
    const row = s * (n + 1);
    const epoch = this.nextEpoch();
    stamp[v] = epoch;
    depth[v] = 0;
    queue[0] = v;
    let gained = level[base + v] === UNCOVERED ? 1 : 0;
    let head = 0;
    let tail = 1;
    while (head < tail) {
      const u = queue[head++];
      const d = depth[u];
      if (d >= L) continue;
      const next = d + 1;
      const end = offsets[row + u + 1];
      for (let a = offsets[row + u]; a < end; a++) {
        if (deadlines[a] < d) continue;
        const w = targets[a];
        if (stamp[w] === epoch) continue;
        const lw = level[base + w];
        if (lw <= next) continue; // the seeds do at least as well from w
        stamp[w] = epoch;
        depth[w] = next;
        queue[tail++] = w;
        if (lw === UNCOVERED) gained++;
      }
    }
    return gained;
  }

  /** Add v to the seed set in every sample. Returns the total newly covered. */
  add(v: number): number {
    let total = 0;
    for (let s = 0; s < this.sampleCount; s++) total += this.addInSample(s, v);
    return total;
  }

  private addInSample(s: number, v: number): number {
    const L = this.horizon;
    const n = this.nodeCount;
    const base = s * n;
    const level = this.level;
    if (L < 0 || level[base + v] === 0) return 0;
    const { offsets, targets, deadlines, queue } = this;
    const row = s * (n + 1);
    let gained = level[base + v] === UNCOVERED ? 1 : 0;
    level[base + v] = 0;
    queue[0] = v;
    let head = 0;
    let tail = 1;
    while (head < tail) {
      const u = queue[head++];
      const d = level[base + u];
      if (d >= L) continue;
      const next = d + 1;
      const end = offsets[row + u + 1];
      for (let a = offsets[row + u]; a < end; a++) {
        if (deadlines[a] < d) continue;
        const w = targets[a];
        const lw = level[base + w];
        if (lw <= next) continue; // also marks w as visited once lowered
        if (lw === UNCOVERED) gained++;
        level[base + w] = next;
        queue[tail++] = w;
      }
    }
    return gained;
  }

  /** Level at which the seeds reach v in sample s, or null when they do not. */
  levelOf(s: number, v: number): number | null {
    const l = this.level[s * this.nodeCount + v];
    return l === UNCOVERED ? null : l;
  }

  /**
   * Gains of every candidate in sample s with no seed chosen yet, into out[c] for candidates[c]
   * (hub tables, see the module comment). Call before any `add`.
   */
  firstGainsInSample(s: number, candidates: Int32Array, out: Int32Array): void {
    const n = this.nodeCount;
    const L = this.horizon;
    if (L < 0) {
      out.fill(0, 0, candidates.length);
      return;
    }
    if (this.hubLevel === null) {
      this.hubRows = Math.max(1, Math.min(MAX_HUB_LEVELS, L + 1, Math.floor(HUB_TABLE_BUDGET / Math.max(1, n))));
      this.hubLevel = new Uint16Array(this.hubRows * n);
      this.hubSize = new Int32Array(this.hubRows);
      this.components = new StrongComponents(n);
    }
    const row = s * (n + 1);
    this.components!.compute(this.offsets, this.targets, row);
    const hub = this.components!.bestHub(this.offsets, this.targets, row);
    this.hubLevel.fill(UNCOVERED);
    for (let delta = 0; delta < this.hubRows; delta++) this.hubSize![delta] = this.hubTable(s, hub, delta, delta * n);
    for (let c = 0; c < candidates.length; c++) out[c] = this.firstGain(s, candidates[c], hub);
  }

  /** BFS from `hub` entered at level `delta`: writes levels into hubLevel[at + w]; returns the count. */
  private hubTable(s: number, hub: number, delta: number, at: number): number {
    const L = this.horizon;
    const n = this.nodeCount;
    const { offsets, targets, deadlines, queue } = this;
    const table = this.hubLevel!;
    const row = s * (n + 1);
    table[at + hub] = delta;
    queue[0] = hub;
    let head = 0;
    let tail = 1;
    while (head < tail) {
      const u = queue[head++];
      const d = table[at + u];
      if (d >= L) continue;
      const end = offsets[row + u + 1];
      for (let a = offsets[row + u]; a < end; a++) {
        if (deadlines[a] < d) continue;
        const w = targets[a];
        if (table[at + w] !== UNCOVERED) continue;
        table[at + w] = d + 1;
        queue[tail++] = w;
      }
    }
    return tail;
  }

  /** v's gain with no seeds, pruned by the hub's table once its BFS meets the hub. */
  private firstGain(s: number, v: number, hub: number): number {
    const L = this.horizon;
    const n = this.nodeCount;
    const rows = this.hubRows;
    const { offsets, targets, deadlines, stamp, depth, queue } = this;
    const table = this.hubLevel!;
    const row = s * (n + 1);
    const epoch = this.nextEpoch();
    stamp[v] = epoch;
    depth[v] = 0;
    queue[0] = v;
    // The table row in use: v's level of the hub; −1 until the hub is met at a tabulated level.
    let delta = v === hub ? 0 : -1;
    let at = 0;
    let head = 0;
    let tail = 1;
    while (head < tail) {
      const u = queue[head++];
      const d = depth[u];
      if (d >= L) continue;
      if (delta >= 0 && table[at + u] <= d) continue; // the hub's route reaches u as early
      const next = d + 1;
      const end = offsets[row + u + 1];
      for (let a = offsets[row + u]; a < end; a++) {
        if (deadlines[a] < d) continue;
        const w = targets[a];
        if (stamp[w] === epoch || (delta >= 0 && table[at + w] <= next)) continue;
        stamp[w] = epoch;
        depth[w] = next;
        queue[tail++] = w;
        if (w === hub && delta < 0 && next < rows) {
          delta = next;
          at = delta * n;
        }
      }
    }
    if (delta < 0) return tail;
    // The hub's nodes, plus the nodes v found that the hub's route (entered at v's level of it) misses.
    let gained = this.hubSize![delta];
    for (let q = 0; q < tail; q++) if (table[at + queue[q]] === UNCOVERED) gained++;
    return gained;
  }

  private nextEpoch(): number {
    if (this.epoch === 0x7fffffff) {
      this.stamp.fill(0);
      this.epoch = 0;
    }
    return ++this.epoch;
  }
}
