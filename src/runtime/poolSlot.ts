/**
 * A slot of the page's worker pool (pool.browser.ts): the Web Worker currently filling it (or
 * none, until a call starts one), the scenario that worker has loaded, and the calls in flight.
 * A call loads the scenario first when the worker has not, and rejects when the worker dies.
 */
import type { Scenario } from '../core/scenario';
import type { BrowserWorkerRemote } from './browserWorkerApi';
import { CallsInOrder, type DeathSignal, type JobClock } from './workerDeath';

/** One started worker, as the pool sees it. */
export interface WorkerEndpoint {
  remote: BrowserWorkerRemote;
  /** Fires when the worker dies, however (error event, lifetime lock, deadline, terminate). */
  death: DeathSignal;
  /** Stop it now; `death` fires. */
  terminate(): void;
}

/** Starts one worker; replaceable in tests (a fake worker in the same thread). */
export type WorkerFactory = () => WorkerEndpoint;

/** A worker slot: the worker currently filling it (or none) and the scenario it has loaded. */
export class Slot {
  endpoint: WorkerEndpoint | null = null;
  loaded: Scenario | null = null;
  /** Calls in flight on the current worker. */
  pending = 0;
  /** The scenario the current worker has finished a timed job of (its network exists). */
  private warmFor: Scenario | null = null;
  /** The calls sent to the current worker, timed one after another. */
  private readonly calls = new CallsInOrder();

  constructor(private readonly factory: WorkerFactory) {}

  start(): WorkerEndpoint {
    // A worker that died while idle (e.g. closed itself after its last job) held no work: replace it quietly.
    if (this.endpoint !== null && this.endpoint.death.dead) this.kill();
    if (this.endpoint === null) {
      this.endpoint = this.factory();
      this.loaded = null;
    }
    return this.endpoint;
  }

  kill(): void {
    const endpoint = this.endpoint;
    this.endpoint = null;
    this.loaded = null;
    this.warmFor = null;
    this.calls.clear();
    endpoint?.terminate();
  }

  /**
   * Run `call` on this slot's worker, with the scenario loaded first; rejects if the worker dies
   * meanwhile or, when `clock` has measured jobs, if the call outlives their deadline.
   */
  async call<T>(scenario: Scenario, call: (remote: BrowserWorkerRemote) => Promise<T>, clock: JobClock | null = null): Promise<T> {
    const endpoint = this.start();
    this.pending++;
    try {
      if (this.loaded !== scenario) {
        await endpoint.death.guard(endpoint.remote.load(scenario));
        if (this.endpoint === endpoint) this.loaded = scenario;
      }
      if (clock === null) return await endpoint.death.guard(call(endpoint.remote));
      const sent = call(endpoint.remote);
      const value = await clock.guard(endpoint.death, sent, this.warmFor !== scenario, this.calls.behind(sent));
      if (this.endpoint === endpoint) this.warmFor = scenario;
      return value;
    } finally {
      this.pending--;
    }
  }
}
