/**
 * Validation of dividend scenarios: defaults and ranges come from the model's contract
 * (DIVIDEND_*_DEFAULTS / RANGES), cross-section checks name the field and the reason, and
 * dividend levers are refused elsewhere.
 */
import { describe, expect, it } from 'vitest';
import { DIVIDEND_MODEL_DEFAULTS, DIVIDEND_STRATEGY_DEFAULTS, MAX_SEED_WAVES } from '../../src/core/dividend/dividendSpec';
import { DIVIDEND_MODEL_RANGES, DIVIDEND_STRATEGY_RANGES } from '../../src/core/dividend/dividendRanges';
import { dividendModelRanges } from '../../src/scenario/dividendModelSchema';
import { dividendStrategyRanges } from '../../src/scenario/dividendStrategySchema';
import { validateScenario } from '../../src/scenario/validateScenario';
import { canonicalWithStrategy as ic, dividendScenario as base, setPath, type Json } from './scenarioFixtures';

function errorsOf(input: unknown): string[] {
  const result = validateScenario(input);
  if (result.ok) throw new Error('expected validation to fail');
  return result.errors;
}

describe('dividend scenario: defaults from the model contract', () => {
  it('fills every model and strategy default', () => {
    const result = validateScenario(base([{}]));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.warnings).toEqual([]);
    expect(result.scenario.model).toEqual({ ...DIVIDEND_MODEL_DEFAULTS, fatigue: { tolerance: null, spread: DIVIDEND_MODEL_DEFAULTS.fatigue.spread } });
    const { name, seeding, ...levers } = result.scenario.strategies[0] as unknown as Json;
    expect([name, seeding]).toEqual(['s0', { method: 'random', count: 5, nodes: [] }]);
    expect(levers).toEqual(DIVIDEND_STRATEGY_DEFAULTS);
    // Defaults are copies: changing one scenario cannot change the next.
    (result.scenario.strategies[0] as { content: { waves: number[] } }).content.waves.push(7);
    expect(DIVIDEND_STRATEGY_DEFAULTS.content.waves).toEqual([0]);
  });

  it('every range of the contract is used by the schema', () => {
    expect(dividendModelRanges.unusedPaths()).toEqual([]);
    expect(dividendStrategyRanges.unusedPaths()).toEqual([]);
  });

  it('a full scenario validates again to itself (round trip through JSON)', () => {
    const input = base(
      [
        {
          seeding: { method: 'core-fans', count: 10 },
          content: { quality: 0.4, relevance: { default: 0.2, byCommunity: { '0': 1, '3': 0.5 } }, promotional: 0.1, halfLife: null, waves: [0, 24] },
          kols: { hire: 2, step: 6 },
          secondWave: { step: 12, count: 5 },
          incentives: { rewardPerShare: 1.5 },
          brandReplies: 0.2,
          ads: { reach: 0.01, from: 2, to: 30 },
        },
        { content: { relevance: [1, 0.5, 0] } },
      ],
      { platform: 'group-chats', ties: { weak: { trust: 0.3 }, brand: { trust: 1 } }, fatigue: { tolerance: 2 }, economics: { valuePerConversion: 80 } },
    );
    const first = validateScenario(input);
    expect(first.ok, JSON.stringify(first)).toBe(true);
    if (!first.ok) return;
    expect(first.scenario.model).toMatchObject({ platform: 'group-chats', ties: { weak: { trust: 0.3 }, brand: { trust: 1 } } });
    expect(validateScenario(JSON.parse(JSON.stringify(first.scenario)))).toEqual(first);
  });
});

