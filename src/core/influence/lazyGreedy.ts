/**
 * The best seeds for a budget of k seed users: greedy influence maximisation with CELF lazy
 * evaluation (Leskovec et al. 2007) over live-edge samples of the dividend model's sharing.
 *
 * σ(S) = mean over R live-edge samples of the number of sharers S's first wave makes, seeds
 * included: the nodes reachable from S over live arcs, within the levels their deadlines and the
 * horizon allow (see liveEdgeSamples.ts). σ is monotone and submodular (a mean of coverage
 * functions), so greedy — add the node with the largest marginal gain, k times — reaches at least
 * (1 − 1/e) ≈ 63% of the best σ on these samples (Kempe, Kleinberg & Tardos 2003). That is a
 * benchmark, not a guarantee of the optimum: the true best set may do better, and σ is a Monte
 * Carlo estimate of the model without fatigue and without the strategy's later waves.
 *
 * CELF: a gain computed in an earlier round is an upper bound of the current one (submodularity),
 * so only the queue's top is re-evaluated until a top is fresh. Gains are integer totals over the
 * samples and ties are broken by the seeding tie-break hash, so CELF returns exactly the set that
 * plain greedy returns, in the same order. The result is a pure function of the inputs.
 */
import type { DividendModelSpec, DividendStrategySpec } from '../dividend/dividendSpec';
import type { Graph } from '../graph';
import type { StreamKey } from '../random';
import { rankNodes } from '../seeding/rankNodes';
import { tieBreakHashes } from '../seeding/rankOrder';
import { DepthCoverage } from './depthCoverage';
import { GainQueue } from './gainQueue';
import { InfluenceCancelledError, sampleLiveEdges, type LiveEdgeSamples } from './liveEdgeSamples';
import { SampleCoverage } from './sampleCoverage';

export const GREEDY_DEFAULTS = {
  /**
   * Live-edge samples R. Time grows linearly with R; fewer samples let greedy chase lucky coins.
   * 50 keeps greedy k=20 on the 10k-node presets at a few CPU seconds (bench/influence.ts). On
   * the weak-ties-bridged preset (k = 20, judged on 100 dividend runs it did not learn from) its
   * seeds made 1594 sharers with 50 samples, 1654 with 100 and 1667 with 200; degree seeding 1606.
   */
  samples: 50,
  /** Run index of the first sample (sample s is run firstRun + s). */
  firstRun: 0,
  /** Candidates: null = every node; M = only the M nodes of largest audience (faster, documented approximation). */
  candidates: null as number | null,
};

/** Largest number of samples accepted (memory and time grow linearly). */
export const MAX_GREEDY_SAMPLES = 10_000;

export type GreedyPhase = 'samples' | 'gains' | 'seeds' | 'evaluate';

/**
 * Progress: drawing samples (done/total samples), first-round gains (samples), choosing seeds
 * (k done / k), and in compareSeedingToGreedy evaluating every method (dividend runs done / runs).
 */
export interface GreedyProgress {
  phase: GreedyPhase;
  done: number;
  total: number;
}

export interface GreedyHooks {
  onProgress?: (progress: GreedyProgress) => void;
  /** Polled regularly; returning true stops the computation with InfluenceCancelledError. */
  cancelled?: () => boolean;
}

export interface GreedyOptions extends GreedyHooks {
  /** Seed budget. */
  k: number;
  /** Simulated steps of the scenario (the cascade's horizon). */
  steps: number;
  samples?: number;
  firstRun?: number;
  candidates?: number | null;
}

export interface GreedyResult {
  /** The chosen seed users, in greedy order (the first is the best single seed). */
  seeds: number[];
  /** Expected extra sharers brought by each seed, in the same order (live-edge estimate). */
  marginalGains: number[];
  /** σ(seeds): expected sharers of the seed wave, seeds included (live-edge estimate; sum of marginalGains). */
  expectedShared: number;
  /** Live-edge samples R used. */
  samples: number;
  /** Candidate nodes considered. */
  candidates: number;
  /**
   * Gain evaluations made, in whole-node units: the first round's one per candidate, then the
   * per-sample re-evaluations divided by the sample count. Plain greedy would make about k × candidates.
   */
  evaluated: number;
}

