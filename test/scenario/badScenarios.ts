/**
 * A corpus of bad scenarios: the inputs of the bad-input tests in validateScenario.test.ts,
 * dividendScenario.test.ts and evidenceFields.test.ts, plus a few that reach the remaining reasons (edge-list parser errors,
 * relevance shapes, long descriptions…). Used by problemText.test.ts (the structured problems
 * render to exactly the English lines recorded in badScenarios.expected.json) and by
 * test/ui/i18n/problemText.test.ts (every problem renders in Chinese without an English fallback).
 *
 * Entries with `text` go through parseScenarioText (invalid JSON), the others through validateScenario.
 * `WARNING_SCENARIOS` are valid scenarios that warn.
 */
import { MAX_SEED_WAVES } from '../../src/core/dividend/dividendSpec';
import { DIVIDEND_MODEL_RANGES, DIVIDEND_STRATEGY_RANGES, RETIRED_MODEL_FIELDS } from '../../src/core/dividend/dividendRanges';
import { MAX_NODES, MAX_RUNS, MAX_STRATEGIES } from '../../src/scenario/limits';
import { canonicalScenario as base, canonicalWithStrategy as ic, dividendScenario as dividend, everySectionWrong, setPath, type Json } from './scenarioFixtures';

export type BadScenario = { name: string; input: unknown } | { name: string; text: string };

const net = (network: Json) => ({ ...base(), network });
const edgeNet = (network: Json) => net({ kind: 'edge-list', ...network });
const model = (m: Json) => ({ ...base(), model: m });
const strat = (...seedings: Json[]) => ({ ...base(), strategies: seedings.map((seeding, i) => ({ name: `s${i}`, seeding })) });
const huge = 'x'.repeat(10_000_000);

function missingSections(): Json {
  const { version, name, network, model: m, strategies, ...rest } = base();
  void [version, name, network, m, strategies];
  return rest;
}

