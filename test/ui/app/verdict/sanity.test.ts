/** Sanity rules: results outside published ranges and the lever named for each. */
import { describe, expect, it } from 'vitest';
import type { DividendScenario } from '../../../../src/core/scenario';
import { checkScenario } from '../../../../src/scenario/validateScenario';
import { sanityNotes, unusualLevers } from '../../../../src/ui/app/verdict/sanity';
import type { StrategySummary } from '../../../../src/ui/app/verdict/strategySummary';
import { dividendScenario, type Json } from '../../../scenario/scenarioFixtures';

function scenario(strategies: Json[], model: Json = {}): DividendScenario {
  const check = checkScenario(dividendScenario(strategies, model));
  if (!check.ok) throw new Error(JSON.stringify(check.problems));
  return check.scenario as DividendScenario;
}

function row(over: Partial<StrategySummary>): StrategySummary {
  return { name: 's', runs: 10, lift: 10, liftP05: 5, liftP95: 15, cost: 100, costPerSale: 10, roi: 4, reached: 500, liftShareOfReached: 0.02, ...over };
}

describe('sanity notes', () => {
  it('inside the published ranges: no note (2 % buy, ROI +400 %, 10 per sale)', () => {
    expect(sanityNotes([row({})], scenario([{}]))).toEqual([]);
  });

  it('the limits themselves are inside: 5 % of reached, ROI +500 %, 1 per sale', () => {
    expect(sanityNotes([row({ liftShareOfReached: 0.05, roi: 5, costPerSale: 1 })], scenario([{}]))).toEqual([]);
  });

  it('over 5 % of the reached buy on the neutral platform: the platform is named', () => {
    const notes = sanityNotes([row({ liftShareOfReached: 0.08 })], scenario([{}], { platform: 'neutral' }));
    expect(notes).toEqual([{ rule: 'liftShareOfReached', strategy: 0, value: 0.08, limit: 0.05, levers: ['platformNeutral'] }]);
  });

  it('ROI over +500 % with cheap seed users and great content: prices first, then quality', () => {
    const s = scenario([{ content: { quality: 0.6 } }], { economics: { costPerSeed: 2 } });
    expect(sanityNotes([row({ roi: 7.5 })], s)).toEqual([{ rule: 'roi', strategy: 0, value: 7.5, limit: 5, levers: ['prices', 'quality'] }]);
  });

  it('cost per sale below 1 with no lever set unusually: the note names none', () => {
    expect(sanityNotes([row({ costPerSale: 0.4 })], scenario([{}]))).toEqual([{ rule: 'costPerSale', strategy: 0, value: 0.4, limit: 1, levers: [] }]);
  });

  it('undefined values never trigger a note, and each strategy is judged on its own levers', () => {
    const s = scenario([{}, { content: { quality: 0.9 } }]);
    const notes = sanityNotes([row({ roi: null, costPerSale: null, liftShareOfReached: null }), row({ roi: 6 })], s);
    expect(notes).toEqual([{ rule: 'roi', strategy: 1, value: 6, limit: 5, levers: ['quality'] }]);
  });
});

describe('unusual levers', () => {
  it('ads trust counts only for a strategy that buys ads; cheap impressions likewise', () => {
    const s = scenario([{}, { ads: { reach: 0.01 } }], { ties: { ads: { trust: 0.2 } }, economics: { costPerImpression: 0.001 } });
    expect([...unusualLevers(s, 0)]).toEqual([]);
    expect([...unusualLevers(s, 1)].sort()).toEqual(['adsTrust', 'prices']);
  });

  it('content quality counts from great content on (0.2), not below', () => {
    const s = scenario([{ content: { quality: 0.19 } }, { content: { quality: 0.2 } }]);
    expect([...unusualLevers(s, 0)]).toEqual([]);
    expect([...unusualLevers(s, 1)]).toEqual(['quality']);
  });

  it('a value per sale over twice the default, a steep plateau', () => {
    const s = scenario([{}], { economics: { valuePerConversion: 500 }, conversion: { plateau: 0.3 } });
    expect([...unusualLevers(s, 0)].sort()).toEqual(['buyingCurve', 'prices']);
  });
});
