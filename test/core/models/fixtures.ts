/** Small graphs and helpers shared by the model tests (not a test file itself). */
import { buildGraph, EdgeBuffer, TIE_STRONG, type Graph } from '../../../src/core/graph';
import { erdosRenyiEdges } from '../../../src/core/networks/erdosRenyi';
import { purposeStream, rootKey, Stream, childKey, type StreamKey } from '../../../src/core/random';

export const ROOT: StreamKey = rootKey('model-tests');

/** A graph from two-way ties and one-way arcs. */
export function graphOf(n: number, ties: Array<[number, number]>, arcs: Array<[number, number]> = []): Graph {
  const edges = new EdgeBuffer(ties.length + arcs.length);
  for (const [u, v] of ties) edges.addTie(u, v, TIE_STRONG);
  for (const [u, v] of arcs) edges.addArc(u, v, TIE_STRONG);
  return buildGraph(n, edges);
}

/** A graph of weighted one-way arcs [from, to, weight]. */
export function weightedArcs(n: number, arcs: Array<[number, number, number]>): Graph {
  const edges = new EdgeBuffer(arcs.length, true);
  for (const [u, v, w] of arcs) edges.addArc(u, v, TIE_STRONG, w);
  return buildGraph(n, edges);
}

/** The path 0 – 1 – … – (n−1) as two-way ties. */
export function path(n: number): Graph {
  const ties: Array<[number, number]> = [];
  for (let i = 0; i + 1 < n; i++) ties.push([i, i + 1]);
  return graphOf(n, ties);
}

/** A star: hub 0 tied to leaves 1 … leaves. */
export function star(leaves: number): Graph {
  const ties: Array<[number, number]> = [];
  for (let i = 1; i <= leaves; i++) ties.push([0, i]);
  return graphOf(leaves + 1, ties);
}

/** Erdős–Rényi G(n, M) with mean degree c; with `weighted`, every arc gets a uniform weight in (0, 1]. */
export function erGraph(n: number, c: number, label: string, weighted = false): Graph {
  const edges = erdosRenyiEdges(n, c, purposeStream(ROOT, 0, `er:${label}`));
  if (!weighted) return buildGraph(n, edges);
  const rng = new Stream(childKey(ROOT, `weights:${label}`));
  const withWeights = new EdgeBuffer(edges.length, true);
  // Half the ties become one-way arcs so the weighted graphs are also directed.
  for (let i = 0; i < edges.length; i++) {
    const w = 1 - rng.next();
    if (rng.next() < 0.5) withWeights.addTie(edges.src[i], edges.dst[i], TIE_STRONG, w);
    else withWeights.addArc(edges.src[i], edges.dst[i], TIE_STRONG, w);
  }
  return buildGraph(n, withWeights);
}

export function seedsOf(...nodes: number[]): Int32Array {
  return Int32Array.from(nodes);
}

/** Plain arrays for readable toEqual failures. */
export function timelineOf(o: { timeline: { reached: Int32Array; shared: Int32Array; converted: Int32Array; churned: Int32Array } }) {
  return {
    reached: Array.from(o.timeline.reached),
    shared: Array.from(o.timeline.shared),
    converted: Array.from(o.timeline.converted),
    churned: Array.from(o.timeline.churned),
  };
}
