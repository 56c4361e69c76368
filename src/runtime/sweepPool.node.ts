/**
 * Sweeps and frontiers on Node worker threads (the CLI): K workers are started once for the whole
 * series and every variant is scheduled on them with the shared scheduler (runOnWorkers), exactly
 * like `lab run` schedules one scenario, so the numbers equal the in-thread reference.
 */
import { planJobs } from './jobs';
import { defaultWorkerCount, MAX_POOL_WORKERS, RestartingWorker } from './pool.node.ts';
import type { ScenarioSimulator } from './scenarioSeries';
import { runOnWorkers } from './scheduler';
import type { PoolWorker } from './workerApi';

/** A simulator over started workers (never more workers than a variant has jobs). */
function poolSimulator(workers: readonly PoolWorker[]): ScenarioSimulator {
  return (scenario, { signal, onProgress }) => {
    const jobs = planJobs(scenario.runs);
    return runOnWorkers(workers.slice(0, Math.max(1, Math.min(workers.length, jobs.length))), scenario, { signal, onProgress, jobs, traces: false });
  };
}

/** Start `workers` threads (default: every core), run `body` with a simulator over them, then stop them. */
export async function withNodePoolSimulator<T>(workers: number | undefined, body: (simulate: ScenarioSimulator) => Promise<T>): Promise<T> {
  const count = Math.max(1, Math.min(workers ?? defaultWorkerCount(), MAX_POOL_WORKERS));
  const started: PoolWorker[] = [];
  try {
    // Each slot replaces a thread that dies mid-series and re-runs its job (same numbers).
    for (let i = 0; i < count; i++) started.push(new RestartingWorker(i));
    return await body(poolSimulator(started));
  } finally {
    for (const worker of started) worker.terminate();
  }
}
