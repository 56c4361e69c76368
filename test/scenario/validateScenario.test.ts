import { describe, expect, it } from 'vitest';
import {
  DEFAULT_RUNS,
  DEFAULT_SEED,
  DEFAULT_STEPS,
  MAX_NODES,
  MAX_RUNS,
  MAX_STRATEGIES,
} from '../../src/scenario/limits';
import { MAX_REPORTED_PROBLEMS } from '../../src/scenario/issues';
import { parseScenarioText, validateScenario } from '../../src/scenario/validateScenario';
import { canonicalScenario as base, everySectionWrong } from './scenarioFixtures';

function errorsOf(input: unknown): string[] {
  const result = validateScenario(input);
  if (result.ok) throw new Error('expected validation to fail');
  return result.errors;
}

/** The errors must contain one line starting with `path: ` (and matching `reason`, if given). */
function expectProblem(input: unknown, path: string, reason?: RegExp): void {
  const errors = errorsOf(input);
  const line = errors.find((e) => e.startsWith(`${path}: `));
  expect(line, `no problem at ${path} in ${JSON.stringify(errors)}`).toBeDefined();
  if (reason) expect(line).toMatch(reason);
}

describe('validateScenario: valid input and defaults', () => {
  it('fills every default', () => {
    const result = validateScenario(base());
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.warnings).toEqual([]);
    expect(result.scenario).toEqual({
      version: 2,
      name: 'test',
      description: '',
      seed: DEFAULT_SEED,
      runs: DEFAULT_RUNS,
      steps: DEFAULT_STEPS,
      network: { kind: 'erdos-renyi', nodes: 100, meanDegree: 4, resample: false, kols: null },
      model: { kind: 'independent-cascade', probability: 0.3 },
      strategies: [{ name: 'a', seeding: { method: 'random', count: 1, nodes: [] } }],
    });
  });

  it('a validated scenario validates again to itself (round trip through JSON)', () => {
    const inputs = [
      base(),
      { ...base(), network: { kind: 'communities', nodes: 500, communities: 10, meanDegree: 6, mixing: 0.2, kols: { count: 2, reach: 0.1 } } },
      { ...base(), network: { kind: 'edge-list', edges: 'a,b\nb,c\n' }, model: { kind: 'linear-threshold', threshold: 0.2 } },
      { ...base(), strategies: [{ name: 'm', seeding: { method: 'manual', nodes: [3, 1] } }], model: { kind: 'bass', innovation: 0.01, imitation: 0.3 } },
    ];
    for (const input of inputs) {
      const first = validateScenario(input);
      expect(first.ok, JSON.stringify(first)).toBe(true);
      if (!first.ok) continue;
      const again = validateScenario(JSON.parse(JSON.stringify(first.scenario)));
      expect(again).toEqual(first);
    }
  });

  it('fills per-kind defaults: communities exponents, KOL home bias, LT spread, edge-list direction and nodes', () => {
    const communities = validateScenario({
      ...base(),
      network: { kind: 'communities', nodes: 500, communities: 10, meanDegree: 6, mixing: 0.2, kols: { count: 2, reach: 0.1 } },
      model: { kind: 'linear-threshold', threshold: 0.2 },
    });
    expect(communities.ok && communities.scenario.network).toEqual({
      kind: 'communities', nodes: 500, communities: 10, meanDegree: 6, mixing: 0.2,
      sizeExponent: 2.5, degreeExponent: null, resample: false, kols: { count: 2, reach: 0.1, homeBias: 0.5 },
    });
    expect(communities.ok && communities.scenario.model).toEqual({ kind: 'linear-threshold', threshold: 0.2, thresholdSpread: 0 });

    const edgeList = validateScenario({ ...base(), network: { kind: 'edge-list', edges: 'source,target\na,b\nb,c\nc,d\n' } });
    expect(edgeList.ok && edgeList.scenario.network).toMatchObject({ kind: 'edge-list', nodes: 4, directed: false, resample: false, kols: null });
  });

  it('manual seeding: count is the number of nodes listed', () => {
    const result = validateScenario({ ...base(), strategies: [{ name: 'm', seeding: { method: 'manual', nodes: [5, 7, 9] } }] });
    expect(result.ok && result.scenario.strategies[0].seeding).toEqual({ method: 'manual', count: 3, nodes: [5, 7, 9] });
  });

  it('a numeric seed becomes its text', () => {
    const result = validateScenario({ ...base(), seed: 42 });
    expect(result.ok && result.scenario.seed).toBe('42');
  });

  it('warns, without failing, about settings that are legal but surprising', () => {
    const bass = validateScenario({ ...base(), model: { kind: 'bass', innovation: 0.6, imitation: 0.6 } });
    expect(bass.ok && bass.warnings.join()).toMatch(/^model: innovation \+ imitation/);
    const mixed = validateScenario({
      ...base(),
      network: { kind: 'fully-mixed', nodes: 50 },
      strategies: [{ name: 'd', seeding: { method: 'degree', count: 3 } }],
    });
    expect(mixed.ok && mixed.warnings.join()).toMatch(/^strategies\[0\]\.seeding\.method: /);
  });
});

