import { describe, expect, it } from 'vitest';
import { dodgeLabels, estimateTextWidth, flowLegend, LEGEND_ITEM_GAP, truncateText } from '../../../src/ui/charts/textLayout';

describe('text layout', () => {
  it('estimates wider text for CJK and bold', () => {
    expect(estimateTextWidth('社群', 12)).toBe(24);
    expect(estimateTextWidth('ab', 12, 700)).toBeGreaterThan(estimateTextWidth('ab', 12));
    expect(estimateTextWidth('', 12)).toBe(0);
  });

  it('truncates with an ellipsis to the width', () => {
    const long = 'Seed 200 micro-influencers in three cities';
    const t = truncateText(long, 120, 12);
    expect(t.endsWith('…')).toBe(true);
    expect(estimateTextWidth(t, 12)).toBeLessThanOrEqual(120);
    expect(truncateText('short', 500, 12)).toBe('short');
    expect(truncateText('abc', 1, 12)).toBe('a…');
  });

  it('flows legend entries onto new rows only when needed', () => {
    const measure = (t: string) => t.length * 10;
    const one = flowLegend(['aaaa', 'bbbb'], 1000, 12, measure);
    expect(one.rows).toBe(1);
    expect(one.slots[1].x).toBe(one.slots[0].width + LEGEND_ITEM_GAP);
    const wrapped = flowLegend(['aaaaaaaaaa', 'bbbbbbbbbb', 'c'], 170, 12, measure);
    expect(wrapped.slots.map((s) => s.row)).toEqual([0, 1, 1]);
    expect(wrapped.rows).toBe(2);
    expect(flowLegend([], 100, 12).rows).toBe(0);
  });

  it('pushes close labels apart, in order, inside the range', () => {
    const out = dodgeLabels([50, 52, 10, 51], 10, 0, 100);
    expect(out[2]).toBe(10);
    const sorted = [out[0], out[3], out[1]];
    expect(sorted[1] - sorted[0]).toBeGreaterThanOrEqual(10 - 1e-9);
    expect(sorted[2] - sorted[1]).toBeGreaterThanOrEqual(10 - 1e-9);
    // Crowded at the bottom: pushed back up to stay within the range.
    const bottom = dodgeLabels([99, 100, 100], 10, 0, 100);
    expect(Math.max(...bottom)).toBe(100);
    expect([...bottom].sort((a, b) => a - b)).toEqual([80, 90, 100]);
    expect(dodgeLabels([40], 10, 0, 100)).toEqual([40]);
  });
});
