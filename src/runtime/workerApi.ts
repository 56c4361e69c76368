/** The API a simulation worker exposes (with Comlink) in Node and in the browser. */
import type { Scenario } from '../core/scenario';
import type { RunBlock } from './runBlock';

export interface SimulationWorkerApi {
  /** Keep the scenario for the following `simulate` calls; sent once per worker since an edge list can be large. */
  load(scenario: Scenario): void;
  /** simulateRuns(loaded scenario, runs), with the block's buffers transferred back. */
  simulate(runs: number[]): RunBlock;
}

/** The caller's side of a worker: every call is asynchronous. */
export interface SimulationWorkerRemote {
  load(scenario: Scenario): Promise<void>;
  simulate(runs: number[]): Promise<RunBlock>;
}

/** A started worker as the scheduler sees it. */
export interface PoolWorker {
  remote: SimulationWorkerRemote;
  /** Stop the worker at once (its pending calls never settle: the scheduler races them against abort). */
  terminate(): void;
}
