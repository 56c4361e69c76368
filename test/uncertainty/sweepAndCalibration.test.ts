/** A sweep or a calibration may not set a field the scenario's uncertainty draws per run (the draw would override it). */
import { describe, expect, it } from 'vitest';
import { planFit } from '../../src/calibration/fitParams';
import { planSweep } from '../../src/sweep/sweepPlan';
import { DIVIDEND_BASE, valid } from './fixtures';

const scenario = valid({
  ...DIVIDEND_BASE,
  strategies: [DIVIDEND_BASE.strategies[0]],
  uncertainty: [{ path: 'strategies[*].content.quality', distribution: { kind: 'uniform', low: 0.1, high: 0.4 } }],
});

describe('uncertain fields in sweeps and calibrations', () => {
  it('a sweep of a drawn field is refused, naming the entry; other fields sweep as usual', () => {
    expect(() => planSweep(scenario, [{ path: 'strategies[0].content.quality', from: 0.1, to: 0.5, steps: 3 }])).toThrow(
      "strategies[0].content.quality: strategies[0].content.quality is drawn per run by the scenario's uncertainty (strategies[*].content.quality); sweep it or draw it, not both",
    );
    expect(planSweep(scenario, [{ path: 'model.advocacy', from: 0.1, to: 0.5, steps: 3 }]).points).toHaveLength(3);
  });

  it('a calibration of a drawn field is refused', () => {
    expect(() => planFit(scenario, [{ path: 'strategies[0].content.quality', lo: 0.1, hi: 0.5 }], { runsPerParticle: 4 })).toThrow(
      /is drawn per run by the scenario's uncertainty \(strategies\[\*\]\.content\.quality\); fit it or draw it, not both/,
    );
  });
});
