/**
 * The audience graph in CSR form (compressed sparse rows of out-arcs).
 *
 * Arc i→j means "j sees what i posts". A friendship is two arcs. Arcs of node i are
 * `targets[offsets[i] .. offsets[i+1])`, sorted by target, without self-loops or duplicates;
 * `tieKinds` and (optionally) `weights` are parallel to `targets`.
 * Typed arrays throughout: ~50× faster than object graphs and transferable between workers.
 */

import { sortRowAscending } from './sortRow';

/** Tie kinds. Codes are stored per arc in a Uint8Array. */
export const TIE_STRONG = 0; // same community (friends, family, group members)
export const TIE_WEAK = 1; // across communities (acquaintances that bridge clusters)
export const TIE_FOLLOW = 2; // one-way follow of a KOL / large account
const TIE_KIND_NAMES = ['strong', 'weak', 'follow'] as const;
export type TieKindName = (typeof TIE_KIND_NAMES)[number];

export interface Graph {
  /** Number of agents, KOL accounts included. */
  readonly nodeCount: number;
  /** Length nodeCount + 1. */
  readonly offsets: Int32Array;
  /** Length = arc count. */
  readonly targets: Int32Array;
  /** Tie kind code per arc (TIE_STRONG / TIE_WEAK / TIE_FOLLOW). */
  readonly tieKinds: Uint8Array;
  /** Optional per-arc weight in (0, 1] (imported edge lists); absent means all 1. */
  readonly weights: Float32Array | null;
  /** Number of arcs pointing at each node (audience members see posts of their in-neighbours). */
  readonly inDegree: Int32Array;
  /**
   * Fully mixed population: no explicit arcs, every agent sees every other agent.
   * Models handle it analytically instead of materialising n² arcs.
   */
  readonly fullyMixed: boolean;
  /** Community id per node, or null when the generator has no communities. KOL accounts get their home community. */
  readonly community: Int32Array | null;
  readonly communityCount: number;
  /** Node indices of KOL accounts (empty when none). */
  readonly kolNodes: Int32Array;
}

export function arcCount(g: Graph): number {
  return g.targets.length;
}

/** Growable list of edges used by generators before they are frozen into CSR. */
export class EdgeBuffer {
  src: Int32Array;
  dst: Int32Array;
  kind: Uint8Array;
  /** 1 = the edge is a two-way tie (becomes two arcs), 0 = one arc src→dst. */
  both: Uint8Array;
  weight: Float32Array | null;
  length = 0;

  constructor(capacity = 1024, withWeights = false) {
    const c = Math.max(16, capacity);
    this.src = new Int32Array(c);
    this.dst = new Int32Array(c);
    this.kind = new Uint8Array(c);
    this.both = new Uint8Array(c);
    this.weight = withWeights ? new Float32Array(c) : null;
  }

  private grow(): void {
    const c = this.src.length * 2;
    const src = new Int32Array(c);
    src.set(this.src);
    this.src = src;
    const dst = new Int32Array(c);
    dst.set(this.dst);
    this.dst = dst;
    const kind = new Uint8Array(c);
    kind.set(this.kind);
    this.kind = kind;
    const both = new Uint8Array(c);
    both.set(this.both);
    this.both = both;
    if (this.weight) {
      const w = new Float32Array(c);
      w.set(this.weight);
      this.weight = w;
    }
  }

  /** A two-way tie u–v (two arcs). */
  addTie(u: number, v: number, kind: number, weight = 1): void {
    this.add(u, v, kind, 1, weight);
  }

  /** A one-way arc u→v (v sees u's posts). */
  addArc(u: number, v: number, kind: number, weight = 1): void {
    this.add(u, v, kind, 0, weight);
  }

  private add(u: number, v: number, kind: number, both: number, weight: number): void {
    if (this.length === this.src.length) this.grow();
    const i = this.length++;
    this.src[i] = u;
    this.dst[i] = v;
    this.kind[i] = kind;
    this.both[i] = both;
    if (this.weight) this.weight[i] = weight;
  }
}

export interface GraphExtras {
  fullyMixed?: boolean;
  community?: Int32Array | null;
  communityCount?: number;
  kolNodes?: Int32Array;
}

/**
 * Freeze an edge buffer into CSR. Self-loops are dropped; duplicate arcs i→j are merged,
 * keeping the lowest tie-kind code (a friend who also follows stays a friend) and the largest weight.
 */
