import type { Graph } from '../graph';
import { sortRowAscending } from '../sortRow';

/**
 * The undirected, unweighted view of a graph in CSR form: u and v are neighbours when an arc
 * joins them in either direction. Rows are sorted and free of duplicates, so `targets.length`
 * is twice the number of connected pairs. Components, clustering and path lengths are
 * defined on this view (who can reach whom ignoring direction, who is in whose circle).
 */
export interface UndirectedView {
  readonly nodeCount: number;
  readonly offsets: Int32Array;
  readonly targets: Int32Array;
}

/** Symmetrise the arcs of g (not meaningful for fully mixed graphs, which have none). */
export function undirectedView(g: Graph): UndirectedView {
  const n = g.nodeCount;
  const { offsets: arcOffsets, targets: arcTargets } = g;
  const degree = new Int32Array(n + 1);
  for (let u = 0; u < n; u++) {
    for (let a = arcOffsets[u]; a < arcOffsets[u + 1]; a++) {
      degree[u]++;
      degree[arcTargets[a]]++;
    }
  }
  const rowStart = new Int32Array(n + 1);
  for (let u = 0; u < n; u++) rowStart[u + 1] = rowStart[u] + degree[u];
  const cursor = rowStart.slice(0, n);
  const raw = new Int32Array(rowStart[n]);
  for (let u = 0; u < n; u++) {
    for (let a = arcOffsets[u]; a < arcOffsets[u + 1]; a++) {
      const v = arcTargets[a];
      raw[cursor[u]++] = v;
      raw[cursor[v]++] = u;
    }
  }
  // A friendship (u→v and v→u) lands twice in each row; sort and compact in place.
  const offsets = new Int32Array(n + 1);
  let out = 0;
  for (let u = 0; u < n; u++) {
    const start = rowStart[u];
    const end = rowStart[u + 1];
    offsets[u] = out;
    sortRowAscending(raw, start, end);
    let last = -1;
    for (let i = start; i < end; i++) {
      const v = raw[i];
      if (v !== last) raw[out++] = v;
      last = v;
    }
  }
  offsets[n] = out;
  return { nodeCount: n, offsets, targets: raw.slice(0, out) };
}
