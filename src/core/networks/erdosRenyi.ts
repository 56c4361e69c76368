import { EdgeBuffer } from '../graph';
import type { Stream } from '../random';

/**
 * Erdős–Rényi G(n, M) with M = round(n·c/2) ties drawn uniformly.
 * Self-loops are redrawn; the rare duplicate pair (≈ c²/4 of them in total, independent of n)
 * is merged when the CSR is built, so the realised mean degree is c within O(1/n).
 */
export function erdosRenyiEdges(nodes: number, meanDegree: number, rng: Stream, into?: EdgeBuffer): EdgeBuffer {
  const ties = Math.round((nodes * meanDegree) / 2);
  const edges = into ?? new EdgeBuffer(ties);
  if (nodes < 2) return edges;
  for (let i = 0; i < ties; i++) {
    const u = rng.int(nodes);
    let v = rng.int(nodes);
    while (v === u) v = rng.int(nodes);
    edges.addTie(u, v, 0);
  }
  return edges;
}
