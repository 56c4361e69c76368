import { describe, expect, it } from 'vitest';
import { levelCrossing, steepestStep } from '../../src/sweep/sweepAnalysis';

describe('levelCrossing (tipping point: mean R crosses 1)', () => {
  it('interpolates linearly between the two grid points around the crossing', () => {
    expect(levelCrossing([0, 1, 2, 3], [0.2, 0.6, 1.4, 2])).toBeCloseTo(1.5, 12);
    // Crossing downwards counts too.
    expect(levelCrossing([0, 10], [1.5, 0.5])).toBeCloseTo(5, 12);
  });

  it('a grid point exactly at the level is the crossing; the first crossing wins', () => {
    expect(levelCrossing([0, 1, 2], [0.5, 1, 1.5])).toBe(1);
    expect(levelCrossing([0, 1, 2, 3], [0.5, 1.5, 0.5, 1.5])).toBeCloseTo(0.5, 12);
  });

  it('null when it never crosses, undefined points are skipped', () => {
    expect(levelCrossing([0, 1, 2], [0.1, 0.5, 0.9])).toBeNull();
    expect(levelCrossing([0, 1, 2], [null, null, null])).toBeNull();
    expect(levelCrossing([], [])).toBeNull();
    // Between x=0 (0.5) and x=4 (2.5), skipping the undefined point at x=2: 0.5 + 0.5·(x) = 1 at x = 1.
    expect(levelCrossing([0, 2, 4], [0.5, null, 2.5])).toBeCloseTo(1, 12);
    expect(levelCrossing([0, 2, 4], [0.5, NaN, 2.5])).toBeCloseTo(1, 12);
  });
});

describe('steepestStep (largest change of mean conversions per unit)', () => {
  it('midpoint and slope of the steepest interval', () => {
    const step = steepestStep([0, 0.1, 0.2, 0.3], [1, 2, 12, 14])!;
    expect(step.at).toBeCloseTo(0.15, 12);
    expect(step.slope).toBeCloseTo(100, 9);
    expect(steepestStep([0, 1, 2], [10, 2, 1])).toEqual({ at: 0.5, slope: -8 });
  });

  it('uneven spacing uses the slope, not the raw difference', () => {
    // Δ 10 over 10 units (slope 1) against Δ 4 over 1 unit (slope 4).
    expect(steepestStep([0, 10, 11], [0, 10, 14])?.at).toBe(10.5);
  });

  it('first on ties; null for flat, single-point or undefined curves', () => {
    expect(steepestStep([0, 1, 2], [0, 1, 2])?.at).toBe(0.5);
    expect(steepestStep([0, 1, 2], [3, 3, 3])).toBeNull();
    expect(steepestStep([0], [3])).toBeNull();
    expect(steepestStep([0, 1], [null, 2])).toBeNull();
  });
});
