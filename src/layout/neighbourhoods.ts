/**
 * Neighbourhoods: a grouping for networks without planted communities (Erdős–Rényi,
 * Barabási–Albert, small world, configuration, edge lists), so that they too can be laid out
 * group by group and shown as a community map.
 *
 * A multi-source BFS from `count` well-spread hubs gives every node the nearest hub's group
 * (graph Voronoi cells): O(nodes + arcs), deterministic, and each group is connected. Follow
 * arcs of KOL accounts are not walked (a KOL would swallow its whole audience); a KOL joins the
 * group most of its followers are in. Nodes the BFS cannot reach (isolated nodes, other
 * components without a hub) start groups of their own, one per component, and the tiny ones
 * are pooled into a last "scattered" group so that 10,000 isolated nodes are not 10,000 groups.
 */
import { TIE_FOLLOW, type Graph } from '../core/graph';

export interface Grouping {
  group: Int32Array;
  count: number;
}

/** Components smaller than this are pooled into one group. */
const SCATTERED_COMPONENT = 4;

export function neighbourhoods(graph: Graph, count: number): Grouping {
  const n = graph.nodeCount;
  const group = new Int32Array(n).fill(-1);
  if (n === 0) return { group, count: 0 };
  const isKol = new Uint8Array(n);
  for (const k of graph.kolNodes) isKol[k] = 1;
  const queue = new Int32Array(n);
  let head = 0;
  let tail = 0;
  let groups = 0;

  // Hubs: highest degree first, skipping nodes already claimed by an earlier hub's first ring,
  // so hubs are spread out instead of clustered around the biggest one.
  const order = nodesByDegree(graph, isKol);
  const claimed = new Uint8Array(n);
  for (let k = 0; k < order.length && groups < count; k++) {
    const hub = order[k];
    if (claimed[hub]) continue;
    group[hub] = groups++;
    queue[tail++] = hub;
    claimed[hub] = 1;
    for (let a = graph.offsets[hub]; a < graph.offsets[hub + 1]; a++) if (graph.tieKinds[a] !== TIE_FOLLOW) claimed[graph.targets[a]] = 1;
  }
  tail = bfs(graph, group, queue, head, tail);
  head = tail;

  // Whatever is left: one group per component, tiny components pooled.
  let scattered = -1;
  for (let s = 0; s < n; s++) {
    if (group[s] >= 0 || isKol[s]) continue;
    const start = tail;
    group[s] = groups;
    queue[tail++] = s;
    tail = bfs(graph, group, queue, head, tail);
    head = tail;
    if (tail - start < SCATTERED_COMPONENT) {
      if (scattered < 0) scattered = groups++;
      for (let q = start; q < tail; q++) group[queue[q]] = scattered;
    } else groups++;
  }
  for (const k of graph.kolNodes) group[k] = majorityGroup(graph, k, group, groups);
  return { group, count: Math.max(groups, 1) };
}

function bfs(graph: Graph, group: Int32Array, queue: Int32Array, head: number, tail: number): number {
  const { offsets, targets, tieKinds } = graph;
  while (head < tail) {
    const u = queue[head++];
    const g = group[u];
    for (let a = offsets[u]; a < offsets[u + 1]; a++) {
      if (tieKinds[a] === TIE_FOLLOW) continue;
      const v = targets[a];
      if (group[v] >= 0) continue;
      group[v] = g;
      queue[tail++] = v;
    }
  }
  return tail;
}

/** Non-KOL nodes by degree (out + in), highest first, ties by index: a counting sort, O(n + max degree). */
function nodesByDegree(graph: Graph, isKol: Uint8Array): Int32Array {
  const n = graph.nodeCount;
  let maxDegree = 0;
  const degree = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    degree[i] = graph.offsets[i + 1] - graph.offsets[i] + graph.inDegree[i];
    if (degree[i] > maxDegree) maxDegree = degree[i];
  }
  // start[d] = first slot of degree d when sorted by descending degree.
  const start = new Int32Array(maxDegree + 2);
  let kept = 0;
  for (let i = 0; i < n; i++) if (!isKol[i]) start[maxDegree - degree[i] + 1]++, kept++;
  for (let d = 1; d <= maxDegree + 1; d++) start[d] += start[d - 1];
  const out = new Int32Array(kept);
  for (let i = 0; i < n; i++) if (!isKol[i]) out[start[maxDegree - degree[i]]++] = i;
  return out;
}

/** The group most of a KOL's followers belong to (group 0 without followers). */
function majorityGroup(graph: Graph, kol: number, group: Int32Array, groups: number): number {
  const tally = new Map<number, number>();
  let best = 0;
  let bestCount = 0;
  for (let a = graph.offsets[kol]; a < graph.offsets[kol + 1]; a++) {
    const g = group[graph.targets[a]];
    if (g < 0 || g >= groups) continue;
    const c = (tally.get(g) ?? 0) + 1;
    tally.set(g, c);
    if (c > bestCount || (c === bestCount && g < best)) {
      best = g;
      bestCount = c;
    }
  }
  return best;
}
