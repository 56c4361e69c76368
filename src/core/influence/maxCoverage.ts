/**
 * Greedy maximum coverage over RR sets for OPIM-C (opimc.ts): the seeds, their marginal
 * coverages, an upper bound of the best k-set's coverage, and the coverage of a set on other sets.
 * Singleton sets are per-person counts (rrSetStore.ts) and enter as counts: the same numbers as
 * if each were stored as a set.
 */
import type { RRSetStore } from './rrSetStore';

export interface GreedyCover {
  seeds: number[];
  /** Newly covered R1 sets per seed. */
  gains: number[];
  /** Upper bound of the best k-set's coverage on R1 (see module comment). */
  upperCoverage: number;
}

/** Prefixes S_i at which the k largest marginal coverages are summed: every BOUND_EVERY-th and the last. */
const BOUND_EVERY = 10;

/**
 * Max-coverage greedy over R1 with the inverted index (node → sets containing it) and CELF lazy
 * re-evaluation (a max-heap of gain·2^32 + (2^32 − 1 − node), so ties go to the smaller node and
 * the result equals plain greedy's). For the upper bound Λ1u the k largest marginal coverages are
 * summed at prefixes 0, BOUND_EVERY, 2·BOUND_EVERY, …, k (one scan each; the minimum over any
 * prefixes is a valid bound, fewer prefixes only make it looser).
 */
export function greedyCover(store: RRSetStore, k: number, candidates: Int32Array): GreedyCover {
  const { nodes, offsets, count, singles } = store;
  const n = store.nodeCount;
  const used = offsets[count];
  const gain = new Int32Array(n);
  for (let e = 0; e < used; e++) gain[nodes[e]]++;
  const indexOff = new Int32Array(n + 1);
  for (let v = 0; v < n; v++) indexOff[v + 1] = indexOff[v] + gain[v];
  const fill = indexOff.slice(0, n);
  const index = new Int32Array(used);
  for (let s = 0; s < count; s++) for (let e = offsets[s]; e < offsets[s + 1]; e++) index[fill[nodes[e]]++] = s;
  // A singleton {v} is covered by v alone: it adds to v's gain and to no one else's.
  for (let v = 0; v < n; v++) gain[v] += singles[v];
  const covered = new Uint8Array(count);
  const top = new Float64Array(Math.max(1, k));
  const sumOfTopGains = (): number => {
    top.fill(0);
    for (let c = 0; c < candidates.length; c++) {
      const g = gain[candidates[c]];
      if (g > top[k - 1]) {
        let i = k - 1;
        while (i > 0 && top[i - 1] < g) {
          top[i] = top[i - 1];
          i--;
        }
        top[i] = g;
      }
    }
    let sum = 0;
    for (let i = 0; i < k; i++) sum += top[i];
    return sum;
  };
  const LOW = 4294967295;
  const heap = new LazyHeap(candidates.length);
  for (let c = 0; c < candidates.length; c++) {
    const v = candidates[c];
    if (gain[v] > 0) heap.push(gain[v] * 4294967296 + (LOW - v));
  }
  const seeds: number[] = [];
  const gains: number[] = [];
  let coverage = 0;
  let upperCoverage = Infinity;
  for (let round = 0; round <= k; round++) {
    if (k > 0 && (round % BOUND_EVERY === 0 || round === k)) upperCoverage = Math.min(upperCoverage, coverage + sumOfTopGains());
    if (round === k) break;
    let bestNode = -1;
    while (heap.size > 0) {
      const key = heap.pop();
      const g = Math.floor(key / 4294967296);
      const v = LOW - (key - g * 4294967296);
      if (gain[v] === g) {
        bestNode = v;
        break;
      }
      if (gain[v] > 0) heap.push(gain[v] * 4294967296 + (LOW - v));
    }
    if (bestNode < 0) {
      // Nothing left to cover: fill with the smallest unchosen candidates (gain 0), as plain greedy would.
      const chosen = new Set(seeds);
      for (let c = 0; c < candidates.length && seeds.length < k; c++)
        if (!chosen.has(candidates[c])) {
          seeds.push(candidates[c]);
          gains.push(0);
        }
      break;
    }
    const bestGain = gain[bestNode];
    seeds.push(bestNode);
    gains.push(bestGain);
    coverage += bestGain;
    for (let e = indexOff[bestNode]; e < indexOff[bestNode + 1]; e++) {
      const s = index[e];
      if (covered[s]) continue;
      covered[s] = 1;
      for (let f = offsets[s]; f < offsets[s + 1]; f++) gain[nodes[f]]--;
    }
    gain[bestNode] -= singles[bestNode];
  }
  return { seeds, gains, upperCoverage };
}

/** Binary max-heap of float64 keys (also feeBudgetCover.ts's). */
export class LazyHeap {
  private keys: Float64Array;
  size = 0;
  constructor(capacity: number) {
    this.keys = new Float64Array(Math.max(1, capacity));
  }
  push(key: number): void {
    const h = this.keys;
    let i = this.size++;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (h[parent] >= key) break;
      h[i] = h[parent];
      i = parent;
    }
    h[i] = key;
  }
  pop(): number {
    const h = this.keys;
    const top = h[0];
    const last = h[--this.size];
    let i = 0;
    for (;;) {
      let c = 2 * i + 1;
      if (c >= this.size) break;
      if (c + 1 < this.size && h[c + 1] > h[c]) c++;
      if (h[c] <= last) break;
      h[i] = h[c];
      i = c;
    }
    h[i] = last;
    return top;
  }
}

/** Sets of `store` that contain at least one of `seeds` (singletons {v}: those of v ∈ seeds). */
export function coveredSets(store: RRSetStore, seeds: readonly number[]): number {
  const isSeed = new Uint8Array(store.nodeCount);
  let hit = 0;
  for (const v of seeds) {
    if (isSeed[v] === 0) hit += store.singles[v];
    isSeed[v] = 1;
  }
  for (let s = 0; s < store.count; s++) {
    for (let e = store.offsets[s]; e < store.offsets[s + 1]; e++) {
      if (isSeed[store.nodes[e]]) {
        hit++;
        break;
      }
    }
  }
  return hit;
}
