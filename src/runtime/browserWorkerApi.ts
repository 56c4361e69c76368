/**
 * The API of the browser simulation worker (workers/simulation.worker.ts): the shared
 * SimulationWorkerApi (load, simulate, trace: the calls the Node pool makes) plus the network
 * statistics the page shows next to the degree-distribution chart.
 */
import type { BestSeedsProgress, BestSeedsResult } from './bestSeedsJob';
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
  /**
   * OPIM-C seeds vs the heuristics (request.method 'imm', opimcBestSeeds.ts): this worker holds the
   * search and draws sets, and so does each peer behind `peers` (ports whose other ends peers
   * serve with rrServe, opimcPeers.ts). Optional, as bestSeeds.
   */
  bestSeedsImm?(scenario: Scenario, request: BestSeedsRequest, peers: MessagePort[], onProgress?: (progress: BestSeedsProgress) => void, edgeList?: Blob): Promise<BestSeedsResult>;
  /** Draw the RR-set chunks the first worker asks for on `port` until it ends the search (opimcPeers.ts serveRRChunks). */
  rrServe?(port: MessagePort): Promise<void>;
}

/** The caller's side of a browser worker: every call is asynchronous. */
export interface BrowserWorkerRemote extends Required<SimulationWorkerRemote> {
  networkStats(): Promise<NetworkStats>;
  /** BrowserWorkerApi.bestSeeds on the worker; optional: fake workers in tests may leave it out. */
  bestSeeds?(scenario: Scenario, request: BestSeedsRequest, onProgress?: (progress: GreedyProgress) => void): Promise<BestSeedsResult>;
  /** BrowserWorkerApi.bestSeedsImm (the ports are transferred). */
  bestSeedsImm?(scenario: Scenario, request: BestSeedsRequest, peers: MessagePort[], onProgress?: (progress: BestSeedsProgress) => void): Promise<BestSeedsResult>;
  /** BrowserWorkerApi.rrServe (the port is transferred). */
  rrServe?(port: MessagePort): Promise<void>;
}
