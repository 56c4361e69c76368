/**
 * Best seeds by OPIM-C (`lab best-seeds --method imm` and the page's "OPIM-C with a guarantee"),
 * the parts the CLI and the page share so that both give the same seeds for the same request:
 * the live-arc rule and the candidates of a dividend request, the search (OpimcSearch with the
 * per-drawer scratch counted against the cap), the seed set handed to the evaluation
 * (bestSeedsJob.ts's chooseSeeds hook) and what the JSON says about the run (immJson).
 */
import type { Graph } from '../core/graph';
import { GREEDY_DEFAULTS, candidateNodes, type GreedyResult } from '../core/influence/lazyGreedy';
import { OpimcSearch, type OpimcOptions, type OpimcResult } from '../core/influence/opimc';
import { reverseArcInts, type ReverseLiveArcs } from '../core/influence/reverseLiveArcs';
import { dividendArcRule, type LiveArcRule } from '../core/influence/rrSets';
import type { StreamKey } from '../core/random';
import { rootKey } from '../core/random';
import type { DividendScenario, Scenario } from '../core/scenario';
import { bestSeeds, checkedBestSeeds, type BestSeedsHooks, type BestSeedsResult, type RRSetsProgress } from './bestSeedsJob';
import type { BestSeedsRequest } from './bestSeedsRules';
import { NetworkCache } from './networkCache';
import { scratchPerDrawer } from './opimcOnDrawers';

/** An OPIM-C run and its time (ms), as the JSON reports it. */
export interface OpimcRun {
  result: OpimcResult;
  ms: number;
}

/** The sharing rule of the request's strategy (first wave, novelty deadlines included). */
export function requestArcRule(graph: Graph, scenario: DividendScenario, strategy: number, root: StreamKey): LiveArcRule {
  return dividendArcRule(graph, scenario.model, scenario.strategies[strategy], root, scenario.steps);
}

/** The candidates compareSeedingToGreedy gives chooseSeeds (the same call): KOL accounts excluded. */
export function opimcCandidates(graph: Graph, root: StreamKey, candidates: number | null | undefined): Int32Array {
  return candidateNodes(graph, root, candidates ?? GREEDY_DEFAULTS.candidates);
}

/** OpimcOptions of a request (ε, δ; the CLI's defaults when absent). */
export function opimcOptions(request: Pick<BestSeedsRequest, 'k' | 'epsilon' | 'delta'>, candidates: Int32Array): OpimcOptions {
  return { k: request.k, candidates, epsilon: request.epsilon, delta: request.delta ?? null };
}

/** The search for `drawers` drawers over `rev` (each drawer's sampler scratch is counted against the cap). */
export function opimcSearchFor(rev: ReverseLiveArcs, rule: LiveArcRule, options: OpimcOptions, drawers: number): OpimcSearch {
  return new OpimcSearch(rev.nodeCount, options, reverseArcInts(rev) + Math.max(1, drawers) * scratchPerDrawer(rev.nodeCount, rule));
}

/** The OPIM-C set as the evaluation's benchmark (bestSeedsJob.ts hooks.chooseSeeds). */
export function opimcChooser(result: OpimcResult, hiredKols = 0): (candidates: Int32Array) => GreedyResult {
  // With KOLs at their fee the result lists the hired KOL accounts first; the benchmark's seed users follow.
  return (candidates) => ({
    seeds: result.seeds.slice(hiredKols),
    marginalGains: result.marginalGains.slice(hiredKols),
    expectedShared: result.expectedShared,
    samples: 0,
    candidates: candidates.length,
    evaluated: 0,
  });
}

/** What the JSON says about the reverse-reachable-set run on Independent Cascade. */
export const IMM_CASCADE_NOTE =
  'OPIM-C (Tang, Tang, Xiao & Yuan 2018) on reverse-reachable sets of Independent Cascade (an arc is live with probability p × weight): with probability ≥ 1 − delta, the seed set’s expected activated people (estimatedShared, on validation sets) are ≥ guaranteed × those of the best k ordinary accounts; guaranteed = max(ratio, 1 − 1/e − epsilon) unless capped by memory (then ratio)';

/** What the JSON says about the reverse-reachable-set run on the dividend model. */
export const IMM_NOTE =
  'OPIM-C (Tang, Tang, Xiao & Yuan 2018) on reverse-reachable sets of the first wave’s sharing (the live-edge reduction, novelty deadlines included): with probability ≥ 1 − delta, the seed set’s expected sharers (estimatedShared, on validation sets) are ≥ guaranteed × those of the best k ordinary accounts; guaranteed = max(ratio, 1 − 1/e − epsilon) unless capped by memory (then ratio)';

/** The `imm` object of the best-seeds JSON (the CLI's and the page's download). */
export function immJson(rr: OpimcRun, note = IMM_NOTE): Record<string, unknown> {
  const r = rr.result;
  return {
    method: 'OPIM-C',
    note,
    epsilon: r.epsilon,
    delta: r.delta,
    target: r.target,
    guaranteed: r.guaranteed,
    ratio: r.ratio,
    sets: r.sets,
    meanSetSize: r.meanSetSize,
    rounds: r.rounds,
    maxRounds: r.maxRounds,
    lowerBoundOpt: r.lowerBoundOpt,
    upperBoundOpt: r.upperBoundOpt,
    estimatedShared: r.expectedShared,
    capped: r.capped,
    peakMiB: (r.peakInts * 4) / 2 ** 20,
    ms: rr.ms,
  };
}

/** How OPIM-C's sets get drawn (this thread, worker threads, the page's workers): the same result for each. */
export type OpimcDraw = (graph: Graph, rule: LiveArcRule, root: StreamKey, options: OpimcOptions) => Promise<OpimcResult>;

/**
 * Best seeds with OPIM-C's set as the benchmark (request.method 'imm'): the shared rules, OPIM-C on
 * run 0's network drawn by `draw`, then the same evaluation as CELF's (bestSeeds, the chooseSeeds
 * hook — what `lab best-seeds --method imm` does). Progress: OPIM-C's rounds, then the evaluation.
 */
export async function bestSeedsByOpimc(scenario: Scenario, request: BestSeedsRequest, draw: OpimcDraw, hooks: BestSeedsHooks & { onRounds?: (p: RRSetsProgress) => void } = {}, cache = new NetworkCache()): Promise<BestSeedsResult> {
  const dividend = checkedBestSeeds(scenario, { ...request, method: 'imm' });
  const root = rootKey(dividend.seed);
  const graph = cache.get(dividend.network, dividend.seed, root, 0).graph;
  const started = performance.now();
  const options: OpimcOptions = {
    ...opimcOptions(request, opimcCandidates(graph, root, request.candidates)),
    cancelled: hooks.cancelled,
    onProgress: (sets, ratio, done, total) => hooks.onRounds?.({ phase: 'rrSets', done, total, sets, ratio }),
  };
  const result = await draw(graph, requestArcRule(graph, dividend, request.strategy, root), root, options);
  const imm: OpimcRun = { result, ms: performance.now() - started };
  return { ...bestSeeds(dividend, request, { ...hooks, chooseSeeds: () => opimcChooser(result) }, cache), imm };
}
