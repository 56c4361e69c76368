import { describe, expect, it } from 'vitest';
import { gridValues, MAX_SWEEP_STEPS } from '../../src/sweep/sweepGrid';

describe('gridValues', () => {
  it('evenly spaced, ends exact, no 0.30000000000000004', () => {
    expect(gridValues(0, 1, 11, false)).toEqual([0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1]);
    expect(gridValues(0.05, 0.25, 5, false)).toEqual([0.05, 0.1, 0.15, 0.2, 0.25]);
    expect(gridValues(5, 1, 3, false)).toEqual([5, 3, 1]);
    expect(gridValues(0.3, 0.7, 1, false)).toEqual([0.3]);
  });

  it('integer fields round and drop the duplicates rounding makes', () => {
    expect(gridValues(0, 10, 4, true)).toEqual([0, 3, 7, 10]);
    expect(gridValues(0, 5, 21, true)).toEqual([0, 1, 2, 3, 4, 5]);
    expect(gridValues(0, 500, 21, true)).toHaveLength(21);
  });

  it('rejects non-numbers and bad step counts, naming the parameter', () => {
    expect(() => gridValues(NaN, 1, 3, false, 'runs')).toThrow('runs: --from must be a number');
    expect(() => gridValues(0, Infinity, 3, false, 'runs')).toThrow('runs: --to must be a number');
    expect(() => gridValues(0, 1, 0, false, 'runs')).toThrow(/--steps must be an integer between 1 and/);
    expect(() => gridValues(0, 1, 2.5, false)).toThrow(/--steps/);
    expect(() => gridValues(0, 1, MAX_SWEEP_STEPS + 1, false)).toThrow(/--steps/);
  });
});
