/**
 * Sweep and frontier benchmark.
 *
 *   npx tsx bench/sweep.ts        (or: npm run bench -- sweep)
 *
 * - A 21-point sweep of scenarios/lesson-tipping-point.json (10,000 people in 40 communities + 5
 *   KOL accounts, 2 strategies × 100 runs × 72 steps) over strategies[*].content.quality from 0.05
 *   to 0.25 — 4,200 runs per strategy, on the Node pool with 1 and 2 workers (wall time including
 *   worker start-up), and the whole CLI as a process.
 * - A 21-point sweep of the app's default scenario (the one a first visit opens:
 *   scenarios/lesson-kol-vs-seed-users.json, 10,000 people + 5 KOLs, 3 strategies × 100 runs × 72
 *   steps) over strategies[*].content.quality from 0 to 0.3 (below to well above its tipping
 *   point), with 1 and 2 workers.
 * - The budget frontier of the same lesson (budget 3,000, strategy "quality 0.17", default grid
 *   4×3×3×3, 30 runs per candidate) with 2 workers: rewards and ads make big cascades, so a
 *   candidate run costs several times a sweep run.
 * Timings are wall-clock on whatever else the machine is doing; run it on a quiet machine.
 */
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { runFrontier } from '../src/runtime/frontierResult';
import type { ScenarioSimulator } from '../src/runtime/scenarioSeries';
import { withNodePoolSimulator } from '../src/runtime/sweepPool.node.ts';
import { runSweep } from '../src/runtime/sweepResult';
import { validateScenario } from '../src/scenario/validateScenario';
import { planFrontier } from '../src/sweep/frontierPlan';
import { planSweep } from '../src/sweep/sweepPlan';

export interface SweepBenchRow {
  name: string;
  value: number;
  unit: string;
}

const REPO = fileURLToPath(new URL('../', import.meta.url));
const LESSON = 'scenarios/lesson-tipping-point.json';
const QUALITY = { path: 'strategies[*].content.quality', from: 0.05, to: 0.25, steps: 21 };
/** The scenario the app opens on a first visit (src/ui/app/presets.ts firstVisitDraft). */
const APP_DEFAULT = 'scenarios/lesson-kol-vs-seed-users.json';
const APP_DEFAULT_QUALITY = { path: 'strategies[*].content.quality', from: 0, to: 0.3, steps: 21 };

function lesson(runs?: number, file = LESSON) {
  const input = JSON.parse(readFileSync(new URL(`../${file}`, import.meta.url), 'utf8')) as Record<string, unknown>;
  const result = validateScenario(runs === undefined ? input : { ...input, runs });
  if (!result.ok) throw new Error(result.errors.join('; '));
  return result.scenario;
}

/** Wraps a simulator to sum the workers' simulation and network-generation time (CPU, not wall). */
function timed(simulate: ScenarioSimulator, sums: { simulateMs: number; networkMs: number }): ScenarioSimulator {
  return async (scenario, options) => {
    const data = await simulate(scenario, options);
    sums.simulateMs += data.simulateMs;
    sums.networkMs += data.networkMs;
    return data;
  };
}

async function sweepRows(workers: number): Promise<SweepBenchRow[]> {
  const label = `21-point sweep of the tipping-point lesson (2 strategies × 100 runs), ${workers} worker(s)`;
  const { rows, result } = await timedSweep(label, lesson(), QUALITY, workers);
  if (workers === 1) {
    const [curve] = result.curves!;
    rows.push({ name: 'tipping-point sweep: content quality where mean R crosses 1', value: curve.tippingPoint ?? NaN, unit: '' });
    rows.push({ name: 'tipping-point sweep: steepest rise of mean conversions at quality', value: curve.steepest ?? NaN, unit: '' });
  }
  return rows;
}

async function appDefaultSweepRows(workers: number): Promise<SweepBenchRow[]> {
  const label = `21-point sweep of the app's default scenario (3 strategies × 100 runs, quality 0 → 0.3), ${workers} worker(s)`;
  return (await timedSweep(label, lesson(undefined, APP_DEFAULT), APP_DEFAULT_QUALITY, workers)).rows;
}

async function timedSweep(label: string, scenario: ReturnType<typeof lesson>, param: typeof QUALITY, workers: number) {
  const plan = planSweep(scenario, [param]);
  const sums = { simulateMs: 0, networkMs: 0 };
  const started = performance.now();
  const result = await withNodePoolSimulator(workers, (simulate) => runSweep(plan, timed(simulate, sums)));
  const wall = performance.now() - started;
  const rows = [
    { name: `${label}: wall time`, value: wall, unit: 'ms' },
    { name: `${label}: simulation summed over workers`, value: sums.simulateMs, unit: 'ms' },
    { name: `${label}: network generation summed over workers`, value: sums.networkMs, unit: 'ms' },
  ];
  return { rows, result };
}

async function cliRows(): Promise<SweepBenchRow[]> {
  const started = performance.now();
  const args = ['bin/lab.mjs', 'sweep', LESSON, '--param', QUALITY.path, '--from', String(QUALITY.from), '--to', String(QUALITY.to), '--steps', String(QUALITY.steps), '--workers', '2'];
  const { stdout } = await promisify(execFile)(process.execPath, args, { cwd: REPO, maxBuffer: 64 * 1024 * 1024 });
  const wall = performance.now() - started;
  const t = (JSON.parse(stdout) as { meta: { timings: Record<string, number> } }).meta.timings;
  return [
    { name: 'tipping-point sweep: CLI process wall time, 2 workers', value: wall, unit: 'ms' },
    { name: 'tipping-point sweep: CLI meta.poolMs (workers start + simulate)', value: t.poolMs, unit: 'ms' },
  ];
}

async function frontierRows(): Promise<SweepBenchRow[]> {
  const plan = planFrontier(lesson(30), { budget: 3000, strategy: 'quality 0.17 (just above)' });
  const started = performance.now();
  const result = await withNodePoolSimulator(2, (simulate) => runFrontier(plan, simulate));
  const wall = performance.now() - started;
  return [
    { name: `budget frontier of the lesson (budget 3,000, grid 4×3×3×3: ${plan.candidates.length} candidates, ${plan.skipped} over budget up front, 30 runs), 2 workers: wall time`, value: wall, unit: 'ms' },
    { name: 'budget frontier: points on the frontier', value: result.frontier.length, unit: '' },
  ];
}

export async function benchSweep(): Promise<SweepBenchRow[]> {
  return [
    ...(await sweepRows(1)),
    ...(await sweepRows(2)),
    ...(await cliRows()),
    ...(await appDefaultSweepRows(1)),
    ...(await appDefaultSweepRows(2)),
    ...(await frontierRows()),
  ];
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const rows = await benchSweep();
  const width = Math.max(...rows.map((r) => r.name.length));
  for (const r of rows) {
    const value = r.value >= 100 ? r.value.toFixed(0) : r.value.toFixed(3);
    console.log(`${r.name.padEnd(width)}  ${value.padStart(9)} ${r.unit}`);
  }
}
