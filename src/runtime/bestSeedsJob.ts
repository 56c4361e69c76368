/**
 * The "best seeds" computation as one pure call: the scenario's network (run 0's world, from the
 * caller's cache), CELF lazy greedy for k seeds over live-edge samples of the chosen strategy's
 * sharing, and every seeding heuristic evaluated beside it (compareSeedingToGreedy). The browser
 * worker (workers/simulation.worker.ts, `bestSeeds`) and Node (tests, scripts) call this same
 * function, so both give identical numbers for the same scenario and request.
 */
import { compareSeedingToGreedy, type SeedingComparison } from '../core/influence/compareSeeding';
import { MAX_GREEDY_SAMPLES, type GreedyProgress } from '../core/influence/lazyGreedy';
import { rootKey } from '../core/random';
import { isDividendScenario, type Scenario } from '../core/scenario';
import { NetworkCache } from './networkCache';

/** Largest seed budget the app offers. */
export const MAX_BEST_SEEDS_K = 50;

export interface BestSeedsRequest {
  /** Index of the strategy whose levers every row keeps. */
  strategy: number;
  /** Seed budget, 1 … MAX_BEST_SEEDS_K. */
  k: number;
  /** Live-edge samples, 1 … MAX_GREEDY_SAMPLES (default GREEDY_DEFAULTS.samples). */
  samples: number;
}

export interface BestSeedsHooks {
  onProgress?: (progress: GreedyProgress) => void;
  cancelled?: () => boolean;
}

/** Greedy vs heuristics for `scenario` (validated, dividend). Throws RangeError for a bad request. */
export function bestSeeds(scenario: Scenario, request: BestSeedsRequest, hooks: BestSeedsHooks = {}, cache = new NetworkCache()): SeedingComparison {
  if (!isDividendScenario(scenario)) throw new RangeError('best seeds: needs a dividend scenario (model.kind "dividend")');
  const strategy = scenario.strategies[request.strategy];
  if (!strategy) throw new RangeError(`strategy: no strategy number ${request.strategy + 1}`);
  if (!Number.isInteger(request.k) || request.k < 1 || request.k > Math.min(MAX_BEST_SEEDS_K, scenario.network.nodes))
    throw new RangeError(`k: must be a whole number between 1 and ${Math.min(MAX_BEST_SEEDS_K, scenario.network.nodes)}`);
  if (!Number.isInteger(request.samples) || request.samples < 1 || request.samples > MAX_GREEDY_SAMPLES)
    throw new RangeError(`samples: must be a whole number between 1 and ${MAX_GREEDY_SAMPLES}`);
  const root = rootKey(scenario.seed);
  const graph = cache.get(scenario.network, scenario.seed, root, 0).graph;
  return compareSeedingToGreedy(
    { graph, model: scenario.model, strategy, root, runs: scenario.runs, steps: scenario.steps },
    request.k,
    { samples: request.samples, onProgress: hooks.onProgress, cancelled: hooks.cancelled },
  );
}
