import { describe, expect, it } from 'vitest';
import { degreeHistogram, outDegrees } from '../../../src/core/metrics/degreeHistogram';
import { star5 } from './smallGraphs';

describe('degreeHistogram', () => {
  it('lists occurring degrees ascending with their counts', () => {
    expect(degreeHistogram([3, 0, 1, 3, 3])).toEqual([[0, 1], [1, 1], [3, 3]]);
    expect(degreeHistogram([])).toEqual([]);
  });

  it('reads out-degrees from CSR offsets', () => {
    const g = star5();
    expect(Array.from(outDegrees(g.offsets, g.nodeCount))).toEqual([4, 1, 1, 1, 1]);
  });
});
