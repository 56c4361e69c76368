/**
 * Scenario benchmark: a default-size dividend scenario end to end.
 *
 *   npx tsx bench/scenario.ts        (or: npm run bench -- scenario)
 *
 * 10,000 people in 40 communities (mean degree 12) + 5 KOL accounts, 3 strategies × 100 runs
 * × 72 steps, in two versions:
 * - "typical": private-circles platform, quality 0.2, strategies 20 seed users / 1 KOL + 10 seed
 *   users / 30 core fans — cascades of a few thousand people, like the lesson presets;
 * - "saturating": the neutral (textbook) platform at quality 0.3 — every run reaches nearly
 *   everyone, the most work per run the default sizes can ask for (the model's realistic
 *   defaults reach only a few hundred people);
 * - "app default": the scenario a first visit of the app opens (scenarios/lesson-kol-vs-seed-users.json:
 *   the same world, 20 seed users / 2 KOLs / both at quality 0.3, one week = 168 steps).
 * For each: the Node pool with 1 and 2 workers (wall time including worker start-up, and the
 * simulation CPU time summed over workers), the representative run's traces, aggregation into
 * the JSON result, and the whole CLI as a process. First, worker start-up on its own: a worker
 * loading the pre-bundled entry (workerBundle.node.ts) against one compiling TypeScript under tsx.
 * Timings are wall-clock on whatever else the machine is doing; run it on a quiet machine.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { simulateOnNodePool, startNodeWorker } from '../src/runtime/pool.node.ts';
import { buildResult, resultToJson } from '../src/runtime/resultFormat';
import { validateScenario } from '../src/scenario/validateScenario';

export interface ScenarioBenchRow {
  name: string;
  value: number;
  unit: string;
}

const REPO = fileURLToPath(new URL('../', import.meta.url));

const world = {
  kind: 'communities',
  nodes: 10_000,
  communities: 40,
  meanDegree: 12,
  mixing: 0.1,
  kols: { count: 5, reach: 0.2 },
};

const typical = {
  version: 2,
  name: 'bench: typical dividend scenario',
  seed: 'bench',
  runs: 100,
  steps: 72,
  network: world,
  model: { kind: 'dividend', platform: 'private-circles' },
  strategies: [
    { name: '20 seed users', seeding: { method: 'random', count: 20 }, content: { quality: 0.2 } },
    { name: '1 KOL + 10 seed users', seeding: { method: 'random', count: 10 }, content: { quality: 0.2 }, kols: { hire: 1 } },
    { name: '30 core fans', seeding: { method: 'core-fans', count: 30 }, content: { quality: 0.2 } },
  ],
};

const saturating = {
  ...typical,
  name: 'bench: saturating dividend scenario (neutral platform)',
  model: { kind: 'dividend', platform: 'neutral' },
  strategies: [
    { name: '20 seed users', seeding: { method: 'random', count: 20 }, content: { quality: 0.3 } },
    { name: '1 KOL + 10 seed users', seeding: { method: 'random', count: 10 }, content: { quality: 0.3 }, kols: { hire: 1 } },
    { name: '30 core fans', seeding: { method: 'core-fans', count: 30 }, content: { quality: 0.3 } },
  ],
};

const appDefault = JSON.parse(readFileSync(new URL('../scenarios/lesson-kol-vs-seed-users.json', import.meta.url), 'utf8')) as Record<string, unknown>;

function scenarioOf(input: Record<string, unknown>) {
  const result = validateScenario(input);
  if (!result.ok) throw new Error(result.errors.join('; '));
  return result.scenario;
}

async function poolRows(label: string, input: Record<string, unknown>, workers: number): Promise<ScenarioBenchRow[]> {
  const scenario = scenarioOf(input);
  const started = performance.now();
  const data = await simulateOnNodePool(scenario, { workers });
  const simulated = performance.now();
  resultToJson(buildResult(scenario, data, {}, { traces: false }));
  const aggregated = performance.now();
  const reached = data.strategies.map((_, s) => data.strategies[s].totals.filter((_, k) => k % 5 === 0).reduce((a, b) => a + b, 0) / data.runs);
  const rows = [
    { name: `${label}, ${workers} worker(s): pool wall time incl. start-up and traces`, value: simulated - started, unit: 'ms' },
    { name: `${label}, ${workers} worker(s): simulation CPU summed over workers`, value: data.simulateMs, unit: 'ms' },
    { name: `${label}, ${workers} worker(s): network generation summed over workers`, value: data.networkMs, unit: 'ms' },
    { name: `${label}, ${workers} worker(s): representative-run traces`, value: data.traces?.ms ?? 0, unit: 'ms' },
    { name: `${label}, ${workers} worker(s): aggregation + JSON`, value: aggregated - simulated, unit: 'ms' },
  ];
  if (workers === 1) rows.push({ name: `${label}: mean reach per run (of 10,005)`, value: reached.reduce((a, b) => a + b, 0) / reached.length, unit: 'nodes' });
  return rows;
}

async function cliRows(label: string, input: Record<string, unknown>): Promise<ScenarioBenchRow[]> {
  const dir = mkdtempSync(join(tmpdir(), 'lab-bench-'));
  try {
    const file = join(dir, 'scenario.json');
    writeFileSync(file, JSON.stringify(input));
    const started = performance.now();
    const { stdout } = await promisify(execFile)(process.execPath, ['bin/lab.mjs', 'run', file, '--workers', '2'], {
      cwd: REPO,
      maxBuffer: 256 * 1024 * 1024,
    });
    const wall = performance.now() - started;
    const t = (JSON.parse(stdout) as { meta: { timings: Record<string, number> } }).meta.timings;
    return [
      { name: `${label}: CLI process wall time, 2 workers`, value: wall, unit: 'ms' },
      { name: `${label}: CLI meta.poolMs (workers start + simulate)`, value: t.poolMs, unit: 'ms' },
      { name: `${label}: CLI meta.simulateMs (CPU summed over workers)`, value: t.simulateMs, unit: 'ms' },
      { name: `${label}: CLI meta.totalMs`, value: t.totalMs, unit: 'ms' },
    ];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Median wall time from starting a worker to its answer to a first call (load), over `times` starts. */
