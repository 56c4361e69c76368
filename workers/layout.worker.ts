/**
 * Web Worker entry point of the network view: exposes LayoutWorkerApi over Comlink and
 * transfers the buffers back. d3-force runs here, off the main thread, so the page keeps
 * animating and answering while a 20k-node network settles (a few seconds). The worker keeps
 * the last network it generated (NetworkCache), so laying a scenario out and replaying its
 * representative run generate the network once.
 */
import * as Comlink from 'comlink';
import { holdLifetimeLock } from '../src/runtime/workerLifetime';
import { chooseDividendSeeds } from '../src/core/dividend/coreFans';
import type { DividendTrace } from '../src/core/dividend/dividendOutcome';
import type { Graph } from '../src/core/graph';
import { rootKey } from '../src/core/random';
import { isDividendScenario } from '../src/core/scenario';
import { layoutNetwork } from '../src/layout/layoutNetwork';
import { replayTransferables, type GraphParts, type LayoutWorkerApi, type ReplayTraces } from '../src/layout/layoutWorkerApi';
import { networkKey } from '../src/layout/networkKey';
import { pictureTransferables, type NetworkPicture } from '../src/layout/networkPicture';
import { NetworkCache } from '../src/runtime/networkCache';
import { simulateTraces } from '../src/runtime/simulateRuns';

const cache = new NetworkCache();

function send(picture: NetworkPicture): NetworkPicture {
  return Comlink.transfer(picture, pictureTransferables(picture));
}

const api: LayoutWorkerApi = {
  layoutSpec(spec, seed, run, options) {
    const { graph } = cache.get(spec, seed, rootKey(seed), run);
    return send(layoutNetwork(graph, networkKey(spec, seed, run), options));
  },
  layoutGraph(parts: GraphParts, key, options) {
    const graph: Graph = { ...parts, weights: null };
    return send(layoutNetwork(graph, key, options));
  },
  replayTraces(scenario, run): ReplayTraces {
    const started = performance.now();
    if (!isDividendScenario(scenario)) return { run, traces: scenario.strategies.map(() => null), seeds: scenario.strategies.map(() => null), ms: 0 };
    const block = simulateTraces(scenario, run, cache);
    const root = rootKey(scenario.seed);
    const { graph } = cache.get(scenario.network, scenario.seed, root, run);
    const seeds = scenario.strategies.map((s) => chooseDividendSeeds(graph, scenario.model, s.seeding, s.content.relevance, root, run).slice());
    const result: ReplayTraces = { run, traces: block.strategies as (DividendTrace | null)[], seeds, ms: performance.now() - started };
    return Comlink.transfer(result, replayTransferables(result));
  },
};

Comlink.expose(api);
// The page notices this worker's end, however it comes, by this lock's release (workerLifetime.ts).
holdLifetimeLock(self);
