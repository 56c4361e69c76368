/**
 * Simulating a series of scenario variants one after another on the same workers — the engine of
 * parameter sweeps and of the budget frontier. Each variant is handed whole to a simulator (the
 * Node pool, the browser pool, or the calling thread), which splits it into (variant, run block)
 * jobs exactly as for a single scenario; variants go one at a time, so per-variant results are
 * placed by run index and the numbers never depend on the worker count.
 *
 * Workers stay up between variants and keep their network cache: when a variant differs from
 * the previous one outside `network` (and the seed is the same), the network is not regenerated.
 */
import type { Scenario } from '../core/scenario';
import { ResultCollector, type SimulationData } from './collect';
import { jobRuns, planJobs } from './jobs';
import { NetworkCache } from './networkCache';
import { abortError } from './scheduler';
import { simulateRuns } from './simulateRuns';

/** Progress and cancellation of one simulation. */
export interface SimulateOptions {
  signal?: AbortSignal;
  /** After every finished job: runs done so far and the variant's run count. */
  onProgress?: (runsDone: number, runsTotal: number) => void;
}

/**
 * Simulates one scenario completely (no traces). Implementations: nodePoolSimulator
 * (sweepPool.node.ts), browserPoolSimulator (sweepPool.browser.ts), inlineSimulator (here).
 */
export type ScenarioSimulator = (scenario: Scenario, options: SimulateOptions) => Promise<SimulationData>;

/** Progress of a series: strategy-runs simulated so far and in total (variants differ in strategy count). */
export interface SeriesProgress {
  /** Variants finished. */
  variantsDone: number;
  variantsTotal: number;
  /** Strategy × run simulations finished, over all variants. */
  done: number;
  total: number;
}

export interface SeriesOptions {
  signal?: AbortSignal;
  onProgress?: (progress: SeriesProgress) => void;
}

/**
 * Simulate every scenario in order with `simulate` and reduce each result with `reduce` as soon as
 * it is in (so only one variant's per-run arrays are held at a time).
 */
export async function simulateSeries<T>(
  scenarios: readonly Scenario[],
  simulate: ScenarioSimulator,
  reduce: (data: SimulationData, index: number) => T,
  options: SeriesOptions = {},
): Promise<T[]> {
  const { signal, onProgress } = options;
  const weight = (s: Scenario) => s.runs * s.strategies.length;
  const total = scenarios.reduce((n, s) => n + weight(s), 0);
  let before = 0;
  const out: T[] = [];
  for (let i = 0; i < scenarios.length; i++) {
    if (signal?.aborted) throw abortError(signal);
    const scenario = scenarios[i];
    const strategies = scenario.strategies.length;
    const data = await simulate(scenario, {
      signal,
      onProgress: onProgress && ((runsDone) => onProgress({ variantsDone: i, variantsTotal: scenarios.length, done: before + runsDone * strategies, total })),
    });
    out.push(reduce(data, i));
    before += weight(scenario);
    onProgress?.({ variantsDone: i + 1, variantsTotal: scenarios.length, done: before, total });
  }
  return out;
}

/**
 * A simulator in the calling thread, job by job, with one network cache for the whole series:
 * the reference the pools must match, and what tests use. Checks `signal` between jobs.
 */
export function inlineSimulator(cache: NetworkCache = new NetworkCache()): ScenarioSimulator {
  return async (scenario, { signal, onProgress }) => {
    const collector = new ResultCollector(scenario);
    for (const job of planJobs(scenario.runs)) {
      if (signal?.aborted) throw abortError(signal);
      collector.add(simulateRuns(scenario, jobRuns(job), cache));
      onProgress?.(collector.runsDone, scenario.runs);
    }
    return collector.finish();
  };
}
