import { describe, expect, it } from 'vitest';
import {
  discretePowerLawTable,
  powerLawLowerCutoffForMean,
  powerLawMean,
  samplePoisson,
  samplePowerLaw,
  stochasticRound,
} from '../../../src/core/networks/distributions';
import { Stream } from '../../../src/core/random';

const rng = () => new Stream({ a: 21, b: 22 });

describe('distributions', () => {
  it('samples Poisson with mean and variance λ (also above the chunk size)', () => {
    // sd of the sample mean: √(λ/n); tolerances are > 5 sd.
    for (const [lambda, n] of [[3, 50_000], [10, 50_000], [1200, 2000]] as const) {
      const r = rng();
      let sum = 0;
      let sumSq = 0;
      for (let i = 0; i < n; i++) {
        const x = samplePoisson(r, lambda);
        sum += x;
        sumSq += x * x;
      }
      const mean = sum / n;
      const variance = sumSq / n - mean * mean;
      expect(Math.abs(mean - lambda)).toBeLessThan(5 * Math.sqrt(lambda / n));
      expect(Math.abs(variance / lambda - 1)).toBeLessThan(0.06);
    }
  });

  it('keeps power-law samples in range with the analytic mean', () => {
    const r = rng();
    let sum = 0;
    let outside = 0;
    const n = 200_000;
    for (let i = 0; i < n; i++) {
      const x = samplePowerLaw(r, 2.5, 2, 1000);
      if (!(x >= 2 && x <= 1000)) outside++;
      sum += x;
    }
    expect(outside).toBe(0);
    expect(Math.abs(sum / n / powerLawMean(2.5, 2, 1000) - 1)).toBeLessThan(0.03);
  });

  it('handles α = 1 and α = 2, and solves the lower cut-off for a mean', () => {
    expect(powerLawMean(1, 1, Math.E)).toBeCloseTo(Math.E - 1, 9);
    expect(powerLawMean(2, 1, Math.E)).toBeCloseTo(1 / (1 - 1 / Math.E), 9);
    const lo = powerLawLowerCutoffForMean(2.5, 10, 10_000);
    expect(powerLawMean(2.5, lo, 10_000)).toBeCloseTo(10, 6);
  });

  it('rounds stochastically without bias', () => {
    const r = rng();
    let sum = 0;
    for (let i = 0; i < 100_000; i++) sum += stochasticRound(r, 2.3);
    expect(Math.abs(sum / 100_000 - 2.3)).toBeLessThan(0.01); // sd 0.0015
  });

  it('builds a normalised discrete CDF', () => {
    const cdf = discretePowerLawTable(2, 1, 3);
    expect(Array.from(cdf).map((x) => x * 49)).toEqual([36, 45, 49].map((x) => expect.closeTo(x, 9)));
  });
});