describe('validateScenario: not an object', () => {
  it.each([null, [], 'text', 42, true, undefined])('rejects %j as the whole scenario', (input) => {
    const errors = errorsOf(input);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/^scenario: must be a JSON object/);
  });

  it('rejects lists, null and texts where a section object belongs, naming the section', () => {
    expectProblem({ ...base(), network: [] }, 'network', /must be an object/);
    expectProblem({ ...base(), network: null }, 'network', /must be an object.*\(got null\)/);
    expectProblem({ ...base(), model: 'bass' }, 'model', /must be an object/);
    expectProblem({ ...base(), strategies: {} }, 'strategies', /must be a list of 1 to 8 strategies/);
    expectProblem({ ...base(), strategies: [null] }, 'strategies[0]', /must be an object \{name, seeding\}/);
    expectProblem({ ...base(), strategies: [{ name: 'a', seeding: 'random' }] }, 'strategies[0].seeding', /must be an object/);
    expectProblem({ ...base(), network: { ...(base().network as object), kols: 3 } }, 'network.kols', /or null/);
  });

  it('reports missing required fields as required', () => {
    const { version, name, network, model, strategies, ...rest } = base();
    void [version, name, network, model, strategies];
    const errors = errorsOf(rest);
    for (const field of ['version', 'name', 'network', 'model', 'strategies'])
      expect(errors.some((e) => e.startsWith(`${field}: required`)), `${field} in ${errors}`).toBe(true);
    expectProblem({ ...base(), network: { nodes: 5 } }, 'network.kind', /^network\.kind: required; must be one of erdos-renyi, /);
    expectProblem({ ...base(), network: { kind: 'erdos-renyi', nodes: 5 } }, 'network.meanDegree', /required/);
  });
});

