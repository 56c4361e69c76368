/**
 * Particles on Node worker threads (the CLI, tests, the benchmark): K workers started once for
 * the whole calibration; each free worker takes the next particle whole (load its scenario,
 * simulate runs 0 … R−1 in one call) so a particle's runs share the worker's cached network.
 * Results are placed by particle index: 1 or 8 workers give the same numbers.
 */
import type { Scenario } from '../core/scenario';
import { defaultWorkerCount, MAX_POOL_WORKERS, startNodeWorker } from '../runtime/pool.node.ts';
import { raceAbort } from '../runtime/scheduler';
import type { PoolWorker } from '../runtime/workerApi';
import { particleRunsFromBlocks, type ParticleEvaluator, type ParticleRuns } from './particleEvaluator';

/** An evaluator over started workers. */
export function poolEvaluator(workers: readonly PoolWorker[]): ParticleEvaluator {
  return async (scenarios, request, { signal, onParticle }) => {
    const out = new Array<ParticleRuns>(scenarios.length);
    let next = 0;
    let failed = false;
    const onAbort = () => workers.forEach((w) => w.terminate());
    signal?.addEventListener('abort', onAbort, { once: true });
    try {
      await Promise.all(
        workers.map(async (worker) => {
          try {
            while (!failed && next < scenarios.length) {
              const i = next++;
              const scenario: Scenario = scenarios[i];
              await raceAbort(worker.remote.load(scenario), signal);
              const runs = Array.from({ length: scenario.runs }, (_, r) => r);
              const block = await raceAbort(worker.remote.simulate(runs), signal);
              out[i] = particleRunsFromBlocks([block], scenario.runs, request);
              onParticle?.();
            }
          } catch (error) {
            failed = true;
            throw error;
          }
        }),
      );
      return out;
    } finally {
      signal?.removeEventListener('abort', onAbort);
    }
  };
}

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
