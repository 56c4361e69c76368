/**
 * The worlds the network harness replays: a real planted-communities network with KOL accounts
 * and the representative-run traces of a few strategies, made by the engine itself
 * (generateNetwork + chooseDividendSeeds + runDividend with {trace: true}) — no fake data.
 * Shared by the harness page and by the unit tests that check the numbers it shows.
 */
import { chooseDividendSeeds } from '../../../src/core/dividend/coreFans';
import { DIVIDEND_MODEL_DEFAULTS, DIVIDEND_STRATEGY_DEFAULTS, type DividendModelSpec, type DividendStrategySpec } from '../../../src/core/dividend/dividendSpec';
import type { DividendTrace } from '../../../src/core/dividend/dividendOutcome';
import { runDividend } from '../../../src/core/dividend/runDividend';
import type { Graph } from '../../../src/core/graph';
import { generateNetwork } from '../../../src/core/networks/generateNetwork';
import type { CommunitiesSpec } from '../../../src/core/networks/networkSpec';
import { rootKey } from '../../../src/core/random';
import type { DividendSeedingSpec } from '../../../src/core/dividend/dividendSpec';
import { strategyColor } from '../../../src/ui/theme';

export interface WorldStrategy {
  name: string;
  color: string;
  trace: DividendTrace;
  seeds: Int32Array;
  reached: number;
  converted: number;
}

export interface World {
  spec: CommunitiesSpec;
  seed: string;
  run: number;
  steps: number;
  graph: Graph;
  strategies: WorldStrategy[];
  ms: number;
}

/**
 * Private circles (WeChat-Moments-like): deep trust, partial visibility — cascades that stop
 * somewhere. Buying is easier than the default (plateau 30 %) so a replay shows many buyers to
 * look at; delays are shorter than the default so a 60-hour replay holds several generations.
 */
export const HARNESS_MODEL: DividendModelSpec = {
  ...DIVIDEND_MODEL_DEFAULTS,
  platform: 'private-circles',
  // Friends see more than the preset's 35 % so that a 3,000-person replay holds a real cascade.
  ties: { strong: { visibility: 0.6 }, weak: { visibility: 0.4 } },
  conversion: { ...DIVIDEND_MODEL_DEFAULTS.conversion, plateau: 0.3, halfDose: 1.5 },
  response: { medianHours: 2, spread: 1 },
  fatigue: { tolerance: 1.2, spread: 0.6 },
};

const content = (quality: number, promotional: number): DividendStrategySpec['content'] => ({
  ...DIVIDEND_STRATEGY_DEFAULTS.content,
  quality,
  promotional,
  halfLife: 12,
});

interface StrategyPlan {
  name: string;
  seeding: DividendSeedingSpec;
  levers: Partial<DividendStrategySpec>;
}

export const HARNESS_STRATEGIES: StrategyPlan[] = [
  { name: '20 random seed users', seeding: { method: 'random', count: 20 } as DividendSeedingSpec, levers: { content: content(0.26, 0.35) } },
  { name: 'Hire the top KOL', seeding: { method: 'random', count: 3 } as DividendSeedingSpec, levers: { content: content(0.26, 0.35), kols: { hire: 1, fromRank: 1, step: 2 } } },
  { name: '20 bridge people', seeding: { method: 'bridges', count: 20 } as DividendSeedingSpec, levers: { content: content(0.26, 0.35) } },
];

export function harnessSpec(nodes: number): CommunitiesSpec {
  return {
    kind: 'communities',
    nodes,
    communities: Math.max(4, Math.round(nodes / 120)),
    meanDegree: 8,
    mixing: 0.12,
    sizeExponent: 2.5,
    degreeExponent: null,
    resample: false,
    kols: { count: 3, reach: 0.15, homeBias: 0.6 },
  };
}

export function makeWorld(nodes: number, strategyCount = 2, seed = 'watch-it-spread', steps = 96): World {
  const started = performance.now();
  const spec = harnessSpec(nodes);
  const root = rootKey(seed);
  const run = 0;
  const graph = generateNetwork(spec, root, run);
  const strategies = HARNESS_STRATEGIES.slice(0, strategyCount).map((plan, k) => {
    const strategy: DividendStrategySpec = { ...DIVIDEND_STRATEGY_DEFAULTS, ...plan.levers };
    const seeds = chooseDividendSeeds(graph, HARNESS_MODEL, plan.seeding, strategy.content.relevance, root, run);
    const outcome = runDividend(graph, HARNESS_MODEL, strategy, seeds, steps, root, run, { trace: true });
    return { name: plan.name, color: strategyColor(k), trace: outcome.trace!, seeds, reached: outcome.reached, converted: outcome.converted };
  });
  return { spec, seed, run, steps, graph, strategies, ms: performance.now() - started };
}
