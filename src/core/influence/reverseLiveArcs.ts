/**
 * The in-arcs of every person, laid out for reverse-reachable-set sampling (rrSets.ts): for each
 * target j, its in-arcs in one contiguous block with everything the live test needs stored beside
 * the source — the arc's id (its coins are keyed by it), its tie kind and its visibility cut
 * already multiplied by the arc's weight. An RR set's search reads these blocks sequentially; the
 * first layout (arc ids only, tie kind and weight looked up in the forward arrays) cost a cache miss
 * per arrays read at a million people, ~130 ns per arc examined (measured at 1,000,000 people).
 *
 * visMax[e] turns the model's test into one integer comparison with the same outcome: the coin is a
 * uint32 c, and c < x ⟺ c ≤ ⌈x⌉ − 1 for every real x, so
 * - dividend: visible when seen ≥ 1 or c < seen·2^32 (seen = visibility(tie) × weight) ⟺ c ≤ visMax,
 * - Independent Cascade: live when c < p·2^32 × weight ⟺ c ≤ visMax,
 * with visMax = min(⌈x⌉, 2^32) − 1. Arcs that can never pass (x ≤ 0) are left out.
 * The arrays can be allocated on SharedArrayBuffers, so worker threads sample from one copy.
 */
import type { Graph } from '../graph';
import type { LiveArcRule } from './liveArcRule';

const TWO_POW_32 = 4294967296;

export interface ReverseLiveArcs {
  nodeCount: number;
  /** In-arcs of j: offsets[j] … offsets[j+1]. */
  offsets: Int32Array;
  sources: Int32Array;
  /** Forward arc id (the key of its coins). */
  arcs: Int32Array;
  /** Passes the visibility (dividend) or live (IC) coin c when c ≤ visMax. */
  visMax: Uint32Array;
  /** Tie kind of the arc. */
  kinds: Uint8Array;
}

/** Integers (4 bytes) the arrays take. */
export function reverseArcInts(rev: ReverseLiveArcs): number {
  return rev.offsets.length + 3 * rev.arcs.length + Math.ceil(rev.kinds.length / 4);
}

function cutOf(rule: LiveArcRule, kind: number, weight: number): number {
  if (rule.kind === 'independent-cascade') return weight === 1 ? rule.visibility[kind] : rule.visibility[kind] * weight;
  const seen = weight === 1 ? rule.visibility[kind] : rule.visibility[kind] * weight;
  return seen >= 1 ? TWO_POW_32 : seen * TWO_POW_32;
}

/** Targets per block of the two-pass scatter (a power of two), so that ≤ ~256 blocks are written at once. */
function blockShift(n: number): number {
  let shift = 0;
  while (n >>> shift > 256) shift++;
  return shift;
}

/**
 * Build the reverse layout of `graph` for `rule`; `shared` allocates on SharedArrayBuffers.
 * Two passes, for memory locality: arcs are first appended in forward order to one of ≤ 256 blocks
 * of targets (sequential writes to a few hundred streams), then each block is scattered into its
 * final places, which lie within the block's own region. One pass scattering straight to the final
 * places wrote four arrays at random positions per arc: 6 CPU-s at 1,000,000 people and 12 M arcs.
 */
export function reverseLiveArcs(graph: Graph, rule: LiveArcRule, shared = false): ReverseLiveArcs {
  const n = graph.nodeCount;
  const m = graph.targets.length;
  const { offsets: outOff, targets, tieKinds, weights } = graph;
  const buffer = (bytes: number) => (shared ? new SharedArrayBuffer(bytes) : new ArrayBuffer(bytes));
  const offsets = new Int32Array(buffer(4 * (n + 1)));
  // Float32 weights are read as the model reads them (vis[k] * weights[a] in float64).
  const cutAt = (a: number) => cutOf(rule, tieKinds[a], weights === null ? 1 : weights[a]);
  for (let a = 0; a < m; a++) if (cutAt(a) > 0) offsets[targets[a] + 1]++;
  for (let v = 0; v < n; v++) offsets[v + 1] += offsets[v];
  const kept = offsets[n];
  const sources = new Int32Array(buffer(4 * kept));
  const arcs = new Int32Array(buffer(4 * kept));
  const visMax = new Uint32Array(buffer(4 * kept));
  const kinds = new Uint8Array(buffer(kept));
  const shift = blockShift(n);
  const blocks = (n >>> shift) + 1;
  const blockFill = new Int32Array(blocks);
  for (let b = 0; b < blocks; b++) blockFill[b] = offsets[Math.min(n, b << shift)];
  // Pass 1: by block, in forward order; the target waits in `stash`, the cut in visMax (as written later).
  const stash = new Int32Array(kept);
  for (let i = 0; i < n; i++) {
    for (let a = outOff[i]; a < outOff[i + 1]; a++) {
      const x = cutAt(a);
      if (!(x > 0)) continue;
      const t = targets[a];
      const at = blockFill[t >>> shift]++;
      sources[at] = i;
      arcs[at] = a;
      stash[at] = t;
      visMax[at] = Math.min(Math.ceil(x), TWO_POW_32) - 1;
      kinds[at] = tieKinds[a];
    }
  }
  // Pass 2: within each block, to the final places (a stable counting sort by target).
  const fill = offsets.slice(0, n);
  let tmpSrc = new Int32Array(0);
  let tmpArc = tmpSrc;
  let tmpTgt = tmpSrc;
  let tmpVis = new Uint32Array(0);
  let tmpKind = new Uint8Array(0);
  for (let b = 0; b < blocks; b++) {
    const from = offsets[Math.min(n, b << shift)];
    const to = offsets[Math.min(n, (b + 1) << shift)];
    const len = to - from;
    if (tmpSrc.length < len) {
      tmpSrc = new Int32Array(len);
      tmpArc = new Int32Array(len);
      tmpTgt = new Int32Array(len);
      tmpVis = new Uint32Array(len);
      tmpKind = new Uint8Array(len);
    }
    tmpSrc.set(sources.subarray(from, to));
    tmpArc.set(arcs.subarray(from, to));
    tmpTgt.set(stash.subarray(from, to));
    tmpVis.set(visMax.subarray(from, to));
    tmpKind.set(kinds.subarray(from, to));
    for (let e = 0; e < len; e++) {
      const at = fill[tmpTgt[e]]++;
      sources[at] = tmpSrc[e];
      arcs[at] = tmpArc[e];
      visMax[at] = tmpVis[e];
      kinds[at] = tmpKind[e];
    }
  }
  return { nodeCount: n, offsets, sources, arcs, visMax, kinds };
}
