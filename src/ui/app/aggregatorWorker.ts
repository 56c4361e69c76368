/**
 * The aggregation worker (workers/aggregate.worker.ts) behind the AggregatorRemote interface,
 * with its death noticed however it happens — an `error` event, its lifetime lock released
 * (`self.close()`, the browser ending it), or a call outliving the deadline its measured call
 * times give — so that no call to a dead aggregator is waited on: the controller then builds the
 * result in the page (the same numbers) and starts a fresh aggregator for the next run.
 */
import * as Comlink from 'comlink';
import { DeathSignal, JobClock } from '../../runtime/workerDeath';
import { lifetimeWorkerName, watchLifetime } from '../../runtime/workerLifetime';
import type { AggregatorApi, AggregatorRemote } from '../../runtime/aggregation';

/** An aggregator in a worker: its calls, its death signal, and a way to end it. */
export interface AggregatorWorker extends AggregatorRemote {
  readonly death: DeathSignal;
  terminate(): void;
}

export function startAggregatorWorker(clock = new JobClock()): AggregatorWorker {
  const name = lifetimeWorkerName('aggregate');
  const worker = new Worker(new URL('../../../workers/aggregate.worker.ts', import.meta.url), { type: 'module', name });
  const death = new DeathSignal();
  death.onDeath(() => worker.terminate());
  worker.addEventListener('error', (event) => {
    event.preventDefault();
    death.die('the aggregation worker stopped');
  });
  watchLifetime(worker, name, death, 'the aggregation worker');
  const remote = Comlink.wrap<AggregatorApi>(worker);
  return {
    death,
    terminate: () => death.die('the aggregation worker was stopped'),
    // add and begin are cheap and many: guarded by the death signal only; snapshot and finish, the
    // heavy calls, are timed and get a deadline too.
    begin: (scenario) => death.guard(remote.begin(scenario)),
    add: (block) => death.guard(remote.add(block)),
    snapshot: () => clock.guard(death, remote.snapshot()),
    finish: (meta) => clock.guard(death, remote.finish(meta)),
    // As long as the rows take (no deadline), but never waited on once the worker is dead.
    stepsCsv: (options) => death.guard(remote.stepsCsv(options)),
  };
}
