/**
 * Betweenness centrality by Brandes' algorithm (2001), exact or estimated from a sample of
 * source nodes (Brandes & Pich 2007).
 *
 * The betweenness of v is the number of shortest paths between other nodes that pass
 * through v (each pair's paths share one unit). Paths follow arcs, i.e. the direction in
 * which content travels. Nodes with high betweenness are the connectors that content must
 * cross to get from one group to another.
 */
import type { Graph } from '../graph';
import { Stream, type StreamKey } from '../random';

/** Default number of sampled BFS sources: enough to rank the top connectors reliably at O(sources·m) cost. */
const DEFAULT_BETWEENNESS_SOURCES = 128;

/**
 * Betweenness from `sources` BFS sources drawn without replacement by a stream seeded with
 * `key`; with `sources` ≥ nodeCount every node is a source and the result is exact.
 * Sampled values are scaled by nodeCount/sources so they estimate the exact ones.
 * Unweighted: arc weights are ignored.
 */
export function betweenness(g: Graph, key: StreamKey, sources = DEFAULT_BETWEENNESS_SOURCES): Float64Array {
  const n = g.nodeCount;
  const result = new Float64Array(n);
  if (n === 0) return result;
  const sample = sampleSources(n, Math.min(sources, n), key);
  const { offsets, targets } = g;
  // One interleaved array per node — [distance from the source (−1 = unseen), σ] — so each
  // visit of a neighbour costs one cache miss instead of two on big graphs. After a node's
  // dependency δ is known, its σ slot is overwritten with (1 + δ)/σ, the only thing its
  // predecessors need: δ(v) = σ(v)·Σ_{successors w} (1 + δ(w))/σ(w).
  const slot = new Float64Array(2 * n);
  for (let v = 0; v < n; v++) slot[2 * v] = -1;
  const visitOrder = new Int32Array(n);

  for (let si = 0; si < sample.length; si++) {
    const s = sample[si];
    slot[2 * s] = 0;
    slot[2 * s + 1] = 1;
    visitOrder[0] = s;
    let head = 0;
    let tail = 1;
    while (head < tail) {
      const v = visitOrder[head++];
      const next = slot[2 * v] + 1;
      const pathsV = slot[2 * v + 1];
      const end = offsets[v + 1];
      for (let a = offsets[v]; a < end; a++) {
        const w2 = 2 * targets[a];
        const dw = slot[w2];
        if (dw < 0) {
          slot[w2] = next;
          slot[w2 + 1] = pathsV;
          visitOrder[tail++] = w2 >> 1;
        } else if (dw === next) {
          slot[w2 + 1] += pathsV;
        }
      }
    }
    // Reverse BFS order: every successor w of v is finished before v.
    for (let i = tail - 1; i >= 0; i--) {
      const v = visitOrder[i];
      const next = slot[2 * v] + 1;
      const end = offsets[v + 1];
      let sum = 0;
      for (let a = offsets[v]; a < end; a++) {
        const w2 = 2 * targets[a];
        if (slot[w2] === next) sum += slot[w2 + 1];
      }
      const pathsV = slot[2 * v + 1];
      const d = pathsV * sum;
      slot[2 * v + 1] = (1 + d) / pathsV;
      if (v !== s) result[v] += d;
    }
    for (let i = 0; i < tail; i++) slot[2 * visitOrder[i]] = -1;
  }
  if (sample.length < n) {
    const scale = n / sample.length;
    for (let v = 0; v < n; v++) result[v] *= scale;
  }
  return result;
}

/** `count` distinct nodes by a partial Fisher–Yates shuffle (all nodes, in order, when count = n). */
function sampleSources(n: number, count: number, key: StreamKey): Int32Array {
  const nodes = new Int32Array(n);
  for (let i = 0; i < n; i++) nodes[i] = i;
  if (count === n) return nodes;
  const rng = new Stream(key);
  for (let i = 0; i < count; i++) {
    const j = i + rng.int(n - i);
    const x = nodes[i];
    nodes[i] = nodes[j];
    nodes[j] = x;
  }
  return nodes.slice(0, count);
}
