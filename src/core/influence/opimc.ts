/**
 * OPIM-C (Tang, Tang, Xiao & Yuan, SIGMOD 2018): seeds with a stated guarantee from reverse-reachable
 * sets. With probability at least 1 − δ the returned set S has σ(S) ≥ α · OPT, where α is the
 * *reported* instance-specific ratio, and α ≥ 1 − 1/e − ε whenever the run was not stopped by the
 * memory cap (it then ran to θ_max, the worst-case number of sets).
 *
 * Why OPIM-C and not IMM (Tang, Shi & Xiao 2015): IMM sizes its sample from a lower bound of OPT
 * found by a doubling search and then draws the worst-case θ = λ* / LB sets; in the low-virality
 * regime of the dividend model (OPT/n ≈ 10⁻⁴) that is ~10⁸–10⁹ sets. OPIM-C draws two independent
 * collections R1 (selection) and R2 (validation), doubles them, and stops as soon as the proven
 * ratio σ_lower(S on R2) / σ_upper(OPT from R1) reaches 1 − 1/e − ε — usually orders of magnitude
 * earlier — and its guarantee needs no fix (IMM's reuse of its search sets needed one: Chen 2018).
 *
 * Bounds (Algorithm 2 of the paper; a = ln(3·i_max/δ)):
 *   θ_max = 2n((1−1/e)√ln(6/δ) + √((1−1/e)(ln C(n,k) + ln(6/δ))))² / (ε²k),  θ_0 = θ_max·ε²k/n,
 *   σ_lower(S)  = ((√(Λ2(S) + 2a/9) − √(a/2))² − a/18) · n/|R2|,
 *   σ_upper(OPT) = (√(Λ1u + a/2) + √(a/2))² · n/|R1|,
 * Λ2(S) = sets of R2 that S meets; Λ1u = min over greedy prefixes S_i of Λ1(S_i) + the k largest
 * marginal coverages w.r.t. S_i (an upper bound of OPT's coverage on R1, by submodularity).
 * n counts every node (the root may be a KOL account); candidates exclude KOL accounts, so OPT
 * is the best set of k ordinary accounts.
 */
import type { Graph } from '../graph';
import { log } from '../portableMath';
import { InfluenceCancelledError } from './liveEdgeSamples';
import { RRCapError, RRSampler, RRSetStore, MAX_RR_INTS, type LiveArcRule } from './rrSets';
import type { StreamKey } from '../random';

export const OPIMC_DEFAULTS = {
  /** ε: the guarantee is 1 − 1/e − ε ≈ 0.532 at 0.1. */
  epsilon: 0.1,
  /** δ: failure probability; null = 1/n (the convention of IMM and OPIM-C). */
  delta: null as number | null,
  /** Run index of the first RR set (R1 uses firstRun + 2i, R2 firstRun + 2i + 1). */
  firstRun: 1_000_000,
  /** Integer cap of all RR-set storage (sets, inverted index, reverse arcs, scratch). */
  maxInts: MAX_RR_INTS,
};

const ONE_MINUS_INV_E = 1 - 0.36787944117144233;

export interface OpimcOptions {
  k: number;
  epsilon?: number;
  delta?: number | null;
  firstRun?: number;
  maxInts?: number;
  /** Candidate seeds (ordinary accounts). */
  candidates: Int32Array;
  onProgress?: (sets: number, ratio: number) => void;
  cancelled?: () => boolean;
}

export interface OpimcResult {
  seeds: number[];
  /** Estimated marginal sharers of each seed on R1 (n × newly covered / |R1|). */
  marginalGains: number[];
  /** Unbiased estimate of σ(S) on the validation sets R2 (n × Λ2 / |R2|). */
  expectedShared: number;
  /** Lower bound of σ(S) with the stated confidence. */
  lowerBound: number;
  /** Upper bound of OPT with the stated confidence (the bound the ratio is taken against). */
  upperBoundOpt: number;
  /** Lower bound of OPT implied: max(lowerBound, …) — σ(S) ≤ OPT, so lowerBound also bounds OPT below. */
  lowerBoundOpt: number;
  /** Proven ratio α = lowerBound / upperBoundOpt: σ(S) ≥ α·OPT with probability ≥ 1 − δ. */
  ratio: number;
  /** The target 1 − 1/e − ε. */
  target: number;
  /**
   * The stated guarantee: max(ratio, target) — at the last doubling round θ_max sets were drawn,
   * which proves the target by OPIM-C's worst-case argument — or ratio alone when capped.
   */
  guaranteed: number;
  epsilon: number;
  delta: number;
  /** RR sets drawn (R1 + R2). */
  sets: number;
  /** Mean RR-set size (nodes). */
  meanSetSize: number;
  /** Doubling rounds used / allowed. */
  rounds: number;
  maxRounds: number;
  thetaMax: number;
  /** True when the memory cap stopped the doubling before the target ratio was proven. */
  capped: boolean;
  /** Peak integers held. */
  peakInts: number;
}

/** ln C(n, k) with portable logs. */
export function logBinomial(n: number, k: number): number {
  let s = 0;
  for (let i = 0; i < k; i++) s += log((n - i) / (i + 1));
  return s;
}