describe('validateScenario: version, names, seed, runs, steps', () => {
  it('version must be 2 (or 1, read and written back as 2)', () => {
    expect(errorsOf({ ...base(), version: 3 })).toContain('version: unsupported version 3; this build reads versions 1 and 2');
    expectProblem({ ...base(), version: '2' }, 'version', /must be one of 1, 2/);
    // A canonical scenario means the same under both versions: read without a notice.
    const v1 = validateScenario({ ...base(), version: 1 });
    expect(v1.ok && [v1.scenario.version, v1.warnings]).toEqual([2, []]);
  });

  it('names are 1–100 characters and strategy names unique', () => {
    expectProblem({ ...base(), name: '' }, 'name', /1 to 100 characters/);
    expectProblem({ ...base(), name: 'x'.repeat(101) }, 'name', /1 to 100 characters \(got a text of 101 characters\)/);
    expectProblem(
      { ...base(), strategies: [{ name: 'same', seeding: { method: 'random', count: 1 } }, { name: 'same', seeding: { method: 'degree', count: 1 } }] },
      'strategies[1].name',
      /must be unique; strategies\[0\] has the same name/,
    );
  });

  it('translations: a Chinese name (1–100 characters) and description, carried as given; nothing else', () => {
    const zh = { name: '测试', description: '说明' };
    const result = validateScenario({ ...base(), translations: { 'zh-CN': zh } });
    expect(result.ok && result.scenario.translations).toEqual({ 'zh-CN': zh });
    const withoutDescription = validateScenario({ ...base(), translations: { 'zh-CN': { name: '测试' } } });
    expect(withoutDescription.ok && withoutDescription.scenario.translations).toEqual({ 'zh-CN': { name: '测试', description: '' } });
    const plain = validateScenario(base());
    expect(plain.ok && 'translations' in plain.scenario).toBe(false);
    expectProblem({ ...base(), translations: { 'zh-CN': { name: '' } } }, 'translations.zh-CN.name', /1 to 100 characters/);
    expectProblem({ ...base(), translations: { fr: { name: 'test' } } }, 'translations.fr', /unknown field/);
    expectProblem({ ...base(), translations: {} }, 'translations.zh-CN', /required/);
    expectProblem({ ...base(), translations: 'test' }, 'translations');
  });

  it('seed is a text of 1–200 characters', () => {
    expectProblem({ ...base(), seed: '' }, 'seed', /1 to 200 characters/);
    expectProblem({ ...base(), seed: 's'.repeat(201) }, 'seed');
    expectProblem({ ...base(), seed: null }, 'seed');
    expectProblem({ ...base(), seed: { a: 1 } }, 'seed');
  });

  it.each([0, -1, 1.5, MAX_RUNS + 1, '10', NaN, Infinity, -Infinity, null, [5], {}])('runs = %j is refused', (runs) => {
    expectProblem({ ...base(), runs }, 'runs', /must be an integer between 1 and 10000/);
  });

  it('numbers that are not numbers are named in the message', () => {
    expectProblem({ ...base(), runs: NaN }, 'runs', /\(got NaN\)/);
    expectProblem({ ...base(), steps: Infinity }, 'steps', /\(got Infinity\)/);
    expectProblem({ ...base(), steps: '5' }, 'steps', /\(got "5"\)/);
    expectProblem({ ...base(), model: { kind: 'independent-cascade', probability: '0.3' } }, 'model.probability', /must be a number between 0 and 1/);
  });

  it('limits the timeline memory: runs × steps × strategies', () => {
    const strategies = Array.from({ length: 8 }, (_, i) => ({ name: `s${i}`, seeding: { method: 'random', count: 1 } }));
    expectProblem({ ...base(), runs: 10_000, steps: 1_000, strategies }, 'runs', /runs × steps × strategies must be at most 20000000/);
    expect(validateScenario({ ...base(), runs: 10_000, steps: 250, strategies }).ok).toBe(true);
  });
});

