/**
 * Checks on the `network` section that compare fields with each other or estimate size,
 * run after every field has its own valid value. Also completes an edge list: its node
 * count comes from parsing the edges.
 */
import { edgeListLinesProblem } from './edgeListLines';
import { heldEdgeList, isEdgeListRef } from './edgeListRef';
import { parseEdgeListDetailed } from '../core/networks/edgeList';
import type { KolSpec, NetworkSpec } from '../core/networks/networkSpec';
import { pow } from '../core/portableMath';
import { problem } from './issues';
import { MAX_ARCS, MAX_NODES, MIN_MEAN_COMMUNITY_SIZE } from './limits';
import type { ParsedNetwork } from './networkSchema';
import type { Reason, ScenarioProblem } from './reasons';

/** Longest text of a field kept from an edge-list error (the message is cut at 200 characters anyway). */
const MAX_QUOTED_FIELD = 200;

export interface NetworkCheck {
  /** The completed spec, or null when there were problems. */
  spec: NetworkSpec | null;
  /** Ordinary nodes and KOL accounts, known even when another network field is wrong (not for a broken edge list). */
  size: NetworkSize | null;
  problems: ScenarioProblem[];
  warnings: ScenarioProblem[];
}

/** What strategies need to know about a network to check their seeds. */
export interface NetworkSize {
  kind: NetworkSpec['kind'];
  nodes: number;
  kols: number;
  /** Planted communities (0 when the network has none: then everyone counts as community 0). */
  communities: number;
}

/** Check a parsed network section; paths are prefixed with `network`. */
export function checkNetwork(net: ParsedNetwork): NetworkCheck {
  const problems: ScenarioProblem[] = [];
  const warnings: ScenarioProblem[] = [];
  const at = (field: string, reason: Reason) => problems.push(problem(['network', field], reason));

  switch (net.kind) {
    case 'erdos-renyi':
    case 'communities':
      if (net.meanDegree > net.nodes - 1) at('meanDegree', { code: 'numberRange', min: 0, max: net.nodes - 1, note: { kind: 'nodesMinusOne' } });
      break;
    case 'barabasi-albert':
      if (net.edgesPerNode > net.nodes - 1)
        at('edgesPerNode', { code: 'intRange', min: 1, max: net.nodes - 1, note: { kind: 'nodesMinusOne' } });
      break;
    case 'watts-strogatz':
      if (net.meanDegree % 2 !== 0 || net.meanDegree >= net.nodes)
        at('meanDegree', { code: 'evenIntRange', min: 2, max: net.nodes - 1, note: { kind: 'belowNodes' } });
      break;
    case 'configuration':
      if (net.maxDegree >= net.nodes) at('maxDegree', { code: 'intRange', min: net.minDegree, max: net.nodes - 1, note: { kind: 'belowNodes' } });
      if (net.minDegree > net.maxDegree) at('minDegree', { code: 'minDegreeRange', max: net.maxDegree });
      break;
    case 'fully-mixed':
      if (net.kols !== null && net.kols.count > 0)
        at('kols', { code: 'fullyMixedKols' });
      break;
    case 'edge-list':
      break;
  }
  if (net.kind === 'communities') {
    const most = Math.max(1, Math.floor(net.nodes / MIN_MEAN_COMMUNITY_SIZE));
    if (net.communities > most)
      at('communities', { code: 'intRange', min: 1, max: most, note: { kind: 'perCommunity', size: MIN_MEAN_COMMUNITY_SIZE } });
  }

  let spec: NetworkSpec | null = null;
  const kols = net.kols?.count ?? 0;
  const communities = net.kind === 'communities' ? net.communities : 0;
  let size: NetworkSize | null = null;
  if (net.kind === 'edge-list') {
    const nodes = completeEdgeList(net, at);
    if (nodes !== null) {
      spec = { ...net, nodes };
      size = { kind: net.kind, nodes, kols, communities };
    }
    if (net.resample && (net.kols === null || net.kols.count === 0))
      warnings.push(problem(['network', 'resample'], { code: 'edgeListResample' }));
  } else {
    spec = net;
    size = { kind: net.kind, nodes: net.nodes, kols, communities };
  }

  if (spec !== null && problems.length === 0) {
    const arcs = estimateArcs(spec);
    if (arcs > MAX_ARCS)
      at(sizeField(spec), { code: 'tooManyArcs', arcs, max: MAX_ARCS });
  }
  return { spec: problems.length === 0 ? spec : null, size, problems, warnings };
}

/**
 * The last edge list read and what it gave. The page validates the whole scenario on every edit,
 * and parsing a large uploaded edge list takes seconds: an edit that leaves the list alone (the
 * same string) reuses the outcome instead of blocking the page again.
 */
let lastEdgeList: { edges: string; directed: boolean; outcome: EdgeListOutcome } | null = null;

/** What reading an edge list gave: its node count, or the problem (and the field it belongs to). */
export type EdgeListOutcome = { nodeCount: number } | { field: string; reason: Reason };

