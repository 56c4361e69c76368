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
import { EdgeListTexts } from '../src/runtime/edgeListTexts';
import { makeFirstTransfer } from '../src/runtime/firstTransfer';

// Before any hot loop is optimised (firstTransfer.ts).
makeFirstTransfer();

const cache = new NetworkCache();
/** The text of an uploaded edge list the page holds by reference, read from its Blob once. */
const edgeLists = new EdgeListTexts();

function send(picture: NetworkPicture): NetworkPicture {
  return Comlink.transfer(picture, pictureTransferables(picture));
}

const api: LayoutWorkerApi = {
  async layoutSpec(spec, seed, run, options, edgeList) {
    const resolved = await edgeLists.spec(spec, edgeList);
    const { graph } = cache.get(resolved, seed, rootKey(seed), run);
    // Keyed by the spec as the page names it (a referenced edge list by its reference), as the page's cache is.
    return send(layoutNetwork(graph, networkKey(spec, seed, run), options));
  },
  layoutGraph(parts: GraphParts, key, options) {
    const graph: Graph = { ...parts, weights: null };
    return send(layoutNetwork(graph, key, options));
  },
  async replayTraces(named, run, edgeList): Promise<ReplayTraces> {
    const started = performance.now();
    const scenario = await edgeLists.scenario(named, edgeList);
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