describe('validateScenario: network', () => {
  const net = (network: Record<string, unknown>) => ({ ...base(), network });

  it('unknown kinds list the allowed ones', () => {
    expect(errorsOf(net({ kind: 'small-world', nodes: 10 }))).toEqual([
      'network.kind: must be one of erdos-renyi, barabasi-albert, watts-strogatz, communities, configuration, fully-mixed, edge-list',
    ]);
  });

  it('unknown fields are reported one by one with their path', () => {
    const errors = errorsOf(net({ kind: 'erdos-renyi', nodes: 10, meanDegree: 2, foo: 1, edgesPerNode: 3 }));
    expect(errors).toContain('network.foo: unknown field');
    expect(errors).toContain('network.edgesPerNode: unknown field');
    expect(errorsOf({ ...base(), extra: true })).toEqual(['extra: unknown field']);
    expectProblem({ ...base(), strategies: [{ name: 'a', seeding: { method: 'random', count: 1, weight: 2 } }] }, 'strategies[0].seeding.weight', /unknown field/);
  });

  it('nodes: integer between 1 and MAX_NODES', () => {
    for (const nodes of [0, -5, 2.5, MAX_NODES + 1, '100'])
      expectProblem(net({ kind: 'erdos-renyi', nodes, meanDegree: 1 }), 'network.nodes', new RegExp(`between 1 and ${MAX_NODES}`));
  });

  it('mean degree below the node count', () => {
    expectProblem(net({ kind: 'erdos-renyi', nodes: 10, meanDegree: 10 }), 'network.meanDegree', /between 0 and 9/);
    expectProblem(net({ kind: 'erdos-renyi', nodes: 10, meanDegree: -1 }), 'network.meanDegree');
    expect(validateScenario(net({ kind: 'erdos-renyi', nodes: 10, meanDegree: 9 })).ok).toBe(true);
  });

  it('barabasi-albert: edgesPerNode an integer below nodes', () => {
    expectProblem(net({ kind: 'barabasi-albert', nodes: 10, edgesPerNode: 10 }), 'network.edgesPerNode', /between 1 and 9/);
    expectProblem(net({ kind: 'barabasi-albert', nodes: 10, edgesPerNode: 1.5 }), 'network.edgesPerNode', /integer/);
  });

  it('watts-strogatz: even mean degree below nodes, rewire in [0, 1]', () => {
    expectProblem(net({ kind: 'watts-strogatz', nodes: 20, meanDegree: 3, rewire: 0.1 }), 'network.meanDegree', /even integer/);
    expectProblem(net({ kind: 'watts-strogatz', nodes: 20, meanDegree: 20, rewire: 0.1 }), 'network.meanDegree', /between 2 and 19/);
    expectProblem(net({ kind: 'watts-strogatz', nodes: 20, meanDegree: 4, rewire: 1.1 }), 'network.rewire', /between 0 and 1/);
    expect(validateScenario(net({ kind: 'watts-strogatz', nodes: 20, meanDegree: 4, rewire: 0 })).ok).toBe(true);
  });

  it('communities: at most nodes/5 communities, mixing in [0, 1], exponents bounded or null', () => {
    const c = { kind: 'communities', nodes: 100, communities: 20, meanDegree: 4, mixing: 0.3 };
    expect(validateScenario(net(c)).ok).toBe(true);
    expectProblem(net({ ...c, communities: 21 }), 'network.communities', /between 1 and 20/);
    expectProblem(net({ ...c, mixing: -0.1 }), 'network.mixing');
    expectProblem(net({ ...c, sizeExponent: 0.5 }), 'network.sizeExponent');
    expectProblem(net({ ...c, degreeExponent: 'none' }), 'network.degreeExponent');
    expect(validateScenario(net({ ...c, degreeExponent: null })).ok).toBe(true);
    expect(validateScenario(net({ ...c, degreeExponent: 2.5 })).ok).toBe(true);
  });

  it('configuration: minDegree ≤ maxDegree < nodes', () => {
    const c = { kind: 'configuration', nodes: 100, degreeExponent: 2.5, minDegree: 2, maxDegree: 50 };
    expect(validateScenario(net(c)).ok).toBe(true);
    expectProblem(net({ ...c, maxDegree: 100 }), 'network.maxDegree', /below nodes/);
    expectProblem(net({ ...c, minDegree: 60 }), 'network.minDegree', /maxDegree \(50\)/);
    expectProblem(net({ ...c, degreeExponent: 0 }), 'network.degreeExponent');
  });

  it('fully-mixed cannot have KOLs', () => {
    expectProblem(net({ kind: 'fully-mixed', nodes: 100, kols: { count: 2, reach: 0.1 } }), 'network.kols', /fully mixed/);
    expect(validateScenario(net({ kind: 'fully-mixed', nodes: 100, kols: null })).ok).toBe(true);
  });

  it('KOL fields are bounded', () => {
    const er = { kind: 'erdos-renyi', nodes: 100, meanDegree: 4 };
    expectProblem(net({ ...er, kols: { count: -1, reach: 0.1 } }), 'network.kols.count');
    expectProblem(net({ ...er, kols: { count: 1, reach: 2 } }), 'network.kols.reach', /between 0 and 1/);
    expectProblem(net({ ...er, kols: { count: 1, reach: 0.1, homeBias: 'x' } }), 'network.kols.homeBias');
    expectProblem(net({ ...er, kols: { count: 1 } }), 'network.kols.reach', /required/);
    expectProblem(net({ ...er, resample: 'yes' }), 'network.resample', /true or false/);
  });

  it('estimated size: nodes × degree above MAX_ARCS is refused, naming the field to lower', () => {
    expectProblem(net({ kind: 'erdos-renyi', nodes: 2_000_000, meanDegree: 30 }), 'network.meanDegree', /about 60,000,000 arcs; at most 40,000,000/);
    expectProblem(net({ kind: 'barabasi-albert', nodes: 2_000_000, edgesPerNode: 11 }), 'network.edgesPerNode', /arcs/);
    expectProblem(
      net({ kind: 'configuration', nodes: 2_000_000, degreeExponent: 1.01, minDegree: 1, maxDegree: 1_999_999 }),
      'network.maxDegree',
      /arcs/,
    );
    // KOL follows count too: 10 KOLs followed by up to everyone add ≈ 2.93 × nodes arcs.
    expectProblem(net({ kind: 'erdos-renyi', nodes: 2_000_000, meanDegree: 18, kols: { count: 10, reach: 1 } }), 'network.meanDegree', /arcs/);
    expect(validateScenario(net({ kind: 'erdos-renyi', nodes: 2_000_000, meanDegree: 20 })).ok).toBe(true);
  });
});