/** OPIM-C seeds for a live-arc rule (see module comment). */
export function opimcSeeds(graph: Graph, rule: LiveArcRule, root: StreamKey, options: OpimcOptions): OpimcResult {
  const n = graph.nodeCount;
  const candidates = options.candidates;
  const k = Math.min(options.k, candidates.length);
  const epsilon = options.epsilon ?? OPIMC_DEFAULTS.epsilon;
  const delta = options.delta ?? 1 / n;
  if (!(epsilon > 0 && epsilon < 1)) throw new RangeError('epsilon: must be in (0, 1)');
  if (!(delta > 0 && delta < 1)) throw new RangeError('delta: must be in (0, 1)');
  const maxInts = options.maxInts ?? OPIMC_DEFAULTS.maxInts;
  const firstRun = options.firstRun ?? OPIMC_DEFAULTS.firstRun;
  const target = ONE_MINUS_INV_E - epsilon;

  const lnCnk = logBinomial(n, Math.max(1, k));
  const l6 = log(6 / delta);
  const root2 = ONE_MINUS_INV_E * Math.sqrt(l6) + Math.sqrt(ONE_MINUS_INV_E * (lnCnk + l6));
  const thetaMax = (2 * n * root2 * root2) / (epsilon * epsilon * Math.max(1, k));
  const theta0 = Math.max(1, Math.ceil((thetaMax * epsilon * epsilon * Math.max(1, k)) / n));
  const maxRounds = Math.max(1, Math.ceil(log(thetaMax / theta0) / log(2)));
  const a = log((3 * maxRounds) / delta);

  const sampler = new RRSampler(graph, rule, root);
  const r1 = new RRSetStore(maxInts);
  const r2 = new RRSetStore(maxInts);
  // Inverted index and greedy scratch: counted against the cap with the sets.
  const fixedInts = sampler.ownInts + 3 * n;
  let peakInts = fixedInts;
  const held = (extra = 0) => fixedInts + r1.allocated + r2.allocated + extra;

  let best: OpimcResult | null = null;
  let capped = false;
  for (let round = 1; round <= maxRounds; round++) {
    const want = theta0 * 2 ** (round - 1);
    try {
      while (r1.count < want) {
        if ((r1.count & 4095) === 0 && options.cancelled?.()) throw new InfluenceCancelledError();
        sampler.append(r1, firstRun + 2 * r1.count, held() - r1.allocated);
        sampler.append(r2, firstRun + 2 * r2.count + 1, held() - r2.allocated);
      }
      // The inverted index of R1 needs as many integers as R1's nodes, plus offsets.
      if (held(r1.used + n + 1) > maxInts) throw new RRCapError(maxInts);
    } catch (error) {
      if (!(error instanceof RRCapError) || best === null) throw error;
      capped = true;
      break;
    }
    peakInts = Math.max(peakInts, held(r1.used + n + 1));
    const pick = greedyCover(r1, n, k, candidates);
    const lambda2 = coveredSets(r2, pick.seeds, n);
    const lower = Math.max(0, ((Math.sqrt(lambda2 + (2 * a) / 9) - Math.sqrt(a / 2)) ** 2 - a / 18) * (n / r2.count));
    const upper = (Math.sqrt(pick.upperCoverage + a / 2) + Math.sqrt(a / 2)) ** 2 * (n / r1.count);
    const ratio = upper > 0 ? lower / upper : 0;
    best = {
      seeds: pick.seeds,
      marginalGains: pick.gains.map((g) => (g * n) / r1.count),
      expectedShared: (lambda2 * n) / r2.count,
      lowerBound: lower,
      upperBoundOpt: upper,
      lowerBoundOpt: lower,
      ratio,
      target,
      guaranteed: ratio >= target || round === maxRounds ? Math.max(ratio, target) : ratio,
      epsilon,
      delta,
      sets: r1.count + r2.count,
      meanSetSize: (r1.used + r2.used) / (r1.count + r2.count),
      rounds: round,
      maxRounds,
      thetaMax,
      capped: false,
      peakInts,
    };
    options.onProgress?.(best.sets, ratio);
    if (ratio >= target) break;
  }
  return { ...best!, capped, peakInts };
}

interface GreedyCover {
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
function greedyCover(store: RRSetStore, n: number, k: number, candidates: Int32Array): GreedyCover {
  const { nodes, offsets, count } = store;
  const used = offsets[count];
  const gain = new Int32Array(n);
  for (let e = 0; e < used; e++) gain[nodes[e]]++;
  const indexOff = new Int32Array(n + 1);
  for (let v = 0; v < n; v++) indexOff[v + 1] = indexOff[v] + gain[v];
  const fill = indexOff.slice(0, n);
  const index = new Int32Array(used);
  for (let s = 0; s < count; s++) for (let e = offsets[s]; e < offsets[s + 1]; e++) index[fill[nodes[e]]++] = s;
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
  }
  return { seeds, gains, upperCoverage };
}

/** Binary max-heap of float64 keys. */
class LazyHeap {
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

/** Sets of `store` that contain at least one of `seeds`. */
function coveredSets(store: RRSetStore, seeds: number[], n: number): number {
  const isSeed = new Uint8Array(n);
  for (const v of seeds) isSeed[v] = 1;
  let hit = 0;
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
