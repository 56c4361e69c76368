/**
 * Particles on Web Workers (the page): K simulation workers started for one calibration, each
 * taking the next particle whole, exactly as the CLI's worker threads do (workerEvaluator.ts), and
 * stopped when it ends or is cancelled. A worker that dies fails the calibration with its message
 * instead of leaving a call pending forever.
 */
import { startWebWorker, type WorkerFactory } from '../runtime/pool.browser';
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
        // A crash rejects `died`; racing every call against it turns a dead worker into an error.
        const race = <T>(p: Promise<T>) => Promise.race([p, endpoint.died]);
        started.push({
          remote: { load: (scenario) => race(endpoint.remote.load(scenario)), simulate: (runs) => race(endpoint.remote.simulate(runs)) },
          terminate: () => endpoint.terminate(),
        });
        endpoint.died.catch(() => undefined);
      }
      return await body(poolEvaluator(started));
    } finally {
      for (const worker of started) worker.terminate();
    }
  };
}
