/**
 * Particles on Node worker threads (the CLI, tests, the benchmark): K workers started once for
 * the whole calibration; each free worker takes the next particle whole (load its scenario,
 * simulate runs 0 … R−1 in one call) so a particle's runs share the worker's cached network.
 * Results are placed by particle index: 1 or 8 workers give the same numbers.
 */
import { defaultWorkerCount, MAX_POOL_WORKERS, startNodeWorker } from '../runtime/pool.node.ts';
import type { PoolWorker } from '../runtime/workerApi';
import type { ParticleEvaluator } from './particleEvaluator';
import { poolEvaluator } from './workerEvaluator';

export { poolEvaluator };

/** Start `workers` threads (default: every core), run `body` with an evaluator over them, then stop them. */
export async function withNodePoolEvaluator<T>(workers: number | undefined, body: (evaluate: ParticleEvaluator) => Promise<T>): Promise<T> {
  const count = Math.max(1, Math.min(workers ?? defaultWorkerCount(), MAX_POOL_WORKERS));
  const started: PoolWorker[] = [];
  try {
    for (let i = 0; i < count; i++) started.push(startNodeWorker());
    return await body(poolEvaluator(started));
  } finally {
    for (const worker of started) worker.terminate();
  }
}
