/**
 * Web Worker entry point: the same job code as the Node worker (simulateRuns, simulateTraces),
 * exposed over Comlink with the result buffers transferred back (never structured-cloned), plus
 * network statistics. Started by src/runtime/pool.browser.ts as a module worker, so the browser
 * and the CLI give identical numbers.
 */
import * as Comlink from 'comlink';
import { holdLifetimeLock } from '../src/runtime/workerLifetime';
import { networkStats } from '../src/core/metrics/networkStats';
import { rootKey } from '../src/core/random';
import type { Scenario } from '../src/core/scenario';
import type { BrowserWorkerApi } from '../src/runtime/browserWorkerApi';
import { NetworkCache } from '../src/runtime/networkCache';
import { withinMemory } from '../src/runtime/outOfMemory';
import { blockTransferables, traceTransferables } from '../src/runtime/runBlock';
import { simulateRuns, simulateTraces } from '../src/runtime/simulateRuns';
import { bestSeeds } from '../src/runtime/bestSeedsJob';
import { EdgeListTexts } from '../src/runtime/edgeListTexts';
import type { GreedyProgress } from '../src/core/influence/lazyGreedy';
import { bestSeedsByOpimc, type OpimcDraw } from '../src/runtime/opimcBestSeeds';
import { opimcWithPeers, serveRRChunks } from '../src/runtime/opimcPeers';
import { bestSeedsAtFee } from '../src/runtime/opimcAtFeeBestSeeds';
import type { RRSetsProgress } from '../src/runtime/bestSeedsJob';
import { makeFirstTransfer } from '../src/runtime/firstTransfer';

// Before any hot loop is optimised (firstTransfer.ts).
makeFirstTransfer();

let scenario: Scenario | null = null;
/** One graph for jobs, traces and statistics; kept between scenarios, so a strategy edit does not regenerate it. */
const cache = new NetworkCache();
/** The text of an uploaded edge list the page holds by reference, read from its Blob once. */
const edgeLists = new EdgeListTexts();

/** After an allocation failure: drop the cached network (and a referenced edge list's text) so the worker can serve a smaller scenario. */
const release = () => {
  cache.clear();
  edgeLists.clear();
};

function loaded(): Scenario {
  if (scenario === null) throw new Error('the worker was called before load');
  return scenario;
}

const api: BrowserWorkerApi = {
  async load(next: Scenario, edgeList?: Blob): Promise<void> {
    scenario = null; // a failed read must not leave the previous scenario in place
    scenario = await edgeLists.scenario(next, edgeList);
  },
  simulate(runs: number[]) {
    const block = withinMemory(() => simulateRuns(loaded(), runs, cache), release);
    return Comlink.transfer(block, blockTransferables(block));
  },
  trace(run: number) {
    const block = withinMemory(() => simulateTraces(loaded(), run, cache), release);
    return Comlink.transfer(block, traceTransferables(block));
  },
  networkStats() {
    const s = loaded();
    const root = rootKey(s.seed);
    return networkStats(cache.get(s.network, s.seed, root, 0).graph, root);
  },
  async bestSeeds(next, request, onProgress, edgeList) {
    const resolved = await edgeLists.scenario(next, edgeList);
    // Progress goes through a Comlink proxy: at most ~50 messages, not one per sample.
    let last = 0;
    return bestSeeds(resolved, request, {
      onProgress: onProgress && ((p) => {
        const now = performance.now();
        if (p.done === p.total || now - last > 100) {
          last = now;
          void onProgress(p);
        }
      }),
    }, cache);
  },
  async bestSeedsImm(next, request, peers, onProgress, edgeList) {
    const resolved = await edgeLists.scenario(next, edgeList);
    // Rounds are few (≤ ~20); the evaluation's progress is throttled as CELF's.
    let last = 0;
    const evaluation = onProgress && ((p: GreedyProgress) => {
      const now = performance.now();
      if (p.done === p.total || now - last > 100) {
        last = now;
        void onProgress(p);
      }
    });
    const onRounds = onProgress && ((p: RRSetsProgress) => void onProgress(p));
    // KOLs at their fee: the joint sets are drawn on this worker (the pool gives it no peers), the CLI's function.
    if (request.kols === 'at-fee') return bestSeedsAtFee(resolved, request, { onProgress: evaluation, onRounds }, cache);
    const draw: OpimcDraw = (graph, rule, root, options) => opimcWithPeers(graph, rule, root, options, peers);
    return bestSeedsByOpimc(resolved, request, draw, { onProgress: evaluation, onRounds }, cache);
  },
  rrServe(port) {
    return serveRRChunks(port);
  },
};

Comlink.expose(api);
// The page notices this worker's end, however it comes, by this lock's release (workerLifetime.ts).
holdLifetimeLock(self);
