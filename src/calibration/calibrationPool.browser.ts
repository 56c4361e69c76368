/**
 * Particles on Web Workers (the page): K simulation workers, each taking the next particle whole,
 * exactly as the CLI's worker threads do (workerEvaluator.ts). On the page they are the warm
 * workers of its pool, lent for the calibration (`browserPoolScope`: the pool's other users wait
 * their turn); without a pool, workers started for one calibration and stopped when it ends or is
 * cancelled. A worker that dies fails the calibration with its message instead of leaving a call
 * pending forever.
 */
import { startWebWorker, type BrowserPool, type WorkerFactory } from '../runtime/pool.browser';
import type { PoolWorker } from '../runtime/workerApi';
import type { ParticleEvaluator } from './particleEvaluator';
import { poolEvaluator } from './workerEvaluator';

/** Runs `body` with an evaluator and cleans up after it. */
export type EvaluatorScope = <T>(body: (evaluate: ParticleEvaluator) => Promise<T>) => Promise<T>;

/** A scope that starts `count` Web Workers for each calibration (`factory` replaceable in tests). */
export function browserWorkersScope(count: number, factory: WorkerFactory = startWebWorker): EvaluatorScope {
  return async (body) => {
    const started: PoolWorker[] = [];
    try {
      for (let i = 0; i < Math.max(1, count); i++) {
        const endpoint = factory();
        // Every call is guarded by the worker's death signal: a worker that dies (error event,
        // lifetime lock, terminate) rejects the call instead of leaving it pending, and the guard
        // leaves no listener behind once the call settles.
        const guard = <T>(p: Promise<T>) => endpoint.death.guard(p);
        started.push({
          remote: { load: (scenario) => guard(endpoint.remote.load(scenario)), simulate: (runs) => guard(endpoint.remote.simulate(runs)) },
          terminate: () => endpoint.terminate(),
        });
      }
      return await body(poolEvaluator(started));
    } finally {
      for (const worker of started) worker.terminate();
    }
  };
}

/** A scope that borrows `count` of `pool`'s warm workers for each calibration (their networks are kept). */
export function browserPoolScope(pool: BrowserPool): (count: number) => EvaluatorScope {
  return (count) => (body) => pool.lend(count, undefined, (workers) => body(poolEvaluator(workers)));
}