describe('dividend scenario: every range of the contract is enforced with its bounds in the message', () => {
  const modelCases = Object.entries(DIVIDEND_MODEL_RANGES).map(([path, range]) => [path.replace('*', 'strong'), range] as const);
  it.each(modelCases)('model.%s', (path, range) => {
    for (const bad of [range.max + 1, range.min - 1]) {
      const model: Json = {};
      setPath(model, path, bad);
      const errors = errorsOf(base([{}], model));
      expect(errors).toEqual([`model.${path}: must be a${range.integer ? 'n integer' : ' number'} between ${range.min} and ${range.max} (got ${bad})`]);
    }
  });

  const strategyCases = Object.entries(DIVIDEND_STRATEGY_RANGES).filter(([path]) => !path.includes('[]') && !path.endsWith('.length'));
  it.each(strategyCases)('strategies[0].%s', (path, range) => {
    const strategy: Json = path.startsWith('secondWave') ? { secondWave: { step: 1, count: 1 } } : {};
    setPath(strategy, path, range.max + 1);
    const errors = errorsOf({ ...base([strategy]), steps: 10_000 });
    const relevance = path === 'content.relevance' ? ', a list of such numbers (one per community) or {default, byCommunity}' : '';
    expect(errors).toEqual([
      `strategies[0].${path}: must be a${range.integer ? 'n integer' : ' number'} between ${range.min} and ${range.max}${relevance} (got ${range.max + 1})`,
    ]);
  });

  it('waves: each a step, at most MAX_SEED_WAVES of them', () => {
    expect(errorsOf(base([{ content: { waves: [0, 1.5] } }]))).toEqual(['strategies[0].content.waves[1]: must be an integer between 0 and 10000 (got 1.5)']);
    const many = Array.from({ length: MAX_SEED_WAVES + 1 }, (_, i) => i);
    expect(errorsOf(base([{ content: { waves: many } }]))).toEqual([`strategies[0].content.waves: must have at most ${MAX_SEED_WAVES} entries (waves)`]);
  });
});