describe('validateScenario: edge lists', () => {
  const edgeNet = (network: Record<string, unknown>) => ({ ...base(), network: { kind: 'edge-list', ...network } });

  it('a broken edge list is reported at network.edges with the parser line', () => {
    expectProblem(edgeNet({ edges: 'a,b\nb,c\nc\n' }), 'network.edges', /^network\.edges: line 3: /);
    expectProblem(edgeNet({ edges: 'a,b,7\n' }), 'network.edges', /line 1/);
  });

  it('edges must be non-empty text; file is only for the CLI', () => {
    expectProblem(edgeNet({ edges: '' }), 'network.edges');
    expectProblem(edgeNet({ edges: 5 }), 'network.edges');
    expectProblem(edgeNet({}), 'network.edges', /required/);
    expectProblem(edgeNet({ file: 'x.csv' }), 'network.file', /unknown field/);
  });

  it('nodes, if given, must match the edge list; seeds must fit it', () => {
    expectProblem(edgeNet({ edges: 'a,b\nb,c\n', nodes: 5 }), 'network.nodes', /has 3 nodes/);
    expect(validateScenario(edgeNet({ edges: 'a,b\nb,c\n', nodes: 3 })).ok).toBe(true);
    expectProblem({ ...edgeNet({ edges: 'a,b\nb,c\n' }), strategies: [{ name: 'a', seeding: { method: 'random', count: 4 } }] }, 'strategies[0].seeding.count', /between 0 and 3/);
  });

  it('directed must be a boolean', () => {
    expectProblem(edgeNet({ edges: 'a,b\n', directed: 1 }), 'network.directed', /true or false/);
  });
});

describe('validateScenario: model', () => {
  const model = (m: Record<string, unknown>) => ({ ...base(), model: m });

  it('unknown model kinds list the allowed ones', () => {
    expect(errorsOf(model({ kind: 'sir', beta: 0.1 }))).toEqual(['model.kind: must be one of independent-cascade, linear-threshold, bass, dividend']);
  });

  it('probabilities are numbers in [0, 1]', () => {
    expect(errorsOf(model({ kind: 'independent-cascade', probability: 1.5 }))).toEqual(['model.probability: must be a number between 0 and 1 (got 1.5)']);
    expectProblem(model({ kind: 'linear-threshold', threshold: -0.1 }), 'model.threshold');
    expectProblem(model({ kind: 'linear-threshold', threshold: 0.1, thresholdSpread: 2 }), 'model.thresholdSpread');
    expectProblem(model({ kind: 'bass', innovation: 0.1, imitation: null }), 'model.imitation');
    expectProblem(model({ kind: 'bass', innovation: 0.1, imitation: 0.3, probability: 0.3 }), 'model.probability', /unknown field/);
  });
});

