/**
 * Web Worker entry point of the network layout: exposes LayoutWorkerApi over Comlink and
 * transfers the picture's buffers back. d3-force runs here, off the main thread, so the page
 * keeps animating and answering while a 20k-node network settles (a few seconds).
 */
import * as Comlink from 'comlink';
import { generateNetwork } from '../src/core/networks/generateNetwork';
import { rootKey } from '../src/core/random';
import type { Graph } from '../src/core/graph';
import { layoutNetwork } from '../src/layout/layoutNetwork';
import type { GraphParts, LayoutWorkerApi } from '../src/layout/layoutWorkerApi';
import { networkKey } from '../src/layout/networkKey';
import { pictureTransferables, type NetworkPicture } from '../src/layout/networkPicture';

function send(picture: NetworkPicture): NetworkPicture {
  return Comlink.transfer(picture, pictureTransferables(picture));
}

const api: LayoutWorkerApi = {
  layoutSpec(spec, seed, run, options) {
    const graph = generateNetwork(spec, rootKey(seed), run);
    return send(layoutNetwork(graph, networkKey(spec, seed, run), options));
  },
  layoutGraph(parts: GraphParts, key, options) {
    const graph: Graph = { ...parts, weights: null };
    return send(layoutNetwork(graph, key, options));
  },
};

Comlink.expose(api);
