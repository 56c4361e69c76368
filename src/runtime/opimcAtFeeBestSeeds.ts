/**
 * Best seeds with KOL accounts at their fee (issue #15): `lab best-seeds --method imm --kols at-fee`
 * and the page's "may be hired at their fee" call this one function, so both give the same
 * decision (KOL range, seed users, sets, ratio) for the same scenario, k, ε and δ. OPIM-C over every
 * affordable decision (src/core/influence/opimcAtFee.ts) on run 0's network, then the evaluation
 * bestSeeds does for every benchmark (bestSeedsJob.ts): the benchmark row runs the strategy with
 * the chosen range hired, the heuristic rows spend the same money on k seed users, no KOL.
 *
 * The joint sets of the two waves are drawn on the calling thread (the CLI's main thread, one
 * worker of the page's pool): the pool's peers draw first-wave sets only (opimcPeers.ts).
 */
import { opimcAtFee, type OpimcAtFeeResult } from '../core/influence/opimcAtFee';
import { rootKey } from '../core/random';
import type { Scenario } from '../core/scenario';
import { bestSeeds, checkedBestSeeds, type BestSeedsHooks, type BestSeedsResult, type RRSetsProgress } from './bestSeedsJob';
import type { BestSeedsRequest } from './bestSeedsRules';
import { NetworkCache } from './networkCache';
import { opimcCandidates, opimcChooser, opimcOptions, requestArcRule } from './opimcBestSeeds';

export const IMM_AT_FEE_NOTE =
  'OPIM-C (Tang, Tang, Xiao & Yuan 2018) over every affordable decision — one contiguous range of KOL ranks at its fee (kolBaseFee + kolFeePerFollower × followers) or none, and ordinary seed users with the rest of budget = k × costPerSeed — on reverse-reachable sets of the seed users’ first wave joined with the hired KOLs’ wave (its own coins and horizon, the KOL engagement factor): with probability ≥ 1 − delta, the decision’s expected sharers (estimatedShared, on validation sets) are ≥ guaranteed × those of the best affordable decision; guaranteed = max(ratio, 1 − 1/e − epsilon) unless capped by memory (then ratio)';

/** What the heuristic rows get with --kols at-fee (the same money). */
export const AT_FEE_HEURISTICS = 'heuristic rows: k seed users at costPerSeed each and no KOL hired — the whole budget on seed users';

/** What methods[].estimatedShared is with --kols at-fee. */
export const AT_FEE_ESTIMATES =
  'methods[].estimatedShared counts the seed users’ first wave only (live-edge samples); the benchmark’s estimate with its KOL wave is imm.estimatedShared; shared, reached and converted are dividend runs with each row’s KOLs';

/** The comparison of an at-fee run: OPIM-C's run (imm), the decision (atFee) and the hired range priced (hiredKols). */
export type AtFeeBestSeedsResult = BestSeedsResult & Required<Pick<BestSeedsResult, 'imm' | 'atFee' | 'hiredKols'>>;

/**
 * The at-fee decision and its evaluation for `request` (kols 'at-fee', method 'imm'), checked by
 * the shared rules first (RangeError naming the field). Errors of the search itself: RangeError
 * from the core for a graph where a KOL account can be reached or too many ranges, RRCapError when
 * memory stops it before any round, InfluenceCancelledError when `cancelled`.
 */
export function bestSeedsAtFee(
  scenario: Scenario,
  request: BestSeedsRequest,
  hooks: BestSeedsHooks & { onRounds?: (p: RRSetsProgress) => void } = {},
  cache = new NetworkCache(),
): AtFeeBestSeedsResult {
  const dividend = checkedBestSeeds(scenario, { ...request, method: 'imm', kols: 'at-fee' });
  const root = rootKey(dividend.seed);
  const graph = cache.get(dividend.network, dividend.seed, root, 0).graph;
  const started = performance.now();
  const rule = requestArcRule(graph, dividend, request.strategy, root);
  const atFee = opimcAtFee(
    { graph, model: dividend.model, strategy: dividend.strategies[request.strategy], rule, root, steps: dividend.steps },
    {
      ...opimcOptions(request, opimcCandidates(graph, root, request.candidates)),
      cancelled: hooks.cancelled,
      onProgress: (sets, ratio, done, total) => hooks.onRounds?.({ phase: 'rrSets', done, total, sets, ratio }),
    },
  );
  const imm = { result: atFee.result, ms: performance.now() - started };
  const { fromRank, hire } = atFee.hired;
  // The evaluation of the benchmark's seed users with its range hired through the strategy (bestSeedsJob.ts hiredKols).
  const plain = { strategy: request.strategy, k: request.k, samples: request.samples, candidates: request.candidates };
  const comparison = bestSeeds(dividend, plain, { ...hooks, chooseSeeds: () => opimcChooser(atFee.result, hire), hiredKols: { fromRank, hire } }, cache);
  return { ...comparison, imm, atFee, hiredKols: comparison.hiredKols! };
}

/** The `kols` block of the JSON (the CLI's and the page's download): the decision, its prices and what the other rows got. */
export function atFeeJson(atFee: OpimcAtFeeResult, costPerSeed: number): Record<string, unknown> {
  const { hired } = atFee;
  return {
    mode: 'at-fee',
    budget: atFee.budget,
    costPerSeed,
    hired: hired.hire === 0 ? null : { fromRank: hired.fromRank, hire: hired.hire, nodes: Array.from(hired.nodes), fee: hired.fee },
    seedUsers: atFee.seedUsers,
    seedUsersCost: atFee.seedUsers.length * costPerSeed,
    cost: atFee.cost,
    decisions: atFee.decisions,
    heuristics: AT_FEE_HEURISTICS,
    heuristicsCost: atFee.budget,
    estimates: AT_FEE_ESTIMATES,
  };
}
