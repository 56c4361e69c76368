import { describe, expect, it } from 'vitest';
import type { Scenario } from '../../src/core/scenario';
import { validateScenario } from '../../src/scenario/validateScenario';
import { fieldPattern, integerFieldPatterns, isIntegerField } from '../../src/sweep/integerFields';
import { expandParamPath, parseParamPath, withValues, type ConcretePath } from '../../src/sweep/paramPath';
import { DIVIDEND_INPUT, valid } from './fixtures';

const rich = valid({
  ...DIVIDEND_INPUT,
  strategies: [
    {
      name: 'all levers',
      seeding: { method: 'random', count: 5 },
      content: { waves: [0, 2] },
      kols: { hire: 1, fromRank: 2, step: 1 },
      secondWave: { step: 3, count: 2 },
      ads: { reach: 0.01, from: 1, to: 5 },
    },
  ],
});
const network = (spec: Record<string, unknown>) =>
  valid({
    version: 2,
    name: 'n',
    runs: 2,
    steps: 5,
    network: spec,
    model: { kind: 'independent-cascade', probability: 0.1 },
    strategies: [{ name: 'm', seeding: { method: 'manual', nodes: [1, 2] } }],
  });

/** A scenario and a path in it, for every integer field pattern. */
const FIXTURES: Record<string, [Scenario, string]> = {
  runs: [rich, 'runs'],
  steps: [rich, 'steps'],
  'network.nodes': [rich, 'network.nodes'],
  'network.edgesPerNode': [network({ kind: 'barabasi-albert', nodes: 50, edgesPerNode: 2 }), 'network.edgesPerNode'],
  'network.communities': [rich, 'network.communities'],
  'network.minDegree': [network({ kind: 'configuration', nodes: 50, degreeExponent: 2.5, minDegree: 1, maxDegree: 10 }), 'network.minDegree'],
  'network.maxDegree': [network({ kind: 'configuration', nodes: 50, degreeExponent: 2.5, minDegree: 1, maxDegree: 10 }), 'network.maxDegree'],
  'network.kols.count': [rich, 'network.kols.count'],
  'strategies[].seeding.count': [rich, 'strategies[0].seeding.count'],
  'strategies[].seeding.nodes[]': [network({ kind: 'erdos-renyi', nodes: 50, meanDegree: 3 }), 'strategies[0].seeding.nodes[1]'],
  'strategies[].content.waves[]': [rich, 'strategies[0].content.waves[1]'],
  'strategies[].kols.hire': [rich, 'strategies[0].kols.hire'],
  'strategies[].kols.fromRank': [rich, 'strategies[0].kols.fromRank'],
  'strategies[].kols.step': [rich, 'strategies[0].kols.step'],
  'strategies[].secondWave.step': [rich, 'strategies[0].secondWave.step'],
  'strategies[].secondWave.count': [rich, 'strategies[0].secondWave.count'],
  'strategies[].ads.from': [rich, 'strategies[0].ads.from'],
  'strategies[].ads.to': [rich, 'strategies[0].ads.to'],
  'network.meanDegree (watts-strogatz)': [network({ kind: 'watts-strogatz', nodes: 50, meanDegree: 4, rewire: 0.1 }), 'network.meanDegree'],
};

function problemsWith(scenario: Scenario, path: ConcretePath, value: number): string[] {
  const result = validateScenario(withValues(scenario, [path], value));
  return result.ok ? [] : result.errors;
}

const concrete = (scenario: Scenario, text: string) => expandParamPath(scenario, parseParamPath(text))[0];

describe('integer fields agree with the validator', () => {
  it('every integer pattern has a fixture here (add one when the validator gains an integer field)', () => {
    expect(Object.keys(FIXTURES).sort()).toEqual(integerFieldPatterns().sort());
  });

  it.each(Object.entries(FIXTURES))('%s: 1.5 is refused as not an integer, and the sweep rounds it', (_pattern, [scenario, text]) => {
    const path = concrete(scenario, text);
    expect(isIntegerField(scenario, path)).toBe(true);
    expect(problemsWith(scenario, path, 1.5).join('\n')).toMatch(new RegExp(`${text.replace(/[[\].]/g, '\\$&')}: must be an (even )?integer`));
  });

  it.each([
    [rich, 'strategies[0].content.quality', 0.55],
    [rich, 'strategies[0].incentives.rewardPerShare', 0.5],
    [rich, 'strategies[0].ads.reach', 0.015],
    [rich, 'model.economics.costPerSeed', 20.5],
    [rich, 'model.conversion.halfDose', 2.25],
    [rich, 'model.conversion.steepness', 1.5],
    [rich, 'model.response.medianHours', 7.5],
    [rich, 'model.adResponse.peakFrequency', 2.5],
    [rich, 'network.meanDegree', 6.5],
    [rich, 'network.mixing', 0.25],
  ] as const)('%#: %s takes fractions', (scenario, text, value) => {
    const path = concrete(scenario, text);
    expect(isIntegerField(scenario, path)).toBe(false);
    expect(problemsWith(scenario, path, value)).toEqual([]);
  });

  it('fieldPattern writes indices as []', () => {
    expect(fieldPattern(['strategies', 3, 'content', 'waves', 0])).toBe('strategies[].content.waves[]');
  });
});
