/**
 * Rankings behind the structural seeding methods (degree, bridges, k-core).
 *
 * A ranking depends only on the network and the scenario seed, never on the run, so on a
 * shared network it is computed once and reused by every run and strategy; seeding with
 * `count` seeds takes its first `count` nodes.
 */
import type { Graph } from '../graph';
import type { StreamKey } from '../random';
import { rankByBridges } from './seedingByBridges';
import { rankByDegree } from './seedingByDegree';
import { rankByKcore } from './seedingByKcore';
import type { SeedingMethod } from './seedingSpec';

/** Seeding methods that are a fixed ranking of the nodes. */
export type RankedSeedingMethod = Extract<SeedingMethod, 'degree' | 'bridges' | 'kcore'>;

const cache = new WeakMap<Graph, Map<string, Int32Array>>();

/**
 * All nodes of `graph` in seeding order for `method` (best first). Memoised per graph
 * (weakly, so a discarded network frees its rankings) and root key: the returned array is
 * shared — do not modify it.
 */
export function rankNodes(graph: Graph, method: RankedSeedingMethod, root: StreamKey): Int32Array {
  let perGraph = cache.get(graph);
  if (perGraph === undefined) {
    perGraph = new Map();
    cache.set(graph, perGraph);
  }
  const id = `${method}:${root.a}:${root.b}`;
  let ranking = perGraph.get(id);
  if (ranking === undefined) {
    ranking = computeRanking(graph, method, root);
    perGraph.set(id, ranking);
  }
  return ranking;
}

function computeRanking(graph: Graph, method: RankedSeedingMethod, root: StreamKey): Int32Array {
  switch (method) {
    case 'degree':
      return rankByDegree(graph, root);
    case 'bridges':
      return rankByBridges(graph, root);
    case 'kcore':
      return rankByKcore(graph, root);
    default: {
      const unknown: never = method;
      throw new Error(`rankNodes: unknown method ${String(unknown)}`);
    }
  }
}
