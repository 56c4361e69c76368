import { describe, expect, it } from 'vitest';
import { paretoFrontier } from '../../src/sweep/pareto';

const p = (cost: number, value: number, eligible = true) => ({ cost, value, eligible });

describe('paretoFrontier (max conversions, min cost)', () => {
  it('keeps exactly the undominated points, by increasing cost', () => {
    const points = [p(100, 10), p(50, 10), p(200, 30), p(150, 5), p(0, 0), p(250, 30), p(120, 20)];
    // (100,10) is dominated by (50,10); (150,5) by (120,20); (250,30) by (200,30).
    expect(paretoFrontier(points)).toEqual([4, 1, 6, 2]);
  });

  it('ignores ineligible (over budget) and undefined points; exact duplicates keep the first', () => {
    expect(paretoFrontier([p(10, 5), p(20, 50, false), p(30, NaN), p(10, 5)])).toEqual([0]);
    expect(paretoFrontier([])).toEqual([]);
  });

  it('at equal cost only the best survives', () => {
    expect(paretoFrontier([p(10, 1), p(10, 3), p(10, 2)])).toEqual([1]);
  });
});
