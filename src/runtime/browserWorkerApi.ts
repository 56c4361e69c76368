/**
 * The API of the browser simulation worker (workers/simulation.worker.ts): the shared
 * SimulationWorkerApi (load, simulate, trace: the calls the Node pool makes) plus the network
 * statistics the page shows next to the degree-distribution chart.
 */
import type { NetworkStats } from '../core/metrics/networkStats';
import type { SimulationWorkerApi, SimulationWorkerRemote } from './workerApi';

export interface BrowserWorkerApi extends Required<SimulationWorkerApi> {
  /** Statistics of run 0's network of the loaded scenario (reuses the worker's cached graph). */
  networkStats(): NetworkStats;
}

/** The caller's side of a browser worker: every call is asynchronous. */
export interface BrowserWorkerRemote extends Required<SimulationWorkerRemote> {
  networkStats(): Promise<NetworkStats>;
}
