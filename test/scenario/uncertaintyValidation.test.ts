/**
 * The scenario's `uncertainty` at the boundary: every bad field is named with its reason, paths
 * are limited to unknowns of the world and the content, ranges are the validator's own, and
 * defaults (normal/lognormal truncation bounds) are filled so the result re-validates as is.
 */
import { describe, expect, it } from 'vitest';
import { validateScenario } from '../../src/scenario/validateScenario';
import { DIVIDEND_BASE } from '../uncertainty/fixtures';

const base = { version: 2, name: 'uncertainty', seed: 'u', ...DIVIDEND_BASE };
const errorsOf = (uncertainty: unknown) => {
  const result = validateScenario({ ...base, uncertainty });
  return result.ok ? [] : result.errors;
};
const uniform = (path: string, low: number, high: number) => ({ path, distribution: { kind: 'uniform', low, high } });

describe('uncertainty validation', () => {
  it.each([
    [{}, 'uncertainty: must be a list of at most 16 uncertain parameters {path, distribution} (got an object)'],
    [[1], 'uncertainty[0]: must be an object {path, distribution} (got 1)'],
    [[{ path: 'model.advocacy' }], 'uncertainty[0].distribution: required; must be an object with a kind'],
    [[{ path: 'model.advocacy', distribution: { kind: 'beta' } }], 'uncertainty[0].distribution.kind: must be one of uniform, normal, lognormal, posterior'],
    [[uniform('model.advocacy', 0.5, 0.2)], 'uncertainty[0].distribution.high: must be above low (0.5) (got 0.2)'],
    [[uniform('model.advocacy', 0.5, 1.5)], 'uncertainty[0].distribution.high: must lie within the range of model.advocacy, 0 to 1 (got 1.5)'],
    [[{ path: 'model.advocacy', distribution: { kind: 'normal', mean: 0.5, sd: 0 } }], 'uncertainty[0].distribution.sd: must be a number greater than 0 and at most 1000000000000 (got 0)'],
    [[{ path: 'model.advocacy', distribution: { kind: 'normal', mean: 0.5, sd: 0.1, foo: 1 } }], 'uncertainty[0].distribution.foo: unknown field'],
    [[{ distribution: { kind: 'uniform', low: 0, high: 1 } }], 'uncertainty[0].path: required'],
    [[uniform('model..x', 0, 1)], 'uncertainty[0].path: not a parameter path; write a path like model.conversion.plateau or strategies[*].content.quality'],
    [[uniform('model.nothing', 0, 1)], 'uncertainty[0].path: names no number of this scenario (check the field names and list indices)'],
    [[uniform('model.kind', 0, 1)], 'uncertainty[0].path: names a field that is not a number; only numbers can be uncertain'],
    [[uniform('network.meanDegree', 2, 400)], 'uncertainty[0].distribution.high: must be a number between 0 and 299 (nodes − 1)'],
    [[uniform('model.advocacy', 0, 1), uniform('model.advocacy', 0, 0.5)], 'uncertainty[1].path: draws the same field as uncertainty[0].path; give each field one distribution'],
    [
      [uniform('strategies[*].content.quality', 0, 1), uniform('strategies[1].content.quality', 0, 1)],
      'uncertainty[1].path: draws the same field as uncertainty[0].path; give each field one distribution',
    ],
    [[{ path: 'model.advocacy', distribution: { kind: 'lognormal', median: 0.2, sigma: 0.5, low: -1 } }], 'uncertainty[0].distribution.low: must lie within the range of model.advocacy, 0 to 1 (got -1)'],
    [
      [{ path: 'model.advocacy', distribution: { kind: 'posterior', paths: ['model.advocacy'], particles: [{ weight: 1, values: [0.2] }] } }],
      'uncertainty[0].path: a posterior names its paths in distribution.paths; remove path',
    ],
    [[{ distribution: { kind: 'posterior', paths: ['model.advocacy', 'model.conversion.plateau'], particles: [{ weight: 1, values: [0.2] }] } }], 'uncertainty[0].distribution.particles[0].values: must be a list of 2 numbers, one per path'],
    [[{ distribution: { kind: 'posterior', paths: ['model.advocacy'], particles: [{ weight: 0, values: [0.2] }] } }], 'uncertainty[0].distribution.particles: the particle weights must add up to more than 0'],
    [
      [{ distribution: { kind: 'posterior', paths: ['model.advocacy'], particles: [{ weight: 1, values: [0.2] }, { weight: 1, values: [2] }] } }],
      'uncertainty[0].distribution.particles[1].values[0]: must lie within the range of model.advocacy, 0 to 1 (got 2)',
    ],
  ])('%j', (uncertainty, line) => {
    expect(errorsOf(uncertainty)).toEqual([line]);
  });

  it('refuses decisions and sizes: seed counts, KOL hires, ads, waves, network sizes', () => {
    for (const path of ['strategies[0].seeding.count', 'strategies[*].ads.reach', 'strategies[0].content.waves[0]', 'network.nodes', 'network.communities', 'runs', 'steps']) {
      expect(errorsOf([uniform(path, 1, 2)]), path).toEqual([expect.stringMatching(/^uncertainty\[0\]\.path: must be a parameter of the world/)]);
    }
  });

  it('accepts world and content paths, fills the truncation bounds and re-validates to itself', () => {
    const result = validateScenario({
      ...base,
      uncertainty: [
        { path: 'model.advocacy', distribution: { kind: 'normal', mean: 0.2, sd: 0.1 } },
        { path: 'strategies[*].content.quality', distribution: { kind: 'lognormal', median: 0.2, sigma: 0.5, high: 0.6 } },
        uniform('network.mixing', 0.05, 0.4),
        { distribution: { kind: 'posterior', paths: ['model.conversion.plateau', 'model.economics.valuePerConversion'], particles: [{ weight: 1, values: [0.1, 30] }] } },
      ],
    });
    if (!result.ok) throw new Error(result.errors.join('; '));
    expect(result.scenario.uncertainty).toEqual([
      { path: 'model.advocacy', distribution: { kind: 'normal', mean: 0.2, sd: 0.1, low: 0, high: 1 } },
      { path: 'strategies[*].content.quality', distribution: { kind: 'lognormal', median: 0.2, sigma: 0.5, low: 0, high: 0.6 } },
      { path: 'network.mixing', distribution: { kind: 'uniform', low: 0.05, high: 0.4 } },
      { distribution: { kind: 'posterior', paths: ['model.conversion.plateau', 'model.economics.valuePerConversion'], particles: [{ weight: 1, values: [0.1, 30] }] } },
    ]);
    const again = validateScenario(JSON.parse(JSON.stringify(result.scenario)));
    expect(again.ok && again.scenario).toEqual(result.scenario);
  });

  it('reads ranges of every kind of numeric field: content relevance, nullable half-life, KOL reach, money', () => {
    for (const path of ['strategies[*].content.relevance', 'strategies[0].content.halfLife', 'model.fatigue.tolerance', 'model.economics.valuePerConversion']) {
      expect(errorsOf([uniform(path, 0.2, 0.9)]), path).toEqual([]);
    }
    const withKols = validateScenario({ ...base, network: { ...base.network, kols: { count: 2, reach: 0.1 } }, uncertainty: [uniform('network.kols.reach', 0.05, 0.3)] });
    expect(withKols.ok).toBe(true);
  });

  it('leaves a scenario without uncertainty exactly as before (no key added)', () => {
    const result = validateScenario(base);
    expect(result.ok && 'uncertainty' in result.scenario).toBe(false);
  });

  it('still reports the rest of the file when the scenario has other problems', () => {
    const result = validateScenario({ ...base, runs: 0, uncertainty: [{ path: 'model.advocacy', distribution: { kind: 'uniform', low: 0.5, high: 0.1 } }] });
    expect(result.ok ? [] : result.errors).toEqual([
      'runs: must be an integer between 1 and 10000 (got 0)',
      'uncertainty[0].distribution.high: must be above low (0.5) (got 0.1)',
    ]);
  });
});
