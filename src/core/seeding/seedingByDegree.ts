/**
 * Degree seeding: the accounts with the largest audience (out-degree: how many people see
 * their posts). KOL accounts are ordinary nodes here, and degree seeding naturally picks
 * them first — as a marketer buying reach would.
 */
import type { Graph } from '../graph';
import type { StreamKey } from '../random';
import { rankByScore, tieBreakHashes } from './rankOrder';

/** All nodes by out-degree, largest first; ties by the seeded hash (a fully mixed graph is all ties). */
export function rankByDegree(graph: Graph, root: StreamKey): Int32Array {
  const n = graph.nodeCount;
  const score = new Float64Array(n);
  for (let v = 0; v < n; v++) score[v] = graph.offsets[v + 1] - graph.offsets[v];
  return rankByScore(score, tieBreakHashes(n, root));
}