/** Greedy seeds for `strategy` on `graph` (draws the samples, then runs CELF). */
export function greedySeeds(
  graph: Graph,
  model: DividendModelSpec,
  strategy: DividendStrategySpec,
  root: StreamKey,
  options: GreedyOptions,
): GreedyResult {
  const samples = options.samples ?? GREEDY_DEFAULTS.samples;
  if (!Number.isInteger(samples) || samples < 1 || samples > MAX_GREEDY_SAMPLES)
    throw new RangeError(`samples: must be an integer between 1 and ${MAX_GREEDY_SAMPLES}`);
  const live = sampleLiveEdges(graph, model, strategy, root, {
    samples,
    steps: options.steps,
    firstRun: options.firstRun ?? GREEDY_DEFAULTS.firstRun,
    cancelled: options.cancelled,
    onSample: options.onProgress && ((done, total) => options.onProgress!({ phase: 'samples', done, total })),
  });
  const candidates = candidateNodes(graph, root, options.candidates ?? GREEDY_DEFAULTS.candidates);
  return lazyGreedy(live, options.k, candidates, tieBreakHashes(graph.nodeCount, root), options);
}

/** Every node, or the `limit` nodes of largest out-degree (the degree seeding order). */
export function candidateNodes(graph: Graph, root: StreamKey, limit: number | null): Int32Array {
  // KOL accounts (the last graph.kolNodes.length nodes) are never seed users: they are hired, at their fee.
  const ordinary = graph.nodeCount - graph.kolNodes.length;
  if (limit === null || limit >= ordinary) {
    const all = new Int32Array(ordinary);
    for (let v = 0; v < all.length; v++) all[v] = v;
    return all;
  }
  return rankNodes(graph, 'degree', root)
    .filter((v) => v < ordinary)
    .slice(0, Math.max(0, Math.floor(limit)));
}

/** The coverage state of one seed set over the samples: what CELF asks of it. */
export interface Coverage {
  /** Gains of every candidate in sample s with no seed chosen yet (out[c] for candidates[c]); call for every sample before any `add`. */
  firstGainsInSample(s: number, candidates: Int32Array, out: Int32Array): void;
  /** What v would newly cover in sample s. */
  gainInSample(s: number, v: number): number;
  /** Make v a seed; returns the total newly covered over the samples. */
  add(v: number): number;
}

/** Level-aware coverage when novelty decays (arc deadlines), plain reachability otherwise. */
export function coverageOf(live: LiveEdgeSamples): Coverage {
  return live.deadlines !== null ? new DepthCoverage(live) : new SampleCoverage(live);
}

/** Samples refreshed per step of a lazy re-evaluation (see lazyGreedy). */
const REEVALUATION_CHUNK = 2;
/**
 * Per-(candidate, sample) gain bounds (6 bytes each) are kept up to this many entries (96 MB);
 * beyond, a re-evaluation refreshes every sample at once (slower, same result).
 */
const MAX_SAMPLE_BOUNDS = 16 * 1024 * 1024;

/**
 * CELF over given samples and candidates; `tieBreak[v]` orders equal gains (smaller first).
 *
 * Laziness works per sample too: each candidate keeps its last gain in every sample (an upper
 * bound of its current gain there, by submodularity within the sample), and its queued value is
 * their sum. Re-evaluating the queue's top refreshes the REEVALUATION_CHUNK samples with the
 * largest stale bounds (where its reach was, say, the giant component that the seeds now cover)
 * and puts it back with the tighter sum, so a node whose gain collapsed sinks after a few
 * samples instead of costing a BFS in every sample; samples whose bound is 0 need no refresh.
 * A node is chosen only when it is on top with every sample fresh, so the result is still
 * exactly plain greedy's.
 */
