import { describe, expect, it } from 'vitest';
import { calibrate } from '../../src/calibration/abcSmc';
import { DEFAULT_ABC_OPTIONS, type AbcOptions } from '../../src/calibration/abcOptions';
import { withNodePoolEvaluator } from '../../src/calibration/calibrationPool.node.ts';
import { planFit } from '../../src/calibration/fitParams';
import { inlineEvaluator, simulatorEvaluator } from '../../src/calibration/particleEvaluator';
import { inlineSimulator } from '../../src/runtime/scenarioSeries';
import { observedFromModel, smallWorld, TRUTH } from './fixtures';

const scenario = smallWorld();
const observed = observedFromModel(scenario, [['strategies', 0, 'content', 'quality']], [TRUTH.quality], 1000, 12);
const options: AbcOptions = { ...DEFAULT_ABC_OPTIONS, particles: 24, generations: 3, runsPerParticle: 4 };
const plan = planFit(
  scenario,
  [
    { path: 'strategies[0].content.quality', lo: 0.1, hi: 1 },
    { path: 'strategies[0].seeding.count', lo: 5, hi: 40 },
  ],
  { runsPerParticle: options.runsPerParticle },
);
const problem = { plan, observed, options };

describe('calibration on the Node worker pool', () => {
  it('gives the in-thread numbers with 1 and 2 workers', async () => {
    const reference = JSON.stringify(await calibrate(problem, inlineEvaluator()));
    const one = JSON.stringify(await withNodePoolEvaluator(1, (evaluate) => calibrate(problem, evaluate)));
    let progressCalls = 0;
    const two = JSON.stringify(await withNodePoolEvaluator(2, (evaluate) => calibrate(problem, evaluate, { onProgress: () => progressCalls++ })));
    expect(one).toBe(reference);
    expect(two).toBe(reference);
    // Over a ScenarioSimulator (what the page's browser pool offers): the same numbers.
    expect(JSON.stringify(await calibrate(problem, simulatorEvaluator(inlineSimulator())))).toBe(reference);
    expect(progressCalls).toBeGreaterThan(0);
    // Whole-number fields are simulated rounded, within the range.
    const state = JSON.parse(reference) as { population: { values: number[] }[] };
    for (const p of state.population) {
      expect(Number.isInteger(p.values[1])).toBe(true);
      expect(p.values[1]).toBeGreaterThanOrEqual(5);
      expect(p.values[1]).toBeLessThanOrEqual(40);
    }
  });

  it('cancels with an AbortSignal', async () => {
    const controller = new AbortController();
    const run = withNodePoolEvaluator(2, (evaluate) =>
      calibrate({ ...problem, options: { ...options, particles: 2000 } }, evaluate, {
        signal: controller.signal,
        onProgress: (p) => {
          if (p.simulations > 40) controller.abort();
        },
      }),
    );
    await expect(run).rejects.toThrow(/abort/i);
    expect(controller.signal.aborted).toBe(true);
  });
});
