/** Small hand-made graphs for the layout tests. */
import { buildGraph, EdgeBuffer, TIE_FOLLOW, TIE_STRONG, TIE_WEAK, type Graph } from '../../src/core/graph';

/** Two-way ties [u, v, kind?] on n nodes, with optional communities and KOLs. */
export function tieGraph(n: number, ties: [number, number, number?][], extras: Parameters<typeof buildGraph>[2] = {}): Graph {
  const e = new EdgeBuffer();
  for (const [u, v, k] of ties) e.addTie(u, v, k ?? TIE_STRONG);
  return buildGraph(n, e, extras);
}

/**
 * Two triangles {0,1,2} and {3,4,5} joined by a weak tie 2–3, plus a KOL (node 6) in community 0
 * followed by 3, 4 and 5.
 */
export function twoTriangles(): Graph {
  const e = new EdgeBuffer();
  for (const [u, v] of [[0, 1], [1, 2], [0, 2], [3, 4], [4, 5], [3, 5]]) e.addTie(u, v, TIE_STRONG);
  e.addTie(2, 3, TIE_WEAK);
  for (const f of [3, 4, 5]) e.addArc(6, f, TIE_FOLLOW);
  return buildGraph(7, e, { community: Int32Array.of(0, 0, 0, 1, 1, 1, 0), communityCount: 2, kolNodes: Int32Array.of(6) });
}
