/** A small world for calibration tests: 300 people, 6 communities, 4 days; and observed timelines made by the model. */
import type { Scenario } from '../../src/core/scenario';
import { parseObservedCsv, type ObservedTimeline } from '../../src/calibration/observedTimeline';
import { simulateRuns } from '../../src/runtime/simulateRuns';
import { validateScenario } from '../../src/scenario/validateScenario';
import { withValues } from '../../src/sweep/paramPath';

export function smallWorld(overrides: Record<string, unknown> = {}): Scenario {
  const result = validateScenario({
    version: 2,
    name: 'calibration test world',
    seed: 'calibration-test',
    runs: 10,
    steps: 96,
    network: { kind: 'communities', nodes: 300, communities: 6, meanDegree: 8, mixing: 0.15 },
    model: { kind: 'dividend', platform: 'private-circles', organicDemand: 0, conversion: { plateau: 0.3 } },
    strategies: [{ name: 'campaign', seeding: { method: 'random', count: 20 }, content: { quality: 0.5 } }],
    ...overrides,
  });
  if (!result.ok) throw new Error(result.errors.join('; '));
  return result.scenario;
}

/** The truth the recovery tests look for. */
export const TRUTH = { quality: 0.5, plateau: 0.3 };

/**
 * The observed campaign: run `run` of `scenario` with `values` set at `paths` (a run index the
 * calibration, which simulates runs 0 … R−1, never uses), one row every `every` hours.
 */
export function observedFromModel(scenario: Scenario, paths: (string | number)[][], values: number[], run: number, every = 6): ObservedTimeline {
  let variant: unknown = { ...scenario, runs: 1 };
  paths.forEach((p, i) => {
    variant = withValues(variant, [p], values[i]);
  });
  const checked = validateScenario(variant);
  if (!checked.ok) throw new Error(checked.errors.join('; '));
  const block = simulateRuns(checked.scenario, [run]);
  const stride = checked.scenario.steps + 1;
  const rows = ['step,reached,shared,converted'];
  for (let t = 0; t <= checked.scenario.steps; t += every) rows.push(`${t},${block.timelines[t]},${block.timelines[stride + t]},${block.timelines[2 * stride + t]}`);
  return parseObservedCsv(rows.join('\n'));
}
