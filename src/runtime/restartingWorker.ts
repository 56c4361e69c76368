/**
 * A worker slot of the page's pool as the scheduler's PoolWorker, surviving its worker's death: a
 * call whose worker died (WorkerCrashedError) runs again on a fresh worker in the same slot, at
 * most MAX_RESTARTS_PER_SLOT times per slot and run; an ordinary error is not retried. BrowserPool
 * (pool.browser.ts) uses it for a run's jobs and for its calls on the first worker. It lives apart
 * because when to replace a worker is a policy of its own, apart from who holds the workers when.
 */
import type { Scenario } from '../core/scenario';
import type { PoolRunOptions } from './pool.browser';
import type { Slot } from './poolSlot';
import type { PoolWorker } from './workerApi';
import { WorkerCrashedError, type JobClock } from './workerDeath';

/** Replacements per worker slot and run before the run fails (a worker that always crashes must not loop). */
export const MAX_RESTARTS_PER_SLOT = 3;

/** `slot` as the scheduler sees it for one run of `scenario`: every call survives a dead worker. */
export function restartingPoolWorker(slot: Slot, index: number, scenario: Scenario, options: PoolRunOptions, clock: JobClock): PoolWorker {
  const { signal, onBlock, onWorkerRestart } = options;
  const restarts = { count: 0 };
  return {
    remote: {
      load: (s) => withRestarts(slot, index, signal, onWorkerRestart, () => slot.call(s, async () => undefined), restarts),
      simulate: async (runs) => {
        const block = await withRestarts(slot, index, signal, onWorkerRestart, () => slot.call(scenario, (r) => r.simulate(runs), clock), restarts);
        onBlock?.(block);
        return block;
      },
      trace: (run) => withRestarts(slot, index, signal, onWorkerRestart, () => slot.call(scenario, (r) => r.trace(run)), restarts),
    },
    terminate: () => slot.kill(),
  };
}

/** Run `attempt`; when the worker dies (and the run is not cancelled), replace it and try again. */
export async function withRestarts<T>(
  slot: Slot,
  index: number,
  signal: AbortSignal | undefined,
  onRestart: PoolRunOptions['onWorkerRestart'],
  attempt: () => Promise<T>,
  restarts = { count: 0 },
): Promise<T> {
  for (;;) {
    try {
      return await attempt();
    } catch (error) {
      if (!(error instanceof WorkerCrashedError) || signal?.aborted) throw error;
      // The worker held two jobs (scheduler.ts): the first of them to fail replaces it, the other retries on the replacement.
      if (slot.endpoint !== null && !slot.endpoint.death.dead) continue;
      if (restarts.count >= MAX_RESTARTS_PER_SLOT) throw error;
      restarts.count++;
      slot.kill();
      onRestart?.(index, error);
    }
  }
}
