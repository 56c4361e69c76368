import { describe, expect, it } from 'vitest';
import { pairedComparison, unpairedComparison } from '../../../src/core/stats/pairedComparison';
import { studentTCdf, studentTQuantile } from '../../../src/core/stats/studentT';

describe('Student t', () => {
  // Reference values: scipy.stats.t.ppf / t.cdf.
  it.each([
    [1, 12.706204736174694],
    [2, 4.302652729749462],
    [5, 2.5705818356363146],
    [10, 2.228138851986274],
    [30, 2.0422724563012378],
    [1000, 1.9623390808264083],
    [7.5, 2.333039626864974],
  ])('97.5%% quantile with %s degrees of freedom', (df, expected) => {
    expect(studentTQuantile(0.975, df)).toBeCloseTo(expected, 8);
    expect(studentTQuantile(0.025, df)).toBeCloseTo(-expected, 8);
  });

  it('CDF matches reference values', () => {
    expect(studentTCdf(2, 3)).toBeCloseTo(0.9303370157205785, 10);
    expect(studentTCdf(-1.3, 7.5)).toBeCloseTo(0.11606338940780439, 10);
    expect(studentTCdf(0, 4)).toBe(0.5);
  });
});

describe('pairedComparison', () => {
  const baseline = [3, 5, 4, 6, 8, 7, 5, 6];
  const other = [4, 6, 4, 8, 9, 7, 6, 8];

  it('gives the t-interval of the paired differences (scipy reference)', () => {
    const c = pairedComparison(baseline, other);
    expect(c.n).toBe(8);
    expect(c.meanDifference).toBeCloseTo(1, 12);
    expect(c.ci95![0]).toBeCloseTo(0.3680275858630756, 9);
    expect(c.ci95![1]).toBeCloseTo(1.6319724141369245, 9);
  });

  it('counts ties as half in shareBetter', () => {
    // Differences 1,1,0,2,1,0,1,2: six better, two ties.
    expect(pairedComparison(baseline, other).shareBetter).toBe(7 / 8);
  });

  it('has no interval with fewer than two pairs, and a zero-width one for constant differences', () => {
    expect(pairedComparison([1], [2]).ci95).toBeNull();
    expect(pairedComparison([1, 2, 3], [2, 3, 4]).ci95).toEqual([1, 1]);
  });

  it('refuses samples of different lengths', () => {
    expect(() => pairedComparison([1, 2], [1])).toThrow(RangeError);
  });
});

describe('unpairedComparison (Welch)', () => {
  it('matches scipy ttest_ind(equal_var=False)', () => {
    const c = unpairedComparison([3, 5, 4, 6, 8, 7, 5, 6], [4, 6, 4, 8, 9, 7, 6, 8]);
    expect(c.meanDifference).toBeCloseTo(1, 12);
    expect(c.ci95![0]).toBeCloseTo(-0.8610023529545214, 8);
    expect(c.ci95![1]).toBeCloseTo(2.8610023529545217, 8);
    expect(c.nBaseline).toBe(8);
    expect(c.nOther).toBe(8);
  });

  it('shareBetter is the Mann–Whitney probability of superiority over all cross pairs', () => {
    expect(unpairedComparison([1, 2, 3, 4, 5], [2.5, 3, 6, 1.5]).shareBetter).toBeCloseTo(0.525, 12);
  });

  it('the paired interval is narrower than Welch when runs are matched', () => {
    const base = [10, 20, 30, 40, 50, 60];
    const plus = base.map((x, i) => x + 2 + (i % 2));
    const paired = pairedComparison(base, plus).ci95!;
    const welch = unpairedComparison(base, plus).ci95!;
    expect(paired[1] - paired[0]).toBeLessThan((welch[1] - welch[0]) / 10);
  });
});
