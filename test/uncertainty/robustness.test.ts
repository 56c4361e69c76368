/**
 * Robustness under uncertainty: win shares match the share of the prior where each strategy wins
 * (computed by hand), the parameter the winner flips on is named as the most sensitive, the
 * verdict follows the 90 % rule, and the measures themselves are right on tiny exact cases.
 */
import { csvParseRows } from 'd3-dsv';
import { describe, expect, it } from 'vitest';
import { buildResult, runsCsv } from '../../src/runtime/resultFormat';
import { goalRobustness, ranks, ROBUST_SHARE, spearman } from '../../src/runtime/robustness';
import { simulateInline } from '../../src/runtime/simulateInline';
import { flipScenario } from './fixtures';

describe('Spearman rank correlation', () => {
  it('gives mid-ranks to ties and ±1 for monotone relations', () => {
    expect(ranks([10, 20, 20, 5])).toEqual([2, 3.5, 3.5, 1]);
    expect(spearman([1, 2, 3, 4], [1, 8, 27, 64])).toBeCloseTo(1, 12);
    expect(spearman([1, 2, 3, 4], [4, 3, 2, 1])).toBeCloseTo(-1, 12);
    // By hand: ranks x (1,2,3,4), y (2,1,4,3): d² = 1+1+1+1 = 4; ρ = 1 − 6·4 / (4·15) = 0.6.
    expect(spearman([1, 2, 3, 4], [20, 10, 40, 30])).toBeCloseTo(0.6, 12);
    expect(spearman([1, 2], [1, 2])).toBeNull();
    expect(spearman([1, 1, 1], [1, 2, 3])).toBeNull();
  });
});

describe('goalRobustness on a stand-in model', () => {
  // 100 worlds, θ = (r + 0.5) / 100; A scores 1 − θ, B scores 0.3 (+ an irrelevant ψ drawn beside θ).
  const runs = 100;
  const draws = Array.from({ length: runs }, (_, r) => [(r + 0.5) / runs, ((r * 37) % runs) / runs]);
  const a = Float64Array.from(draws, ([t]) => 1 - t);
  const b = Float64Array.from(draws, () => 0.3);

  it('wins where the prior says, names θ, and says "depends on θ"', () => {
    const g = goalRobustness({ goal: 'mostConversions', metric: 'x', better: 'higher' }, ['A', 'B'], [a, b], ['theta', 'psi'], draws);
    // A wins iff 1 − θ > 0.3, i.e. θ < 0.7: 70 of the 100 grid worlds.
    expect(g.winShare).toEqual({ A: 0.7, B: 0.3 });
    expect(g.leader).toBe('A');
    expect(g.sensitivity[0]).toEqual({ path: 'theta', rankCorrelation: -1 });
    expect(Math.abs(g.sensitivity[1].rankCorrelation!)).toBeLessThan(0.3);
    expect(g.verdict).toEqual({ word: 'depends', winner: 'A', share: 0.7, on: 'theta' });
  });

  it('ranks lower-is-better goals the other way, splits ties and counts undecided worlds', () => {
    const cost = Float64Array.from(draws, ([t], r) => (r < 10 ? NaN : t));
    const flat = Float64Array.from(draws, (_, r) => (r < 10 ? NaN : r < 20 ? 0.15 : 0.5));
    const g = goalRobustness({ goal: 'lowestCostPerSale', metric: 'costPerConversion', better: 'lower' }, ['A', 'B'], [cost, flat], ['theta', 'psi'], draws);
    expect(g.undecided).toBeCloseTo(0.1, 12);
    // Worlds 10–19: θ ∈ (0.1, 0.2) against 0.15 → A wins 10–14, B 15–19; 20–49: A (θ < 0.5); 50–99: B.
    expect(g.winShare.A).toBeCloseTo(0.35, 12);
    expect(g.winShare.B).toBeCloseTo(0.55, 12);
    expect(g.leader).toBe('B');
    // B's advantage (cost of A − cost of B) grows with θ.
    expect(g.sensitivity[0].path).toBe('theta');
    expect(g.sensitivity[0].rankCorrelation!).toBeGreaterThan(0.9);
  });

  it(`is "robust" at ${ROBUST_SHARE * 100} % or more`, () => {
    const high = Float64Array.from(draws, ([t]) => (t < 0.95 ? 1 : 0));
    const g = goalRobustness({ goal: 'bestRoi', metric: 'roi', better: 'higher' }, ['A', 'B'], [high, b], ['theta', 'psi'], draws);
    expect(g.verdict).toEqual({ word: 'robust', winner: 'A', share: 0.95 });
  });
});

describe('a toy world whose winner flips with the threshold', () => {
  const runs = 400;
  const scenario = flipScenario(runs);
  const data = simulateInline(scenario, undefined, { traces: false });
  const result = buildResult(scenario, data);
  const robustness = result.robustness!;

  it('gives each strategy the share of the prior where it wins (hand: 60 % / 40 %)', () => {
    const [goal] = robustness.goals;
    expect(robustness.goals.map((g) => g.goal)).toEqual(['mostConversions']);
    // Exactly the share of drawn thresholds at or below ½ …
    const below = robustness.draws.filter(([phi]) => phi <= 0.5).length / runs;
    expect(goal.winShare.chain).toBe(below);
    expect(goal.winShare.three).toBeCloseTo(1 - below, 12);
    // … which estimates the hand-computed 60 % (binomial sd √(0.24/400) ≈ 0.024; 4 sd).
    expect(Math.abs(goal.winShare.chain - 0.6)).toBeLessThan(0.1);
    // The outcomes are those worked out in the fixture.
    robustness.draws.forEach(([phi], run) => {
      expect(result.strategies[0].runs[run].converted).toBe(phi <= 0.5 ? 11 : 1);
      expect(result.strategies[1].runs[run].converted).toBe(phi <= 0.5 ? 6 : 3);
    });
  });

  it('names the threshold as most sensitive and the verdict depends on it', () => {
    expect(robustness.sensitivity[0].path).toBe('model.threshold');
    expect(robustness.sensitivity[0].rankCorrelation!).toBeLessThan(-0.8);
    expect(Math.abs(robustness.sensitivity[1].rankCorrelation!)).toBeLessThan(0.2);
    expect(robustness.verdict).toMatchObject({ word: 'depends', winner: 'chain', on: 'model.threshold' });
  });

  it('is robust when the prior leaves no doubt', () => {
    const narrow = flipScenario(60, {
      uncertainty: [{ path: 'model.threshold', distribution: { kind: 'normal', mean: 0.3, sd: 0.05, low: 0.2, high: 0.45 } }],
    });
    const r = buildResult(narrow, simulateInline(narrow, undefined, { traces: false })).robustness!;
    expect(r.verdict).toEqual({ word: 'robust', winner: 'chain', share: 1 });
  });

  it('adds one CSV column per uncertain path with the drawn value', () => {
    const rows = csvParseRows(runsCsv(scenario, data));
    const header = rows[0];
    expect(header.slice(-3)).toEqual(['seed', 'model.threshold', 'model.thresholdSpread']);
    const runCol = header.indexOf('run');
    for (const row of rows.slice(1, 20)) expect(Number(row[header.length - 2])).toBe(robustness.draws[Number(row[runCol])][0]);
  });
});
