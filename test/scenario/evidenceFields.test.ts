/**
 * Bad input for the fields of the evidence-grounded dividend model (issue 10): each is refused
 * with a message that names it — a wrong type, a section that is not an object, KOL ranks past
 * the accounts, a KOL account as a manual seed, a retired field of the first model (naming its
 * replacement) — and a version-1 dividend file is read with a notice. The ranges themselves are
 * checked for every field of the contract in dividendScenario.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { DIVIDEND_MODEL_DEFAULTS } from '../../src/core/dividend/dividendSpec';
import { DIVIDEND_MODEL_RANGES, RETIRED_MODEL_FIELDS } from '../../src/core/dividend/dividendRanges';
import { validateScenario } from '../../src/scenario/validateScenario';
import { dividendScenario as base, setPath } from './scenarioFixtures';

function errorsOf(input: unknown): string[] {
  const result = validateScenario(input);
  if (result.ok) throw new Error('expected validation to fail');
  return result.errors;
}

describe('dividend scenario: the evidence model’s fields, each refused with its name', () => {
  /** Every numeric field the evidence model added, as a dotted path inside `model`. */
  const NEW_MODEL_FIELDS = [
    'conversion.plateau',
    'conversion.halfDose',
    'conversion.steepness',
    'conversion.repeatWeight',
    'conversion.memoryHalfLife',
    'advocacy',
    'organicDemand',
    'response.medianHours',
    'response.spread',
    'adResponse.peakFrequency',
    'kolEngagementDecay',
    'rewards.maxLift',
    'rewards.halfSize',
    'rewards.strongTieShare',
    'rewards.receiverDiscount',
    'rewards.spam',
  ];

  it('each has a range in the contract (so the range tests of dividendScenario.test.ts cover it)', () => {
    for (const path of NEW_MODEL_FIELDS) expect(DIVIDEND_MODEL_RANGES[path], path).toBeDefined();
  });

  it.each(NEW_MODEL_FIELDS)('model.%s: a text or a list is refused, naming the field and its range', (path) => {
    const range = DIVIDEND_MODEL_RANGES[path];
    for (const [bad, shown] of [
      ['high', '"high"'],
      [[1], 'a list'],
    ] as const) {
      const errors = errorsOf(base([{}], setPath({}, path, bad)));
      expect(errors).toEqual([`model.${path}: must be a number between ${range.min} and ${range.max} (got ${shown})`]);
    }
  });

  it('each new section must be an object, and says which fields it takes', () => {
    expect(errorsOf(base([{}], { conversion: 5 }))).toEqual([
      'model.conversion: must be an object {plateau, halfDose, steepness, repeatWeight, memoryHalfLife} (got 5)',
    ]);
    expect(errorsOf(base([{}], { response: 'fast' }))).toEqual(['model.response: must be an object {medianHours, spread} (got "fast")']);
    expect(errorsOf(base([{}], { adResponse: null }))).toEqual(['model.adResponse: must be an object {peakFrequency} (got null)']);
    expect(errorsOf(base([{}], { rewards: [] }))).toEqual([
      'model.rewards: must be an object {maxLift, halfSize, strongTieShare, receiverDiscount, spam} (got a list)',
    ]);
    expect(errorsOf(base([{}], { rewards: { lift: 1 } }))).toEqual(['model.rewards.lift: unknown field']);
  });

  it('a partial section keeps the other defaults; memory may be switched off with null', () => {
    const result = validateScenario(base([{}], { conversion: { plateau: 0.2, memoryHalfLife: null }, response: { spread: 0 } }));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const model = result.scenario.model as typeof DIVIDEND_MODEL_DEFAULTS;
    expect(model.conversion).toEqual({ ...DIVIDEND_MODEL_DEFAULTS.conversion, plateau: 0.2, memoryHalfLife: null });
    expect(model.response).toEqual({ medianHours: DIVIDEND_MODEL_DEFAULTS.response.medianHours, spread: 0 });
  });

  it('kols.fromRank: a whole rank from 1, and the ranks hired must exist (kolRanks)', () => {
    expect(errorsOf(base([{ kols: { hire: 1, fromRank: 0 } }]))).toEqual(['strategies[0].kols.fromRank: must be an integer between 1 and 10000 (got 0)']);
    expect(errorsOf(base([{ kols: { hire: 1, fromRank: 1.5 } }]))).toEqual(['strategies[0].kols.fromRank: must be an integer between 1 and 10000 (got 1.5)']);
    // 5 KOL accounts: ranks 4 and 5 exist, 5 and 6 do not.
    expect(validateScenario(base([{ kols: { hire: 2, fromRank: 4 } }])).ok).toBe(true);
    expect(errorsOf(base([{ kols: { hire: 2, fromRank: 5 } }]))).toEqual([
      "strategies[0].kols.fromRank: fromRank + hire − 1 must be at most 5 (the network's KOL accounts)",
    ]);
    // Hiring nobody: any rank is fine (nothing is booked).
    expect(validateScenario(base([{ kols: { hire: 0, fromRank: 9 } }])).ok).toBe(true);
  });

  it('a manual seed user that is a KOL account is refused (kolSeed): KOLs are hired, at their fee', () => {
    // 500 ordinary people (0–499), KOL accounts 500–504.
    expect(validateScenario(base([{ seeding: { method: 'manual', nodes: [3, 499] } }])).ok).toBe(true);
    expect(errorsOf(base([{ seeding: { method: 'manual', nodes: [3, 502] } }]))).toEqual([
      'strategies[0].seeding.nodes[1]: node 502 is a KOL account; KOLs take part only by being hired (kols.hire, kols.fromRank), at their fee',
    ]);
  });

  it.each(Object.entries(RETIRED_MODEL_FIELDS))('retired model.%s is refused, naming its replacement (retiredField)', (path, replacement) => {
    const errors = errorsOf(base([{}], setPath({}, path, 1)));
    expect(errors).toEqual([`model.${path}: no longer exists: replaced by ${replacement}`]);
    expect(replacement).toMatch(/^(conversion|rewards)\./); // names a field of this model
  });

  it('a dividend file of version 1 is read, with a notice that its numbers will differ (dividendVersion1)', () => {
    const result = validateScenario({ ...base([{}]), version: 1 });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.scenario.version).toBe(2);
    expect(result.warnings).toHaveLength(1);
    expect(result.warnings[0]).toMatch(/^version: written for the first dividend model \(version 1\), so its numbers will differ: .*save it as version 2/);
    // Saved as version 2, it is read without the notice.
    expect(validateScenario(JSON.parse(JSON.stringify(result.scenario)))).toMatchObject({ ok: true, warnings: [] });
  });
});
