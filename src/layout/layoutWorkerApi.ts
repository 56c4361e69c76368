/**
 * The API of workers/layout.worker.ts, shared by the worker and its client
 * (src/ui/network/layoutClient.ts).
 *
 * Two ways to name the network: its scenario spec and seed (the worker regenerates it with
 * generateNetwork — a few hundred ms for 1M nodes, far cheaper than shipping ~100 MB of CSR
 * from the simulation worker through the page), or the CSR arrays themselves (a graph the page
 * already holds, e.g. in tests or an imported edge list).
 */
import type { DividendTrace } from '../core/dividend/dividendOutcome';
import type { NetworkSpec } from '../core/networks/networkSpec';
import type { Scenario } from '../core/scenario';
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

/** The representative run replayed: per strategy its trace and seed users (null for models without traces). */
export interface ReplayTraces {
  run: number;
  traces: (DividendTrace | null)[];
  seeds: (Int32Array | null)[];
  ms: number;
}

export interface LayoutWorkerApi {
  /**
   * Generate the network of (spec, seed, run) and lay it out. `edgeList` is the Blob of an
   * uploaded edge list the spec names by reference (src/scenario/edgeListRef.ts).
   */
  layoutSpec(spec: NetworkSpec, seed: string, run: number, options: Partial<LayoutOptions>, edgeList?: Blob): NetworkPicture | Promise<NetworkPicture>;
  /** Lay out a graph given as CSR parts, cached under `key`. */
  layoutGraph(parts: GraphParts, key: string, options: Partial<LayoutOptions>): NetworkPicture;
  /**
   * Every strategy of `scenario` re-simulated on run `run` with per-node traces — the same
   * numbers as the simulation workers' (runtime simulateTraces), on the network this worker
   * already generated for the layout.
   */
  replayTraces(scenario: Scenario, run: number, edgeList?: Blob): ReplayTraces | Promise<ReplayTraces>;
}

/** Buffers of replay traces, for Comlink.transfer. */
export function replayTransferables(r: ReplayTraces): ArrayBuffer[] {
  const buffers = new Set<ArrayBuffer>();
  for (const t of r.traces) if (t) for (const a of [t.reachedStep, t.sharedStep, t.convertedStep, t.mutedStep, t.reachedBy]) buffers.add(a.buffer as ArrayBuffer);
  for (const s of r.seeds) if (s) buffers.add(s.buffer as ArrayBuffer);
  return [...buffers];
}

/** Buffers of graph parts, for Comlink.transfer. */
export function graphPartsTransferables(p: GraphParts): ArrayBuffer[] {
  const arrays = [p.offsets, p.targets, p.tieKinds, p.inDegree, p.community, p.kolNodes];
  return [...new Set(arrays.filter((a) => a !== null).map((a) => a!.buffer as ArrayBuffer))];
}
