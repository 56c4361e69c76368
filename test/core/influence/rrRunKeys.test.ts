/**
 * The RR sampler's hoisted run keys are the words of random.ts purposeKey(root, run, purpose):
 * the keys every RR set, and so every seed and bound of OPIM-C, depend on.
 */
import { describe, expect, it } from 'vitest';
import { ROOT_A, ROOT_B, RRRunKeys, SHARE_A, SHARE_B, VIS_A, VIS_B } from '../../../src/core/influence/rrRunKeys';
import { purposeKey, rootKey } from '../../../src/core/random';

describe('RRRunKeys', () => {
  const runs = [0, 1, 2, 999_999, 1_000_000, 1_000_001, 2 ** 31 - 1, 2 ** 31, 2 ** 32 - 1];
  for (const seed of ['weak-ties', 'x', '']) {
    it(`dividend keys equal purposeKey for seed '${seed}'`, () => {
      const root = rootKey(seed);
      const keys = new RRRunKeys(root, false);
      for (const run of runs) {
        const w = keys.forRun(run);
        const r = purposeKey(root, run, 'imm:root');
        const v = purposeKey(root, run, 'div:visible');
        const s = purposeKey(root, run, 'div:share');
        expect([w[ROOT_A], w[ROOT_B], w[VIS_A], w[VIS_B], w[SHARE_A], w[SHARE_B]].map((x) => x >>> 0)).toEqual([r.a, r.b, v.a, v.b, s.a, s.b]);
      }
    });
  }
  it('Independent Cascade uses the one ic:arc key for both coins', () => {
    const root = rootKey('ic');
    const keys = new RRRunKeys(root, true);
    for (const run of runs) {
      const w = keys.forRun(run);
      const c = purposeKey(root, run, 'ic:arc');
      expect([w[VIS_A], w[VIS_B], w[SHARE_A], w[SHARE_B]].map((x) => x >>> 0)).toEqual([c.a, c.b, c.a, c.b]);
    }
  });
});
