import type { Stream } from '../random';
import type { Components } from './components';
import type { UndirectedView } from './undirectedView';

/** Breadth-first searches used to estimate the average path length (≈ 1 % relative error on typical graphs). */
export const DEFAULT_PATH_SOURCES = 200;

export interface PathLengthEstimate {
  /** Mean number of steps between two distinct nodes of the largest component (0 if it has < 2 nodes). */
  value: number;
  /** Number of BFS sources used; equals the component size when the value is exact. */
  sources: number;
  /** True when every node of the largest component was a source (the exact average). */
  exact: boolean;
}

/**
 * Average shortest path length of the undirected view, within the largest component (paths
 * between components are infinite). Breadth-first search from `sources` distinct random
 * nodes of that component, averaging the distance to every other node of it; exact when the
 * component has no more nodes than `sources`. Cost O(sources · (nodes + ties)).
 */
export function averagePathLength(
  view: UndirectedView,
  components: Components,
  rng: Stream,
  sources = DEFAULT_PATH_SOURCES,
): PathLengthEstimate {
  const size = components.largestSize;
  if (size < 2) return { value: 0, sources: 0, exact: true };
  const members = new Int32Array(size);
  let m = 0;
  for (let v = 0; v < view.nodeCount; v++) if (components.componentOf[v] === components.largest) members[m++] = v;

  const exact = size <= sources;
  const used = exact ? size : Math.max(1, Math.floor(sources));
  const distance = new Int32Array(view.nodeCount);
  const queue = new Int32Array(size);
  let total = 0;
  for (let i = 0; i < used; i++) {
    if (!exact) {
      // Partial Fisher–Yates: members[0 .. used) become distinct uniform sources.
      const j = i + rng.int(size - i);
      const t = members[j];
      members[j] = members[i];
      members[i] = t;
    }
    total += distanceSum(view, members[i], distance, queue);
  }
  return { value: total / (used * (size - 1)), sources: used, exact };
}

/** Sum of BFS distances from source to every node it reaches. */
function distanceSum(view: UndirectedView, source: number, distance: Int32Array, queue: Int32Array): number {
  const { offsets, targets } = view;
  distance.fill(-1);
  distance[source] = 0;
  let head = 0;
  let tail = 0;
  let sum = 0;
  queue[tail++] = source;
  while (head < tail) {
    const u = queue[head++];
    const du = distance[u] + 1;
    for (let a = offsets[u]; a < offsets[u + 1]; a++) {
      const v = targets[a];
      if (distance[v] < 0) {
        distance[v] = du;
        sum += du;
        queue[tail++] = v;
      }
    }
  }
  return sum;
}
