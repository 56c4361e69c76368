/**
 * The browser worker pool: K Web Workers running workers/simulation.worker.ts behind Comlink,
 * scheduled by the same runOnWorkers as the Node pool (same job split, results placed by run
 * index), so the page and the CLI give identical numbers.
 *
 * Unlike the CLI's pool, this one lives as long as the page: workers stay warm between runs
 * (each keeps its network, so moving a strategy slider does not regenerate it). Cancelling a
 * run terminates its workers at once (a worker busy in a job cannot be interrupted otherwise);
 * fresh ones start on the next run (~30 ms).
 *
 * A worker that dies (an `error` event: a failed module load, an uncaught exception; or
 * silently: `self.close()`, the browser terminating it — noticed by its lifetime lock; or a job
 * that outlives the deadline its measured job times give: workerDeath.ts) or that is killed from
 * outside is replaced and the job it held is run again on the new worker; `onWorkerRestart`
 * lets the page say so. A job that throws an
 * ordinary error (a bug or a model refusing the scenario) is not retried: it fails the run.
 */
import * as Comlink from 'comlink';
import type { NetworkStats } from '../core/metrics/networkStats';
import type { Scenario } from '../core/scenario';
import type { BrowserWorkerApi, BrowserWorkerRemote } from './browserWorkerApi';
import type { SimulationData } from './collect';
import { planJobs } from './jobs';
import type { RunBlock } from './runBlock';
import { raceAbort, runOnWorkers } from './scheduler';
import type { PoolWorker } from './workerApi';
import { DeathSignal, JobClock, WorkerCrashedError } from './workerDeath';
import { workersWithinMemory } from './runEstimate';
import { lifetimeWorkerName, watchLifetime } from './workerLifetime';
import { edgeListBlobOf } from '../scenario/edgeListRef';

/** Most workers the page starts, whatever the core count: each holds its own copy of the network. */
const MAX_BROWSER_WORKERS = 8;
/** Replacements per worker slot and run before the run fails (a worker that always crashes must not loop). */
export const MAX_RESTARTS_PER_SLOT = 3;

export { WorkerCrashedError };

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

export interface BrowserPoolOptions {
  /** Worker count (default: the core count, capped at MAX_BROWSER_WORKERS). */
  size?: number;
  factory?: WorkerFactory;
}

export interface PoolRunOptions {
  signal?: AbortSignal;
  /** After every finished job: runs done so far and the run count. */
  onProgress?: (runsDone: number, runsTotal: number) => void;
  /** Per-node traces of the representative run (one more job at the end; default true). */
  traces?: boolean;
  /** Every block as it arrives (before it is collected), for streaming partial results. */
  onBlock?: (block: RunBlock) => void;
  /** A worker died and was replaced; its job runs again. */
  onWorkerRestart?: (slot: number, error: unknown) => void;
  /** The job clock whose deadline declares a silent worker dead (tests pass a short one). */
  jobClock?: JobClock;
}

/** The default worker count: one per core, at least 1, at most MAX_BROWSER_WORKERS. */
export function defaultBrowserWorkers(): number {
  const cores = typeof navigator !== 'undefined' ? navigator.hardwareConcurrency || 2 : 2;
  return Math.max(1, Math.min(MAX_BROWSER_WORKERS, cores));
}

/** A worker slot: the worker currently filling it (or none) and the scenario it has loaded. */
class Slot {
  endpoint: WorkerEndpoint | null = null;
  loaded: Scenario | null = null;
  /** Calls in flight on the current worker. */
  pending = 0;
  /** The scenario the current worker has finished a timed job of (its network exists). */
  private warmFor: Scenario | null = null;

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
      const value = await clock.guard(endpoint.death, call(endpoint.remote), this.warmFor !== scenario);
      if (this.endpoint === endpoint) this.warmFor = scenario;
      return value;
    } finally {
      this.pending--;
    }
  }
}

/** A pool of simulation workers for the page. */
export class BrowserPool {
  private readonly slots: Slot[];
  private busy = false;

  constructor(options: BrowserPoolOptions = {}) {
    const size = Math.max(1, Math.min(MAX_BROWSER_WORKERS, Math.floor(options.size ?? defaultBrowserWorkers())));
    const factory = options.factory ?? startWebWorker;
    this.slots = Array.from({ length: size }, () => new Slot(factory));
  }

  get size(): number {
    return this.slots.length;
  }

  /** Workers running now (for tests and diagnostics). */
  get started(): number {
    return this.slots.filter((s) => s.endpoint !== null).length;
  }

