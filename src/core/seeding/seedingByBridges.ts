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
 *   (exact for networks of at most that many nodes): 128 sources, fewer on big networks so
 *   that the ranking stays around a second (sources × arcs ≤ 32M, at least 4 sources). One
 *   source costs about one BFS sweep twice over all arcs — ~25 ms at 1M arcs, ~1 s at 10M
 *   arcs on a 2-core VM — so a 1M-node network gets a rough 4-source estimate in ~4 s.
 * Ties by the seeded hash.
 */
import type { Graph } from '../graph';
import { betweenness } from '../metrics/betweenness';
import { log1p } from '../portableMath';
import { purposeKey, type StreamKey } from '../random';
import { rankByScore, tieBreakHashes } from './rankOrder';

/** BFS sources for the betweenness estimate on small and medium networks. */
const BRIDGE_BETWEENNESS_SOURCES = 128;
/** Fewest sources on huge networks: a rough estimate that still singles out the main connectors. */
const BRIDGE_MIN_SOURCES = 4;
/** Work budget: sources × arcs (each source sweeps every arc twice). */
const BRIDGE_ARC_VISIT_BUDGET = 32_000_000;

/** Number of betweenness sources for a network with `arcs` arcs (see module comment). */
export function bridgeSourceCount(arcs: number): number {
  const affordable = Math.floor(BRIDGE_ARC_VISIT_BUDGET / Math.max(1, arcs));
  return Math.max(BRIDGE_MIN_SOURCES, Math.min(BRIDGE_BETWEENNESS_SOURCES, affordable));
}

/** Bridge score per node (participation × log audience, or sampled betweenness; see module comment). */
export function bridgeScores(graph: Graph, root: StreamKey): Float64Array {
  if (graph.community !== null && graph.communityCount >= 2) return participationScores(graph, graph.community);
  return betweenness(graph, purposeKey(root, 0, 'seeding:betweenness'), bridgeSourceCount(graph.targets.length));
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
    score[v] = (1 - sumSquares / (k * k)) * log1p(k);
  }
  return score;
}
