/**
 * Seeding: which accounts start the campaign ("seeding strategy" — not the random seed).
 *
 * - random: fresh uniform draw per run (prefix-consistent across seed counts);
 * - degree, bridges, kcore: the top `count` of a fixed ranking (see rankNodes);
 * - manual: the listed nodes, as given (the validator guarantees range and distinctness).
 */
import type { Graph } from '../graph';
import type { StreamKey } from '../random';
import { rankNodes } from './rankNodes';
import { randomSeeds } from './seedingRandom';
import type { SeedingSpec } from './seedingSpec';

export { rankNodes, type RankedSeedingMethod } from './rankNodes';

/** The seed nodes of one strategy on run `run` (distinct node indices, best first for rankings). */
export function chooseSeeds(graph: Graph, spec: SeedingSpec, root: StreamKey, run: number): Int32Array {
  const count = Math.min(spec.count, graph.nodeCount);
  switch (spec.method) {
    case 'random':
      return randomSeeds(graph.nodeCount, count, root, run);
    case 'degree':
    case 'bridges':
    case 'kcore':
      return rankNodes(graph, spec.method, root).slice(0, count);
    case 'manual':
      return Int32Array.from(spec.nodes);
    default: {
      const unknown: never = spec.method;
      throw new Error(`chooseSeeds: unknown method ${String(unknown)}`);
    }
  }
}