describe('validateScenario: strategies and seeding', () => {
  const strat = (...seedings: Record<string, unknown>[]) => ({
    ...base(),
    strategies: seedings.map((seeding, i) => ({ name: `s${i}`, seeding })),
  });

  it('1 to 8 strategies', () => {
    expectProblem({ ...base(), strategies: [] }, 'strategies', /1 to 8/);
    const many = Array.from({ length: MAX_STRATEGIES + 1 }, (_, i) => ({ name: `s${i}`, seeding: { method: 'random', count: 1 } }));
    expectProblem({ ...base(), strategies: many }, 'strategies', /1 to 8 strategies \(got 9\)/);
  });

  it('a hostile list of a million strategies is refused without parsing each', () => {
    // Count reads of the list's entries: refusing on the length alone reads none of them.
    let entriesRead = 0;
    const strategies = new Proxy(new Array(1_000_000).fill(5), {
      get(target, key, receiver) {
        if (typeof key === 'string' && /^\d+$/.test(key)) entriesRead++;
        return Reflect.get(target, key, receiver);
      },
    });
    expect(errorsOf({ ...base(), strategies })).toEqual(['strategies: must be a list of 1 to 8 strategies (got 1000000)']);
    expect(entriesRead).toBe(0);
  });

  it('unknown seeding methods list the allowed ones', () => {
    expectProblem(strat({ method: 'influencers', count: 1 }), 'strategies[0].seeding.method', /must be one of random, degree, bridges, kcore, manual/);
  });

  it('seed count between 0 and the number of nodes (KOL accounts included)', () => {
    expect(errorsOf(strat({ method: 'random', count: 1 }, { method: 'degree', count: 101 }))).toEqual([
      'strategies[1].seeding.count: must be an integer between 0 and 100 (the number of nodes)',
    ]);
    const withKols = { ...strat({ method: 'degree', count: 103 }), network: { kind: 'erdos-renyi', nodes: 100, meanDegree: 4, kols: { count: 2, reach: 0.1 } } };
    expectProblem(withKols, 'strategies[0].seeding.count', /between 0 and 102 \(the number of nodes, 100 \+ 2 KOL accounts\)/);
    expectProblem(strat({ method: 'random', count: -1 }), 'strategies[0].seeding.count', /integer/);
    expectProblem(strat({ method: 'random' }), 'strategies[0].seeding.count', /required/);
    expect(validateScenario(strat({ method: 'random', count: 0 })).ok).toBe(true);
  });

  it('manual seeding: nodes required, in range, distinct, matching count', () => {
    expectProblem(strat({ method: 'manual', count: 2 }), 'strategies[0].seeding.nodes', /required with method manual/);
    expectProblem(strat({ method: 'manual', nodes: [1, 100] }), 'strategies[0].seeding.nodes[1]', /between 0 and 99/);
    expectProblem(strat({ method: 'manual', nodes: [4, 5, 4] }), 'strategies[0].seeding.nodes[2]', /node 4 is listed twice/);
    expectProblem(strat({ method: 'manual', nodes: [4, 5], count: 3 }), 'strategies[0].seeding.count', /must equal the number of nodes listed \(2\)/);
    expectProblem(strat({ method: 'manual', nodes: [1.5] }), 'strategies[0].seeding.nodes[0]', /integer/);
    expectProblem(strat({ method: 'manual', nodes: 'all' }), 'strategies[0].seeding.nodes', /list of node indices/);
    expectProblem(strat({ method: 'random', count: 2, nodes: [1, 2] }), 'strategies[0].seeding.nodes', /only used with method manual/);
    expect(validateScenario(strat({ method: 'manual', nodes: [4, 5], count: 2 })).ok).toBe(true);
  });
});