describe('dividend scenario: checks across sections', () => {
  it('KOLs to hire: at most the network’s KOL accounts', () => {
    expect(errorsOf(base([{}, { kols: { hire: 6 } }]))).toEqual([
      "strategies[1].kols.hire: must be an integer between 0 and 5 (the network's KOL accounts)",
    ]);
    const noKols = { ...base([{ kols: { hire: 1 } }]), network: { kind: 'erdos-renyi', nodes: 100, meanDegree: 4 } };
    expect(errorsOf(noKols)).toEqual(['strategies[0].kols.hire: must be 0: the network has no KOL accounts (add network.kols to hire some)']);
  });

  it('every push happens before the last step', () => {
    const late = { content: { waves: [0, 48] }, kols: { hire: 1, step: 50 }, secondWave: { step: 48, count: 3 }, ads: { reach: 0.1, from: 60 } };
    const reason = 'must be a step between 0 and 47 (before the end of the simulation, steps = 48)';
    expect(errorsOf(base([late]))).toEqual([
      `strategies[0].content.waves[1]: ${reason}`,
      `strategies[0].kols.step: ${reason}`,
      `strategies[0].secondWave.step: ${reason}`,
      `strategies[0].ads.from: ${reason}`,
    ]);
    // Switched-off levers are not checked: their steps never happen.
    expect(validateScenario(base([{ kols: { hire: 0, step: 500 }, ads: { reach: 0, from: 500 } }])).ok).toBe(true);
  });

  it('ads.to at or after ads.from; secondWave.count within the nodes', () => {
    expect(errorsOf(base([{ ads: { reach: 0.1, from: 10, to: 5 } }]))).toEqual(['strategies[0].ads.to: must be null or a step at or after ads.from (10)']);
    expect(errorsOf(base([{ secondWave: { step: 5, count: 506 } }]))).toEqual(['strategies[0].secondWave.count: must be an integer between 0 and 505 (the number of nodes)']);
    expect(errorsOf(base([{ secondWave: { step: 5 } }]))).toEqual(['strategies[0].secondWave.count: required; must be an integer between 0 and 2010000']);
  });

  it('relevance must fit the communities', () => {
    expect(errorsOf(base([{ content: { relevance: Array(11).fill(1) } }]))).toEqual([
      'strategies[0].content.relevance: has 11 entries but the network has 10 communities (one entry per community)',
    ]);
    expect(errorsOf(base([{ content: { relevance: { default: 1, byCommunity: { '10': 0.5 } } } }]))).toEqual([
      'strategies[0].content.relevance.byCommunity: community 10 does not exist: the network has 10 communities (ids 0–9)',
    ]);
    const plain = { ...base([{ content: { relevance: [1, 0.5] } }]), network: { kind: 'erdos-renyi', nodes: 100, meanDegree: 4 } };
    expect(errorsOf(plain)).toEqual([
      'strategies[0].content.relevance: has 2 entries but the network has no communities, so everyone is community 0 (one entry per community)',
    ]);
    expect(errorsOf(base([{ content: { relevance: [1, 2] } }]))).toEqual(['strategies[0].content.relevance: entry 1 must be a number between 0 and 1']);
    expect(errorsOf(base([{ content: { relevance: { default: 1, byCommunity: { __proto__x: 1 } } } }]))).toEqual([
      'strategies[0].content.relevance: byCommunity keys must be community ids (0, 1, 2, …)',
    ]);
    expect(errorsOf(base([{ content: { relevance: 'high' } }]))).toEqual([
      'strategies[0].content.relevance: must be a number between 0 and 1, a list of such numbers (one per community) or {default, byCommunity} (got "high")',
    ]);
  });

  it('a __proto__ key in byCommunity is refused and pollutes nothing', () => {
    const input = base([{ content: { relevance: JSON.parse('{"default": 1, "byCommunity": {"__proto__": {"polluted": 1}}}') } }]);
    expect(errorsOf(input)).toEqual(['strategies[0].content.relevance: byCommunity keys must be community ids (0, 1, 2, …)']);
    expect(({} as Json).polluted).toBeUndefined();
  });

  it('fully mixed populations are refused', () => {
    const input = { ...base([{}]), network: { kind: 'fully-mixed', nodes: 100 } };
    expect(errorsOf(input)).toEqual([
      'network.kind: the dividend model needs explicit ties; fully-mixed is not supported (use erdos-renyi with a high meanDegree instead)',
    ]);
  });

  it('core-fans picks ordinary users only: count at most the nodes without KOL accounts', () => {
    expect(validateScenario(base([{ seeding: { method: 'core-fans', count: 500 } }])).ok).toBe(true);
    expect(errorsOf(base([{ seeding: { method: 'core-fans', count: 501 } }]))).toEqual([
      'strategies[0].seeding.count: must be an integer between 0 and 500 (ordinary users; KOL accounts are hired through kols)',
    ]);
  });

  it('warns about pushes that cannot do anything', () => {
    const result = validateScenario(base([{ content: { waves: [] } }, { secondWave: { step: 0, count: 3 } }]));
    expect(result.ok && result.warnings).toEqual([
      'strategies[0].content.waves: empty, so the 5 seed users never post',
      "strategies[1].secondWave.step: at or before the first seed wave (step 0); only the brand's own posters have shared by then",
    ]);
  });

  it('reports problems of every strategy at once, with the model’s own problems', () => {
    const errors = errorsOf(base([{ kols: { hire: 9 } }, { brandReplies: 2, content: { waves: [99] } }], { platform: 'tiktok' }));
    expect(errors).toEqual([
      'model.platform: must be one of neutral, broadcast-feed, private-circles, group-chats (got "tiktok")',
      'strategies[1].brandReplies: must be a number between 0 and 1 (got 2)',
      "strategies[0].kols.hire: must be an integer between 0 and 5 (the network's KOL accounts)",
    ]);
  });
});

describe('dividend levers in a scenario of another model', () => {
  it('each lever is named as only used by the dividend model', () => {
    expect(errorsOf(ic({ content: { quality: 0.5 } }))).toEqual(['strategies[0].content: only used by the dividend model']);
    expect(errorsOf(ic({ kols: { hire: 1 }, ads: {} }))).toEqual([
      'strategies[0].kols: only used by the dividend model',
      'strategies[0].ads: only used by the dividend model',
    ]);
  });

  it('core-fans seeding is named as dividend-only', () => {
    expect(errorsOf(ic({ seeding: { method: 'core-fans', count: 3 } }))).toEqual([
      'strategies[0].seeding.method: core-fans is only used by the dividend model; must be one of random, degree, bridges, kcore, manual',
    ]);
  });

  it('the canonical output carries no dividend fields', () => {
    const result = validateScenario(ic({}));
    expect(result.ok && result.scenario.strategies[0]).toEqual({ name: 's0', seeding: { method: 'random', count: 5, nodes: [] } });
  });
});
