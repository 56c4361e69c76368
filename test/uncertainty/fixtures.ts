/** Scenarios for the uncertainty tests. */
import type { Scenario } from '../../src/core/scenario';
import { validateScenario } from '../../src/scenario/validateScenario';

export function valid(input: Record<string, unknown>): Scenario {
  const result = validateScenario({ version: 2, name: 'uncertainty test', seed: 'unc', ...input });
  if (!result.ok) throw new Error(result.errors.join('; '));
  return result.scenario;
}

/**
 * A world where the winner flips with one parameter, by construction. Linear threshold with every
 * threshold equal to φ (model.threshold) on a fixed edge list:
 * - "chain" seeds a0 of a chain a0 → a1 → … → a10, where each a_i (i ≥ 1) is also watched by a
 *   never-active d_i: a_i sees half its sources active, so the chain falls iff φ ≤ ½ —
 *   11 activated, else 1;
 * - "three" seeds b0, b1, b2, whose followers x_j are half-watched by inactive y_j, so it
 *   activates 6 when φ ≤ ½ and 3 otherwise.
 * So "chain" wins (11 > 6) iff φ ≤ ½ and "three" (3 > 1) iff φ > ½: with φ uniform on [0.2, 0.7]
 * the hand-computed win shares are (0.5 − 0.2) / 0.5 = 60 % and 40 %. `model.thresholdSpread`
 * is drawn too, on [0, 1e-9]: it moves no threshold across ½ (beyond a 1e-9 sliver) and so
 * must not come out as sensitive.
 */
export function flipScenario(runs: number, extra: Record<string, unknown> = {}): Scenario {
  const edges: string[] = [];
  for (let i = 1; i <= 10; i++) edges.push(`a${i - 1},a${i}`, `d${i},a${i}`);
  for (let j = 0; j < 3; j++) edges.push(`b${j},x${j}`, `y${j},x${j}`);
  const ids: string[] = [];
  for (const line of edges) for (const id of line.split(',')) if (!ids.includes(id)) ids.push(id);
  return valid({
    name: 'flip',
    seed: 'toy',
    runs,
    steps: 30,
    network: { kind: 'edge-list', edges: edges.join('\n'), directed: true },
    model: { kind: 'linear-threshold', threshold: 0.4, thresholdSpread: 0 },
    strategies: [
      { name: 'chain', seeding: { method: 'manual', nodes: [ids.indexOf('a0')] } },
      { name: 'three', seeding: { method: 'manual', nodes: ['b0', 'b1', 'b2'].map((b) => ids.indexOf(b)) } },
    ],
    uncertainty: [
      { path: 'model.threshold', distribution: { kind: 'uniform', low: 0.2, high: 0.7 } },
      { path: 'model.thresholdSpread', distribution: { kind: 'uniform', low: 0, high: 1e-9 } },
    ],
    ...extra,
  });
}

/** A small dividend world (communities) with two strategies, for validation and determinism tests. */
export const DIVIDEND_BASE = {
  runs: 8,
  steps: 48,
  network: { kind: 'communities', nodes: 300, communities: 6, meanDegree: 6, mixing: 0.2 },
  model: { kind: 'dividend' },
  strategies: [
    { name: 'seeds', seeding: { method: 'random', count: 10 } },
    { name: 'hubs', seeding: { method: 'degree', count: 10 } },
  ],
} as const;