  /**
   * Simulate all strategies × runs of `scenario`. One run at a time: abort the previous run's
   * signal before starting the next (the page does; a second concurrent call is refused).
   */
  async run(scenario: Scenario, options: PoolRunOptions = {}): Promise<SimulationData> {
    if (this.busy) throw new Error('BrowserPool.run: the previous run is still going; abort it first');
    this.busy = true;
    try {
      const jobs = planJobs(scenario.runs);
      // Each worker holds its own copy of the network: a huge one runs on fewer workers (same numbers).
      const slots = this.slots.slice(0, workersWithinMemory(scenario, Math.min(this.slots.length, jobs.length)));
      // One clock per run: the deadline follows this scenario's job times, not an earlier one's.
      const clock = options.jobClock ?? new JobClock();
      const workers = slots.map((slot, i) => this.poolWorker(slot, i, scenario, options, clock));
      return await runOnWorkers(workers, scenario, { signal: options.signal, onProgress: options.onProgress, jobs, traces: options.traces });
    } finally {
      this.busy = false;
    }
  }

  /** Statistics of run 0's network of `scenario`, computed in a worker. */
  async networkStats(scenario: Scenario, signal?: AbortSignal): Promise<NetworkStats> {
    const slot = this.slots[0];
    const onAbort = () => slot.kill();
    signal?.addEventListener('abort', onAbort, { once: true });
    try {
      return await raceAbort(
        this.withRestarts(slot, 0, signal, undefined, () => slot.call(scenario, (remote) => remote.networkStats())),
        signal,
      );
    } finally {
      signal?.removeEventListener('abort', onAbort);
    }
  }

  /** Kill the worker in `slot` as a crash would (tests of the recovery path use this). */
  killWorker(slot: number): boolean {
    const s = this.slots[slot];
    if (!s?.endpoint) return false;
    s.kill();
    return true;
  }

  /** Kill a worker that is busy with a call, as a crash would; its index, or −1 when none is busy. */
  killBusyWorker(): number {
    const index = this.slots.findIndex((s) => s.endpoint !== null && s.pending > 0);
    if (index >= 0) this.slots[index].kill();
    return index;
  }

  /** Terminate every worker. The pool can still be used: workers restart on demand. */
  dispose(): void {
    this.slots.forEach((s) => s.kill());
  }

  /** Guarded calls still waiting on any worker (0 between runs: nothing of a run stays behind). */
  get waitingCalls(): number {
    return this.slots.reduce((sum, s) => sum + (s.endpoint?.death.waiting ?? 0), 0);
  }

  private poolWorker(slot: Slot, index: number, scenario: Scenario, options: PoolRunOptions, clock: JobClock): PoolWorker {
    const { signal, onBlock, onWorkerRestart } = options;
    const restarts = { count: 0 };
    return {
      remote: {
        load: (s) => this.withRestarts(slot, index, signal, onWorkerRestart, () => slot.call(s, async () => undefined), restarts),
        simulate: async (runs) => {
          const block = await this.withRestarts(slot, index, signal, onWorkerRestart, () => slot.call(scenario, (r) => r.simulate(runs), clock), restarts);
          onBlock?.(block);
          return block;
        },
        trace: (run) => this.withRestarts(slot, index, signal, onWorkerRestart, () => slot.call(scenario, (r) => r.trace(run)), restarts),
      },
      terminate: () => slot.kill(),
    };
  }

  /** Run `attempt`; when the worker dies (and the run is not cancelled), replace it and try again. */
  private async withRestarts<T>(
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
        if (!(error instanceof WorkerCrashedError) || signal?.aborted || restarts.count >= MAX_RESTARTS_PER_SLOT) throw error;
        restarts.count++;
        slot.kill();
        onRestart?.(index, error);
      }
    }
  }
}

/** Start one module Web Worker running workers/simulation.worker.ts. */
export function startWebWorker(): WorkerEndpoint {
  // The URL form lets Vite bundle the worker as a file of its own: a blob: URL (`?worker&inline`)
  // is blocked by the page's CSP (worker-src 'self').
  const name = lifetimeWorkerName('simulation');
  const worker = new Worker(new URL('../../workers/simulation.worker.ts', import.meta.url), { type: 'module', name });
  const death = new DeathSignal();
  // However the worker ends, the death signal fires once and the worker is terminated.
  death.onDeath(() => worker.terminate());
  worker.addEventListener('error', (event) => {
    event.preventDefault(); // handled here: the worker is replaced, not a page error
    death.die(`a simulation worker crashed${event.message ? `: ${event.message}` : ''}`);
  });
  worker.addEventListener('messageerror', () => death.die('a simulation worker sent a message that could not be read'));
  watchLifetime(worker, name, death, 'a simulation worker');
  return {
    remote: wrapRemote(worker),
    death,
    terminate: () => death.die('a simulation worker was stopped'),
  };
}

function wrapRemote(worker: Worker): BrowserWorkerRemote {
  const remote = Comlink.wrap<BrowserWorkerApi>(worker);
  return {
    // An uploaded edge list held by reference goes as its Blob (by reference: the page copies nothing).
    load: (scenario) => remote.load(scenario, edgeListBlobOf(scenario)),
    simulate: (runs) => remote.simulate(runs),
    trace: (run) => remote.trace(run),
    networkStats: () => remote.networkStats(),
  };
}