describe('validateScenario: hostile input', () => {
  it('__proto__ and constructor keys are reported as unknown and pollute nothing', () => {
    const text = '{"__proto__": {"polluted": true}, "constructor": {"prototype": {"polluted": true}}, "version": 1, "name": "x",' +
      '"network": {"kind": "erdos-renyi", "nodes": 10, "meanDegree": 2, "__proto__": {"nodes": 99}},' +
      '"model": {"kind": "bass", "innovation": 0.1, "imitation": 0.1}, "strategies": [{"name": "a", "seeding": {"method": "random", "count": 1}}]}';
    const result = parseScenarioText(text);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors).toEqual(['__proto__: unknown field', 'constructor: unknown field', 'network.__proto__: unknown field']);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect((Object.prototype as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('the output never carries a user object: extra keys cannot ride along', () => {
    const input = base();
    const result = validateScenario(input);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.scenario.network).not.toBe(input.network);
    expect(Object.getPrototypeOf(result.scenario)).toBe(Object.prototype);
  });

  it('10 MB strings give short messages and are not echoed', () => {
    const huge = 'x'.repeat(10_000_000);
    const errors = errorsOf({ ...base(), name: huge, description: huge, seed: huge, [huge]: 1, network: { kind: huge } });
    expect(errors.some((e) => e.startsWith('name: must be a text of 1 to 100 characters (got a text of 10000000 characters)'))).toBe(true);
    expect(errors.some((e) => e.startsWith('description: '))).toBe(true);
    expect(errors.some((e) => e.startsWith('seed: '))).toBe(true);
    expect(errors.some((e) => e.startsWith('network.kind: must be one of'))).toBe(true);
    for (const e of errors) expect(e.length).toBeLessThan(300);
  });

  it('a 10 MB edge list of garbage is one short problem', () => {
    const errors = errorsOf({ ...base(), network: { kind: 'edge-list', edges: 'a'.repeat(10_000_000) } });
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/^network\.edges: line 1/);
    expect(errors[0].length).toBeLessThan(300);
  });

  it('control characters in unknown keys do not break the one-line format', () => {
    const errors = errorsOf({ ...base(), 'evil\nkey': 1 });
    expect(errors).toEqual(['evil?key: unknown field']);
  });

  it('at most MAX_REPORTED_PROBLEMS problems are listed, then a count', () => {
    const nodes = Array.from({ length: 1000 }, () => 'x');
    const errors = errorsOf({ ...base(), strategies: [{ name: 'm', seeding: { method: 'manual', nodes } }] });
    expect(errors).toHaveLength(MAX_REPORTED_PROBLEMS + 1);
    expect(errors[MAX_REPORTED_PROBLEMS]).toBe(`scenario: and ${1000 - MAX_REPORTED_PROBLEMS} more problems`);
  });

  it('reports all problems at once, across sections', () => {
    const errors = errorsOf(everySectionWrong());
    const paths = errors.map((e) => e.slice(0, e.indexOf(':')));
    expect(paths).toEqual(
      expect.arrayContaining([
        'version', 'name', 'runs', 'network.meanDegree', 'model.innovation', 'model.imitation',
        'strategies[0].seeding.nodes[1]', 'strategies[1].name', 'strategies[1].seeding.count', 'strategies[2].seeding.nodes[1]',
      ]),
    );
  });
});

describe('parseScenarioText', () => {
  it.each(['', '{', '{"version": 1,}', 'NaN', "{'a': 1}"])('invalid JSON %j is one problem', (text) => {
    const result = parseScenarioText(text);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.errors).toHaveLength(1);
      expect(result.errors[0]).toMatch(/^invalid JSON: /);
    }
  });

  it('valid JSON goes through validateScenario', () => {
    expect(parseScenarioText(JSON.stringify(base())).ok).toBe(true);
    expect(parseScenarioText('[]')).toEqual({ ok: false, errors: [expect.stringMatching(/^scenario: must be a JSON object/)] });
  });
});
