import { EdgeBuffer, TIE_STRONG } from '../graph';
import type { Stream } from '../random';

/**
 * Barabási–Albert preferential attachment: start from a clique of m + 1 nodes, then each
 * newcomer ties to m distinct existing nodes chosen with probability proportional to their
 * degree. Degrees follow P(k) ∝ k^−3 for k ≥ m; mean degree → 2m.
 *
 * Linear time: every tie appends both endpoints to one array, so a uniform pick from that
 * array is a degree-proportional pick of a node (no per-step weight bookkeeping).
 * A newcomer's picks are redrawn when they repeat an earlier pick of the same newcomer,
 * so no two of its ties go to the same node (this is the usual "without multi-edges" variant).
 */
export function barabasiAlbertEdges(nodes: number, edgesPerNode: number, rng: Stream, into?: EdgeBuffer): EdgeBuffer {
  const m = Math.max(0, Math.floor(edgesPerNode));
  const cliqueSize = Math.min(nodes, m + 1);
  const cliqueTies = (cliqueSize * (cliqueSize - 1)) / 2;
  const growthTies = Math.max(0, nodes - cliqueSize) * m;
  const edges = into ?? new EdgeBuffer(cliqueTies + growthTies);
  if (m === 0) return edges;

  // Each tie contributes both endpoints: a uniform entry is a degree-proportional node.
  const endpoints = new Int32Array(2 * (cliqueTies + growthTies));
  let filled = 0;
  for (let u = 0; u < cliqueSize; u++) {
    for (let v = u + 1; v < cliqueSize; v++) {
      edges.addTie(u, v, TIE_STRONG);
      endpoints[filled++] = u;
      endpoints[filled++] = v;
    }
  }

  const picked = new Int32Array(m);
  for (let newcomer = cliqueSize; newcomer < nodes; newcomer++) {
    // Picks are made from the endpoints as they stood before this newcomer arrived.
    const pool = filled;
    for (let j = 0; j < m; j++) {
      let target: number;
      let repeat: boolean;
      do {
        target = endpoints[rng.int(pool)];
        repeat = false;
        for (let q = 0; q < j; q++) {
          if (picked[q] === target) {
            repeat = true;
            break;
          }
        }
      } while (repeat);
      picked[j] = target;
    }
    for (let j = 0; j < m; j++) {
      edges.addTie(newcomer, picked[j], TIE_STRONG);
      endpoints[filled++] = newcomer;
      endpoints[filled++] = picked[j];
    }
  }
  return edges;
}
