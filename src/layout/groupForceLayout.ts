/**
 * d3-force inside one group: links pull tied nodes to NODE_SPACING, a Barnes–Hut repulsion
 * spreads them, and a weak pull to the centre keeps the group a round blob that packs well.
 * Only the group's own ties are simulated (ties to other groups are drawn but do not pull):
 * cross-group pulls would smear every community over its neighbours and make the clusters —
 * the point of the picture — unreadable.
 *
 * The simulation starts from the BFS spiral (groupStartPlacement.ts) and runs a fixed number
 * of ticks (alpha decays to alphaMin in exactly `ticks` ticks), so the result is deterministic;
 * d3-force's own jiggle uses its seeded LCG.
 */
import { forceLink, forceManyBody, forceSimulation, forceX, forceY, type SimulationNodeDatum } from 'd3-force';
import { TIE_FOLLOW, type Graph } from '../core/graph';
import { bfsOrder, spiralPositions } from './groupStartPlacement';
import { NODE_SPACING } from './layoutOptions';

/** Repulsion per node (d3 units), reach of the repulsion, and pull towards the group centre. */
const CHARGE = -2.2 * NODE_SPACING;
const CHARGE_REACH = 20 * NODE_SPACING;
const CENTRE_PULL = 0.06;

export interface GroupLayoutResult {
  /** Ticks run (0 for groups of fewer than 3 nodes). */
  ticks: number;
}

/**
 * Lay out `members` (one group, KOL accounts excluded) around (0, 0), writing x, y of node i to
 * xy[2i], xy[2i+1]. `inGroup` and `visited` are scratch flags of length nodeCount, all 0; they
 * are left all 0. `ticks` = 0 keeps the spiral start.
 */
export function layoutGroup(
  graph: Graph,
  members: Int32Array,
  xy: Float64Array,
  inGroup: Uint8Array,
  visited: Uint8Array,
  ticks: number,
  theta: number,
): GroupLayoutResult {
  const m = members.length;
  for (const v of members) inGroup[v] = 1;
  const order = bfsOrder(graph, members, inGroup, visited);
  const start = spiralPositions(m);
  if (m < 3 || ticks <= 0) {
    for (let k = 0; k < m; k++) {
      xy[2 * order[k]] = start[2 * k];
      xy[2 * order[k] + 1] = start[2 * k + 1];
    }
    for (const v of members) inGroup[v] = 0;
    return { ticks: 0 };
  }

  // d3 wants objects; `local` maps a node to its object's index.
  const local = new Map<number, number>();
  const nodes: SimulationNodeDatum[] = new Array(m);
  for (let k = 0; k < m; k++) {
    local.set(order[k], k);
    nodes[k] = { x: start[2 * k], y: start[2 * k + 1] };
  }
  const links: { source: number; target: number }[] = [];
  for (const u of order) {
    for (let a = graph.offsets[u]; a < graph.offsets[u + 1]; a++) {
      const v = graph.targets[a];
      if (graph.tieKinds[a] === TIE_FOLLOW || !inGroup[v]) continue;
      // A two-way tie is two arcs: keep it once; a one-way arc (directed edge list) always.
      if (v < u && hasArc(graph, v, u)) continue;
      links.push({ source: local.get(u)!, target: local.get(v)! });
    }
  }
  for (const v of members) inGroup[v] = 0;

  const alphaMin = 0.001;
  const simulation = forceSimulation(nodes)
    .alphaMin(alphaMin)
    .alphaDecay(1 - Math.pow(alphaMin, 1 / ticks))
    .force('link', forceLink(links).distance(NODE_SPACING))
    .force('charge', forceManyBody().strength(CHARGE).theta(theta).distanceMax(CHARGE_REACH))
    .force('x', forceX(0).strength(CENTRE_PULL))
    .force('y', forceY(0).strength(CENTRE_PULL))
    .stop();
  let run = 0;
  while (run < ticks && simulation.alpha() >= alphaMin) {
    simulation.tick();
    run++;
  }
  for (let k = 0; k < m; k++) {
    xy[2 * order[k]] = nodes[k].x!;
    xy[2 * order[k] + 1] = nodes[k].y!;
  }
  return { ticks: run };
}

/** Whether arc u→v exists (rows are sorted by target). */
export function hasArc(graph: Graph, u: number, v: number): boolean {
  let lo = graph.offsets[u];
  let hi = graph.offsets[u + 1] - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const t = graph.targets[mid];
    if (t === v) return true;
    if (t < v) lo = mid + 1;
    else hi = mid - 1;
  }
  return false;
}

/**
 * Move the group's nodes so their centroid is (0, 0) and return the radius of its disc. A
 * member without ties inside its group is pushed far out by the repulsion; rather than let one
 * such straggler double the disc, the disc is sized to hold 97% of the members and stragglers
 * are pulled in onto its rim.
 */
export function centreGroup(members: Int32Array, xy: Float64Array): number {
  const m = members.length;
  if (m === 0) return NODE_SPACING / 2;
  let cx = 0;
  let cy = 0;
  for (const v of members) {
    cx += xy[2 * v];
    cy += xy[2 * v + 1];
  }
  cx /= m;
  cy /= m;
  const distance = new Float64Array(m);
  members.forEach((v, k) => {
    const x = (xy[2 * v] -= cx);
    const y = (xy[2 * v + 1] -= cy);
    distance[k] = Math.hypot(x, y);
  });
  const sorted = distance.slice().sort();
  const rim = sorted[Math.min(m - 1, Math.floor(STRAGGLER_QUANTILE * m))] + NODE_SPACING / 2;
  members.forEach((v, k) => {
    if (distance[k] <= rim) return;
    const f = rim / distance[k];
    xy[2 * v] *= f;
    xy[2 * v + 1] *= f;
  });
  return rim + NODE_SPACING / 2;
}

/** Share of a group's members inside its disc before stragglers are pulled in. */
const STRAGGLER_QUANTILE = 0.97;
