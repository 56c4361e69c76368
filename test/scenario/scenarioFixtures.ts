/**
 * The scenarios the validation tests start from, one change at a time: the minimal valid
 * canonical scenario (validateScenario.test.ts) and the small dividend world
 * (dividendScenario.test.ts), and one wrong in every section. The corpus of bad scenarios
 * (badScenarios.ts) builds on the same ones, so its inputs stay the tests' inputs.
 */
export type Json = Record<string, unknown>;

/** A minimal valid canonical scenario: 100 people, independent cascade, one strategy. */
export function canonicalScenario(): Json {
  return {
    version: 2,
    name: 'test',
    network: { kind: 'erdos-renyi', nodes: 100, meanDegree: 4 },
    model: { kind: 'independent-cascade', probability: 0.3 },
    strategies: [{ name: 'a', seeding: { method: 'random', count: 1 } }],
  };
}

/**
 * 500 people in 10 communities with 5 KOL accounts, 48 steps, the dividend model with `model`'s
 * fields; one strategy per entry of `strategies` (its fields over 5 random seed users).
 */
export function dividendScenario(strategies: Json[] = [{}, {}], model: Json = {}): Json {
  return {
    version: 2,
    name: 'dividend test',
    steps: 48,
    network: { kind: 'communities', nodes: 500, communities: 10, meanDegree: 6, mixing: 0.1, kols: { count: 5, reach: 0.1 } },
    model: { kind: 'dividend', ...model },
    strategies: strategies.map((extra, i) => ({ name: `s${i}`, seeding: { method: 'random', count: 5 }, ...extra })),
  };
}

/** The dividend world with one strategy under an independent-cascade model (dividend levers refused). */
export function canonicalWithStrategy(strategy: Json): Json {
  return { ...dividendScenario([strategy]), model: { kind: 'independent-cascade', probability: 0.1 } };
}

/**
 * A problem in every section at once: version (3, not yet written), name, runs, a Watts–Strogatz network with an odd
 * degree, a Bass model without imitation and innovation above 1, manual seeds out of range and
 * twice, a repeated strategy name, more seeds than people.
 */
export function everySectionWrong(): Json {
  return {
    version: 3,
    name: 5,
    runs: -1,
    network: { kind: 'watts-strogatz', nodes: 10, meanDegree: 3, rewire: 0.1 },
    model: { kind: 'bass', innovation: 2 },
    strategies: [
      { name: 'a', seeding: { method: 'manual', nodes: [1, 12] } },
      { name: 'a', seeding: { method: 'degree', count: 11 } },
      { name: 'b', seeding: { method: 'manual', nodes: [3, 3] } },
    ],
  };
}

/** Set `a.b.c` in `target` (creating the objects on the way); returns `target`. */
export function setPath(target: Json, dotted: string, value: unknown): Json {
  const parts = dotted.split('.');
  let o = target;
  for (const p of parts.slice(0, -1)) o = (o[p] ??= {}) as Json;
  o[parts[parts.length - 1]] = value;
  return target;
}