/** The last edge list read in this thread and its outcome (a worker hands it to the page). */
export function lastEdgeListRead(): { directed: boolean; outcome: EdgeListOutcome } | null {
  return lastEdgeList === null ? null : { directed: lastEdgeList.directed, outcome: lastEdgeList.outcome };
}

/** Take an edge list's outcome read elsewhere (the upload worker) so this thread need not parse it again. */
export function rememberEdgeList(edges: string, directed: boolean, outcome: EdgeListOutcome): void {
  lastEdgeList = { edges, directed, outcome };
}

function readEdgeList(edges: string, directed: boolean): EdgeListOutcome {
  // A huge upload held by reference: the upload worker parsed it; the page never holds its text.
  if (isEdgeListRef(edges)) {
    const held = heldEdgeList(edges);
    return held !== undefined && held.directed === directed ? held.outcome : { field: 'edges', reason: { code: 'edgeListNotHeld' } };
  }
  if (lastEdgeList !== null && lastEdgeList.directed === directed && lastEdgeList.edges === edges) return lastEdgeList.outcome;
  const outcome = readEdgeListUncached(edges, directed);
  lastEdgeList = { edges, directed, outcome };
  return outcome;
}

function readEdgeListUncached(edges: string, directed: boolean): EdgeListOutcome {
  // Cheap upper bound before parsing: every line is at most one tie (two arcs unless directed).
  const tooManyLines = edgeListLinesProblem(edges, directed);
  if (tooManyLines !== null) return { field: 'edges', reason: tooManyLines };
  const parsed = parseEdgeListDetailed(edges, directed);
  if (!parsed.ok) {
    // A weight's text is the user's: keep enough of it for the (cut) message, not all of it.
    const error = parsed.error.kind === 'weight' ? { ...parsed.error, text: parsed.error.text.slice(0, MAX_QUOTED_FIELD) } : parsed.error;
    return { field: 'edges', reason: { code: 'edgeList', error } };
  }
  if (parsed.nodeCount > MAX_NODES) return { field: 'edges', reason: { code: 'edgeListTooManyNodes', nodes: parsed.nodeCount, max: MAX_NODES } };
  return { nodeCount: parsed.nodeCount };
}

/** Parse the edge list; returns its node count, or null after reporting a problem. */
function completeEdgeList(
  net: Extract<ParsedNetwork, { kind: 'edge-list' }>,
  at: (field: string, reason: Reason) => void,
): number | null {
  const parsed = readEdgeList(net.edges, net.directed);
  if ('reason' in parsed) {
    at(parsed.field, parsed.reason);
    return null;
  }
  if (net.nodes !== undefined && net.nodes !== parsed.nodeCount) {
    at('nodes', { code: 'edgeListNodeCount', nodes: parsed.nodeCount });
    return null;
  }
  return parsed.nodeCount;
}

/** The field to blame when a network is too large. */
function sizeField(spec: NetworkSpec): string {
  switch (spec.kind) {
    case 'barabasi-albert':
      return 'edgesPerNode';
    case 'configuration':
      return 'maxDegree';
    case 'erdos-renyi':
    case 'watts-strogatz':
    case 'communities':
      return 'meanDegree';
    default:
      return 'nodes';
  }
}

/** Expected number of arcs of the generated network (friendships count twice), KOL follows included. */
export function estimateArcs(spec: NetworkSpec): number {
  let arcs: number;
  switch (spec.kind) {
    case 'erdos-renyi':
    case 'watts-strogatz':
    case 'communities':
      arcs = spec.nodes * spec.meanDegree;
      break;
    case 'barabasi-albert':
      arcs = 2 * spec.nodes * spec.edgesPerNode;
      break;
    case 'configuration':
      arcs = spec.nodes * truncatedPowerLawMean(spec.degreeExponent, spec.minDegree, spec.maxDegree);
      break;
    case 'fully-mixed':
      arcs = 0; // handled analytically, never materialised
      break;
    case 'edge-list':
      arcs = 0; // bounded by its line count before parsing
      break;
  }
  return arcs + kolArcs(spec.kols, spec.nodes);
}

/** KOL of rank r is followed by about reach/r of the nodes: reach · nodes · H(count) arcs. */
function kolArcs(kols: KolSpec | null, nodes: number): number {
  if (kols === null) return 0;
  let harmonic = 0;
  for (let r = 1; r <= kols.count; r++) harmonic += 1 / r;
  return kols.reach * nodes * harmonic;
}

/** Mean of P(k) ∝ k^−γ on min … max (exact sum; max ≤ MAX_NODES keeps it to milliseconds). */
function truncatedPowerLawMean(gamma: number, min: number, max: number): number {
  let weight = 0;
  let weighted = 0;
  for (let k = min; k <= max; k++) {
    // Portable pow: a size check must not accept a scenario in one engine and refuse it in another.
    const p = pow(k, -gamma);
    weight += p;
    weighted += p * k;
  }
  return weight > 0 ? weighted / weight : min;
}
