import { describe, expect, it } from 'vitest';
import { attributionParts } from '../../../src/ui/charts/attribution';
import type { RunRow, StrategyResult } from '../../../src/ui/charts/chartData';
import { formatFactor } from '../../../src/ui/charts/decomposition';
import { networkSummaryParts, splitDegreeHistogram, wrapParts } from '../../../src/ui/charts/degreeDistribution';
import { describeFunnel, funnelLabel } from '../../../src/ui/charts/funnel';
import { intervalEstimate } from '../../../src/ui/charts/intervals';
import { dotStyle } from '../../../src/ui/charts/outcomeDistribution';
import { comparisonSentences, differenceFormat } from '../../../src/ui/charts/pairedComparison';
import { panelsPerRow } from '../../../src/ui/charts/rowLayout';

const MINUS = '\u2212';

describe('paired comparison sentences', () => {
  it('reads like the brief: share of runs, signed difference, CI', () => {
    const [a, b] = comparisonSentences({ name: 'B', metric: 'converted', meanDifference: 120, ci95: [90, 150], shareBetter: 0.87, n: 100 }, 'A');
    expect(a).toBe('B beats A in 87% of runs');
    expect(b).toBe('+120 conversions per run [95% CI 90–150]');
  });

  it('writes intervals across zero with "to" and missing CIs as n/a', () => {
    const [, b] = comparisonSentences({ name: 'B', metric: 'reached', meanDifference: -12, ci95: [-30, 6], shareBetter: 0.4, n: 50 }, 'A');
    expect(b).toBe(`${MINUS}12 people reached per run [95% CI ${MINUS}30 to +6]`);
    const [, c] = comparisonSentences({ name: 'B', metric: 'converted', meanDifference: 3, ci95: null, shareBetter: 1, n: 1 }, 'A');
    expect(c).toBe('+3 conversions per run [95% CI n/a]');
  });

  it('formats money and ROI differences', () => {
    expect(differenceFormat('roi')(0.25)).toBe('+25%');
    expect(differenceFormat('costPerConversion', 'en', 'USD')(-2.5)).toBe(`${MINUS}$2.50`);
    expect(differenceFormat('converted', 'en', undefined, false)(120)).toBe('120');
  });
});

describe('funnel, attribution, decomposition labels', () => {
  it('the third stage is the sales the campaign caused when runs carry the lift, every buyer otherwise', () => {
    // 200 reached, 190 buyers of whom 186 would have bought anyway: 4 caused (2 % of reached), not 95 %.
    const run = (i: number, lift: number | null): RunRow => ({ run: i, reached: 200, shared: 50, converted: 190, churned: 0, steps: 168, incrementalConverted: lift });
    const withLift: StrategyResult[] = [{ name: 'A', color: '#000', runs: [run(0, 3), run(1, 5)] }];
    const without: StrategyResult[] = [{ name: 'A', color: '#000', runs: [run(0, null), run(1, null)] }];
    expect(describeFunnel(withLift, {})).toBe('Funnel per strategy (mean over runs): A: reached 200, shared 50, bought because of the campaign 4, churned 0.');
    expect(describeFunnel(without, {})).toBe('Funnel per strategy (mean over runs): A: reached 200, shared 50, converted 190, churned 0.');
  });

  it('adds the rate of reached to later stages', () => {
    expect(funnelLabel(3280, 3280, 'reached')).toBe('3,280');
    expect(funnelLabel(167, 3280, 'converted')).toBe('167 · 5.1%');
    expect(funnelLabel(0, 0, 'shared')).toBe('0');
    expect(funnelLabel(NaN, 100, 'churned')).toBe('n/a');
  });

  it('treats negative and NaN attribution counts as zero', () => {
    const { parts, total } = attributionParts({ seed: 10, kol: -1, organic: NaN, ads: 5 });
    expect(parts).toEqual({ seed: 10, kol: 0, organic: 0, ads: 5 });
    expect(total).toBe(15);
  });

  it('formats factors as percent or number', () => {
    expect(formatFactor(0.042, 'percent')).toBe('4.2%');
    expect(formatFactor(8.44, 'number')).toBe('8.4');
    expect(formatFactor(NaN, 'number')).toBe('n/a');
  });
});

