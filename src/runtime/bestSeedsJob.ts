/**
 * The "best seeds" computation as one pure call: the scenario's network (run 0's world, from the
 * caller's cache), CELF lazy greedy for k seeds over live-edge samples of the chosen strategy's
 * sharing, and every seeding heuristic evaluated beside it (compareSeedingToGreedy), plus who the
 * greedy seeds are (roles, communities, price: seedProfiles). The browser worker
 * (workers/simulation.worker.ts, `bestSeeds`) and Node (tests, scripts) call this same function,
 * and the request is checked by the same rules as the CLI's (bestSeedsRules.ts), so both give
 * identical numbers and refuse the same requests.
 */
import { compareSeedingToGreedy, type SeedingComparison, type SeedingComparisonOptions } from '../core/influence/compareSeeding';
import type { Graph } from '../core/graph';
import { GREEDY_DEFAULTS, type GreedyProgress } from '../core/influence/lazyGreedy';
import { seedProfiles, type SeedProfile } from '../core/influence/seedProfiles';
import { hiredKols } from '../core/dividend/postingSchedule';
import { rootKey } from '../core/random';
import { isDividendScenario, type DividendScenario, type Scenario } from '../core/scenario';
import type { OpimcAtFeeResult } from '../core/influence/opimcAtFee';
import type { OpimcRun } from './opimcBestSeeds';
import { bestSeedsProblemLine, checkBestSeedsRequest, type BestSeedsRequest } from './bestSeedsRules';
import { NetworkCache } from './networkCache';

export type { BestSeedsRequest } from './bestSeedsRules';

export const DEFAULT_BEST_SEEDS: BestSeedsRequest = { strategy: 0, k: 10, samples: GREEDY_DEFAULTS.samples };

/** OPIM-C's progress (method imm): after each doubling round, the sets drawn and the ratio proven so far. */
export interface RRSetsProgress {
  phase: 'rrSets';
  /** Rounds evaluated / allowed. */
  done: number;
  total: number;
  sets: number;
  ratio: number;
}

/** Progress of a best-seeds run: CELF's phases or OPIM-C's rounds, then the evaluation. */
export type BestSeedsProgress = GreedyProgress | RRSetsProgress;

export interface BestSeedsHooks {
  onProgress?: (progress: GreedyProgress) => void;
  cancelled?: () => boolean;
  /** Chooses the benchmark set instead of CELF (the CLI's `--method imm`), given the world's graph. */
  chooseSeeds?: (graph: Graph) => SeedingComparisonOptions['chooseSeeds'];
  /**
   * KOL accounts at their fee (`--kols at-fee`): the KOL range the benchmark hires beside its seed
   * users (hire 0: none). The benchmark row runs the strategy with this range; the heuristic rows
   * spend the same money on k seed users, no KOL hired (compareSeeding.ts `atFee`).
   */
  hiredKols?: { fromRank: number; hire: number };
}

/** The comparison and who the greedy seeds are. */
export interface BestSeedsResult extends SeedingComparison {
  /** One profile per greedy seed, in the order greedy chose them. */
  seedProfiles: SeedProfile[];
  /** What recruiting the greedy seeds costs at the scenario's prices (each at the price of what it is); with hiredKols, their fees too. */
  seedCost: number;
  /** OPIM-C's run when it chose the benchmark set (method imm): its guarantee, sets, ratio and time. */
  imm?: OpimcRun;
  /** KOLs at their fee: the range the benchmark hires (hire 0: none), its fees, and its accounts priced at their fees (absent otherwise). */
  hiredKols?: { fromRank: number; hire: number; fee: number; accounts: SeedProfile[] };
  /** KOLs at their fee (opimcAtFeeBestSeeds.ts): OPIM-C's decision — the range, the seed users, budget and cost. */
  atFee?: OpimcAtFeeResult;
}

/** The request checked by the shared rules (bestSeedsRules.ts); throws RangeError naming the field. */
export function checkedBestSeeds(scenario: Scenario, request: BestSeedsRequest): DividendScenario {
  const [problem] = checkBestSeedsRequest(scenario, request);
  if (problem !== undefined || !isDividendScenario(scenario)) throw new RangeError(`best seeds: ${problem ? bestSeedsProblemLine(problem) : 'needs a dividend scenario'}`);
  return scenario;
}

/** Greedy vs heuristics for `scenario` (validated, dividend). Throws RangeError for a request the rules refuse. */
export function bestSeeds(input: Scenario, request: BestSeedsRequest, hooks: BestSeedsHooks = {}, cache = new NetworkCache()): BestSeedsResult {
  const scenario = checkedBestSeeds(input, request);
  const strategy = scenario.strategies[request.strategy];
  const root = rootKey(scenario.seed);
  const graph = cache.get(scenario.network, scenario.seed, root, 0).graph;
  const hired = hooks.hiredKols;
  const atFee =
    hired === undefined
      ? undefined
      : {
          benchmarkStrategy: { ...strategy, kols: { ...strategy.kols, hire: hired.hire, fromRank: Math.max(1, hired.fromRank) } },
          heuristicStrategy: { ...strategy, kols: { ...strategy.kols, hire: 0 } },
          heuristicSeeds: request.k,
        };
  const comparison = compareSeedingToGreedy(
    { graph, model: scenario.model, strategy, root, runs: scenario.runs, steps: scenario.steps },
    request.k,
    { samples: request.samples, candidates: request.candidates ?? null, onProgress: hooks.onProgress, cancelled: hooks.cancelled, chooseSeeds: hooks.chooseSeeds?.(graph), atFee },
  );
  const profiles = seedProfiles(graph, comparison.greedy.seeds, scenario.model.economics);
  const seedCost = profiles.reduce((sum, p) => sum + p.price, 0);
  if (hired === undefined) return { ...comparison, seedProfiles: profiles, seedCost };
  const accounts = seedProfiles(graph, Array.from(hiredKols(graph.kolNodes, hired.hire, Math.max(1, hired.fromRank))), scenario.model.economics);
  const fee = accounts.reduce((sum, p) => sum + p.price, 0);
  return { ...comparison, seedProfiles: profiles, seedCost: seedCost + fee, hiredKols: { fromRank: hired.fromRank, hire: accounts.length, fee, accounts } };
}
