/**
 * The three keys one RR set needs — its root's, its visibility coins' and its share coins'
 * (rrSets.ts) — computed as random.ts purposeKey(root, run, purpose) computes them, but with the run's
 * key derived once and the purposes' label hashes hoisted out of the per-set path.
 *
 * Why: an RR set in the subcritical regime is mostly its root alone (≈ 70 % of sets at quality 0.1),
 * and three purposeKey calls (six childKey derivations, three string hashes, six small objects) cost
 * ~360 ns per set, more than the rest of such a set's search (measured at 200,000 people). The words
 * are the same words (test/core/influence/rrRunKeys.test.ts compares them with purposeKey), so every
 * set, seed and bound is unchanged.
 */
import { hashLabel, mix32 } from '../hash';
import type { StreamKey } from '../random';

// Read once into a module-local const (hash.ts: an imported binding costs a checked load per read under tsx and vitest).
const mix = mix32;

/** Word offsets into RRRunKeys.words. */
export const ROOT_A = 0;
export const ROOT_B = 1;
export const VIS_A = 2;
export const VIS_B = 3;
export const SHARE_A = 4;
export const SHARE_B = 5;

/** Reusable keys of one run; `words` is overwritten by each `forRun`. */
export class RRRunKeys {
  /** [root a, root b, visible a, visible b, share a, share b] of the last run. */
  readonly words = new Uint32Array(6);
  private readonly rootLabel = hashLabel('imm:root');
  private readonly visLabel: number;
  private readonly shareLabel: number;

  /** `ic`: Independent Cascade, whose one coin per arc is 'ic:arc' (then the share words repeat it). */
  constructor(
    private readonly root: StreamKey,
    ic: boolean,
  ) {
    this.visLabel = hashLabel(ic ? 'ic:arc' : 'div:visible');
    this.shareLabel = hashLabel(ic ? 'ic:arc' : 'div:share');
  }

  /** Fill `words` with the keys of run `run`. */
  forRun(run: number): Uint32Array {
    const w = this.words;
    // random.ts childKey(root, run): a numeric label is mixed with the golden-ratio constant.
    const l = mix((run >>> 0) ^ 0x9e3779b9);
    const ra = mix(this.root.a ^ mix(l ^ this.root.b));
    const rb = mix((this.root.b + 0x6a09e667) ^ mix(l + ra));
    w[ROOT_A] = mix(ra ^ mix(this.rootLabel ^ rb));
    w[ROOT_B] = mix((rb + 0x6a09e667) ^ mix(this.rootLabel + w[ROOT_A]));
    w[VIS_A] = mix(ra ^ mix(this.visLabel ^ rb));
    w[VIS_B] = mix((rb + 0x6a09e667) ^ mix(this.visLabel + w[VIS_A]));
    w[SHARE_A] = mix(ra ^ mix(this.shareLabel ^ rb));
    w[SHARE_B] = mix((rb + 0x6a09e667) ^ mix(this.shareLabel + w[SHARE_A]));
    return w;
  }
}
