/**
 * The API of workers/layout.worker.ts, shared by the worker and its client
 * (src/ui/network/layoutClient.ts).
 *
 * Two ways to name the network: its scenario spec and seed (the worker regenerates it with
 * generateNetwork — a few hundred ms for 1M nodes, far cheaper than shipping ~100 MB of CSR
 * from the simulation worker through the page), or the CSR arrays themselves (a graph the page
 * already holds, e.g. in tests or an imported edge list).
 */
import type { NetworkSpec } from '../core/networks/networkSpec';
import type { LayoutOptions } from './layoutOptions';
import type { NetworkPicture } from './networkPicture';

/** The CSR parts of a Graph the layout needs (copies: they are transferred to the worker). */
export interface GraphParts {
  nodeCount: number;
  offsets: Int32Array;
  targets: Int32Array;
  tieKinds: Uint8Array;
  inDegree: Int32Array;
  community: Int32Array | null;
  communityCount: number;
  kolNodes: Int32Array;
  fullyMixed: boolean;
}

export interface LayoutWorkerApi {
  /** Generate the network of (spec, seed, run) and lay it out. */
  layoutSpec(spec: NetworkSpec, seed: string, run: number, options: Partial<LayoutOptions>): NetworkPicture;
  /** Lay out a graph given as CSR parts, cached under `key`. */
  layoutGraph(parts: GraphParts, key: string, options: Partial<LayoutOptions>): NetworkPicture;
}

/** Buffers of graph parts, for Comlink.transfer. */
export function graphPartsTransferables(p: GraphParts): ArrayBuffer[] {
  const arrays = [p.offsets, p.targets, p.tieKinds, p.inDegree, p.community, p.kolNodes];
  return [...new Set(arrays.filter((a) => a !== null).map((a) => a!.buffer as ArrayBuffer))];
}
