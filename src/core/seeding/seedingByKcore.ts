/**
 * k-core seeding: nodes of the innermost core first (Kitsak et al. 2010: the core, not the
 * hubs on the periphery, holds the most efficient single spreaders). Ties by degree on the
 * undirected view, then by the seeded hash.
 */
import type { Graph } from '../graph';
import { coreNumbersOfView } from '../metrics/kcore';
import { undirectedView } from '../metrics/undirectedView';
import type { StreamKey } from '../random';
import { rankByScore, tieBreakHashes } from './rankOrder';

/** All nodes by (core number, undirected degree), highest first. */
export function rankByKcore(graph: Graph, root: StreamKey): Int32Array {
  const n = graph.nodeCount;
  const view = undirectedView(graph);
  const core = coreNumbersOfView(view);
  // Degree < n, so core·n + degree orders by core first, then degree, exactly (< 2^53 for n < 9·10^7).
  const score = new Float64Array(n);
  for (let v = 0; v < n; v++) score[v] = core[v] * n + (view.offsets[v + 1] - view.offsets[v]);
  return rankByScore(score, tieBreakHashes(n, root));
}