export function buildGraph(nodeCount: number, edges: EdgeBuffer, extras: GraphExtras = {}): Graph {
  const { src, dst, kind, both, length } = edges;
  const degree = new Int32Array(nodeCount + 1);
  let allTwoWay = 1;
  for (let i = 0; i < length; i++) {
    const u = src[i];
    const v = dst[i];
    allTwoWay &= both[i];
    if (u === v) continue;
    degree[u]++;
    if (both[i]) degree[v]++;
  }
  const offsets = new Int32Array(nodeCount + 1);
  for (let i = 0; i < nodeCount; i++) offsets[i + 1] = offsets[i] + degree[i];
  const total = offsets[nodeCount];
  const cursor = offsets.slice(0, nodeCount);
  const weighted = edges.weight !== null;
  // Pack (target, kind) into one int so a row sorts by target with the kind attached.
  const packed = new Int32Array(total);
  const rawWeights = weighted ? new Float32Array(total) : null;
  for (let i = 0; i < length; i++) {
    const u = src[i];
    const v = dst[i];
    if (u === v) continue;
    const k = kind[i];
    const a = cursor[u]++;
    packed[a] = (v << 2) | k;
    if (rawWeights) rawWeights[a] = edges.weight![i];
    if (both[i]) {
      const b = cursor[v]++;
      packed[b] = (u << 2) | k;
      if (rawWeights) rawWeights[b] = edges.weight![i];
    }
  }

  const targets = new Int32Array(total);
  const tieKinds = new Uint8Array(total);
  const weights = weighted ? new Float32Array(total) : null;
  const newOffsets = new Int32Array(nodeCount + 1);
  let out = 0;
  for (let node = 0; node < nodeCount; node++) {
    const start = offsets[node];
    const end = offsets[node + 1];
    newOffsets[node] = out;
    if (rawWeights) sortRowWithWeights(packed, rawWeights, start, end);
    else sortRowAscending(packed, start, end);
    let last = -1;
    for (let a = start; a < end; a++) {
      const t = packed[a] >> 2;
      const k = packed[a] & 3;
      if (t === last) {
        // Duplicate arc: sorted order put the lowest kind first; keep the largest weight.
        if (weights && rawWeights![a] > weights[out - 1]) weights[out - 1] = rawWeights![a];
        continue;
      }
      targets[out] = t;
      tieKinds[out] = k;
      if (weights) weights[out] = rawWeights![a];
      out++;
      last = t;
    }
  }
  newOffsets[nodeCount] = out;

  const finalTargets = out === total ? targets : targets.slice(0, out);
  const finalKinds = out === total ? tieKinds : tieKinds.slice(0, out);
  const finalWeights = weights && out !== total ? weights.slice(0, out) : weights;
  const inDegree = new Int32Array(nodeCount);
  if (allTwoWay) {
    // Only two-way ties: the arcs are symmetric (u→v exactly when v→u, duplicates merged on both
    // sides alike), so a node's in-degree is its out-degree — one sequential pass instead of one
    // random increment per arc (~0.2 s on 10M arcs, measured).
    for (let node = 0; node < nodeCount; node++) inDegree[node] = newOffsets[node + 1] - newOffsets[node];
  } else {
    for (let a = 0; a < out; a++) inDegree[finalTargets[a]]++;
  }

  return {
    nodeCount,
    offsets: newOffsets,
    targets: finalTargets,
    tieKinds: finalKinds,
    weights: finalWeights,
    inDegree,
    fullyMixed: extras.fullyMixed ?? false,
    community: extras.community ?? null,
    communityCount: extras.communityCount ?? 0,
    kolNodes: extras.kolNodes ?? new Int32Array(0),
  };
}

function sortRowWithWeights(a: Int32Array, w: Float32Array, start: number, end: number): void {
  for (let i = start + 1; i < end; i++) {
    const x = a[i];
    const xw = w[i];
    let j = i - 1;
    while (j >= start && a[j] > x) {
      a[j + 1] = a[j];
      w[j + 1] = w[j];
      j--;
    }
    a[j + 1] = x;
    w[j + 1] = xw;
  }
}

/** The fully mixed population: n agents, no arcs (models treat everyone as everyone's audience). */
export function fullyMixedGraph(nodeCount: number): Graph {
  return {
    nodeCount,
    offsets: new Int32Array(nodeCount + 1),
    targets: new Int32Array(0),
    tieKinds: new Uint8Array(0),
    weights: null,
    inDegree: new Int32Array(nodeCount),
    fullyMixed: true,
    community: null,
    communityCount: 0,
    kolNodes: new Int32Array(0),
  };
}