async function workerStartMs(times: number): Promise<number> {
  const scenario = scenarioOf({ ...typical, runs: 1 });
  const ms: number[] = [];
  for (let i = 0; i < times; i++) {
    const started = performance.now();
    const worker = startNodeWorker();
    try {
      await worker.remote.load(scenario);
      ms.push(performance.now() - started);
    } finally {
      worker.terminate();
    }
  }
  return ms.sort((a, b) => a - b)[times >> 1];
}

async function startupRows(): Promise<ScenarioBenchRow[]> {
  await workerStartMs(1); // builds (or checks) the cached bundle
  const bundled = await workerStartMs(5);
  process.env.DIVIDEND_LAB_NO_WORKER_BUNDLE = '1';
  let tsx: number;
  try {
    tsx = await workerStartMs(3);
  } finally {
    delete process.env.DIVIDEND_LAB_NO_WORKER_BUNDLE;
  }
  return [
    { name: 'worker start-up to first answer, pre-bundled entry (median of 5)', value: bundled, unit: 'ms' },
    { name: 'worker start-up to first answer, TypeScript under tsx (median of 3)', value: tsx, unit: 'ms' },
  ];
}

export async function benchScenario(): Promise<ScenarioBenchRow[]> {
  const rows: ScenarioBenchRow[] = [...(await startupRows())];
  for (const [label, input] of [
    ['typical 10k × 3 × 100 × 72', typical],
    ['saturating 10k × 3 × 100 × 72', saturating],
    [`app default 10k × 3 × 100 × ${String(appDefault.steps)}`, appDefault],
  ] as const) {
    rows.push(...(await poolRows(label, input, 1)));
    rows.push(...(await poolRows(label, input, 2)));
    rows.push(...(await cliRows(label, input)));
  }
  return rows;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const rows = await benchScenario();
  const width = Math.max(...rows.map((r) => r.name.length));
  for (const r of rows) {
    const value = r.value >= 100 ? r.value.toFixed(0) : r.value.toFixed(2);
    console.log(`${r.name.padEnd(width)}  ${value.padStart(9)} ${r.unit}`);
  }
}
