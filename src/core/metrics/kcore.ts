/**
 * k-core decomposition (Batagelj & Zaversnik 2003, O(m)).
 *
 * The core number of a node is the largest k such that the node belongs to a subgraph in
 * which every node has at least k neighbours. High-core nodes sit in the dense, mutually
 * reinforcing heart of the network; Kitsak et al. (2010) found them better spreaders than
 * the highest-degree nodes. Computed on the undirected view (a tie in either direction
 * makes two nodes neighbours).
 */
import type { Graph } from '../graph';
import { undirectedView, type UndirectedView } from './undirectedView';

/** Core number of every node of `g` (fully mixed graphs have no arcs: all 0). */
export function coreNumbers(g: Graph): Int32Array {
  return coreNumbersOfView(undirectedView(g));
}

/** Core numbers of an already symmetrised graph (rows free of duplicates and self-loops). */
export function coreNumbersOfView(view: UndirectedView): Int32Array {
  const n = view.nodeCount;
  const { offsets, targets } = view;
  const degree = new Int32Array(n);
  let maxDegree = 0;
  for (let v = 0; v < n; v++) {
    degree[v] = offsets[v + 1] - offsets[v];
    if (degree[v] > maxDegree) maxDegree = degree[v];
  }
  // Bucket sort the nodes by degree: `order` holds them by current degree, `binStart[d]`
  // is where the nodes of degree d begin, `position[v]` is v's index in `order`.
  const binStart = new Int32Array(maxDegree + 1);
  for (let v = 0; v < n; v++) binStart[degree[v]]++;
  for (let d = 0, start = 0; d <= maxDegree; d++) {
    const size = binStart[d];
    binStart[d] = start;
    start += size;
  }
  const order = new Int32Array(n);
  const position = new Int32Array(n);
  for (let v = 0; v < n; v++) {
    position[v] = binStart[degree[v]];
    order[position[v]] = v;
    binStart[degree[v]]++;
  }
  for (let d = maxDegree; d > 0; d--) binStart[d] = binStart[d - 1];
  binStart[0] = 0;

  // Peel nodes in order of current degree; when v goes, each neighbour with a larger degree
  // loses one, moving to the front of its bin and the bin boundary moving past it.
  for (let i = 0; i < n; i++) {
    const v = order[i];
    const dv = degree[v];
    for (let a = offsets[v]; a < offsets[v + 1]; a++) {
      const u = targets[a];
      const du = degree[u];
      if (du <= dv) continue;
      const pu = position[u];
      const pw = binStart[du];
      const w = order[pw];
      if (u !== w) {
        order[pu] = w;
        position[w] = pu;
        order[pw] = u;
        position[u] = pw;
      }
      binStart[du]++;
      degree[u] = du - 1;
    }
  }
  return degree;
}
