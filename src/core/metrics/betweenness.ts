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
export const DEFAULT_BETWEENNESS_SOURCES = 128;

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
  const distance = new Int32Array(n).fill(-1);
  const paths = new Float64Array(n); // σ: number of shortest paths from the source
  const dependency = new Float64Array(n); // δ: the source's dependency on each node
  const visitOrder = new Int32Array(n);

  for (let si = 0; si < sample.length; si++) {
    const s = sample[si];
    distance[s] = 0;
    paths[s] = 1;
    visitOrder[0] = s;
    let head = 0;
    let tail = 1;
    while (head < tail) {
      const v = visitOrder[head++];
      const next = distance[v] + 1;
      for (let a = offsets[v]; a < offsets[v + 1]; a++) {
        const w = targets[a];
        if (distance[w] < 0) {
          distance[w] = next;
          visitOrder[tail++] = w;
        }
        if (distance[w] === next) paths[w] += paths[v];
      }
    }
    // Accumulate in reverse BFS order over successors (w one step further along an arc),
    // which avoids storing predecessor lists.
    for (let i = tail - 1; i >= 0; i--) {
      const v = visitOrder[i];
      const next = distance[v] + 1;
      let d = 0;
      for (let a = offsets[v]; a < offsets[v + 1]; a++) {
        const w = targets[a];
        if (distance[w] === next) d += (paths[v] / paths[w]) * (1 + dependency[w]);
      }
      dependency[v] = d;
      if (v !== s) result[v] += d;
    }
    for (let i = 0; i < tail; i++) {
      const v = visitOrder[i];
      distance[v] = -1;
      paths[v] = 0;
      dependency[v] = 0;
    }
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
