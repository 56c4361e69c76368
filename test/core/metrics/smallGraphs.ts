import { buildGraph, EdgeBuffer, TIE_FOLLOW, TIE_STRONG, type Graph } from '../../../src/core/graph';

/** A graph of two-way ties from [u, v] pairs. */
export function tiesGraph(nodes: number, pairs: [number, number][]): Graph {
  const e = new EdgeBuffer();
  for (const [u, v] of pairs) e.addTie(u, v, TIE_STRONG);
  return buildGraph(nodes, e);
}

/** A graph of one-way arcs u → v. */
export function arcsGraph(nodes: number, pairs: [number, number][]): Graph {
  const e = new EdgeBuffer();
  for (const [u, v] of pairs) e.addArc(u, v, TIE_FOLLOW);
  return buildGraph(nodes, e);
}

export const triangle = (): Graph => tiesGraph(3, [[0, 1], [1, 2], [2, 0]]);
/** 0 – 1 – 2 – 3 */
export const path4 = (): Graph => tiesGraph(4, [[0, 1], [1, 2], [2, 3]]);
/** Hub 0 with leaves 1 … 4. */
export const star5 = (): Graph => tiesGraph(5, [[0, 1], [0, 2], [0, 3], [0, 4]]);
export const twoTriangles = (): Graph => tiesGraph(6, [[0, 1], [1, 2], [2, 0], [3, 4], [4, 5], [5, 3]]);
