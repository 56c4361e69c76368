/**
 * The greedy seed set beside the heuristics. On every dividend preset in scenarios/ (k = 3,
 * 32 samples, 16 runs to stay fast): greedy is ≥ every heuristic on the live-edge samples it
 * optimised (the same samples for all), and no heuristic beats it on the dividend runs beyond
 * Monte Carlo noise (tolerance below). On an exact configuration the live-edge estimate and the
 * dividend runs agree number for number when the samples are the evaluation runs.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { generateNetwork } from '../../../src/core/networks/generateNetwork';
import { rootKey } from '../../../src/core/random';
import { isDividendScenario, type DividendScenario } from '../../../src/core/scenario';
import { runDividend } from '../../../src/core/dividend/runDividend';
import { DIVIDEND_MODEL_DEFAULTS, DIVIDEND_STRATEGY_DEFAULTS } from '../../../src/core/dividend/dividendSpec';
import type { NetworkSpec } from '../../../src/core/networks/networkSpec';
import { validateScenario } from '../../../src/scenario/validateScenario';
import { COMPARED_METHODS, compareSeedingToGreedy, type SeedingComparison } from '../../../src/core/influence/compareSeeding';
import { candidateNodes } from '../../../src/core/influence/lazyGreedy';

const dir = fileURLToPath(new URL('../../../scenarios/', import.meta.url));
const presets: [string, DividendScenario][] = readdirSync(dir)
  .filter((f) => f.endsWith('.json'))
  .flatMap((f) => {
    const result = validateScenario(JSON.parse(readFileSync(dir + f, 'utf8')));
    return result.ok && isDividendScenario(result.scenario) ? [[f, result.scenario] as [string, DividendScenario]] : [];
  });

/**
 * Live-edge samples greedy learns from. Near the tipping point one sample with a large cascade
 * dominates a handful, and greedy then fits those few runs: on "ads kill the group" (R ≈ 1) greedy
 * learnt on 8 samples shared 19.5 per run against degree's 35.0 on the evaluation runs (its own
 * estimate: 65.6); on 32 samples, 31.1 (estimate 48.5). The app's default is 50.
 */
const SAMPLES = 32;

/**
 * Dividend-run tolerance: the 95% paired interval of (heuristic − greedy) sharers over 16 runs
 * must reach down to at most 10% of greedy's mean. Greedy learns on 8 other runs and on a model
 * without fatigue or later waves, so it can lose a little; a clear loss fails.
 */
const RELATIVE_SLACK = 0.1;

function structureOk(c: SeedingComparison): void {
  expect(c.rows.map((r) => r.method)).toEqual([...COMPARED_METHODS]);
  expect(c.rows[0].seeds).toEqual(c.greedy.seeds);
  for (const column of ['estimatedShared', 'shared', 'reached', 'converted'] as const) {
    const ratios = c.rows.map((r) => r.ratioToBest[column]).filter((x): x is number => x !== null);
    if (ratios.length === 0) continue;
    expect(Math.max(...ratios)).toBe(1);
    expect(Math.min(...ratios)).toBeGreaterThanOrEqual(0);
  }
  expect(c.rows[0].vsGreedy.shared.meanDifference).toBe(0);
}

describe('greedy vs the seeding heuristics on the dividend presets', () => {
  it('finds the presets', () => {
    expect(presets.length).toBeGreaterThanOrEqual(8);
  });

  for (const [file, scenario] of presets) {
    if (scenario.strategies[0].content.quality === 0) {
      // Sharing on sight is off: only buyers spread it (advocacy), which greedy's live-edge
      // objective leaves out (liveEdgeSamples.ts). Its objective is then the seed set alone, so
      // there is nothing to rank: every method's estimate is its k seeds.
      it(`${file} (quality 0: greedy's objective is the seeds alone)`, () => {
        const root = rootKey(scenario.seed);
        const graph = generateNetwork(scenario.network, root, 0);
        const c = compareSeedingToGreedy({ graph, model: scenario.model, strategy: scenario.strategies[0], root, runs: 2, steps: scenario.steps }, 3, { samples: 2 });
        for (const row of c.rows) expect(row.estimatedShared, row.method).toBe(3);
      });
      continue;
    }
    it(file, () => {
      const root = rootKey(scenario.seed);
      const graph = generateNetwork(scenario.network, root, 0);
      const runs = 16;
      const c = compareSeedingToGreedy({ graph, model: scenario.model, strategy: scenario.strategies[0], root, runs, steps: scenario.steps }, 3, { samples: SAMPLES });
      structureOk(c);
      expect(c.firstRun).toBe(runs); // learned out of sample
      const greedy = c.rows[0];
      expect(greedy.estimatedShared).toBeCloseTo(c.greedy.expectedShared, 9);
      for (const row of c.rows.slice(1)) {
        expect(greedy.estimatedShared, `${row.method} on the samples`).toBeGreaterThanOrEqual(row.estimatedShared);
        expect(row.vsGreedy.shared.ci95![0], `${row.method} on the dividend runs`).toBeLessThanOrEqual(RELATIVE_SLACK * greedy.shared.mean);
      }
    });
  }
});

