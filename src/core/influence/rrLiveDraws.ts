/**
 * Which in-arcs of a person are live in one RR set's world (rrSets.ts), drawn in one of two ways
 * with the same distribution.
 *
 * By the model's coins (`liveInArcsByCoins`): arc a is live at level 0 when its visibility coin
 * draw('div:visible', a) and its share coin draw('div:share', a) pass their cuts (reverseLiveArcs.ts;
 * IC: the one 'ic:arc' coin) — two hashes per arc examined, and the RR set of run r is the reverse
 * search of the live-edge world of run r (the tests check it against liveEdgeSamples.ts).
 *
 * By skipping (`liveInArcsBySkipping`, the default where ≥ 1/4 of roots are alone; the idea of subset sampling for RR sets, Guo,
 * Wang, Wu & Wang, SUBSIM, SIGMOD 2020): the arcs of one block are independent, arc e live with
 * chance q_e, and only the live ones matter. With D_e = Π_{f ≤ e}(1 − q_f) (the block's prefix
 * products, deadAfter; D_{-1} = 1, D_last = allDead) the first live arc J satisfies
 * P(J > e) = D_e, so for U uniform on [0, 1): "no arc live" ⟺ U < D_last (chance D_last) and
 * otherwise J = the first e with D_e ≤ U (chance D_{e−1} − D_e = D_{e−1} q_e). Given J = j, the arcs
 * after j are still independent with their own q (their coins are not those that decided J), so
 * the next live arc is the first e > j with D_e / D_j ≤ U' — i.e. D_e ≤ U'·D_j — and none when
 * U'·D_j < D_last. So the live arcs come out with exactly the joint law of independent coins, one
 * uniform per live arc plus one per person searched, instead of two hashes per arc: a person none of
 * whose ~12 in-arcs is live (most RR sets when sharing is subcritical) costs one uniform and one
 * comparison. With novelty decay a live arc also needs its share coin (its deadline depends on it):
 * conditioned on the arc being live, that coin is uniform on 0 … shareMax, independent of the
 * visibility coin, and it is drawn so: ⌊U''·(shareMax + 1)⌋. A block with allDead = BY_ARC (a
 * product of death below 2^-500) draws each arc live with chance q_e by its own uniform instead.
 *
 * Exactness: the uniforms have 53 random bits and the products one rounding per factor, so every
 * event's chance differs from the coins' by ~1e-16 relative, undetectable in any feasible number of
 * sets; the tests compare frequencies with the exact law by enumeration. Independence: draw i of a
 * run is keyed by a distinct entity — person y (first draw of y's block), n + a (the draw after live
 * arc a, or a's own draw in a BY_ARC block) and n + m + a (a's share coin) — each block is examined
 * at most once per set, so no uniform is used twice; the keys are the run's 'rr:draw-high' and
 * 'rr:draw-low' purposes, not the model's coins, so set i is no longer run i's live-edge world but a
 * world drawn from the same law (what OPIM-C's guarantee needs: independent sets of the right law).
 */
import { arcCoinBits } from '../hash';
import { ARC_ID, ARC_WORDS, BY_ARC, DEAD, FROM, liveChance, NODE_WORDS, SHARE_MAX, TO, VIS_MAX, type ReverseLiveArcs } from './reverseLiveArcs';
import { HIGH_A, HIGH_B, LOW_A, LOW_B, SHARE_A, SHARE_B, VIS_A, VIS_B } from './rrRunKeys';

/**
 * How the live in-arcs of a set's world are drawn: 'skip' — one uniform per live arc and per person
 * searched, the same law as the coins; 'coins' — the model's own coins of the run, one or two hashes
 * per arc (the RR set of run r is then exactly the reverse search of run r's live-edge world, which
 * the tests check against liveEdgeSamples.ts). OPIM-C uses defaultDraws.
 */
export type RRDraws = 'skip' | 'coins';

/**
 * The default draws: skipping when at least this share of roots has no live in-arc, else the coins.
 * Skipping spends one uniform (two hashes) per person searched and two per live arc (the next one's
 * and, with decay, its share coin), the coins one or two hashes per arc examined: skipping wins where
 * few arcs are live and loses a little where many are. Measured per set, one thread, 200,000 people
 * (load 4–9): quality 0.1 (70 % of roots alone) 0.59 against 0.78 µs; 0.3 (37 %) 1.98 against 2.42;
 * 0.7 (13 %) 22.8 against 20.5. Both draw the same law; the choice is a pure function of the layout,
 * so every thread makes the same one.
 */
export const SKIP_WHEN_ALONE = 0.25;

/** The draws a sampler uses by default on layout `rev` (see SKIP_WHEN_ALONE). */
export function defaultDraws(rev: ReverseLiveArcs): RRDraws {
  return rev.aloneShare >= SKIP_WHEN_ALONE ? 'skip' : 'coins';
}