describe('cost and ROI estimates', () => {
  const run = (i: number, converted: number, cost: number): RunRow => ({
    run: i,
    reached: 100,
    shared: 10,
    converted,
    churned: 0,
    steps: 5,
    cost,
    roi: cost > 0 ? (converted * 10 - cost) / cost : null,
    costPerConversion: converted > 0 ? cost / converted : null,
  });
  const strategy = (runs: RunRow[]): StrategyResult => ({ name: 'S', color: '#0078c1', runs });

  it('uses the median of defined runs with a 5–95% interval', () => {
    const e = intervalEstimate(strategy([run(0, 10, 50), run(1, 5, 50), run(2, 0, 50)]), 'costPerConversion', 'median');
    expect(e.n).toBe(2);
    expect(e.center).toBe(7.5);
    expect(e.missing).toBeUndefined();
  });

  it('explains why a value is missing', () => {
    expect(intervalEstimate(strategy([run(0, 10, 0), run(1, 3, 0)]), 'roi', 'median').missing).toBe('n/a: costs nothing');
    expect(intervalEstimate(strategy([run(0, 0, 50)]), 'costPerConversion', 'mean').missing).toBe('n/a: no incremental sales');
    // 12 people bought, all of them organic buyers: the campaign caused no sale, so no cost per sale.
    const organicOnly = { ...run(0, 12, 50), incrementalConverted: 0, organicBuyers: 12, costPerConversion: null };
    expect(intervalEstimate(strategy([organicOnly]), 'costPerConversion', 'mean').missing).toBe('n/a: no incremental sales');
    expect(intervalEstimate({ name: 'S', color: '#000000' }, 'roi', 'mean').missing).toBe('n/a');
  });
});

describe('degree distribution helpers', () => {
  it('keeps positive degrees for the log axis and counts degree 0 apart', () => {
    const { points, zeroDegree } = splitDegreeHistogram([[3, 2], [0, 7], [1, 5], [2, 0], [NaN, 4]]);
    expect(points).toEqual([[1, 5], [3, 2]]);
    expect(zeroDegree).toBe(7);
  });

  it('summarises the network and wraps the summary', () => {
    const parts = networkSummaryParts({ nodes: 5000, edges: 14870, arcs: 29740, meanDegree: 5.94, clustering: 0.284, largestComponent: 4961, components: 23, averagePathLength: 4.71 });
    expect(parts).toEqual(['5,000 people', '14.9K ties', 'mean degree 5.9', 'clustering 0.28', 'largest group 99%', 'average path 4.7 steps']);
    // A fraction is accepted for the largest component too.
    expect(networkSummaryParts({ nodes: 10, edges: 9, arcs: 18, meanDegree: 1.8, clustering: 0, largestComponent: 0.5, components: 2, averagePathLength: NaN })).toContain('largest group 50%');
    const lines = wrapParts(parts, 300, 13);
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.join(' · ')).toBe(parts.join(' · '));
  });
});

describe('layout choices', () => {
  it('wraps panels when they do not fit', () => {
    expect(panelsPerRow(1000, 4, 190, 26)).toBe(4);
    expect(panelsPerRow(450, 4, 190, 26)).toBe(2);
    expect(panelsPerRow(100, 4, 190, 26)).toBe(1);
  });

  it('shrinks and fades dots as runs grow', () => {
    expect(dotStyle(20).radius).toBeGreaterThan(dotStyle(1000).radius);
    expect(dotStyle(20).opacity).toBeGreaterThan(dotStyle(1000).opacity);
  });
});