describe('like with like', () => {
  const root = rootKey('compare');
  const scenario = {
    network: {
      kind: 'communities',
      nodes: 500,
      resample: false,
      kols: { count: 2, reach: 0.2, homeBias: 0.5 },
      communities: 5,
      meanDegree: 8,
      mixing: 0.1,
      sizeExponent: 2.5,
      degreeExponent: null,
    } as NetworkSpec,
  };
  const graph = generateNetwork(scenario.network, root, 0);
  // Exact regime: nobody mutes, buyers do not advocate, every response takes one hour, one seed
  // wave, no KOLs hired, no ads.
  const model = { ...DIVIDEND_MODEL_DEFAULTS, platform: 'private-circles' as const, advocacy: 0, response: { medianHours: 1, spread: 0 } };
  const strategy = { ...DIVIDEND_STRATEGY_DEFAULTS, content: { ...DIVIDEND_STRATEGY_DEFAULTS.content, quality: 0.35, promotional: 0, halfLife: 6 } };
  const input = { graph, model, strategy, root, runs: 10, steps: 30 };

  it('with the evaluation runs as samples, the live-edge estimate equals the dividend runs for every method', () => {
    const c = compareSeedingToGreedy(input, 4, { samples: 10, firstRun: 0 });
    structureOk(c);
    for (const row of c.rows) {
      expect(row.estimatedShared, row.method).toBeCloseTo(row.shared.mean, 9);
      expect(row.estimatedReached, row.method).toBeCloseTo(row.reached.mean, 9);
    }
  });

  it('evaluates every method on the same runs (common random numbers) and is deterministic', () => {
    const progress: string[] = [];
    const c = compareSeedingToGreedy(input, 4, { samples: 6, onProgress: (p) => progress.push(p.phase) });
    expect(compareSeedingToGreedy(input, 4, { samples: 6 })).toEqual(c);
    expect(progress.filter((p) => p === 'evaluate')).toHaveLength(10);
    expect(c.rows.find((r) => r.method === 'random')!.seeds).toBeNull();
    expect(c.rows.find((r) => r.method === 'core-fans')!.seeds).toBeNull();
    let shared = 0;
    for (let run = 0; run < 10; run++) shared += runDividend(graph, model, strategy, Int32Array.from(c.greedy.seeds), 30, root, run).shared;
    expect(c.rows[0].shared.mean).toBe(shared / 10);
    expect(c.rows[0].shared.stdError).toBeGreaterThan(0);
  });

  it('reports incremental conversions (the lift over the same run without a campaign) beside the totals', () => {
    const withDemand = { ...input, model: { ...model, organicDemand: 0.05 } };
    const c = compareSeedingToGreedy(withDemand, 4, { samples: 4 });
    let incremental = 0;
    let total = 0;
    for (let run = 0; run < 10; run++) {
      const out = runDividend(graph, withDemand.model, strategy, Int32Array.from(c.greedy.seeds), 30, root, run);
      incremental += out.incrementalConverted;
      total += out.converted;
    }
    expect(total).toBeGreaterThan(incremental); // 5% of 500 people buy anyway: the totals are not the lift
    expect(c.rows[0].converted.mean).toBe(incremental / 10);
    expect(c.rows[0].totalConverted.mean).toBe(total / 10);
  });

  it('never proposes a KOL account as a seed user, whatever the budget or candidate limit', () => {
    const kols = new Set(graph.kolNodes);
    expect(kols.size).toBe(2);
    for (const limit of [null, 5, 10_000]) {
      const candidates = candidateNodes(graph, root, limit);
      expect(Array.from(candidates).some((v) => kols.has(v)), `candidates ${limit}`).toBe(false);
    }
    expect(candidateNodes(graph, root, null).length).toBe(graph.nodeCount - 2);
    // A budget of every ordinary account: greedy takes them all, and no KOL.
    const c = compareSeedingToGreedy({ ...input, runs: 1 }, graph.nodeCount, { samples: 1 });
    expect(c.greedy.seeds.some((v) => kols.has(v))).toBe(false);
    for (const row of c.rows) if (row.seeds !== null) expect(row.seeds.some((v) => kols.has(v)), row.method).toBe(false);
  });
});
