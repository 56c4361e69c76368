/**
 * worker_threads entry point: exposes the simulation worker API (workerHandlers.ts) over Comlink
 * and transfers the result buffers back (never structured-clones them). Started by
 * src/runtime/pool.node.ts.
 */
import { parentPort } from 'node:worker_threads';
import * as Comlink from 'comlink';
import nodeEndpoint from 'comlink/dist/esm/node-adapter.mjs';
import { createSimulationWorkerApi } from '../src/runtime/workerHandlers';
import { makeFirstTransfer } from '../src/runtime/firstTransfer';

// Before any hot loop is optimised (firstTransfer.ts).
makeFirstTransfer();

if (parentPort === null) throw new Error('simulation.node.ts must run in a worker thread');

Comlink.expose(createSimulationWorkerApi(Comlink.transfer), nodeEndpoint(parentPort));
