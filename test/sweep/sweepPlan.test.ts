import { describe, expect, it } from 'vitest';
import { DIVIDEND_STRATEGY_DEFAULTS } from '../../src/core/dividend/dividendSpec';
import type { DividendScenario } from '../../src/core/scenario';
import { SweepInputError } from '../../src/sweep/sweepError';
import { planSweep } from '../../src/sweep/sweepPlan';
import { dividendScenario } from './fixtures';

const q0 = (p: { scenario: unknown }) => (p.scenario as DividendScenario).strategies[0].content.quality;

describe('planSweep', () => {
  it('1-D: one validated variant per grid value, same seed and runs everywhere', () => {
    const base = dividendScenario();
    const plan = planSweep(base, [{ path: 'strategies[0].content.quality', from: 0, to: 1, steps: 5 }]);
    expect(plan.params).toEqual([
      { path: 'strategies[0].content.quality', from: 0, to: 1, steps: 5, fields: ['strategies[0].content.quality'], integer: false, values: [0, 0.25, 0.5, 0.75, 1] },
    ]);
    expect(plan.points.map((p) => p.values[0])).toEqual([0, 0.25, 0.5, 0.75, 1]);
    expect(plan.points.map(q0)).toEqual([0, 0.25, 0.5, 0.75, 1]);
    for (const p of plan.points) {
      expect(p.scenario.seed).toBe(base.seed);
      expect(p.scenario.runs).toBe(base.runs);
      // The other strategy is untouched (its quality: the default).
      expect((p.scenario as DividendScenario).strategies[1].content.quality).toBe(DIVIDEND_STRATEGY_DEFAULTS.content.quality);
    }
    expect(plan.base).toBe(base);
  });

  it('2-D: parameter 0 varies slowest, coords index the grids', () => {
    const plan = planSweep(dividendScenario(), [
      { path: 'strategies[0].content.quality', from: 0.1, to: 0.3, steps: 3 },
      { path: 'strategies[0].seeding.count', from: 0, to: 10, steps: 2 },
    ]);
    expect(plan.points.map((p) => p.coords)).toEqual([[0, 0], [0, 1], [1, 0], [1, 1], [2, 0], [2, 1]]);
    expect(plan.points.map((p) => p.values)).toEqual([[0.1, 0], [0.1, 10], [0.2, 0], [0.2, 10], [0.3, 0], [0.3, 10]]);
    expect(plan.points.map((p) => p.scenario.strategies[0].seeding.count)).toEqual([0, 10, 0, 10, 0, 10]);
  });

  it('[*] sets every strategy; whole-number fields round and drop duplicates', () => {
    const plan = planSweep(dividendScenario(), [{ path: 'strategies[*].seeding.count', from: 0, to: 5, steps: 21 }]);
    expect(plan.params[0].integer).toBe(true);
    expect(plan.params[0].fields).toEqual(['strategies[0].seeding.count', 'strategies[1].seeding.count']);
    expect(plan.points.map((p) => p.scenario.strategies.map((s) => s.seeding.count))).toEqual([0, 1, 2, 3, 4, 5].map((n) => [n, n]));
  });

  it('an out-of-range grid point fails before anything runs, naming the point and the field', () => {
    expect(() => planSweep(dividendScenario(), [{ path: 'strategies[0].content.quality', from: 0, to: 1.2, steps: 7 }])).toThrow(
      new SweepInputError('at strategies[0].content.quality = 1.2: strategies[0].content.quality: must be a number between 0 and 1 (got 1.2)'),
    );
    expect(() => planSweep(dividendScenario(), [{ path: 'strategies[1].kols.hire', from: 0, to: 5, steps: 6 }])).toThrow(
      /^at strategies\[1\]\.kols\.hire = 4: strategies\[1\]\.kols\.hire: must be an integer between 0 and 3/,
    );
  });

  it('--strategy keeps one strategy; a path that misses it is refused', () => {
    const plan = planSweep(dividendScenario(), [{ path: 'strategies[*].content.quality', from: 0.1, to: 0.2, steps: 2 }], { strategy: 'kol' });
    expect(plan.base.strategies.map((s) => s.name)).toEqual(['kol']);
    expect(plan.points.map((p) => p.scenario.strategies.map((s) => s.name))).toEqual([['kol'], ['kol']]);
    expect(plan.params[0].fields).toEqual(['strategies[1].content.quality']);
    expect(plan.points.map(q0)).toEqual([0.1, 0.2]);
    expect(() => planSweep(dividendScenario(), [{ path: 'strategies[0].content.quality', from: 0, to: 1, steps: 2 }], { strategy: 'kol' })).toThrow(
      /does not touch strategy "kol" \(strategies\[1\]\)/,
    );
    expect(() => planSweep(dividendScenario(), [{ path: 'runs', from: 2, to: 3, steps: 2 }], { strategy: 'nope' })).toThrow(
      '--strategy: no strategy named "nope" (the scenario has "seeds", "kol")',
    );
  });

  it('refuses overlapping parameters, more than two, and grids that are too large', () => {
    expect(() =>
      planSweep(dividendScenario(), [
        { path: 'strategies[*].content.quality', from: 0, to: 1, steps: 2 },
        { path: 'strategies[0].content.quality', from: 0, to: 1, steps: 2 },
      ]),
    ).toThrow('the two parameters both set strategies[0].content.quality; sweep two different fields');
    expect(() => planSweep(dividendScenario(), [])).toThrow(/one or two parameters/);
    const p = { path: 'runs', from: 1, to: 2, steps: 2 };
    expect(() => planSweep(dividendScenario(), [p, p, p])).toThrow(/one or two parameters/);
    expect(() =>
      planSweep(dividendScenario(), [
        { path: 'strategies[0].content.quality', from: 0, to: 1, steps: 201 },
        { path: 'strategies[0].content.promotional', from: 0, to: 1, steps: 11 },
      ]),
    ).toThrow('the sweep has 2211 grid points; at most 2000 are allowed');
  });

  it('top-level fields: runs is a whole number swept like any other', () => {
    const plan = planSweep(dividendScenario(), [{ path: 'runs', from: 2, to: 4.4, steps: 3 }]);
    expect(plan.points.map((p) => p.scenario.runs)).toEqual([2, 3, 4]);
  });
});
