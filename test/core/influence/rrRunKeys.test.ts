/**
 * The RR sampler's hoisted run keys are the words of random.ts purposeKey(root, run, purpose):
 * the keys every RR set, and so every seed and bound of OPIM-C, depend on.
 */
import { describe, expect, it } from 'vitest';
import { CASCADE_COIN_PURPOSES, DIVIDEND_COIN_PURPOSES, HIGH_A, HIGH_B, LOW_A, LOW_B, ROOT_A, ROOT_B, RRRunKeys, SHARE_A, SHARE_B, SKIP_PURPOSES, VIS_A, VIS_B } from '../../../src/core/influence/rrRunKeys';
import { purposeKey, rootKey } from '../../../src/core/random';

describe('RRRunKeys', () => {
  const runs = [0, 1, 2, 999_999, 1_000_000, 1_000_001, 2 ** 31 - 1, 2 ** 31, 2 ** 32 - 1];
  for (const seed of ['weak-ties', 'x', '']) {
    it(`dividend keys equal purposeKey for seed '${seed}'`, () => {
      const root = rootKey(seed);
      const keys = new RRRunKeys(root, DIVIDEND_COIN_PURPOSES);
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
    const keys = new RRRunKeys(root, CASCADE_COIN_PURPOSES);
    for (const run of runs) {
      const w = keys.forRun(run);
      const c = purposeKey(root, run, 'ic:arc');
      expect([w[VIS_A], w[VIS_B], w[SHARE_A], w[SHARE_B]].map((x) => x >>> 0)).toEqual([c.a, c.b, c.a, c.b]);
    }
  });
  it('sets drawn by skipping use the run keys of rr:draw-high and rr:draw-low', () => {
    const root = rootKey('skip');
    const keys = new RRRunKeys(root, SKIP_PURPOSES);
    for (const run of runs) {
      const w = keys.forRun(run);
      const r = purposeKey(root, run, 'imm:root');
      const h = purposeKey(root, run, 'rr:draw-high');
      const l = purposeKey(root, run, 'rr:draw-low');
      expect([w[ROOT_A], w[ROOT_B], w[HIGH_A], w[HIGH_B], w[LOW_A], w[LOW_B]].map((x) => x >>> 0)).toEqual([r.a, r.b, h.a, h.b, l.a, l.b]);
    }
  });
});
