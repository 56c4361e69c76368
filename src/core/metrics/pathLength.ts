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
 * component has no more nodes than `sources`. Cost at most O(sources · (nodes + ties)), and
 * several times less in practice: sources are searched 32 at a time (see batchDistanceSum).
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
  if (!exact) {
    // Partial Fisher–Yates: members[0 .. used) become distinct uniform sources.
    for (let i = 0; i < used; i++) {
      const j = i + rng.int(size - i);
      const t = members[j];
      members[j] = members[i];
      members[i] = t;
    }
  }
  const scratch = newBatchScratch(view.nodeCount);
  let total = 0;
  for (let first = 0; first < used; first += BATCH) {
    total += batchDistanceSum(view, members.subarray(first, Math.min(used, first + BATCH)), scratch);
  }
  return { value: total / (used * (size - 1)), sources: used, exact };
}

/** Sources searched together: one bit each of a 32-bit word. */
const BATCH = 32;

interface BatchScratch {
  seen: Int32Array;
  frontier: Int32Array;
  next: Int32Array;
  active: Int32Array;
  nextActive: Int32Array;
}

function newBatchScratch(n: number): BatchScratch {
  return {
    seen: new Int32Array(n),
    frontier: new Int32Array(n),
    next: new Int32Array(n),
    active: new Int32Array(n),
    nextActive: new Int32Array(n),
  };
}

/**
 * Sum of BFS distances from up to 32 distinct sources to every node they reach, searched
 * together (multi-source bit-parallel BFS): bit b of seen[v] says source b has reached v.
 * A node's row is scanned once per level at which any of the sources first reaches it,
 * instead of once per source — several times fewer scans on small-world graphs, where most
 * sources reach a node within a few levels of each other.
 */
function batchDistanceSum(view: UndirectedView, sources: Int32Array, s: BatchScratch): number {
  const { offsets, targets } = view;
  const { seen, frontier, next } = s;
  let active = s.active;
  let nextActive = s.nextActive;
  let activeCount = 0;
  for (let b = 0; b < sources.length; b++) {
    const v = sources[b];
    if (frontier[v] === 0) active[activeCount++] = v;
    seen[v] |= 1 << b;
    frontier[v] |= 1 << b;
  }
  let sum = 0;
  for (let level = 1; activeCount > 0; level++) {
    let nextCount = 0;
    for (let i = 0; i < activeCount; i++) {
      const v = active[i];
      const reaching = frontier[v];
      for (let a = offsets[v]; a < offsets[v + 1]; a++) {
        const u = targets[a];
        const fresh = reaching & ~seen[u];
        if (fresh === 0) continue;
        if (next[u] === 0) nextActive[nextCount++] = u;
        next[u] |= fresh;
        seen[u] |= fresh;
        sum += level * popcount(fresh);
      }
    }
    for (let i = 0; i < activeCount; i++) frontier[active[i]] = 0;
    for (let i = 0; i < nextCount; i++) {
      const u = nextActive[i];
      frontier[u] = next[u];
      next[u] = 0;
    }
    const swap = active;
    active = nextActive;
    nextActive = swap;
    activeCount = nextCount;
  }
  seen.fill(0);
  return sum;
}

function popcount(x: number): number {
  x -= (x >>> 1) & 0x55555555;
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  x = (x + (x >>> 4)) & 0x0f0f0f0f;
  return Math.imul(x, 0x01010101) >>> 24;
}
