/**
 * The greedy seed set beside the seeding heuristics, "reaches X% of the best found".
 *
 * Every method gets the same budget k and the strategy's other levers (content, KOLs, waves,
 * incentives, replies, ads). Two measures, both on common random numbers:
 * - the live-edge estimate on the very samples greedy optimised (sample s = run firstRun + s;
 *   random and core-fans seeds are that run's draw): greedy's own objective, where it is ≥ every
 *   heuristic in practice (not a theorem: greedy is only (1 − 1/e)-optimal);
 * - the dividend model itself: runDividend over the scenario's runs 0 … runs−1, the same runs
 *   for every method, so run i of two methods is a matched pair (paired comparison vs greedy).
 *   These are the reported expected sharers, reach and conversions: fatigue, KOLs, later waves
 *   and ads all apply here. By default the samples are runs runs … runs+samples−1, so greedy is
 *   judged on runs it did not learn from.
 * `ratioToBest` divides each value by the best value of the column over the rows.
 */
import { chooseDividendSeeds } from '../dividend/coreFans';
import type { DividendModelSpec, DividendSeedingMethod, DividendStrategySpec } from '../dividend/dividendSpec';
import { runDividend } from '../dividend/runDividend';
import type { Graph } from '../graph';
import type { StreamKey } from '../random';
import { tieBreakHashes } from '../seeding/rankOrder';
import { pairedComparison, type PairedComparison } from '../stats/pairedComparison';
import { candidateNodes, GREEDY_DEFAULTS, lazyGreedy, MAX_GREEDY_SAMPLES, type GreedyHooks, type GreedyResult } from './lazyGreedy';
import { InfluenceCancelledError, sampleLiveEdges } from './liveEdgeSamples';
import { meanOf, seedSetSpread } from './seedSetSpread';

/** Rows of the comparison, in this order. */
export const COMPARED_METHODS = ['greedy', 'random', 'degree', 'bridges', 'kcore', 'core-fans'] as const;
export type ComparedMethod = (typeof COMPARED_METHODS)[number];

/** What the comparison needs of a dividend scenario and one of its strategies. */
export interface SeedingComparisonInput {
  graph: Graph;
  model: DividendModelSpec;
  /** The strategy whose levers every row uses (its own seeding is replaced by each method with k seeds). */
  strategy: DividendStrategySpec;
  root: StreamKey;
  /** Dividend runs 0 … runs−1 evaluate every row. */
  runs: number;
  steps: number;
}

export interface SeedingComparisonOptions extends GreedyHooks {
  /** Live-edge samples (default GREEDY_DEFAULTS.samples). */
  samples?: number;
  /**
   * Run index of the first live-edge sample. Default `runs`: greedy learns on runs the evaluation
   * does not use, so its reported lead is out of sample (on its own samples it would be optimistic).
   */
  firstRun?: number;
  /** Greedy candidates: null = all nodes, M = the M largest audiences. */
  candidates?: number | null;
  /**
   * Chooses the benchmark set instead of CELF on the live-edge samples (e.g. OPIM-C, opimc.ts);
   * it gets the candidate accounts (KOL accounts excluded) and returns a GreedyResult-shaped set.
   */
  chooseSeeds?: (candidates: Int32Array) => GreedyResult;
  /**
   * KOL accounts at their fee (opimcAtFee.ts): the benchmark row runs `benchmarkStrategy` (the
   * strategy with the chosen KOL range hired) with chooseSeeds' seed users; every heuristic row
   * runs `heuristicStrategy` (no KOL hired) with `heuristicSeeds` seed users — the same money,
   * all spent on seed users. Absent: every row runs the strategy with its own KOLs and k seed users.
   */
  atFee?: { benchmarkStrategy: DividendStrategySpec; heuristicStrategy: DividendStrategySpec; heuristicSeeds: number };
}

/** A mean over runs with its standard error. */
export interface MeanWithError {
  mean: number;
  /** Standard deviation / √runs; 0 with fewer than 2 runs. */
  stdError: number;
}

export interface SeedingComparisonRow {
  method: ComparedMethod;
  /** The seed users when the same on every run (greedy, degree, bridges, k-core); null when drawn per run. */
  seeds: number[] | null;
  /** Live-edge estimate of expected sharers on the greedy's samples. */
  estimatedShared: number;
  /** Live-edge estimate of expected reached agents on the same samples. */
  estimatedReached: number;
  /** Dividend model over the scenario's runs (the reported numbers). */
  shared: MeanWithError;
  reached: MeanWithError;
  /**
   * Conversions the seed set caused: the runs' incrementalConverted (total minus the organic buyers
   * of the same run without a campaign). Ratios and comparisons use this, never the totals.
   */
  converted: MeanWithError;
  /** All conversions, organic buyers included (reported beside the lift, never ranked on). */
  totalConverted: MeanWithError;
  /** Each value / the best value of its column among the rows (1 = the best found; null when the best is 0). */
  ratioToBest: { estimatedShared: number | null; shared: number | null; reached: number | null; converted: number | null };
  /** This row − greedy, paired over the runs (meanDifference, 95% interval, share of runs better); `converted` is incremental. */
  vsGreedy: { shared: PairedComparison; converted: PairedComparison };
}

