/**
 * Runtime benchmark: the worker pool and the CLI end to end.
 *
 *   npx tsx bench/runtime.ts
 *
 * 1. Monte Carlo throughput of Independent Cascade (p = 0.3) on a 10k-node Erdős–Rényi graph
 *    (c = 10) through the Node worker pool the CLI uses, with 1 and 2 workers: runs per
 *    second including worker start-up, and the scaling from 1 to 2 workers.
 * 2. The CLI as a user runs it (a new process: `node bin/lab.mjs run …`, the built CLI) for
 *    one IC cascade on a 1M-node ER graph (c = 10, 10M arcs): wall time of the process, and
 *    the network generation and simulation times the CLI reports in `meta.timings`.
 * Timings are wall-clock on whatever else the machine is doing; run it on a quiet machine.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { simulateOnNodePool } from '../src/runtime/pool.node.ts';
import { validateScenario } from '../src/scenario/validateScenario';

export interface RuntimeBenchRow {
  name: string;
  value: number;
  unit: string;
}

const REPO = fileURLToPath(new URL('../', import.meta.url));
const MONTE_CARLO_RUNS = 5000;

function scenarioOf(input: Record<string, unknown>) {
  const result = validateScenario(input);
  if (!result.ok) throw new Error(result.errors.join('; '));
  return result.scenario;
}

const monteCarlo = scenarioOf({
  version: 1,
  name: 'bench: IC Monte Carlo on ER 10k',
  seed: 'bench',
  runs: MONTE_CARLO_RUNS,
  steps: 50,
  network: { kind: 'erdos-renyi', nodes: 10_000, meanDegree: 10 },
  model: { kind: 'independent-cascade', probability: 0.3 },
  strategies: [{ name: 'one random seed', seeding: { method: 'random', count: 1 } }],
});

const bigCascade = {
  version: 1,
  name: 'bench: one IC cascade on ER 1M',
  seed: 'bench',
  runs: 1,
  steps: 100,
  network: { kind: 'erdos-renyi', nodes: 1_000_000, meanDegree: 10 },
  model: { kind: 'independent-cascade', probability: 0.3 },
  strategies: [{ name: 'ten random seeds', seeding: { method: 'random', count: 10 } }],
};

/** Runs per second of wall time (worker start-up included), and per second of simulation CPU time. */
async function poolRunsPerSecond(workers: number): Promise<{ wall: number; cpu: number }> {
  const started = performance.now();
  const data = await simulateOnNodePool(monteCarlo, { workers });
  const wallSeconds = (performance.now() - started) / 1000;
  return { wall: MONTE_CARLO_RUNS / wallSeconds, cpu: MONTE_CARLO_RUNS / (data.simulateMs / 1000) };
}

/** Wall time of a pool that starts its workers and simulates one trivial run. */
async function poolStartupMs(workers: number): Promise<number> {
  const tiny = scenarioOf({ ...monteCarlo, runs: workers, network: { kind: 'erdos-renyi', nodes: 10, meanDegree: 2 } });
  const started = performance.now();
  await simulateOnNodePool(tiny, { workers });
  return performance.now() - started;
}

async function cliBigCascade(): Promise<RuntimeBenchRow[]> {
  const dir = mkdtempSync(join(tmpdir(), 'lab-bench-'));
  try {
    const file = join(dir, 'big.json');
    writeFileSync(file, JSON.stringify(bigCascade));
    const started = performance.now();
    const { stdout } = await promisify(execFile)(process.execPath, ['bin/lab.mjs', 'run', file, '--workers', '1'], {
      cwd: REPO,
      maxBuffer: 256 * 1024 * 1024,
    });
    const wall = performance.now() - started;
    const result = JSON.parse(stdout) as {
      meta: { timings: Record<string, number> };
      network: { arcs: number };
      strategies: { summary: { shared: { mean: number } } }[];
    };
    const t = result.meta.timings;
    return [
      { name: 'CLI 1M-node ER c=10, 1 IC run: process wall time', value: wall, unit: 'ms' },
      { name: 'CLI 1M-node ER c=10: network generation (meta.networkMs)', value: t.networkMs, unit: 'ms' },
      { name: 'CLI 1M-node ER c=10: simulation incl. seeding (meta.simulateMs)', value: t.simulateMs, unit: 'ms' },
      { name: 'CLI 1M-node ER c=10: pool wall time incl. worker start (meta.poolMs)', value: t.poolMs, unit: 'ms' },
      { name: 'CLI 1M-node ER c=10: JSON + aggregation (meta.aggregateMs)', value: t.aggregateMs, unit: 'ms' },
      { name: 'CLI 1M-node ER c=10: arcs', value: result.network.arcs, unit: 'arcs' },
      { name: 'CLI 1M-node ER c=10: cascade size (shared)', value: result.strategies[0].summary.shared.mean, unit: 'nodes' },
    ];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export async function benchRuntime(): Promise<RuntimeBenchRow[]> {
  const startOne = await poolStartupMs(1);
  const startTwo = await poolStartupMs(2);
  const one = await poolRunsPerSecond(1);
  const two = await poolRunsPerSecond(2);
  const label = `pool IC p=0.3 on ER 10k c=10, ${MONTE_CARLO_RUNS} runs`;
  return [
    { name: 'pool start-up + 1 trivial run, 1 worker', value: startOne, unit: 'ms' },
    { name: 'pool start-up + 1 trivial run each, 2 workers', value: startTwo, unit: 'ms' },
    { name: `${label}, 1 worker (wall)`, value: one.wall, unit: 'runs/s' },
    { name: `${label}, 2 workers (wall)`, value: two.wall, unit: 'runs/s' },
    { name: 'pool scaling 1 → 2 workers (wall)', value: two.wall / one.wall, unit: '×' },
    { name: `${label}: per worker CPU (1 worker)`, value: one.cpu, unit: 'runs/s' },
    { name: `${label}: per worker CPU (2 workers)`, value: two.cpu, unit: 'runs/s' },
    ...(await cliBigCascade()),
  ];
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const rows = await benchRuntime();
  const width = Math.max(...rows.map((r) => r.name.length));
  for (const r of rows) {
    const value = r.value >= 100 ? r.value.toFixed(0) : r.value.toFixed(2);
    console.log(`${r.name.padEnd(width)}  ${value.padStart(9)} ${r.unit}`);
  }
}
