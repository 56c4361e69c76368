/**
 * The page's simulation worker: a module Web Worker running workers/simulation.worker.ts, behind
 * Comlink, with a death signal that fires however it ends (pool.browser.ts replaces it).
 */
import * as Comlink from 'comlink';
import type { BestSeedsResult } from './bestSeedsJob';
import type { BrowserWorkerApi, BrowserWorkerRemote } from './browserWorkerApi';
import type { WorkerEndpoint } from './poolSlot';
import { DeathSignal } from './workerDeath';
import { lifetimeWorkerName, watchLifetime } from './workerLifetime';
import { edgeListBlobOf } from '../scenario/edgeListRef';

/** Start one module Web Worker running workers/simulation.worker.ts. */
export function startWebWorker(): WorkerEndpoint {
  // The URL form lets Vite bundle the worker as a file of its own: a blob: URL (`?worker&inline`)
  // is blocked by the page's CSP (worker-src 'self').
  const name = lifetimeWorkerName('simulation');
  const worker = new Worker(new URL('../../workers/simulation.worker.ts', import.meta.url), { type: 'module', name });
  const death = new DeathSignal();
  // However the worker ends, the death signal fires once and the worker is terminated.
  death.onDeath(() => worker.terminate());
  worker.addEventListener('error', (event) => {
    event.preventDefault(); // handled here: the worker is replaced, not a page error
    death.die(`a simulation worker crashed${event.message ? `: ${event.message}` : ''}`);
  });
  worker.addEventListener('messageerror', () => death.die('a simulation worker sent a message that could not be read'));
  watchLifetime(worker, name, death, 'a simulation worker');
  return {
    remote: wrapRemote(worker),
    death,
    terminate: () => death.die('a simulation worker was stopped'),
  };
}

function wrapRemote(worker: Worker): BrowserWorkerRemote {
  const remote = Comlink.wrap<Required<BrowserWorkerApi>>(worker);
  return {
    // An uploaded edge list held by reference goes as its Blob (by reference: the page copies nothing).
    load: (scenario) => remote.load(scenario, edgeListBlobOf(scenario)),
    simulate: (runs) => remote.simulate(runs),
    trace: (run) => remote.trace(run),
    networkStats: () => remote.networkStats(),
    // Progress comes back through a Comlink proxy (the worker throttles it to ~10 messages a second).
    bestSeeds: (scenario, request, onProgress) =>
      remote.bestSeeds(scenario, request, onProgress && Comlink.proxy(onProgress), edgeListBlobOf(scenario)) as Promise<BestSeedsResult>,
    // The ports go transferred (a port cannot be copied); each is then the worker's alone.
    bestSeedsImm: (scenario, request, peers, onProgress) =>
      remote.bestSeedsImm(scenario, request, Comlink.transfer(peers, peers), onProgress && Comlink.proxy(onProgress), edgeListBlobOf(scenario)) as Promise<BestSeedsResult>,
    rrServe: (port) => remote.rrServe(Comlink.transfer(port, [port])),
  };
}
