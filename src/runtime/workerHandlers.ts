/**
 * The body of a simulation worker, shared by the Node entry (workers/simulation.node.ts) and a
 * browser entry: keep the loaded scenario, simulate blocks of runs and the representative run's
 * traces, and hand every result back with its buffers marked for transfer (never cloned).
 * `transfer` is Comlink.transfer in a real worker (the identity in tests).
 */
import type { Scenario } from '../core/scenario';
import { blockTransferables, traceTransferables } from './runBlock';
import { NetworkCache } from './networkCache';
import { withinMemory } from './outOfMemory';
import { simulateRuns, simulateTraces } from './simulateRuns';
import type { SimulationWorkerApi } from './workerApi';

export type TransferFn = <T>(value: T, buffers: Transferable[]) => T;

export function createSimulationWorkerApi(transfer: TransferFn, cache: NetworkCache = new NetworkCache()): Required<SimulationWorkerApi> {
  let scenario: Scenario | null = null;
  // After an allocation failure: drop the cached network so the worker can serve a smaller scenario.
  const release = () => cache.clear();
  const loaded = (): Scenario => {
    if (scenario === null) throw new Error('simulate called before load');
    return scenario;
  };
  return {
    load(next: Scenario): void {
      scenario = next;
    },
    simulate(runs: number[]) {
      const block = withinMemory(() => simulateRuns(loaded(), runs, cache), release);
      return transfer(block, blockTransferables(block));
    },
    trace(run: number) {
      const block = withinMemory(() => simulateTraces(loaded(), run, cache), release);
      return transfer(block, traceTransferables(block));
    },
  };
}
