/**
 * A golden scenario under uncertainty, for the cross-engine check: the engine-independence
 * golden world (test/runtime/goldenScenario.ts) with every kind of distribution — a uniform and
 * a truncated normal of the model, a lognormal of the content, a drawn network parameter (so
 * each run has its own network) and a two-path posterior. Its full JSON result, robustness
 * included, must be byte-identical in Node and Chromium (test/e2e/crossEngine.e2e.test.ts).
 */
import { buildResult, resultToJson } from '../../src/runtime/resultFormat';
import { simulateInline } from '../../src/runtime/simulateInline';
import { validateScenario } from '../../src/scenario/validateScenario';
import { GOLDEN_SCENARIO } from '../runtime/goldenScenario';

export const UNCERTAIN_GOLDEN_SCENARIO = {
  ...GOLDEN_SCENARIO,
  name: 'Engine-independence golden under uncertainty',
  runs: 8,
  uncertainty: [
    { path: 'model.conversion.plateau', distribution: { kind: 'uniform', low: 0.05, high: 0.3 } },
    { path: 'model.conversion.halfDose', distribution: { kind: 'normal', mean: 1.5, sd: 2, low: 1, high: 1.2 } },
    { path: 'strategies[*].content.quality', distribution: { kind: 'lognormal', median: 0.2, sigma: 0.4 } },
    { path: 'network.mixing', distribution: { kind: 'normal', mean: 0.15, sd: 0.05 } },
    {
      distribution: {
        kind: 'posterior',
        paths: ['model.advocacy', 'model.organicDemand'],
        particles: [
          { weight: 0.2, values: [0.1, 0.005] },
          { weight: 0.5, values: [0.2, 0.01] },
          { weight: 0.3, values: [0.35, 0.02] },
        ],
      },
    },
  ],
};

/** The scenario's full JSON result with an empty `meta`. */
export function uncertainGoldenText(): string {
  const validated = validateScenario(UNCERTAIN_GOLDEN_SCENARIO);
  if (!validated.ok) throw new Error(validated.errors.join('; '));
  const data = simulateInline(validated.scenario, undefined, { traces: false });
  return resultToJson(buildResult(validated.scenario, data, {}));
}
