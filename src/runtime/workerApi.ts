/** The API a simulation worker exposes (with Comlink) in Node and in the browser. */
import type { Scenario } from '../core/scenario';
import type { RunBlock, TraceBlock } from './runBlock';

export interface SimulationWorkerApi {
  /** Keep the scenario for the following `simulate` calls; sent once per worker since an edge list can be large. */
  load(scenario: Scenario): void;
  /** simulateRuns(loaded scenario, runs), with the block's buffers transferred back. */
  simulate(runs: number[]): RunBlock;
  /**
   * simulateTraces(loaded scenario, run): every strategy on one run with per-node traces, buffers
   * transferred. Optional so that older worker entries keep working (they just give no traces);
   * createSimulationWorkerApi (workerHandlers.ts) implements all three.
   */
  trace?(run: number): TraceBlock;
}

/** The caller's side of a worker: every call is asynchronous. */
export interface SimulationWorkerRemote {
  load(scenario: Scenario): Promise<void>;
  simulate(runs: number[]): Promise<RunBlock>;
  /** Absent when the worker cannot trace; the scheduler then reports no traces. */
  trace?(run: number): Promise<TraceBlock>;
}

/** A started worker as the scheduler sees it. */
export interface PoolWorker {
  remote: SimulationWorkerRemote;
  /** Stop the worker at once (its pending calls never settle: the scheduler races them against abort). */
  terminate(): void;
}
