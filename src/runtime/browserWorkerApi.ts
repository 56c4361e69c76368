/**
 * The API of the browser simulation worker (workers/simulation.worker.ts): the shared
 * SimulationWorkerApi (load, simulate, trace: the calls the Node pool makes) plus the network
 * statistics the page shows next to the degree-distribution chart.
 */
import type { BestSeedsResult } from './bestSeedsJob';
import type { GreedyProgress } from '../core/influence/lazyGreedy';
import type { NetworkStats } from '../core/metrics/networkStats';
import type { Scenario } from '../core/scenario';
import type { BestSeedsRequest } from './bestSeedsRules';
import type { SimulationWorkerApi, SimulationWorkerRemote } from './workerApi';

export interface BrowserWorkerApi extends Required<SimulationWorkerApi> {
  /**
   * Keep `scenario` for the following calls; `edgeList` is the Blob of an uploaded edge list the
   * scenario names by reference (src/scenario/edgeListRef.ts), which the worker reads itself.
   */
  load(scenario: Scenario, edgeList?: Blob): void | Promise<void>;
  /** Statistics of run 0's network of the loaded scenario (reuses the worker's cached graph). */
  networkStats(): NetworkStats;
  /**
   * Greedy seeds vs the heuristics (src/runtime/bestSeedsJob.ts) for `scenario`, with
   * progress through a Comlink-proxied callback. Optional: fake workers in tests may leave it out.
   * Cancel by terminating the worker (the caller races the call against its abort signal).
   */
  bestSeeds?(scenario: Scenario, request: BestSeedsRequest, onProgress?: (progress: GreedyProgress) => void, edgeList?: Blob): BestSeedsResult | Promise<BestSeedsResult>;
}

/** The caller's side of a browser worker: every call is asynchronous. */
export interface BrowserWorkerRemote extends Required<SimulationWorkerRemote> {
  networkStats(): Promise<NetworkStats>;
  /** BrowserWorkerApi.bestSeeds on the worker; optional: fake workers in tests may leave it out. */
  bestSeeds?(scenario: Scenario, request: BestSeedsRequest, onProgress?: (progress: GreedyProgress) => void): Promise<BestSeedsResult>;
}
