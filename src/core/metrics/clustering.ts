import type { Stream } from '../random';
import type { UndirectedView } from './undirectedView';

/** Graphs with more nodes than this get a sampled estimate (standard error ≈ 0.3/√20000 ≈ 0.002). */
export const DEFAULT_CLUSTERING_SAMPLE = 20_000;

export interface ClusteringEstimate {
  /** Average local clustering coefficient over all nodes (nodes with < 2 neighbours count as 0). */
  value: number;
  /** True when estimated from a random sample of nodes rather than computed over all of them. */
  sampled: boolean;
  /** Number of nodes averaged over. */
  nodesUsed: number;
}

/**
 * Local clustering of node v: the share of pairs of its neighbours that are neighbours
 * themselves. `stamp` is scratch of length nodeCount, owned by the caller; it must not hold
 * the value v + 1 anywhere except where this call put it (callers visit each v once).
 */
export function localClustering(view: UndirectedView, v: number, stamp: Int32Array): number {
  const { offsets, targets } = view;
  const start = offsets[v];
  const end = offsets[v + 1];
  const d = end - start;
  if (d < 2) return 0;
  const mark = v + 1;
  for (let a = start; a < end; a++) stamp[targets[a]] = mark;
  let closed = 0; // each tie among neighbours is seen from both of its ends
  for (let a = start; a < end; a++) {
    const u = targets[a];
    const uStart = offsets[u];
    const uEnd = offsets[u + 1];
    const du = uEnd - uStart;
    // A hub (KOL) neighbour: look our few neighbours up in its long row instead of scanning it.
    // (Math.log2 only picks the faster of two exact ways to count: the count is the same either way.)
    if (du > d * Math.log2(du + 1)) {
      for (let b = start; b < end; b++) if (contains(targets, uStart, uEnd, targets[b])) closed++;
    } else {
      for (let b = uStart; b < uEnd; b++) if (stamp[targets[b]] === mark) closed++;
    }
  }
  return closed / (d * (d - 1));
}

/**
 * Average local clustering coefficient of the undirected view (Watts–Strogatz's C).
 * Exact when nodeCount ≤ sampleSize; otherwise the mean over sampleSize distinct nodes
 * drawn from rng (a seeded stream, so the estimate is reproducible).
 */
export function averageClustering(view: UndirectedView, rng: Stream, sampleSize = DEFAULT_CLUSTERING_SAMPLE): ClusteringEstimate {
  const n = view.nodeCount;
  if (n === 0) return { value: 0, sampled: false, nodesUsed: 0 };
  const stamp = new Int32Array(n);
  let sum = 0;
  if (n <= sampleSize) {
    for (let v = 0; v < n; v++) sum += localClustering(view, v, stamp);
    return { value: sum / n, sampled: false, nodesUsed: n };
  }
  const used = Math.max(1, Math.floor(sampleSize));
  // Partial Fisher–Yates over node ids: `used` distinct nodes, uniformly.
  const order = new Int32Array(n);
  for (let i = 0; i < n; i++) order[i] = i;
  for (let i = 0; i < used; i++) {
    const j = i + rng.int(n - i);
    const v = order[j];
    order[j] = order[i];
    order[i] = v;
    sum += localClustering(view, v, stamp);
  }
  return { value: sum / used, sampled: true, nodesUsed: used };
}

/** Binary search for x in the sorted range a[start .. end). */
function contains(a: Int32Array, start: number, end: number, x: number): boolean {
  let lo = start;
  let hi = end - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const y = a[mid];
    if (y === x) return true;
    if (y < x) lo = mid + 1;
    else hi = mid - 1;
  }
  return false;
}