export const BAD_SCENARIOS: BadScenario[] = [
  // ── Not an object ──
  ...[null, [], 'text', 42, true, undefined].map((input) => ({ name: `whole scenario ${JSON.stringify(input) ?? 'undefined'}`, input })),
  { name: 'network list', input: { ...base(), network: [] } },
  { name: 'network null', input: { ...base(), network: null } },
  { name: 'model text', input: { ...base(), model: 'bass' } },
  { name: 'strategies object', input: { ...base(), strategies: {} } },
  { name: 'strategy null', input: { ...base(), strategies: [null] } },
  { name: 'seeding text', input: { ...base(), strategies: [{ name: 'a', seeding: 'random' }] } },
  { name: 'kols number', input: net({ kind: 'erdos-renyi', nodes: 100, meanDegree: 4, kols: 3 }) },
  { name: 'missing sections', input: missingSections() },
  { name: 'network without kind', input: net({ nodes: 5 }) },
  { name: 'network without meanDegree', input: net({ kind: 'erdos-renyi', nodes: 5 }) },

  // ── Version, names, seed, runs, steps ──
  { name: 'version 3', input: { ...base(), version: 3 } },
  { name: 'version text', input: { ...base(), version: '1' } },
  { name: 'empty name', input: { ...base(), name: '' } },
  { name: 'long name', input: { ...base(), name: 'x'.repeat(101) } },
  { name: 'long description', input: { ...base(), description: 'd'.repeat(5001) } },
  {
    name: 'duplicate strategy names',
    input: { ...base(), strategies: [{ name: 'same', seeding: { method: 'random', count: 1 } }, { name: 'same', seeding: { method: 'degree', count: 1 } }] },
  },
  ...['', 's'.repeat(201), null, { a: 1 }].map((seed, i) => ({ name: `seed ${i}`, input: { ...base(), seed } })),
  ...[0, -1, 1.5, MAX_RUNS + 1, '10', NaN, Infinity, -Infinity, null, [5], {}].map((runs, i) => ({ name: `runs ${i}`, input: { ...base(), runs } })),
  { name: 'steps Infinity', input: { ...base(), steps: Infinity } },
  { name: 'steps text', input: { ...base(), steps: '5' } },
  { name: 'probability text', input: model({ kind: 'independent-cascade', probability: '0.3' }) },
  {
    name: 'timeline too large',
    input: { ...base(), runs: 10_000, steps: 1_000, strategies: Array.from({ length: 8 }, (_, i) => ({ name: `s${i}`, seeding: { method: 'random', count: 1 } })) },
  },

  // ── Network ──
  { name: 'unknown network kind', input: net({ kind: 'small-world', nodes: 10 }) },
  { name: 'unknown network fields', input: net({ kind: 'erdos-renyi', nodes: 10, meanDegree: 2, foo: 1, edgesPerNode: 3 }) },
  { name: 'unknown top-level field', input: { ...base(), extra: true } },
  { name: 'unknown seeding field', input: { ...base(), strategies: [{ name: 'a', seeding: { method: 'random', count: 1, weight: 2 } }] } },
  ...[0, -5, 2.5, MAX_NODES + 1, '100'].map((nodes, i) => ({ name: `nodes ${i}`, input: net({ kind: 'erdos-renyi', nodes, meanDegree: 1 }) })),
  { name: 'mean degree at nodes', input: net({ kind: 'erdos-renyi', nodes: 10, meanDegree: 10 }) },
  { name: 'negative mean degree', input: net({ kind: 'erdos-renyi', nodes: 10, meanDegree: -1 }) },
  { name: 'edgesPerNode at nodes', input: net({ kind: 'barabasi-albert', nodes: 10, edgesPerNode: 10 }) },
  { name: 'edgesPerNode fraction', input: net({ kind: 'barabasi-albert', nodes: 10, edgesPerNode: 1.5 }) },
  { name: 'odd WS degree', input: net({ kind: 'watts-strogatz', nodes: 20, meanDegree: 3, rewire: 0.1 }) },
  { name: 'WS degree at nodes', input: net({ kind: 'watts-strogatz', nodes: 20, meanDegree: 20, rewire: 0.1 }) },
  { name: 'rewire above 1', input: net({ kind: 'watts-strogatz', nodes: 20, meanDegree: 4, rewire: 1.1 }) },
  ...[
    { communities: 21 },
    { mixing: -0.1 },
    { sizeExponent: 0.5 },
    { degreeExponent: 'none' },
  ].map((change, i) => ({ name: `communities ${i}`, input: net({ kind: 'communities', nodes: 100, communities: 20, meanDegree: 4, mixing: 0.3, ...change }) })),
  ...[{ maxDegree: 100 }, { minDegree: 60 }, { degreeExponent: 0 }].map((change, i) => ({
    name: `configuration ${i}`,
    input: net({ kind: 'configuration', nodes: 100, degreeExponent: 2.5, minDegree: 2, maxDegree: 50, ...change }),
  })),
  { name: 'fully mixed with KOLs', input: net({ kind: 'fully-mixed', nodes: 100, kols: { count: 2, reach: 0.1 } }) },
  ...[
    { kols: { count: -1, reach: 0.1 } },
    { kols: { count: 1, reach: 2 } },
    { kols: { count: 1, reach: 0.1, homeBias: 'x' } },
    { kols: { count: 1 } },
    { resample: 'yes' },
  ].map((change, i) => ({ name: `KOL fields ${i}`, input: net({ kind: 'erdos-renyi', nodes: 100, meanDegree: 4, ...change }) })),
  { name: 'arcs ER', input: net({ kind: 'erdos-renyi', nodes: 2_000_000, meanDegree: 30 }) },
  { name: 'arcs BA', input: net({ kind: 'barabasi-albert', nodes: 2_000_000, edgesPerNode: 11 }) },
  { name: 'arcs configuration', input: net({ kind: 'configuration', nodes: 2_000_000, degreeExponent: 1.01, minDegree: 1, maxDegree: 1_999_999 }) },
  { name: 'arcs KOLs', input: net({ kind: 'erdos-renyi', nodes: 2_000_000, meanDegree: 18, kols: { count: 10, reach: 1 } }) },

  // ── Edge lists ──
  { name: 'edge list short line', input: edgeNet({ edges: 'a,b\nb,c\nc\n' }) },
  { name: 'edge list weight', input: edgeNet({ edges: 'a,b,7\n' }) },
  { name: 'edge list long weight', input: edgeNet({ edges: `a,b,${'9'.repeat(300)}\n` }) },
  { name: 'edge list four fields', input: edgeNet({ edges: 'a,b,0.5,1\n' }) },
  { name: 'edge list empty id', input: edgeNet({ edges: 'a,b\n,c\n' }) },
  { name: 'edge list only self-loops', input: edgeNet({ edges: 'a,a\n' }) },
  { name: 'edge list empty', input: edgeNet({ edges: '' }) },
  { name: 'edge list number', input: edgeNet({ edges: 5 }) },
  { name: 'edge list missing', input: edgeNet({}) },
  { name: 'edge list file', input: edgeNet({ file: 'x.csv' }) },
  { name: 'edge list nodes mismatch', input: edgeNet({ edges: 'a,b\nb,c\n', nodes: 5 }) },
  { name: 'edge list seeds', input: { ...edgeNet({ edges: 'a,b\nb,c\n' }), strategies: [{ name: 'a', seeding: { method: 'random', count: 4 } }] } },
  { name: 'edge list directed number', input: edgeNet({ edges: 'a,b\n', directed: 1 }) },
  { name: 'edge list 10 MB garbage', input: edgeNet({ edges: 'a'.repeat(10_000_000) }) },

  // ── Model ──
  { name: 'unknown model kind', input: model({ kind: 'sir', beta: 0.1 }) },
  { name: 'probability 1.5', input: model({ kind: 'independent-cascade', probability: 1.5 }) },
  { name: 'threshold negative', input: model({ kind: 'linear-threshold', threshold: -0.1 }) },
  { name: 'threshold spread 2', input: model({ kind: 'linear-threshold', threshold: 0.1, thresholdSpread: 2 }) },
  { name: 'imitation null', input: model({ kind: 'bass', innovation: 0.1, imitation: null }) },
  { name: 'bass with probability', input: model({ kind: 'bass', innovation: 0.1, imitation: 0.3, probability: 0.3 }) },

  // ── Strategies and seeding ──
  { name: 'no strategies', input: { ...base(), strategies: [] } },
  {
    name: 'nine strategies',
    input: { ...base(), strategies: Array.from({ length: MAX_STRATEGIES + 1 }, (_, i) => ({ name: `s${i}`, seeding: { method: 'random', count: 1 } })) },
  },
  { name: 'a million strategies', input: { ...base(), strategies: new Array(1_000_000).fill(5) } },
  { name: 'unknown seeding method', input: strat({ method: 'influencers', count: 1 }) },
  { name: 'seed count above nodes', input: strat({ method: 'random', count: 1 }, { method: 'degree', count: 101 }) },
  {
    name: 'seed count above nodes and KOLs',
    input: { ...strat({ method: 'degree', count: 103 }), network: { kind: 'erdos-renyi', nodes: 100, meanDegree: 4, kols: { count: 2, reach: 0.1 } } },
  },
  { name: 'negative seed count', input: strat({ method: 'random', count: -1 }) },
  { name: 'missing seed count', input: strat({ method: 'random' }) },
  { name: 'manual without nodes', input: strat({ method: 'manual', count: 2 }) },
  { name: 'manual node out of range', input: strat({ method: 'manual', nodes: [1, 100] }) },
  { name: 'manual nodes out of range, many', input: strat({ method: 'manual', nodes: [100, 101, 102, 103, 104, 105] }) },
  { name: 'manual node twice', input: strat({ method: 'manual', nodes: [4, 5, 4] }) },
  { name: 'manual count mismatch', input: strat({ method: 'manual', nodes: [4, 5], count: 3 }) },
  { name: 'manual fraction', input: strat({ method: 'manual', nodes: [1.5] }) },
  { name: 'manual nodes text', input: strat({ method: 'manual', nodes: 'all' }) },
  { name: 'nodes with random', input: strat({ method: 'random', count: 2, nodes: [1, 2] }) },

  // ── Hostile input ──
  {
    name: '__proto__ keys',
    text:
      '{"__proto__": {"polluted": true}, "constructor": {"prototype": {"polluted": true}}, "version": 1, "name": "x",' +
      '"network": {"kind": "erdos-renyi", "nodes": 10, "meanDegree": 2, "__proto__": {"nodes": 99}},' +
      '"model": {"kind": "bass", "innovation": 0.1, "imitation": 0.1}, "strategies": [{"name": "a", "seeding": {"method": "random", "count": 1}}]}',
  },
  { name: '10 MB strings', input: { ...base(), name: huge, description: huge, seed: huge, [huge]: 1, network: { kind: huge } } },
  { name: 'control characters in a key', input: { ...base(), 'evil\nkey': 1 } },
  { name: '1000 bad node indices', input: { ...base(), strategies: [{ name: 'm', seeding: { method: 'manual', nodes: Array.from({ length: 1000 }, () => 'x') } }] } },
  { name: 'everything at once', input: everySectionWrong() },

  // ── Not JSON ──
  ...['', '{', '{"version": 1,}', 'NaN', "{'a': 1}", '{\n  "version": 1,\n  "name": "x",\n}', '[]'].map((text, i) => ({ name: `text ${i}`, text })),

  // ── Dividend model: every range of the contract ──
  ...Object.entries(DIVIDEND_MODEL_RANGES).flatMap(([path, range]) =>
    [range.max + 1, range.min - 1].map((bad) => ({ name: `model.${path} = ${bad}`, input: dividend([{}], setPath({}, path.replace('*', 'strong'), bad)) })),
  ),
  ...Object.entries(DIVIDEND_STRATEGY_RANGES)
    .filter(([path]) => !path.includes('[]') && !path.endsWith('.length'))
    .map(([path, range]) => {
      const strategy: Json = path.startsWith('secondWave') ? { secondWave: { step: 1, count: 1 } } : {};
      return { name: `strategies[0].${path} = ${range.max + 1}`, input: { ...dividend([setPath(strategy, path, range.max + 1)]), steps: 10_000 } };
    }),
  { name: 'wave fraction', input: dividend([{ content: { waves: [0, 1.5] } }]) },
  { name: 'too many waves', input: dividend([{ content: { waves: Array.from({ length: MAX_SEED_WAVES + 1 }, (_, i) => i) } }]) },
  { name: 'waves text', input: dividend([{ content: { waves: 'daily' } }]) },
  { name: 'ties not an object', input: dividend([{}], { ties: 5 }) },
  { name: 'tie override not an object', input: dividend([{}], { ties: { strong: 'high' } }) },
  { name: 'content not an object', input: dividend([{ content: [] }]) },
  { name: 'second wave not an object', input: dividend([{ secondWave: 3 }]) },

  // ── Dividend model: the evidence model's fields, wrong types ──
  { name: 'conversion not an object', input: dividend([{}], { conversion: 5 }) },
  { name: 'conversion plateau text', input: dividend([{}], { conversion: { plateau: 'low' } }) },
  { name: 'memory half-life text', input: dividend([{}], { conversion: { memoryHalfLife: 'long' } }) },
  { name: 'steepness fraction of range', input: dividend([{}], { conversion: { steepness: 0.25 } }) },
  { name: 'advocacy text', input: dividend([{}], { advocacy: 'often' }) },
  { name: 'organic demand null', input: dividend([{}], { organicDemand: null }) },
  { name: 'response text', input: dividend([{}], { response: 'fast' }) },
  { name: 'response median zero', input: dividend([{}], { response: { medianHours: 0, spread: 1 } }) },
  { name: 'ad response null', input: dividend([{}], { adResponse: null }) },
  { name: 'ad peak frequency text', input: dividend([{}], { adResponse: { peakFrequency: 'three' } }) },
  { name: 'KOL engagement decay above 1', input: dividend([{}], { kolEngagementDecay: 1.5 }) },
  { name: 'rewards list', input: dividend([{}], { rewards: [] }) },
  { name: 'rewards unknown field', input: dividend([{}], { rewards: { lift: 1 } }) },
  { name: 'reward half size zero', input: dividend([{}], { rewards: { halfSize: 0 } }) },
  { name: 'KOL fromRank fraction', input: dividend([{ kols: { hire: 1, fromRank: 1.5 } }]) },
  { name: 'KOL fromRank zero', input: dividend([{ kols: { hire: 1, fromRank: 0 } }]) },
  { name: 'KOL fromRank text', input: dividend([{ kols: { hire: 1, fromRank: 'mid' } }]) },

  // ── Dividend model: fields of the first dividend model, retired by name ──
  ...Object.keys(RETIRED_MODEL_FIELDS).map((path) => ({ name: `retired model.${path}`, input: dividend([{}], setPath({}, path, 1)) })),
  { name: 'retired fields at once', input: dividend([{}], { conversion: { threshold: 2.5, spread: 0.5 }, socialProof: 0.3, rewardLift: 0.2, rewardAnnoyance: 0.1 }) },

  // ── Dividend model: checks across sections ──
  { name: 'KOLs to hire above accounts', input: dividend([{}, { kols: { hire: 6 } }]) },
  { name: 'KOL ranks beyond the accounts', input: dividend([{ kols: { hire: 2, fromRank: 5 } }]) },
  { name: 'KOL rank beyond the accounts', input: dividend([{ kols: { hire: 1, fromRank: 6 } }]) },
  { name: 'manual seed is a KOL account', input: dividend([{ seeding: { method: 'manual', nodes: [3, 502] } }]) },
  { name: 'KOLs to hire without accounts', input: { ...dividend([{ kols: { hire: 1 } }]), network: { kind: 'erdos-renyi', nodes: 100, meanDegree: 4 } } },
  { name: 'late pushes', input: dividend([{ content: { waves: [0, 48] }, kols: { hire: 1, step: 50 }, secondWave: { step: 48, count: 3 }, ads: { reach: 0.1, from: 60 } }]) },
  { name: 'ads.to before from', input: dividend([{ ads: { reach: 0.1, from: 10, to: 5 } }]) },
  { name: 'second wave above nodes', input: dividend([{ secondWave: { step: 5, count: 506 } }]) },
  { name: 'second wave without count', input: dividend([{ secondWave: { step: 5 } }]) },
  { name: 'relevance entries above communities', input: dividend([{ content: { relevance: Array(11).fill(1) } }]) },
  { name: 'relevance community missing', input: dividend([{ content: { relevance: { default: 1, byCommunity: { '10': 0.5 } } } }]) },
  {
    name: 'relevance without communities',
    input: { ...dividend([{ content: { relevance: [1, 0.5] } }]), network: { kind: 'erdos-renyi', nodes: 100, meanDegree: 4 } },
  },
  { name: 'relevance entry out of range', input: dividend([{ content: { relevance: [1, 2] } }]) },
  { name: 'relevance byCommunity key', input: dividend([{ content: { relevance: { default: 1, byCommunity: { __proto__x: 1 } } } }]) },
  { name: 'relevance text', input: dividend([{ content: { relevance: 'high' } }]) },
  { name: 'relevance __proto__', input: dividend([{ content: { relevance: JSON.parse('{"default": 1, "byCommunity": {"__proto__": {"polluted": 1}}}') } }]) },
  { name: 'relevance unknown field', input: dividend([{ content: { relevance: { default: 1, weights: [1] } } }]) },
  { name: 'relevance default out of range', input: dividend([{ content: { relevance: { default: 2 } } }]) },
  { name: 'relevance byCommunity not an object', input: dividend([{ content: { relevance: { default: 1, byCommunity: [1] } } }]) },
  { name: 'relevance byCommunity value', input: dividend([{ content: { relevance: { default: 1, byCommunity: { '3': -1 } } } }]) },
  { name: 'relevance list too long', input: dividend([{ content: { relevance: new Array(400_001).fill(1) } }]) },
  {
    name: 'relevance byCommunity too many',
    input: dividend([{ content: { relevance: { default: 1, byCommunity: Object.fromEntries(Array.from({ length: 400_001 }, (_, i) => [String(i), 1])) } } }]),
  },
  { name: 'dividend fully mixed', input: { ...dividend([{}]), network: { kind: 'fully-mixed', nodes: 100 } } },
  { name: 'core fans above ordinary users', input: dividend([{ seeding: { method: 'core-fans', count: 501 } }]) },
  { name: 'dividend problems at once', input: dividend([{ kols: { hire: 9 } }, { brandReplies: 2, content: { waves: [99] } }], { platform: 'tiktok' }) },
  { name: 'lever in a canonical scenario', input: ic({ content: { quality: 0.5 } }) },
  { name: 'levers in a canonical scenario', input: ic({ kols: { hire: 1 }, ads: {} }) },
  { name: 'core fans in a canonical scenario', input: ic({ seeding: { method: 'core-fans', count: 3 } }) },
];

/** Valid scenarios with warnings. */
export const WARNING_SCENARIOS: { name: string; input: unknown }[] = [
  { name: 'bass above 1', input: model({ kind: 'bass', innovation: 0.6, imitation: 0.6 }) },
  { name: 'degree seeding when fully mixed', input: { ...base(), network: { kind: 'fully-mixed', nodes: 50 }, strategies: [{ name: 'd', seeding: { method: 'degree', count: 3 } }] } },
  { name: 'edge list resample', input: edgeNet({ edges: 'a,b\nb,c\n', resample: true }) },
  { name: 'pushes that do nothing', input: dividend([{ content: { waves: [] } }, { secondWave: { step: 0, count: 3 } }]) },
  { name: 'dividend version 1', input: { ...dividend([{}]), version: 1 } },
];
