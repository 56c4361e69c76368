/**
 * The three keys one RR set needs — its root's and two more: its uniform draws' high and low words
 * when sets are drawn by skipping (rrLiveDraws.ts, the default), or its visibility and share coins'
 * when they are drawn with the model's own coins (rrSets.ts) — computed as random.ts purposeKey(root, run, purpose) computes them, but with the run's
 * key derived once and the purposes' label hashes hoisted out of the per-set path.
 *
 * Why: an RR set in the subcritical regime is mostly its root alone (≈ 70 % of sets at quality 0.1),
 * and three purposeKey calls (six childKey derivations, three string hashes, six small objects) cost
 * ~360 ns per set, more than the rest of such a set's search (measured at 200,000 people). The mixer
 * is hash.ts's lowbias32 in int32 form: a uint32 above 2^31 returned from a call V8 does not inline
 * is boxed as a heap number, and the uint32 form of this derivation took 150 ns per set against 60
 * (bundled, 200,000 people). The words are the same bits (test/core/influence/rrRunKeys.test.ts
 * compares them with purposeKey), and every coin reads them through `^` and `>>> 0`, so every set,
 * seed and bound is unchanged.
 */
import { hashLabel } from '../hash';
import type { StreamKey } from '../random';

/** Word offsets into RRRunKeys.words. */
export const ROOT_A = 0;
export const ROOT_B = 1;
export const VIS_A = 2;
export const VIS_B = 3;
export const SHARE_A = 4;
export const SHARE_B = 5;
/** The same words when the set is drawn by skipping: the high and low words of its uniform draws. */
export const HIGH_A = 2;
export const HIGH_B = 3;
export const LOW_A = 4;
export const LOW_B = 5;

/** Purposes of the two keys after the root's: drawing by skipping, or the model's coins (dividend / IC). */
export const SKIP_PURPOSES = ['rr:draw-high', 'rr:draw-low'] as const;
export const DIVIDEND_COIN_PURPOSES = ['div:visible', 'div:share'] as const;
export const CASCADE_COIN_PURPOSES = ['ic:arc', 'ic:arc'] as const;

/** hash.ts mix32 (lowbias32) returning the same 32 bits as an int32. */
function mixInt(x: number): number {
  x ^= x >>> 16;
  x = Math.imul(x, 0x7feb352d);
  x ^= x >>> 15;
  x = Math.imul(x, 0x846ca68b);
  return x ^ (x >>> 16);
}

/** random.ts childKey's golden-ratio constant for numeric labels and its offset of the second word. */
const RUN_LABEL = 0x9e3779b9 | 0;
const SECOND_WORD = 0x6a09e667;

/** Reusable keys of one run; `words` is overwritten by each `forRun`. */
export class RRRunKeys {
  /** [root a, root b, first purpose a, b, second purpose a, b] of the last run, as int32 bits. */
  readonly words = new Int32Array(6);
  private readonly labels: Int32Array;
  private readonly rootA: number;
  private readonly rootB: number;

  /** `purposes`: of the two keys after the root's (Independent Cascade's one coin per arc is 'ic:arc' twice). */
  constructor(root: StreamKey, purposes: readonly [string, string]) {
    this.rootA = root.a | 0;
    this.rootB = root.b | 0;
    this.labels = Int32Array.of(hashLabel('imm:root'), hashLabel(purposes[0]), hashLabel(purposes[1]));
  }

  /** Fill `words` with the keys of run `run`: childKey(childKey(root, run), purpose) for each purpose. */
  forRun(run: number): Int32Array {
    const w = this.words;
    const l = mixInt(run ^ RUN_LABEL);
    const ra = mixInt(this.rootA ^ mixInt(l ^ this.rootB));
    const rb = mixInt(((this.rootB + SECOND_WORD) | 0) ^ mixInt((l + ra) | 0));
    for (let p = 0; p < 3; p++) {
      const label = this.labels[p];
      const a = mixInt(ra ^ mixInt(label ^ rb));
      w[2 * p] = a;
      w[2 * p + 1] = mixInt(((rb + SECOND_WORD) | 0) ^ mixInt((label + a) | 0));
    }
    return w;
  }
}
