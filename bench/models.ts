/**
 * Canonical model and seeding benchmark (single thread).
 *
 *   npx tsx bench/models.ts
 *
 * Throughput of Independent Cascade, Linear Threshold and Bass on Erdős–Rényi graphs
 * (10k nodes for Monte Carlo throughput, 1M nodes / 10M arcs for one big run), and the
 * one-off cost of the seeding rankings. Times are CPU seconds of this process (user + system),
 * not wall-clock, so other work on a shared machine does not inflate them much; cache
 * contention still does, so prefer a quiet machine for comparable numbers.
 */
import { pathToFileURL } from 'node:url';
import { buildGraph, fullyMixedGraph, type Graph } from '../src/core/graph';
import { runModel } from '../src/core/models/runModel';
import type { ModelSpec } from '../src/core/models/modelSpec';
import { erdosRenyiEdges } from '../src/core/networks/erdosRenyi';
import { purposeStream, rootKey, type StreamKey } from '../src/core/random';
import { rankNodes, type RankedSeedingMethod } from '../src/core/seeding/chooseSeeds';
import { bridgeSourceCount } from '../src/core/seeding/seedingByBridges';
import { randomSeeds } from '../src/core/seeding/seedingRandom';

export interface ModelBenchRow {
  name: string;
  value: number;
  unit: string;
}

const IC_03: ModelSpec = { kind: 'independent-cascade', probability: 0.3 };
const LT_WATTS: ModelSpec = { kind: 'linear-threshold', threshold: 0.18, thresholdSpread: 0 };
const LT_LOW: ModelSpec = { kind: 'linear-threshold', threshold: 0.1, thresholdSpread: 0 };
const BASS: ModelSpec = { kind: 'bass', innovation: 0.01, imitation: 0.4 };

function er(nodes: number, meanDegree: number, root: StreamKey): Graph {
  return buildGraph(nodes, erdosRenyiEdges(nodes, meanDegree, purposeStream(root, 0, `bench:er:${nodes}:${meanDegree}`)));
}

/** CPU seconds used by this process so far. */
function cpuSeconds(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1e6;
}

/** Runs per CPU second of `model` with `seedCount` random seeds, over at least `seconds` (after a warm-up). */
function runsPerSecond(g: Graph, model: ModelSpec, seedCount: number, steps: number, root: StreamKey, seconds: number): number {
  for (let run = 0; run < 20; run++) runModel(g, model, randomSeeds(g.nodeCount, seedCount, root, run), steps, root, run);
  const start = cpuSeconds();
  let runs = 0;
  while (cpuSeconds() - start < seconds) {
    for (let i = 0; i < 10; i++, runs++) runModel(g, model, randomSeeds(g.nodeCount, seedCount, root, runs), steps, root, runs);
  }
  return runs / (cpuSeconds() - start);
}

/** CPU seconds of one call (best of `repeats`). */
function timeOnce(f: () => void, repeats = 1): number {
  let best = Infinity;
  for (let i = 0; i < repeats; i++) {
    const start = cpuSeconds();
    f();
    best = Math.min(best, cpuSeconds() - start);
  }
  return best;
}

export async function benchModels(): Promise<ModelBenchRow[]> {
  const root = rootKey('bench');
  const rows: ModelBenchRow[] = [];
  const breathe = () => Promise.resolve();

  const small = er(10_000, 10, root);
  rows.push({ name: 'IC cascades, ER n=10k c=10 p=0.3, 1 random seed', value: runsPerSecond(small, IC_03, 1, 1000, root, 2), unit: 'runs/cpu-s' });
  const wattsGraph = er(10_000, 4, root);
  rows.push({ name: 'LT runs, ER n=10k c=4 φ=0.18, 1 random seed', value: runsPerSecond(wattsGraph, LT_WATTS, 1, 1000, root, 1), unit: 'runs/cpu-s' });
  rows.push({ name: 'Bass runs, ER n=10k c=10 p=0.01 q=0.4, 60 steps', value: runsPerSecond(small, BASS, 0, 60, root, 1), unit: 'runs/cpu-s' });
  rows.push({ name: 'Bass runs, fully mixed n=10k p=0.01 q=0.4, 60 steps', value: runsPerSecond(fullyMixedGraph(10_000), BASS, 0, 60, root, 1), unit: 'runs/cpu-s' });
  await breathe();

  let big: Graph | null = null;
  rows.push({ name: 'build ER n=1M c=10 (10M arcs)', value: timeOnce(() => (big = er(1_000_000, 10, root))), unit: 'cpu-s' });
  const g = big as unknown as Graph;
  const seed = Int32Array.from([12345]);
  let size = 0;
  rows.push({
    name: 'IC one cascade, ER n=1M c=10 p=0.3 (≈94% activated)',
    value: timeOnce(() => (size = runModel(g, IC_03, seed, 1000, root, 0).shared), 3),
    unit: 'cpu-s',
  });
  if (size < 900_000) throw new Error(`bench: expected a giant cascade, got ${size}`);
  rows.push({
    name: 'LT one run, ER n=1M c=10 φ=0.1, 1000 random seeds',
    value: timeOnce(() => runModel(g, LT_LOW, randomSeeds(g.nodeCount, 1000, root, 0), 1000, root, 0), 3),
    unit: 'cpu-s',
  });
  rows.push({ name: 'Bass one run, ER n=1M c=10 p=0.01 q=0.4, 60 steps', value: timeOnce(() => runModel(g, BASS, new Int32Array(0), 60, root, 0)), unit: 'cpu-s' });
  await breathe();

  for (const method of ['degree', 'kcore', 'bridges'] as RankedSeedingMethod[]) {
    const note = method === 'bridges' ? `, ${bridgeSourceCount(g.targets.length)}-source betweenness` : '';
    rows.push({ name: `rank nodes by ${method}, ER n=1M c=10${note} (once per network)`, value: timeOnce(() => rankNodes(g, method, root)), unit: 'cpu-s' });
  }
  const mid = er(100_000, 10, root);
  rows.push({
    name: `rank nodes by bridges, ER n=100k c=10, ${bridgeSourceCount(mid.targets.length)}-source betweenness`,
    value: timeOnce(() => rankNodes(mid, 'bridges', root)),
    unit: 'cpu-s',
  });
  return rows;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const rows = await benchModels();
  const width = Math.max(...rows.map((r) => r.name.length));
  for (const r of rows) {
    const value = r.value >= 100 ? r.value.toFixed(0) : r.value.toFixed(3);
    console.log(`${r.name.padEnd(width)}  ${value.padStart(9)} ${r.unit}`);
  }
}
