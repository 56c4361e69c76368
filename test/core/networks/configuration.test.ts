import { describe, expect, it } from 'vitest';
import { buildGraph } from '../../../src/core/graph';
import { configurationDegrees, configurationEdges } from '../../../src/core/networks/configuration';
import { purposeStream, rootKey, Stream } from '../../../src/core/random';
import { ccdfSlope, degreesOf } from './degreeTail';

const rng = (seed: string) => purposeStream(rootKey(seed), 0, 'network');

describe('configurationDegrees', () => {
  it('stays within [minDegree, maxDegree] with an even stub total', () => {
    for (const [min, max] of [[1, 5], [2, 1000], [3, 4], [0, 7]] as const) {
      const d = configurationDegrees(10_001, 2.5, min, max, rng(`range-${min}-${max}`));
      expect(Math.min(...d)).toBeGreaterThanOrEqual(Math.max(1, min));
      expect(Math.max(...d)).toBeLessThanOrEqual(max);
      expect(d.reduce((a, b) => a + b, 0) % 2).toBe(0);
    }
  });

  it('has a power-law tail: CCDF slope −(γ−1) ± 0.15 for k in [2, 50] (n = 100k, γ = 2.5 and 3)', () => {
    // Measured −1.58 for γ = 2.5 (the discrete law's CCDF is slightly steeper than the continuous one at small k).
    for (const gamma of [2.5, 3]) {
      const d = configurationDegrees(100_000, gamma, 2, 10_000, rng(`tail-${gamma}`));
      expect(Math.abs(ccdfSlope(d, 2, 50) + (gamma - 1))).toBeLessThan(0.15);
    }
  });

  it('draws degree k with probability ∝ k^−γ (exact on a narrow range)', () => {
    // P(1) : P(2) : P(3) = 1 : 1/4 : 1/9 for γ = 2 → 36/49, 9/49, 4/49. sd of each share ≈ 0.0014 at n = 100k.
    const d = configurationDegrees(100_000, 2, 1, 3, new Stream({ a: 9, b: 9 }));
    const share = (k: number) => d.filter((x) => x === k).length / d.length;
    expect(Math.abs(share(1) - 36 / 49)).toBeLessThan(0.007);
    expect(Math.abs(share(2) - 9 / 49)).toBeLessThan(0.007);
    expect(Math.abs(share(3) - 4 / 49)).toBeLessThan(0.007);
  });
});

describe('configurationEdges', () => {
  it('erases self-loops and multi-edges: realised degrees never exceed the drawn ones', () => {
    const drawn = configurationDegrees(20_000, 2.2, 1, 2000, rng('erase'));
    const g = buildGraph(20_000, configurationEdges(20_000, 2.2, 1, 2000, rng('erase')));
    const realised = degreesOf(g);
    let lost = 0;
    for (let i = 0; i < drawn.length; i++) {
      expect(realised[i]).toBeLessThanOrEqual(drawn[i]);
      lost += drawn[i] - realised[i];
    }
    const total = drawn.reduce((a, b) => a + b, 0);
    expect(lost / total).toBeLessThan(0.05); // erasure only trims hubs a little
  });
});
