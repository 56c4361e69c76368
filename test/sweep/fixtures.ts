/** Small validated scenarios for the sweep and frontier tests. */
import type { Scenario } from '../../src/core/scenario';
import { validateScenario } from '../../src/scenario/validateScenario';

export function valid(input: unknown): Scenario {
  const result = validateScenario(input);
  if (!result.ok) throw new Error(result.errors.join('; '));
  return result.scenario;
}

/**
 * A small dividend world: 300 people in 6 communities, 3 KOL accounts, two strategies. Prices are
 * pinned (seed 20, KOL 500 + 0.05/follower, impression 0.02, conversion 50) so that the hand
 * calculations of the frontier tests do not move with the model's defaults.
 */
export const DIVIDEND_INPUT = {
  version: 2,
  name: 'sweep fixture',
  seed: 'sweep',
  runs: 6,
  steps: 20,
  network: { kind: 'communities', nodes: 300, communities: 6, meanDegree: 6, mixing: 0.2, kols: { count: 3, reach: 0.1 } },
  model: { kind: 'dividend', economics: { costPerSeed: 20, kolBaseFee: 500, kolFeePerFollower: 0.05, costPerImpression: 0.02, valuePerConversion: 50 } },
  strategies: [
    { name: 'seeds', seeding: { method: 'random', count: 5 } },
    { name: 'kol', seeding: { method: 'degree', count: 2 }, kols: { hire: 1 } },
  ],
};

export const dividendScenario = (): Scenario => valid(DIVIDEND_INPUT);

/** An independent-cascade scenario (no prices, no R). */
export const icScenario = (): Scenario =>
  valid({
    version: 2,
    name: 'ic fixture',
    seed: 'ic',
    runs: 5,
    steps: 15,
    network: { kind: 'erdos-renyi', nodes: 200, meanDegree: 4 },
    model: { kind: 'independent-cascade', probability: 0.2 },
    strategies: [{ name: 'random', seeding: { method: 'random', count: 3 } }],
  });
