import { describe, expect, it } from 'vitest';
import { quantile, quantileSorted, quantiles } from '../../../src/core/stats/quantiles';
import { normalQuantile } from '../../../src/core/stats/normalQuantile';

describe('quantiles (type 7)', () => {
  it('interpolates between order statistics like R / NumPy / d3', () => {
    // numpy.quantile([1, 2, 4, 10], [0, .25, .5, .9, 1]) = [1, 1.75, 3, 8.2, 10]
    expect(quantiles([10, 1, 4, 2], [0, 0.25, 0.5, 0.9, 1]).map((v) => +v.toFixed(12))).toEqual([1, 1.75, 3, 8.2, 10]);
  });

  it('sorts numerically, not as strings', () => {
    expect(quantile([100, 9, 20], 0.5)).toBe(20);
  });

  it('handles empty and single samples', () => {
    expect(quantileSorted([], 0.5)).toBeNaN();
    expect(quantileSorted([7], 0.3)).toBe(7);
  });
});

describe('normalQuantile', () => {
  it('inverts the normal CDF at reference points (scipy.stats.norm.ppf)', () => {
    expect(normalQuantile(0.5)).toBe(0);
    expect(normalQuantile(0.975)).toBeCloseTo(1.959963984540054, 8);
    expect(normalQuantile(0.001)).toBeCloseTo(-3.090232306167813, 7);
    expect(normalQuantile(0.8413447460685429)).toBeCloseTo(1, 8);
    expect(normalQuantile(0)).toBe(-Infinity);
    expect(normalQuantile(1)).toBe(Infinity);
  });
});
