/**
 * The in-arcs of every person, laid out for reverse-reachable-set sampling (rrSets.ts): for each
 * target j, its in-arcs in one contiguous block, each arc as four words side by side — its id (its
 * coins are keyed by it), its visibility cut, its share cut and its source — so that testing an
 * arc's two coins reads one sequential run of memory. The first layout (arc ids only, tie kind and
 * weight looked up in the forward arrays) cost a cache miss per array read at a million people,
 * ~130 ns per arc examined; the second (sources, ids, cuts and kinds as four separate arrays) still
 * cost one miss per array per person searched, ~1.6 µs per RR set at 200,000 people when most sets
 * are the root alone (measured, quality 0.1).
 *
 * The cuts turn the model's tests into integer comparisons with the same outcome: the coin is a
 * uint32 c, and c < x ⟺ c ≤ ⌈x⌉ − 1 for every real x, so
 * - dividend: visible when seen ≥ 1 or c < seen·2^32 (seen = visibility(tie) × weight) ⟺ c ≤ visMax,
 * - Independent Cascade: live when c < p·2^32 × weight ⟺ c ≤ visMax,
 * with visMax = min(⌈x⌉, 2^32) − 1; and the dividend share coin at level 0 fires when
 * p = min(1, (first × trust·lift) × engaged(j)) is 1 or c < p·2^32 ⟺ c ≤ shareMax, with first =
 * quality × novelty at level 0 (rule.base[0]) or 1 when the rule has no decay (then quality is in
 * shareByTie) — the floating-point operations of liveEdgeSamples.ts `fires`. Arcs that can never
 * pass (a cut ≤ 0) are left out. IC has one coin per arc: its shareMax passes every coin.
 * The arrays can be allocated on SharedArrayBuffers, so worker threads sample from one copy.
 *
 * For drawing RR sets by skipping (rrLiveDraws.ts) each block also holds its prefix products of
 * death: q_e = (visMax + 1)/2^32 × (shareMax + 1)/2^32 is the chance that in-arc e is live at level
 * 0 (both coins pass, exactly, as the coins are uint32), deadAfter[e] = Π (1 − q_f) over the block's
 * arcs f ≤ e, and allDead(j) = the product over the whole block (1 for no in-arcs) — the chance that j
 * has no live in-arc. A block whose product falls below 2^-500 (an arc live for sure, or very many
 * likely ones) has allDead = BY_ARC: its arcs are then drawn one by one (the ratios of such tiny
 * products would lose precision). What a search needs of person j — allDead, its block's bounds and
 * its engagement (the share factor of its in-arcs) — is one 32-byte record, nodeInfo[4j …]: one
 * cache line to read where allDead, offsets and engagement were three misses at a million people.
 */
import type { Graph } from '../graph';
import type { LiveArcRule } from './liveArcRule';

const TWO_POW_32 = 4294967296;

export interface ReverseLiveArcs {
  nodeCount: number;
  /** In-arcs of j: offsets[j] … offsets[j+1]. */
  offsets: Int32Array;
  /**
   * In-arc e is packed[ARC_WORDS·e + …]: ARC_ID forward arc id (the key of its coins), VIS_MAX
   * visibility (dividend) or live (IC) coin passes when c ≤ it, SHARE_MAX share coin at level 0
   * passes when c ≤ it, SOURCE the arc's source | its tie kind << KIND_SHIFT.
   */
  packed: Uint32Array;
  /** Arcs of the forward graph (arc ids are below it): the draws of rrLiveDraws.ts are keyed past n and n + arcCount. */
  arcCount: number;
  /** Π (1 − q_f) over in-arcs f of the same block up to and including e (module comment). */
  deadAfter: Float64Array;
  /**
   * Person j's record at NODE_WORDS·j: DEAD the chance that j has no live in-arc (1 for none) or
   * BY_ARC when the block is drawn arc by arc, FROM / TO its block (offsets[j], offsets[j+1]),
   * ENGAGED its share factor (rule.engaged[j]; 0 without one).
   */
  nodeInfo: Float64Array;
  /** Mean of allDead over all people (BY_ARC as 0): the chance that a uniformly drawn root has no live in-arc. */
  aloneShare: number;
}

export const NODE_WORDS = 4;
export const DEAD = 0;
export const FROM = 1;
export const TO = 2;
export const ENGAGED = 3;

/** allDead of a block drawn arc by arc (its product of death is below SMALLEST_DEAD). */
export const BY_ARC = -1;
const SMALLEST_DEAD = 2 ** -500;

/** The chance that in-arc e is live at level 0: both its coins pass (the cuts are uint32, so exact up to one rounding). */
export function liveChance(packed: Uint32Array, e: number): number {
  return ((packed[ARC_WORDS * e + VIS_MAX] + 1) / TWO_POW_32) * ((packed[ARC_WORDS * e + SHARE_MAX] + 1) / TWO_POW_32);
}

export const ARC_WORDS = 4;
export const ARC_ID = 0;
export const VIS_MAX = 1;
export const SHARE_MAX = 2;
export const SOURCE = 3;
/** The SOURCE word holds the source in its low 30 bits and the arc's tie kind above (read in the same cache line). */
export const SOURCE_MASK = 0x3fffffff;
export const KIND_SHIFT = 30;

