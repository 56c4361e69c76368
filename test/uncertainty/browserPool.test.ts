/**
 * Under uncertainty the browser pool (with in-thread fake workers running the same job code)
 * gives exactly the in-thread numbers with 1 and 3 workers, and the golden scenario under
 * uncertainty exercises what it is meant to (its cross-engine twin is in
 * test/e2e/crossEngine.e2e.test.ts).
 */
import { describe, expect, it } from 'vitest';
import { BrowserPool } from '../../src/runtime/pool.browser';
import { simulateInline } from '../../src/runtime/simulateInline';
import { fakeFactory, newControl } from '../runtime/fakeBrowserWorkers';
import { flipScenario } from './fixtures';
import { uncertainGoldenText } from './uncertainGolden';

const comparable = (d: ReturnType<typeof simulateInline>) => d.strategies.map((s) => [s.name, Array.from(s.totals), Array.from(s.timelines), Array.from(s.metrics)]);

describe('uncertainty in the browser pool', () => {
  it('gives the in-thread numbers with 1 and 3 workers', async () => {
    const scenario = flipScenario(30);
    const reference = comparable(simulateInline(scenario));
    for (const size of [1, 3]) {
      const pool = new BrowserPool({ size, factory: fakeFactory(newControl()) });
      expect(comparable(await pool.run(scenario, { traces: false }))).toEqual(reference);
      pool.dispose();
    }
  });

  it('golden under uncertainty: every distribution drawn, robustness for the three goals', () => {
    const result = JSON.parse(uncertainGoldenText());
    const r = result.robustness;
    expect(r.paths).toEqual([
      'model.conversion.plateau',
      'model.conversion.halfDose',
      'strategies[*].content.quality',
      'network.mixing',
      'model.advocacy',
      'model.organicDemand',
    ]);
    for (const draw of r.draws) {
      expect(draw[1]).toBeGreaterThanOrEqual(1);
      expect(draw[1]).toBeLessThanOrEqual(1.2);
      expect([0.1, 0.2, 0.35]).toContain(draw[4]);
    }
    expect(r.goals.map((g: { goal: string }) => g.goal)).toEqual(['mostConversions', 'lowestCostPerSale', 'bestRoi']);
  });
});
