/** The pure parts of the sweep charts: what they read from a sweep result and how they label it. */
import { describe, expect, it } from 'vitest';
import { frontierPointLabel, type FrontierChartPoint } from '../../../src/ui/charts/budgetFrontier';
import { metricFormatter, sweepStrategyNames, type SweepChartSource } from '../../../src/ui/charts/sweepChartData';
import { sweepCurveSeries } from '../../../src/ui/charts/sweepCurve';
import { heatmapCells, heatmapColumns, heatmapHeight } from '../../../src/ui/charts/sweepHeatmap';
import { strategyColor } from '../../../src/ui/theme';

const s = (mean: number | null) => ({ mean, p05: mean === null ? null : mean - 1, p95: mean === null ? null : mean + 1, n: 10 });

const oneD: SweepChartSource = {
  params: [{ path: 'strategies[*].content.quality', values: [0.1, 0.2, 0.3] }],
  points: [0.1, 0.2, 0.3].map((q, i) => ({
    values: [q],
    strategies: [
      { name: 'a', summary: { converted: s(10 * (i + 1)), R: s(0.5 + i / 2) } },
      { name: 'b', summary: { converted: s(i === 1 ? null : 5 * (i + 1)) } },
    ],
  })),
  curves: [
    { strategy: 'a', tippingPoint: 0.2, steepest: 0.25 },
    { strategy: 'b', tippingPoint: null, steepest: null },
  ],
};

const twoD: SweepChartSource = {
  params: [
    { path: 'x', values: [1, 2, 3] },
    { path: 'y', values: [10, 20] },
  ],
  // parameter 0 varies slowest: point index = i · 2 + j
  points: [1, 2, 3].flatMap((x, i) => [10, 20].map((y, j) => ({ values: [x, y], strategies: [{ name: 'only', summary: { converted: s(i * 100 + j), roi: s(null) } }] }))),
};

describe('sweep curve data', () => {
  it('columns per strategy over the grid, NaN where undefined, markers from curves', () => {
    const [a, b] = sweepCurveSeries(oneD, 'converted');
    expect(a).toMatchObject({ name: 'a', color: strategyColor(0), x: [0.1, 0.2, 0.3], mean: [10, 20, 30], p05: [9, 19, 29], p95: [11, 21, 31], tippingPoint: 0.2, steepest: 0.25 });
    expect(b.mean[1]).toBeNaN();
    expect(b).toMatchObject({ color: strategyColor(1), tippingPoint: null, steepest: null });
    expect(sweepCurveSeries(oneD, 'R', ['#111111', '#222222'])[0]).toMatchObject({ color: '#111111', mean: [0.5, 1, 1.5] });
    // A metric nobody reports: all NaN (drawn as the empty state).
    expect(sweepCurveSeries(oneD, 'cost')[0].mean.every(Number.isNaN)).toBe(true);
    expect(sweepStrategyNames(oneD)).toEqual(['a', 'b']);
  });
});

describe('heatmap data and layout', () => {
  it('cells[i][j] at params[0].values[i] and params[1].values[j]', () => {
    const cells = heatmapCells(twoD, 'converted', 0);
    expect(cells).toHaveLength(3);
    expect(cells[2][1]).toMatchObject({ strategy: 'only', i: 2, j: 1, x: 3, y: 20, mean: 201, p05: 200, p95: 202 });
    expect(heatmapCells(twoD, 'roi', 0)[0][0].mean).toBeNaN();
  });

  it('panels side by side when they fit, stacked when narrow; height grows with panel rows', () => {
    expect(heatmapColumns(2, 1200)).toBe(2);
    expect(heatmapColumns(2, 500)).toBe(1);
    expect(heatmapColumns(8, 1200)).toBe(4);
    expect(heatmapColumns(1, 200)).toBe(1);
    const wide = { ...twoD, points: twoD.points.map((p) => ({ ...p, strategies: [...p.strategies, { ...p.strategies[0], name: 'two' }] })) };
    expect(heatmapHeight(wide, 500)).toBeGreaterThan(heatmapHeight(wide, 1200));
  });
});

describe('labels', () => {
  it('formats each metric the way its axis needs', () => {
    expect(metricFormatter('roi').value(1.2)).toBe('+120%');
    expect(metricFormatter('cost', 'en', 'USD').value(1234)).toBe('$1,234');
    expect(metricFormatter('converted').value(9870)).toBe('9,870');
    expect(metricFormatter('converted').tick(12000)).toBe('12K');
    expect(metricFormatter('R').value(1.25)).toBe('1.25');
  });

  it('a frontier point says what it buys, for what, and where it stands', () => {
    const point: FrontierChartPoint = {
      index: 3,
      allocation: { seeds: 40, kols: 1, rewardPerShare: 2.5, adReach: 0 },
      summary: { converted: { mean: 812.4 }, cost: { mean: 1530 } },
      withinBudget: true,
      onFrontier: true,
      strategy: { name: '40 seeds · 1 KOL · reward 2.5 · ads 0%' },
    };
    expect(frontierPointLabel(point, 'en', 'USD')).toBe('40 seeds · 1 KOL · reward 2.5 · ads 0%: 812 conversions for $1,530 (on the frontier)');
    expect(frontierPointLabel({ ...point, onFrontier: false, withinBudget: false })).toMatch(/\(over budget\)$/);
  });
});
