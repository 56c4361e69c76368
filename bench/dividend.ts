/**
 * Dividend model benchmark (single thread).
 *
 *   npx tsx bench/dividend.ts
 *
 * 1. Throughput of the dividend model against Independent Cascade on the same 10k-node
 *    Erdős–Rényi network with the same 10 seed users per run: once with the dividend levers off
 *    (the IC-equivalent configuration, so both simulate the same cascades), once with the default
 *    model and strategy (fatigue, spreads, decay, social proof on).
 * 2. The default scenario size: a 10k-node community network with 5 KOLs, 3 strategies × 100
 *    runs × 72 steps, seeding included — the time a user waits with one worker.
 * Times are CPU seconds of this process (user + system), so other work on a shared machine
 * inflates them less than wall-clock; cache contention still does.
 */
import { pathToFileURL } from 'node:url';
import { buildGraph, type Graph } from '../src/core/graph';
import { runModel } from '../src/core/models/runModel';
import { erdosRenyiEdges } from '../src/core/networks/erdosRenyi';
import { generateNetwork } from '../src/core/networks/generateNetwork';
import { purposeStream, rootKey, type StreamKey } from '../src/core/random';
import { randomSeeds } from '../src/core/seeding/seedingRandom';
import { chooseDividendSeeds } from '../src/core/dividend/coreFans';
import {
  DIVIDEND_MODEL_DEFAULTS,
  DIVIDEND_STRATEGY_DEFAULTS,
  type DividendModelSpec,
  type DividendSeedingSpec,
  type DividendStrategySpec,
} from '../src/core/dividend/dividendSpec';
import { runDividend } from '../src/core/dividend/runDividend';

export interface DividendBenchRow {
  name: string;
  value: number;
  unit: string;
}

const STEPS = 72;
const SEEDS = 10;

/** CPU seconds used by this process so far. */
function cpuSeconds(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1e6;
}

/** Runs per CPU second of `one(run)` over at least `seconds`, after a warm-up of 20 runs. */
function runsPerSecond(one: (run: number) => void, seconds: number): number {
  for (let run = 0; run < 20; run++) one(run);
  const start = cpuSeconds();
  let runs = 0;
  while (cpuSeconds() - start < seconds) for (let i = 0; i < 10; i++) one(runs++);
  return runs / (cpuSeconds() - start);
}

/** The dividend model with every extra lever off: sharing is IC with p = quality. */
const LEVERS_OFF: DividendModelSpec = {
  ...DIVIDEND_MODEL_DEFAULTS,
  conversion: { threshold: 2.5, spread: 0 },
  fatigue: { tolerance: 3, spread: 0 },
  engagementSpread: 0,
};
const IC_LIKE: DividendStrategySpec = {
  ...DIVIDEND_STRATEGY_DEFAULTS,
  content: { ...DIVIDEND_STRATEGY_DEFAULTS.content, quality: 0.3, promotional: 0, halfLife: null },
};

/** Three typical strategies of a default scenario. */
const STRATEGIES: [string, DividendSeedingSpec, DividendStrategySpec][] = [
  ['seed users', { method: 'random', count: 20, nodes: [] }, DIVIDEND_STRATEGY_DEFAULTS],
  ['core fans + 2 KOLs', { method: 'core-fans', count: 20, nodes: [] }, { ...DIVIDEND_STRATEGY_DEFAULTS, kols: { hire: 2, step: 6 } }],
  [
    'ads + rewards + second wave',
    { method: 'degree', count: 20, nodes: [] },
    {
      ...DIVIDEND_STRATEGY_DEFAULTS,
      incentives: { rewardPerShare: 1 },
      secondWave: { step: 24, count: 10 },
      ads: { reach: 0.002, from: 0, to: 48 },
    },
  ],
];

export async function benchDividend(): Promise<DividendBenchRow[]> {
  const root: StreamKey = rootKey('bench');
  const rows: DividendBenchRow[] = [];
  const er: Graph = buildGraph(10_000, erdosRenyiEdges(10_000, 10, purposeStream(root, 0, 'bench:er:10000:10')));
  const seedsOf = (run: number) => randomSeeds(er.nodeCount, SEEDS, root, run);

  const ic = runsPerSecond((run) => runModel(er, { kind: 'independent-cascade', probability: 0.3 }, seedsOf(run), STEPS, root, run), 2);
  const off = runsPerSecond((run) => runDividend(er, LEVERS_OFF, IC_LIKE, seedsOf(run), STEPS, root, run), 2);
  const defaults = runsPerSecond((run) => runDividend(er, DIVIDEND_MODEL_DEFAULTS, DIVIDEND_STRATEGY_DEFAULTS, seedsOf(run), STEPS, root, run), 2);
  const where = `ER n=10k c=10, ${SEEDS} random seeds, ${STEPS} steps`;
  rows.push({ name: `IC p=0.3, ${where}`, value: ic, unit: 'runs/cpu-s' });
  rows.push({ name: `dividend, levers off (IC-equivalent), ${where}`, value: off, unit: 'runs/cpu-s' });
  rows.push({ name: `dividend, default model and strategy, ${where}`, value: defaults, unit: 'runs/cpu-s' });
  rows.push({ name: 'cost ratio dividend (levers off) / IC', value: ic / off, unit: '×' });
  rows.push({ name: 'cost ratio dividend (defaults) / IC', value: ic / defaults, unit: '×' });
  await Promise.resolve();

  const world = generateNetwork(
    {
      kind: 'communities',
      nodes: 10_000,
      resample: false,
      kols: { count: 5, reach: 0.2, homeBias: 0.5 },
      communities: 100,
      meanDegree: 10,
      mixing: 0.1,
      sizeExponent: 2.5,
      degreeExponent: null,
    },
    root,
    0,
  );
  const model: DividendModelSpec = { ...DIVIDEND_MODEL_DEFAULTS, platform: 'private-circles' };
  const start = cpuSeconds();
  let conversions = 0;
  for (const [, seeding, strategy] of STRATEGIES)
    for (let run = 0; run < 100; run++) {
      const seeds = chooseDividendSeeds(world, model, seeding, strategy.content.relevance, root, run);
      conversions += runDividend(world, model, strategy, seeds, STEPS, root, run).converted;
    }
  rows.push({ name: 'default scenario: communities n=10k + 5 KOLs, 3 strategies × 100 runs × 72 steps', value: cpuSeconds() - start, unit: 'cpu-s' });
  rows.push({ name: '  (mean conversions per run, as a sanity check)', value: conversions / 300, unit: '' });
  return rows;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const rows = await benchDividend();
  const width = Math.max(...rows.map((r) => r.name.length));
  for (const r of rows) console.log(`${r.name.padEnd(width)}  ${r.value.toFixed(r.value >= 100 ? 0 : 3).padStart(9)} ${r.unit}`);
}
