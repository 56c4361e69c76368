/**
 * One network generation for the whole page pool instead of one per worker. Every worker of a run
 * needs the same network (without `resample` or uncertainty, every run's world is run 0's), and
 * generating it is the first thing each does — at a million people ~1.9 s alone, but 2.5–3 s each
 * when two generate at once on the 2-core machine of `npm run bench -- million` (they share the
 * memory bus and, on a 2-vCPU machine, often one physical core). So one worker generates it, and
 * each other worker gets a copy: the donor slices its arrays (~50 ms for ~100 MB) and the copy is
 * transferred to the page and on to the receiver, never structured-cloned. generateNetwork is a
 * pure function of (spec, seed, run), so the copy is the graph the receiver would have made and
 * the numbers are unchanged (tested: identical JSON with and without sharing).
 *
 * The page has no SharedArrayBuffer (no cross-origin isolation), hence copies. Small networks
 * are generated in parallel as before: their generation costs less than the round trips.
 */
import type { Graph } from '../core/graph';
import type { Scenario } from '../core/scenario';
import { raceAbort } from './scheduler';
import { planUncertainty } from './uncertainWorlds';

/** Below this many people each worker generates its own network (milliseconds; not worth a round trip). */
export const SHARE_NETWORK_MIN_NODES = 50_000;

/** What the pool asks a worker about its network (the methods of BrowserWorkerRemote). */
export interface NetworkHolder {
  /** Whether the worker already holds run 0's network of its loaded scenario. */
  holdsNetwork(): Promise<boolean>;
  /** A copy of run 0's network of the loaded scenario (generated if need be), its buffers transferred. */
  networkCopy(): Promise<Graph>;
  /** Keep `graph` as run 0's network of the loaded scenario (its buffers are transferred). */
  adoptNetwork(graph: Graph): Promise<void>;
}

/** A call on one worker of the pool, with the run's scenario loaded first. */
export type HolderCall = <T>(call: (holder: NetworkHolder) => Promise<T>) => Promise<T>;

/**
 * Whether the workers of a run of `scenario` should share one generation of its network: every
 * run must use run 0's network (no `resample`, no uncertain network setting) and it must be large.
 */
export function sharesNetwork(scenario: Scenario): boolean {
  const spec = scenario.network;
  if (spec.resample || spec.kind === 'fully-mixed') return false;
  if (planUncertainty(scenario)?.paths.some((path) => path.startsWith('network')) === true) return false;
  return spec.kind === 'edge-list' || spec.nodes >= SHARE_NETWORK_MIN_NODES;
}

/** A copy of `graph` whose buffers can be transferred (the original stays with its holder). */
export function copyGraph(graph: Graph): Graph {
  return {
    ...graph,
    offsets: graph.offsets.slice(),
    targets: graph.targets.slice(),
    tieKinds: graph.tieKinds.slice(),
    weights: graph.weights && graph.weights.slice(),
    inDegree: graph.inDegree.slice(),
    community: graph.community && graph.community.slice(),
    kolNodes: graph.kolNodes.slice(),
  };
}

/** The buffers of a graph, for transferring it. */
export function graphBuffers(graph: Graph): ArrayBuffer[] {
  const arrays = [graph.offsets, graph.targets, graph.tieKinds, graph.weights, graph.inDegree, graph.community, graph.kolNodes];
  return arrays.filter((a) => a !== null).map((a) => a.buffer as ArrayBuffer);
}

/**
 * Make every worker behind `workers` hold the network: a worker that holds it already is the
 * donor (else the first, which generates it); each other one adopts a copy as soon as the donor
 * has made it; resolves to the number of copies adopted. Rejects when `signal` aborts or a worker
 * fails; the caller may then go on without (each worker generates what it lacks).
 */
export async function shareNetwork(workers: readonly HolderCall[], signal?: AbortSignal): Promise<number> {
  const holds = await Promise.all(workers.map((call) => raceAbort(call((h) => h.holdsNetwork()), signal)));
  const donor = Math.max(0, holds.indexOf(true));
  const receivers = workers.filter((_, i) => i !== donor && !holds[i]);
  // The donor answers its calls in order: the first copy waits for the generation, the rest follow at once.
  await Promise.all(
    receivers.map(async (receiver) => {
      const copy = await raceAbort(workers[donor]((h) => h.networkCopy()), signal);
      await raceAbort(receiver((h) => h.adoptNetwork(copy)), signal);
    }),
  );
  return receivers.length;
}
