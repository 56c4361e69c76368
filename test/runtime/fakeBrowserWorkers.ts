/**
 * In-thread fakes of the browser simulation worker for Node tests of the pool and the page's
 * controller: the real job code behind an asynchronous boundary, with a controllable death.
 */
import { networkStats } from '../../src/core/metrics/networkStats';
import { rootKey } from '../../src/core/random';
import type { Scenario } from '../../src/core/scenario';
import type { BrowserWorkerRemote } from '../../src/runtime/browserWorkerApi';
import { NetworkCache } from '../../src/runtime/networkCache';
import type { WorkerEndpoint } from '../../src/runtime/pool.browser';
import { DeathSignal } from '../../src/runtime/workerDeath';
import { simulateRuns, simulateTraces } from '../../src/runtime/simulateRuns';
import { bestSeeds } from '../../src/runtime/bestSeedsJob';
import { bestSeedsByOpimc, type OpimcDraw } from '../../src/runtime/opimcBestSeeds';
import { opimcWithPeers, serveRRChunks } from '../../src/runtime/opimcPeers';
import { bestSeedsAtFee } from '../../src/runtime/opimcAtFeeBestSeeds';

export interface FakeControl {
  started: number;
  /** Crash the worker on its n-th simulate call (counted over all fakes), once. */
  crashOnCall?: number;
  /** Silently stop answering on the n-th simulate call (counted over all fakes), once: no death signal at all. */
  silentOnCall?: number;
  /** Make simulate never settle (a hung worker). */
  hang?: boolean;
  /** Throw an ordinary error from simulate (a model refusing the scenario). */
  fail?: boolean;
  calls: number;
  terminated: number;
  /** Best-seeds searches asked of the fakes. */
  bestSeedsCalls?: number;
  /** OPIM-C peers served (workers other than the first drawing RR sets). */
  peerServes?: number;
}

/** A fake worker: the real job code behind an async boundary, with a controllable death. */
export function fakeFactory(control: FakeControl): () => WorkerEndpoint {
  return () => {
    control.started++;
    const cache = new NetworkCache();
    let loaded: Scenario | null = null;
    const death = new DeathSignal();
    const later = <T>(f: () => T) => new Promise<T>((resolve, reject) => setTimeout(() => {
      try {
        resolve(f());
      } catch (e) {
        reject(e);
      }
    }, 1));
    const remote: BrowserWorkerRemote = {
      load: (s) => later(() => void (loaded = s)),
      simulate: (runs) => {
        control.calls++;
        if (control.crashOnCall === control.calls) {
          control.crashOnCall = undefined;
          setTimeout(() => death.die('fake crash'), 2);
          return new Promise(() => undefined); // pending forever, like a dead worker's call
        }
        if (control.silentOnCall === control.calls) {
          control.silentOnCall = undefined;
          return new Promise(() => undefined); // like self.close() where no signal reaches the page
        }
        if (control.hang) return new Promise(() => undefined);
        if (control.fail) return Promise.reject(new Error('strategies[0]: refused'));
        return later(() => simulateRuns(loaded!, runs, cache));
      },
      trace: (run) => later(() => simulateTraces(loaded!, run, cache)),
      // The worker's cache serves the search, as the real worker's does (same network, no regeneration).
      bestSeeds: (s, request, onProgress) => {
        control.bestSeedsCalls = (control.bestSeedsCalls ?? 0) + 1;
        return later(() => bestSeeds(s, request, { onProgress }, cache));
      },
      // OPIM-C: the worker's real code (opimcPeers.ts) with the pool's MessagePorts, in this thread.
      bestSeedsImm: async (s, request, peers, onProgress) => {
        control.bestSeedsCalls = (control.bestSeedsCalls ?? 0) + 1;
        await later(() => undefined);
        if (request.kols === 'at-fee') return bestSeedsAtFee(s, request, { onProgress, onRounds: onProgress }, cache);
        const draw: OpimcDraw = (graph, rule, root, options) => opimcWithPeers(graph, rule, root, options, peers);
        return bestSeedsByOpimc(s, request, draw, { onProgress, onRounds: onProgress }, cache);
      },
      rrServe: (port) => {
        control.peerServes = (control.peerServes ?? 0) + 1;
        return serveRRChunks(port);
      },
      networkStats: () => later(() => {
        const root = rootKey(loaded!.seed);
        return networkStats(cache.get(loaded!.network, loaded!.seed, root, 0).graph, root);
      }),
    };
    return {
      remote,
      death,
      terminate: () => {
        control.terminated++;
        death.die('terminated');
      },
    };
  };
}


export const newControl = (): FakeControl => ({ started: 0, calls: 0, terminated: 0 });
