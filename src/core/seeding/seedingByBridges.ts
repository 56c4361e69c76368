/**
 * Bridge seeding: connectors between groups, whose posts carry content from one community
 * into others (Granovetter's weak ties, Burt's structural holes).
 *
 * - When the network has planted communities (graph.community, ≥ 2 communities), a node's
 *   score is its participation coefficient (Guimerà & Amaral 2005) times the log of its
 *   audience:  (1 − Σ_c (k_c / k)²) · ln(1 + k),  where k is the out-degree and k_c the
 *   number of its out-neighbours in community c. The participation term is 0 for a node whose
 *   audience is all in one community and approaches 1 when it is spread over many; the log
 *   term stops a node with one friend on each side from outranking real connectors.
 * - Otherwise, its betweenness centrality estimated from a seeded sample of BFS sources
 *   (exact for networks of at most that many nodes).
 * Ties by the seeded hash.
 */
import type { Graph } from '../graph';
import { betweenness, DEFAULT_BETWEENNESS_SOURCES } from '../metrics/betweenness';
import { purposeKey, type StreamKey } from '../random';
import { rankByScore, tieBreakHashes } from './rankOrder';

/** Bridge score per node (participation × log audience, or sampled betweenness; see module comment). */
export function bridgeScores(graph: Graph, root: StreamKey, sources = DEFAULT_BETWEENNESS_SOURCES): Float64Array {
  if (graph.community !== null && graph.communityCount >= 2) return participationScores(graph, graph.community);
  return betweenness(graph, purposeKey(root, 0, 'seeding:betweenness'), sources);
}

/** All nodes by bridge score, highest first. */
export function rankByBridges(graph: Graph, root: StreamKey): Int32Array {
  return rankByScore(bridgeScores(graph, root), tieBreakHashes(graph.nodeCount, root));
}

function participationScores(graph: Graph, community: Int32Array): Float64Array {
  const n = graph.nodeCount;
  const { offsets, targets } = graph;
  const score = new Float64Array(n);
  const perCommunity = new Int32Array(graph.communityCount);
  for (let v = 0; v < n; v++) {
    const start = offsets[v];
    const end = offsets[v + 1];
    const k = end - start;
    if (k === 0) continue;
    for (let a = start; a < end; a++) perCommunity[community[targets[a]]]++;
    // Read each touched community once and reset it, keeping the pass O(k).
    let sumSquares = 0;
    for (let a = start; a < end; a++) {
      const c = community[targets[a]];
      const kc = perCommunity[c];
      if (kc === 0) continue;
      sumSquares += kc * kc;
      perCommunity[c] = 0;
    }
    score[v] = (1 - sumSquares / (k * k)) * Math.log1p(k);
  }
  return score;
}