/** Integers (4 bytes) the arrays take. */
export function reverseArcInts(rev: ReverseLiveArcs): number {
  return rev.offsets.length + rev.packed.length + 2 * (rev.deadAfter.length + rev.nodeInfo.length);
}

function cutOf(rule: LiveArcRule, kind: number, weight: number): number {
  if (rule.kind === 'independent-cascade') return weight === 1 ? rule.visibility[kind] : rule.visibility[kind] * weight;
  const seen = weight === 1 ? rule.visibility[kind] : rule.visibility[kind] * weight;
  return seen >= 1 ? TWO_POW_32 : seen * TWO_POW_32;
}

/** The share cut of an arc into `target` (module comment): its share probability at level 0 × 2^32, or 0 when it never fires. */
function shareCutOf(rule: LiveArcRule, kind: number, target: number): number {
  if (rule.kind === 'independent-cascade') return TWO_POW_32;
  const first = rule.base === null ? rule.shareByTie[kind] : rule.base[0] * rule.shareByTie[kind];
  let p = first * rule.engaged![target];
  if (p > 1) p = 1;
  return p > 0 ? p * TWO_POW_32 : 0;
}

/** The largest uint32 coin below a positive cut x (c < x ⟺ c ≤ result). */
function maxCoin(x: number): number {
  return Math.min(Math.ceil(x), TWO_POW_32) - 1;
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
  if (n > SOURCE_MASK + 1) throw new RangeError('RR sets: more than 2^30 people');
  const offsets = new Int32Array(buffer(4 * (n + 1)));
  // Float32 weights are read as the model reads them (vis[k] * weights[a] in float64).
  const cutAt = (a: number) => cutOf(rule, tieKinds[a], weights === null ? 1 : weights[a]);
  const keep = (a: number) => cutAt(a) > 0 && shareCutOf(rule, tieKinds[a], targets[a]) > 0;
  for (let a = 0; a < m; a++) if (keep(a)) offsets[targets[a] + 1]++;
  for (let v = 0; v < n; v++) offsets[v + 1] += offsets[v];
  const kept = offsets[n];
  const packed = new Uint32Array(buffer(4 * ARC_WORDS * kept));
  const shift = blockShift(n);
  const blocks = (n >>> shift) + 1;
  const blockFill = new Int32Array(blocks);
  for (let b = 0; b < blocks; b++) blockFill[b] = offsets[Math.min(n, b << shift)];
  // Pass 1: by block, in forward order; the target waits in `stash`.
  const stash = new Int32Array(kept);
  for (let i = 0; i < n; i++) {
    for (let a = outOff[i]; a < outOff[i + 1]; a++) {
      if (!keep(a)) continue;
      const t = targets[a];
      const at = blockFill[t >>> shift]++;
      const w = ARC_WORDS * at;
      packed[w + ARC_ID] = a;
      packed[w + VIS_MAX] = maxCoin(cutAt(a));
      packed[w + SHARE_MAX] = maxCoin(shareCutOf(rule, tieKinds[a], t));
      packed[w + SOURCE] = i | (tieKinds[a] << KIND_SHIFT);
      stash[at] = t;
    }
  }
  // Pass 2: within each block, to the final places (a stable counting sort by target).
  const fill = offsets.slice(0, n);
  let tmpWords = new Uint32Array(0);
  let tmpTgt = new Int32Array(0);
  for (let b = 0; b < blocks; b++) {
    const from = offsets[Math.min(n, b << shift)];
    const to = offsets[Math.min(n, (b + 1) << shift)];
    const len = to - from;
    if (tmpTgt.length < len) {
      tmpWords = new Uint32Array(ARC_WORDS * len);
      tmpTgt = new Int32Array(len);
    }
    tmpWords.set(packed.subarray(ARC_WORDS * from, ARC_WORDS * to));
    tmpTgt.set(stash.subarray(from, to));
    for (let e = 0; e < len; e++) {
      const at = fill[tmpTgt[e]]++;
      for (let k = 0; k < ARC_WORDS; k++) packed[ARC_WORDS * at + k] = tmpWords[ARC_WORDS * e + k];
    }
  }
  // The draws of rrLiveDraws.ts use entities j < n, n + a and n + m + a (a < m): all distinct uint32.
  if (n + 2 * m > TWO_POW_32) throw new RangeError('RR sets: n + 2 × arcs must not exceed 2^32');
  const deadAfter = new Float64Array(buffer(8 * kept));
  const nodeInfo = new Float64Array(buffer(8 * NODE_WORDS * n));
  let alone = 0;
  for (let j = 0; j < n; j++) {
    let dead = 1;
    for (let e = offsets[j]; e < offsets[j + 1]; e++) {
      dead *= 1 - liveChance(packed, e);
      deadAfter[e] = dead;
    }
    const at = NODE_WORDS * j;
    nodeInfo[at + DEAD] = dead < SMALLEST_DEAD ? BY_ARC : dead;
    if (dead >= SMALLEST_DEAD) alone += dead;
    nodeInfo[at + FROM] = offsets[j];
    nodeInfo[at + TO] = offsets[j + 1];
    nodeInfo[at + ENGAGED] = rule.engaged === null ? 0 : rule.engaged[j];
  }
  return { nodeCount: n, offsets, packed, arcCount: m, deadAfter, nodeInfo, aloneShare: n === 0 ? 1 : alone / n };
}
