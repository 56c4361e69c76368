/**
 * The layout of a network for the animated view (runs in workers/layout.worker.ts; pure, so it
 * also runs in tests):
 * 1. group the nodes (planted communities, or BFS neighbourhoods);
 * 2. up to `maxNodes` nodes: lay out each group on its own from a BFS spiral — refined with
 *    d3-force (groupForceLayout.ts) up to `forceMaxNodes`, kept as the spiral above (a million
 *    people in seconds, still one disc per community with tied people close together) — a
 *    group's size then fixes its disc; above `maxNodes`: no node positions, each group is a
 *    bubble whose area is proportional to its members;
 * 3. pack the group discs (packGroups.ts) and shift every node by its group's centre.
 * KOL accounts sit at the centre of their home group (their ties are all one-way follows,
 * which the layout does not simulate), where the view draws them as large rings.
 */
import { TIE_FOLLOW, TIE_WEAK, type Graph } from '../core/graph';
import { centreGroup, hasArc, layoutGroup } from './groupForceLayout';
import { spiralRadius } from './groupStartPlacement';
import { LAYOUT_DEFAULTS, type LayoutOptions } from './layoutOptions';
import type { NetworkPicture } from './networkPicture';
import { nodeGroups, type NodeGroups } from './nodeGroups';
import { packGroups } from './packGroups';

export function layoutNetwork(graph: Graph, key: string, options: Partial<LayoutOptions> = {}): NetworkPicture {
  const o: LayoutOptions = { ...LAYOUT_DEFAULTS, ...options };
  const started = performance.now();
  const n = graph.nodeCount;
  const groups: NodeGroups = graph.fullyMixed
    ? { kind: 'neighbourhood', group: new Int32Array(n), count: 1, start: Int32Array.of(0, n), members: Int32Array.from({ length: n }, (_, i) => i) }
    : nodeGroups(graph, o);
  const isKol = new Uint8Array(n);
  for (const k of graph.kolNodes) isKol[k] = 1;

  const sizes = new Int32Array(groups.count);
  const radii = new Float64Array(groups.count);
  const withNodes = n <= o.maxNodes;
  const local = withNodes ? new Float64Array(2 * n) : null;
  let ticks = 0;
  let settled = true;
  const inGroup = new Uint8Array(withNodes ? n : 0);
  const visited = new Uint8Array(withNodes ? n : 0);
  for (let g = 0; g < groups.count; g++) {
    const all = groups.members.subarray(groups.start[g], groups.start[g + 1]);
    sizes[g] = all.length;
    if (!local) {
      radii[g] = spiralRadius(all.length);
      continue;
    }
    const members = all.filter((v) => !isKol[v]);
    const inTime = performance.now() - started < o.timeBudgetMs;
    if (!inTime) settled = false;
    const groupTicks = inTime && n <= o.forceMaxNodes ? o.ticks : 0;
    ticks += layoutGroup(graph, members, local, inGroup, visited, groupTicks, o.theta).ticks;
    radii[g] = centreGroup(members, local);
  }
  const centres = packGroups(radii);

  let positions: Float32Array | null = null;
  if (local) {
    positions = new Float32Array(2 * n);
    for (let i = 0; i < n; i++) {
      const g = groups.group[i];
      // KOLs keep local (0, 0): the centre of their home group.
      positions[2 * i] = centres[2 * g] + (isKol[i] ? 0 : local[2 * i]);
      positions[2 * i + 1] = centres[2 * g + 1] + (isKol[i] ? 0 : local[2 * i + 1]);
    }
  }
  const degrees = nodeDegrees(graph);
  const drawn = positions && n <= o.edgeMaxNodes ? drawableEdges(graph, o.maxDrawnEdges) : null;
  return {
    key,
    nodeCount: n,
    positions,
    group: groups.group === graph.community ? groups.group.slice() : groups.group,
    groupCount: groups.count,
    groupKind: groups.kind,
    groupSizes: sizes,
    groupCentres: Float32Array.from(centres),
    groupRadii: Float32Array.from(radii),
    kolNodes: graph.kolNodes.slice(),
    ...degrees,
    edges: drawn?.edges ?? null,
    edgeKinds: drawn?.kinds ?? null,
    stats: { ticks, ms: Math.round(performance.now() - started), settled, droppedEdges: drawn?.dropped ?? 0 },
  };
}

function nodeDegrees(graph: Graph): { audience: Int32Array; following: Int32Array; weakTies: Int32Array } {
  const n = graph.nodeCount;
  const audience = new Int32Array(n);
  const weakTies = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    audience[i] = graph.offsets[i + 1] - graph.offsets[i];
    for (let a = graph.offsets[i]; a < graph.offsets[i + 1]; a++) if (graph.tieKinds[a] === TIE_WEAK) weakTies[i]++;
  }
  return { audience, following: graph.inDegree.slice(), weakTies };
}

/**
 * Ties as drawable pairs (a two-way tie once), follow arcs left out. Above `cap`, every weak
 * tie is kept (they carry content between clusters: the story of the picture) and the strong
 * ties are thinned evenly.
 */
export function drawableEdges(graph: Graph, cap: number): { edges: Int32Array; kinds: Uint8Array; dropped: number } {
  const keep = (u: number, a: number): boolean => {
    if (graph.tieKinds[a] === TIE_FOLLOW) return false;
    const v = graph.targets[a];
    return u < v || !hasArc(graph, v, u);
  };
  let strong = 0;
  let weak = 0;
  for (let u = 0; u < graph.nodeCount; u++)
    for (let a = graph.offsets[u]; a < graph.offsets[u + 1]; a++) if (keep(u, a)) graph.tieKinds[a] === TIE_WEAK ? weak++ : strong++;
  const keptWeak = Math.min(weak, cap);
  const strongBudget = Math.min(strong, cap - keptWeak);
  const total = keptWeak + strongBudget;
  const edges = new Int32Array(2 * total);
  const kinds = new Uint8Array(total);
  let out = 0;
  let weakSeen = 0;
  let strongSeen = 0;
  for (let u = 0; u < graph.nodeCount; u++) {
    for (let a = graph.offsets[u]; a < graph.offsets[u + 1]; a++) {
      if (!keep(u, a)) continue;
      const isWeak = graph.tieKinds[a] === TIE_WEAK;
      // Even thinning: the k-th of S strong ties is kept when (k·budget mod S) < budget.
      const take = isWeak ? weakSeen++ < keptWeak : (strongSeen++ * strongBudget) % strong < strongBudget;
      if (!take) continue;
      edges[2 * out] = u;
      edges[2 * out + 1] = graph.targets[a];
      kinds[out++] = graph.tieKinds[a];
    }
  }
  return { edges, kinds, dropped: weak + strong - total };
}

