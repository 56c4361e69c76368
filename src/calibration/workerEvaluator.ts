/**
 * Particles on started simulation workers — Node worker threads (calibrationPool.node.ts: the
 * CLI, tests, the benchmark) or Web Workers (calibrationPool.browser.ts: the page). Each free
 * worker takes the next particle whole (load its scenario, simulate runs 0 … R−1 in one call), so
 * a particle's runs share the worker's cached network and one round trip. Results are placed by
 * particle index: 1 or 8 workers, Node or browser, give the same numbers.
 */
import type { Scenario } from '../core/scenario';
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
