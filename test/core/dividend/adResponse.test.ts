/** The ad wear-in/wear-out curve w(n) = (n/N) · e^(1 − n/N). */
import { describe, expect, it } from 'vitest';
import { adImpressionWeights, AD_WEIGHT_LIMIT } from '../../../src/core/dividend/adResponse';

describe('adImpressionWeights', () => {
  it('peaks at the N-th impression with weight exactly 1', () => {
    for (const N of [1, 3, 7]) {
      const w = adImpressionWeights(N);
      expect(w[N]).toBe(1);
      for (let n = 1; n <= 5 * N; n++) if (n !== N) expect(w[n]).toBeLessThan(1);
    }
  });

  it('wears in before N and out after it', () => {
    const w = adImpressionWeights(3);
    expect(w[0]).toBe(0);
    expect(w[1]).toBeCloseTo((1 / 3) * Math.exp(2 / 3), 12); // 0.6492
    expect(w[2]).toBeCloseTo((2 / 3) * Math.exp(1 / 3), 12); // 0.9304
    expect(w[6]).toBeCloseTo(2 * Math.exp(-1), 12); // 0.7358
    expect(w[30]).toBeCloseTo(10 * Math.exp(-9), 12); // 0.0012
    for (let n = 1; n < 3; n++) expect(w[n + 1]).toBeGreaterThan(w[n]);
    for (let n = 3; n < 60; n++) expect(w[n + 1]).toBeLessThan(w[n]);
  });

  it('sums to e·r / (N(1 − r)²), r = e^(−1/N) (≈ e·N): many impressions saturate', () => {
    for (const N of [1, 3, 10]) {
      const w = adImpressionWeights(N);
      let sum = 0;
      for (let n = 1; n <= AD_WEIGHT_LIMIT; n++) sum += w[n];
      const r = Math.exp(-1 / N);
      expect(sum).toBeCloseTo((Math.E * r) / (N * (1 - r) ** 2), 9);
    }
  });
});