export function lazyGreedy(
  live: LiveEdgeSamples,
  k: number,
  candidates: Int32Array,
  tieBreak: Uint32Array,
  hooks: GreedyHooks = {},
): GreedyResult {
  const { onProgress, cancelled } = hooks;
  const R = live.sampleCount;
  const n = live.nodeCount;
  const m = candidates.length;
  const budget = Math.max(0, Math.min(Math.floor(k), m));
  const coverage = coverageOf(live);
  const check = () => {
    if (cancelled?.()) throw new InfluenceCancelledError();
  };

  // First round, sample by sample (one sample's arrays stay in cache while every candidate is tried).
  const bounds = m * R <= MAX_SAMPLE_BOUNDS ? new Int32Array(m * R) : null;
  const totals = new Float64Array(m);
  const column = new Int32Array(m);
  for (let s = 0; s < R; s++) {
    check();
    coverage.firstGainsInSample(s, candidates, column);
    for (let c = 0; c < m; c++) totals[c] += column[c];
    if (bounds !== null) for (let c = 0; c < m; c++) bounds[c * R + s] = column[c];
    onProgress?.({ phase: 'gains', done: s + 1, total: R });
  }
  const queue = new GainQueue(n, tieBreak);
  const indexOf = new Int32Array(n);
  for (let c = 0; c < m; c++) {
    indexOf[candidates[c]] = c;
    queue.push(candidates[c], totals[c]);
  }
  // order[c·R + i]: candidate c's samples, the first fresh[v] of them refreshed in round round[v].
  const order = bounds !== null ? new Uint16Array(m * R) : null;
  if (order !== null) for (let c = 0; c < m; c++) for (let i = 0; i < R; i++) order[c * R + i] = i;
  // A node's queued value is exact when round[v] = seeds chosen and fresh[v] = R.
  const round = new Int32Array(n);
  const fresh = new Int32Array(n).fill(R);

  const seeds: number[] = [];
  const marginalGains: number[] = [];
  let coveredTotal = 0;
  let sampleEvaluations = 0;
  let steps = 0;
  onProgress?.({ phase: 'seeds', done: 0, total: budget });
  while (seeds.length < budget) {
    const v = queue.top();
    const r = seeds.length;
    if (round[v] === r && fresh[v] === R) {
      queue.pop();
      const gained = coverage.add(v);
      coveredTotal += gained;
      seeds.push(v);
      marginalGains.push(gained / R);
      onProgress?.({ phase: 'seeds', done: seeds.length, total: budget });
      continue;
    }
    if ((++steps & 63) === 0) check();
    if (round[v] !== r) {
      round[v] = r;
      fresh[v] = 0;
    }
    if (bounds === null || order === null) {
      let total = 0;
      for (let s = 0; s < R; s++) total += coverage.gainInSample(s, v);
      sampleEvaluations += R;
      fresh[v] = R;
      queue.updateTop(total);
      continue;
    }
    const at = indexOf[v] * R;
    let bound = queue.gain[v];
    let i = fresh[v];
    const stop = Math.min(R, i + REEVALUATION_CHUNK);
    for (; i < stop; i++) {
      // Bring the stale sample with the largest bound to position i (selection step).
      let best = i;
      let bestBound = bounds[at + order[at + i]];
      for (let j = i + 1; j < R; j++) {
        const b = bounds[at + order[at + j]];
        if (b > bestBound) {
          bestBound = b;
          best = j;
        }
      }
      if (bestBound === 0) {
        i = R; // every stale sample is bounded by 0: exact already
        break;
      }
      const s = order[at + best];
      order[at + best] = order[at + i];
      order[at + i] = s;
      const g = coverage.gainInSample(s, v);
      bound += g - bestBound;
      bounds[at + s] = g;
      sampleEvaluations++;
    }
    fresh[v] = i;
    queue.updateTop(bound);
  }
  return {
    seeds,
    marginalGains,
    expectedShared: R > 0 ? coveredTotal / R : 0,
    samples: R,
    candidates: m,
    evaluated: m + Math.round(sampleEvaluations / Math.max(1, R)),
  };
}