const coinBits = arcCoinBits;
const TWO_POW_21 = 2097152;
const TWO_POW_MINUS_53 = 2 ** -53;
const TWO_POW_MINUS_32 = 2 ** -32;

/** A uniform on [0, 1) with 53 random bits: entity x's high word (32 bits) and low word (top 21 bits) of run keys w. */
export function uniform53(w: Int32Array, x: number): number {
  return (coinBits(w[HIGH_A], w[HIGH_B], x) * TWO_POW_21 + (coinBits(w[LOW_A], w[LOW_B], x) >>> 11)) * TWO_POW_MINUS_53;
}

/** Share coin of live arc a (slot e), uniform on 0 … shareMax: the coin conditioned on the arc being live. */
function liveShareCoin(rev: ReverseLiveArcs, w: Int32Array, e: number, a: number): number {
  const max = rev.packed[ARC_WORDS * e + SHARE_MAX];
  const coin = Math.floor(uniform53(w, rev.nodeCount + rev.arcCount + a) * (max + 1));
  return coin > max ? max : coin;
}

/**
 * Whether y has no live in-arc, decided by y's first uniform against allDead (false for a BY_ARC
 * block: not decided). The high word alone places the uniform in [hi·2^-32, (hi + 1)·2^-32), which
 * decides the comparison unless dead falls inside (chance 2^-32); only then is the low word hashed.
 * All of it is exact in float64, so the answer is always uniform53(w, y) < dead.
 */
export function hasNoLiveInArc(rev: ReverseLiveArcs, w: Int32Array, y: number): boolean {
  const dead = rev.nodeInfo[NODE_WORDS * y + DEAD];
  if (dead === 1) return true;
  if (dead === BY_ARC) return false;
  const high = coinBits(w[HIGH_A], w[HIGH_B], y);
  if ((high + 1) * TWO_POW_MINUS_32 <= dead) return true;
  if (high * TWO_POW_MINUS_32 >= dead) return false;
  return uniform53(w, y) < dead;
}

/**
 * Live in-arcs of y by skipping (module comment) into slots[0 … count) (their in-arc slots) and, when
 * `withCoins`, their share coins into coins; returns count. Slots come out in block order.
 */
export function liveInArcsBySkipping(rev: ReverseLiveArcs, w: Int32Array, y: number, slots: Int32Array, coins: Uint32Array, withCoins: boolean): number {
  const { packed, deadAfter, nodeInfo } = rev;
  const dead = nodeInfo[NODE_WORDS * y + DEAD];
  if (dead === 1) return 0;
  const n = rev.nodeCount;
  const from = nodeInfo[NODE_WORDS * y + FROM];
  const to = nodeInfo[NODE_WORDS * y + TO];
  let count = 0;
  if (dead === BY_ARC) {
    for (let e = from; e < to; e++) {
      const a = packed[ARC_WORDS * e + ARC_ID];
      if (uniform53(w, n + a) >= liveChance(packed, e)) continue;
      slots[count] = e;
      if (withCoins) coins[count] = liveShareCoin(rev, w, e, a);
      count++;
    }
    return count;
  }
  // Most people searched have no live in-arc: decided from the high word alone (hasNoLiveInArc).
  if (hasNoLiveInArc(rev, w, y)) return 0;
  let u = uniform53(w, y);
  // Invariant: u ≥ dead = deadAfter[to − 1], so the scan stops inside the block.
  for (let e = from; ; e++) {
    if (deadAfter[e] > u) continue;
    const a = packed[ARC_WORDS * e + ARC_ID];
    slots[count] = e;
    if (withCoins) coins[count] = liveShareCoin(rev, w, e, a);
    count++;
    if (e + 1 >= to) return count;
    u = uniform53(w, n + a) * deadAfter[e];
    if (u < dead) return count;
  }
}

/** Live in-arcs of y by the model's coins (module comment), as liveInArcsBySkipping; `ic`: one coin per arc. */
export function liveInArcsByCoins(rev: ReverseLiveArcs, w: Int32Array, y: number, slots: Int32Array, coins: Uint32Array, ic: boolean): number {
  const { packed, offsets } = rev;
  const visA = w[VIS_A];
  const visB = w[VIS_B];
  const shA = w[SHARE_A];
  const shB = w[SHARE_B];
  let count = 0;
  const end = ARC_WORDS * offsets[y + 1];
  for (let e = ARC_WORDS * offsets[y]; e < end; e += ARC_WORDS) {
    const a = packed[e + ARC_ID];
    // Both coins read only this block (reverseLiveArcs.ts: the cuts are the model's tests —
    // independentCascade.ts: bits < p·2^32 (· weight); dividend: liveEdgeSamples.ts fires(base[0], trust × lift, engaged)).
    if (coinBits(visA, visB, a) > packed[e + VIS_MAX]) continue;
    const coin = ic ? 0 : coinBits(shA, shB, a);
    if (coin > packed[e + SHARE_MAX]) continue;
    slots[count] = e / ARC_WORDS;
    coins[count] = coin;
    count++;
  }
  return count;
}
