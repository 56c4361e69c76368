/**
 * worker_threads entry point: exposes simulateRuns over Comlink and transfers the result
 * buffers back (never structured-clones them). Started by src/runtime/pool.node.ts.
 */
import { parentPort } from 'node:worker_threads';
import * as Comlink from 'comlink';
import nodeEndpoint from 'comlink/dist/esm/node-adapter.mjs';
import type { Scenario } from '../src/core/scenario';
import { blockTransferables, type RunBlock } from '../src/runtime/runBlock';
import { simulateRuns } from '../src/runtime/simulateRuns';
import type { SimulationWorkerApi } from '../src/runtime/workerApi';

if (parentPort === null) throw new Error('simulation.node.ts must run in a worker thread');

let scenario: Scenario | null = null;

const api: SimulationWorkerApi = {
  load(next: Scenario): void {
    scenario = next;
  },
  simulate(runs: number[]): RunBlock {
    if (scenario === null) throw new Error('simulate called before load');
    const block = simulateRuns(scenario, runs);
    return Comlink.transfer(block, blockTransferables(block));
  },
};

Comlink.expose(api, nodeEndpoint(parentPort));