export interface SeedingComparison {
  k: number;
  greedy: GreedyResult;
  /** Live-edge samples used (runs firstRun … firstRun+samples−1). */
  firstRun: number;
  /** Dividend runs that evaluated the rows (0 … runs−1). */
  runs: number;
  rows: SeedingComparisonRow[];
}

/** Greedy for budget k, then every method evaluated on the samples and on the dividend runs. */
export function compareSeedingToGreedy(input: SeedingComparisonInput, k: number, options: SeedingComparisonOptions = {}): SeedingComparison {
  const { graph, model, strategy, root, runs, steps } = input;
  const { onProgress, cancelled } = options;
  const samples = options.samples ?? GREEDY_DEFAULTS.samples;
  if (!Number.isInteger(samples) || samples < 1 || samples > MAX_GREEDY_SAMPLES)
    throw new RangeError(`samples: must be an integer between 1 and ${MAX_GREEDY_SAMPLES}`);
  const firstRun = options.firstRun ?? runs;
  const live = sampleLiveEdges(graph, model, strategy, root, {
    samples,
    steps,
    firstRun,
    cancelled,
    onSample: onProgress && ((done, total) => onProgress({ phase: 'samples', done, total })),
  });
  const candidates = candidateNodes(graph, root, options.candidates ?? GREEDY_DEFAULTS.candidates);
  const greedy = options.chooseSeeds ? options.chooseSeeds(candidates) : lazyGreedy(live, k, candidates, tieBreakHashes(graph.nodeCount, root), options);
  const count = options.atFee?.heuristicSeeds ?? greedy.seeds.length;
  const strategyOf = (method: ComparedMethod): DividendStrategySpec =>
    options.atFee === undefined ? strategy : method === 'greedy' ? options.atFee.benchmarkStrategy : options.atFee.heuristicStrategy;

  const greedySet = Int32Array.from(greedy.seeds);
  const seedsOf = (method: ComparedMethod, run: number): Int32Array => {
    if (method === 'greedy') return greedySet;
    const seeding = { method: method as DividendSeedingMethod, count, nodes: [] };
    return chooseDividendSeeds(graph, model, seeding, strategy.content.relevance, root, run);
  };

  const perRun = COMPARED_METHODS.map(() => ({
    shared: new Float64Array(runs),
    reached: new Float64Array(runs),
    converted: new Float64Array(runs),
    total: new Float64Array(runs),
  }));
  for (let run = 0; run < runs; run++) {
    if (cancelled?.()) throw new InfluenceCancelledError();
    COMPARED_METHODS.forEach((method, m) => {
      const out = runDividend(graph, model, strategyOf(method), seedsOf(method, run), steps, root, run);
      perRun[m].shared[run] = out.shared;
      perRun[m].reached[run] = out.reached;
      perRun[m].converted[run] = out.incrementalConverted;
      perRun[m].total[run] = out.converted;
    });
    onProgress?.({ phase: 'evaluate', done: run + 1, total: runs });
  }

  const rows = COMPARED_METHODS.map((method, m): Omit<SeedingComparisonRow, 'ratioToBest'> => {
    const estimate = seedSetSpread(graph, model, live, root, (run) => seedsOf(method, run));
    const fixed = method !== 'random' && method !== 'core-fans';
    return {
      method,
      seeds: fixed ? Array.from(seedsOf(method, 0)) : null,
      estimatedShared: meanOf(estimate.shared),
      estimatedReached: meanOf(estimate.reached),
      shared: meanWithError(perRun[m].shared),
      reached: meanWithError(perRun[m].reached),
      converted: meanWithError(perRun[m].converted),
      totalConverted: meanWithError(perRun[m].total),
      vsGreedy: {
        shared: pairedComparison(perRun[0].shared, perRun[m].shared),
        converted: pairedComparison(perRun[0].converted, perRun[m].converted),
      },
    };
  });
  const best = (value: (r: (typeof rows)[number]) => number) => Math.max(...rows.map(value));
  const ratio = (x: number, top: number) => (top > 0 ? x / top : null);
  const top = {
    estimatedShared: best((r) => r.estimatedShared),
    shared: best((r) => r.shared.mean),
    reached: best((r) => r.reached.mean),
    converted: best((r) => r.converted.mean),
  };
  return {
    k: count,
    greedy,
    firstRun,
    runs,
    rows: rows.map((r) => ({
      ...r,
      ratioToBest: {
        estimatedShared: ratio(r.estimatedShared, top.estimatedShared),
        shared: ratio(r.shared.mean, top.shared),
        reached: ratio(r.reached.mean, top.reached),
        converted: ratio(r.converted.mean, top.converted),
      },
    })),
  };
}

/** Mean and standard error of per-run values. */
export function meanWithError(values: Float64Array): MeanWithError {
  const n = values.length;
  const mean = meanOf(values);
  if (n < 2) return { mean, stdError: 0 };
  let ss = 0;
  for (let i = 0; i < n; i++) ss += (values[i] - mean) * (values[i] - mean);
  return { mean, stdError: Math.sqrt(ss / (n - 1) / n) };
}
