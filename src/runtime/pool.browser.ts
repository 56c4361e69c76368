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
import type { NetworkStats } from '../core/metrics/networkStats';
import type { BestSeedsProgress, BestSeedsResult } from './bestSeedsJob';
import type { BestSeedsRequest } from './bestSeedsRules';
import type { Scenario } from '../core/scenario';
import type { SimulationData } from './collect';
import { planJobsQuickStart } from './jobs';
import type { RunBlock } from './runBlock';
import { raceAbort, runOnWorkers } from './scheduler';
import type { PoolWorker } from './workerApi';
import { JobClock, WorkerCrashedError } from './workerDeath';
import { workersWithinMemory } from './runEstimate';
import { restartingPoolWorker, withRestarts } from './restartingWorker';
import { Slot, type WorkerFactory } from './poolSlot';
import { startWebWorker } from './webWorker.browser';

export type { WorkerEndpoint, WorkerFactory } from './poolSlot';
export { startWebWorker };

/** Most workers the page starts, whatever the core count: each holds its own copy of the network. */
const MAX_BROWSER_WORKERS = 8;

export { WorkerCrashedError };

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
  /** Use at most this many of the pool's workers (pageRunWorkers: a long run leaves a core to the page). */
  workers?: number;
}

/** The default worker count: one per core, at least 1, at most MAX_BROWSER_WORKERS. */
export function defaultBrowserWorkers(): number {
  const cores = typeof navigator !== 'undefined' ? navigator.hardwareConcurrency || 2 : 2;
  return Math.max(1, Math.min(MAX_BROWSER_WORKERS, cores));
}

/**
 * A pool of simulation workers for the page. Everything the page simulates runs here, on warm
 * workers that keep their network: the comparison run, each variant of a sweep or frontier, the
 * best seeds, a calibration's particles. Its users take turns (`exclusive`): one holds the workers
 * at a time, the others wait in the order they asked; a user cancelled while waiting never starts.
 */
export class BrowserPool {
  private readonly slots: Slot[];
  /** Settles when the last user to ask has finished: the next one waits on it. */
  private turn: Promise<void> = Promise.resolve();

  constructor(options: BrowserPoolOptions = {}) {
    const size = Math.max(1, Math.min(MAX_BROWSER_WORKERS, Math.floor(options.size ?? defaultBrowserWorkers())));
    const factory = options.factory ?? startWebWorker;
    this.slots = Array.from({ length: size }, () => new Slot(factory));
  }

  get size(): number {
    return this.slots.length;
  }

  /**
   * Start every slot's worker now, so that their modules load and compile while the page waits
   * (a long run asking for a yes); the run then finds them ready. Idle workers hold no network.
   */
  warm(): void {
    for (const slot of this.slots) slot.start();
  }

  /** Workers running now (for tests and diagnostics). */
  get started(): number {
    return this.slots.filter((s) => s.endpoint !== null).length;
  }

  /**
   * Run `body` once every earlier user is done, holding the workers until it settles. Cancelled
   * (`signal`) while waiting, it never starts. Work a cancelled user left on a worker would make
   * the next user wait for it: such a worker is ended (a fresh one starts on demand).
   */
  async exclusive<T>(signal: AbortSignal | undefined, body: (turn: AbortSignal) => Promise<T>): Promise<T> {
    const previous = this.turn;
    let release!: () => void;
    this.turn = new Promise<void>((resolve) => (release = resolve));
    // Aborted when the user cancels or its turn ends: a call it left behind is then neither waited on nor retried.
    const ended = new AbortController();
    const turn = signal ? AbortSignal.any([signal, ended.signal]) : ended.signal;
    let holding = false;
    try {
      await raceAbort(previous, signal);
      holding = true;
      return await body(turn);
    } finally {
      ended.abort();
      if (holding) for (const slot of this.slots) if (slot.pending > 0) slot.kill();
      // The next user's turn comes after ours and after the one we waited on (a cancelled wait ends early).
      void previous.then(release);
    }
  }

  /**
   * Simulate all strategies × runs of `scenario`. Runs take turns with the pool's other users;
   * the page aborts a stale run's signal before starting the next.
   */
  run(scenario: Scenario, options: PoolRunOptions = {}): Promise<SimulationData> {
    return this.exclusive(options.signal, (turn) => {
      const jobs = planJobsQuickStart(scenario.runs);
      // Each worker holds its own copy of the network: a huge one runs on fewer workers (same numbers).
      const slots = this.slots.slice(0, workersWithinMemory(scenario, Math.min(this.slots.length, options.workers ?? this.slots.length, jobs.length)));
      // One clock per run: the deadline follows this scenario's job times, not an earlier one's.
      const clock = options.jobClock ?? new JobClock();
      const workers = slots.map((slot, i) => restartingPoolWorker(slot, i, scenario, { ...options, signal: turn }, clock));
      return runOnWorkers(workers, scenario, { signal: turn, onProgress: options.onProgress, jobs, traces: options.traces });
    });
  }

  /** Statistics of run 0's network of `scenario`, computed in a worker (the one that holds that network). */
  networkStats(scenario: Scenario, signal?: AbortSignal): Promise<NetworkStats> {
    return this.onFirstWorker(signal, (slot) => slot.call(scenario, (remote) => remote.networkStats()));
  }

  /**
   * The best seeds of `request` for `scenario` (src/runtime/bestSeedsJob.ts) on the first worker,
   * which reuses the network it holds; progress arrives through `onProgress`. Cancelling ends that
   * worker (a greedy search cannot be interrupted otherwise); a worker that dies is replaced and
   * the search run again (it is a pure function of its inputs).
   */
  bestSeeds(scenario: Scenario, request: BestSeedsRequest, onProgress: (progress: BestSeedsProgress) => void, signal?: AbortSignal): Promise<BestSeedsResult> {
    if (request.method === 'imm') return this.opimcSeeds(scenario, request, onProgress, signal);
    return this.onFirstWorker(signal, (slot) =>
      slot.call(scenario, (remote) => {
        if (!remote.bestSeeds) throw new Error('this worker cannot search for seeds');
        return remote.bestSeeds(scenario, request, onProgress);
      }),
    );
  }

  /**
   * OPIM-C's best seeds (request.method 'imm') on every worker the scenario's memory allows
   * (opimcPeers.ts; with KOLs at their fee on the first worker alone): the first holds the search and draws sets, the others draw sets for it over
   * MessagePorts made here (the same result for any worker count). Cancelling ends every worker of
   * the call (the exclusive turn kills busy slots); a worker that dies fails the call with its message.
   */
  private opimcSeeds(scenario: Scenario, request: BestSeedsRequest, onProgress: (progress: BestSeedsProgress) => void, signal?: AbortSignal): Promise<BestSeedsResult> {
    return this.exclusive(signal, async (turn) => {
      // KOLs at their fee: one worker draws the joint sets of both waves (opimcAtFeeBestSeeds.ts, as the CLI's one thread).
      const slots = this.slots.slice(0, request.kols === 'at-fee' ? 1 : workersWithinMemory(scenario, this.slots.length));
      const channels = slots.slice(1).map(() => new MessageChannel());
      const onAbort = () => slots.forEach((slot) => slot.kill());
      turn.addEventListener('abort', onAbort, { once: true });
      try {
        const peers = channels.map((channel, i) =>
          slots[i + 1].call(scenario, (remote) => {
            if (!remote.rrServe) throw new Error('this worker cannot draw RR sets');
            return remote.rrServe(channel.port2);
          }),
        );
        const first = slots[0].call(scenario, (remote) => {
          if (!remote.bestSeedsImm) throw new Error('this worker cannot search for seeds');
          return remote.bestSeedsImm(scenario, request, channels.map((c) => c.port1), onProgress);
        });
        // A peer that dies would leave the first worker waiting on its chunk: its failure ends the call.
        const result = await raceAbort(Promise.race([first, Promise.all(peers).then(() => first)]), turn);
        await Promise.all(peers);
        return result;
      } catch (error) {
        onAbort();
        throw error;
      } finally {
        turn.removeEventListener('abort', onAbort);
      }
    });
  }

  /**
   * Lend up to `count` workers — warm, with the networks they hold — to `body` for as long as it
   * runs (a calibration's particles: each worker loads and simulates one particle at a time). A
   * worker that dies rejects its call, and `body` decides (a calibration fails with the message).
   */
  lend<T>(count: number, signal: AbortSignal | undefined, body: (workers: PoolWorker[]) => Promise<T>): Promise<T> {
    return this.exclusive(signal, () => {
      const slots = this.slots.slice(0, Math.max(1, Math.min(count, this.slots.length)));
      const workers = slots.map((slot): PoolWorker => {
        let loaded: Scenario | null = null;
        return {
          remote: {
            load: async (scenario) => {
              await slot.call(scenario, async () => undefined);
              loaded = scenario;
            },
            simulate: (runs) => {
              if (loaded === null) return Promise.reject(new Error('simulate called before load'));
              return slot.call(loaded, (remote) => remote.simulate(runs));
            },
          },
          terminate: () => slot.kill(),
        };
      });
      return body(workers);
    });
  }

  /** One call on the first worker, in turn with the pool's other users; cancelling ends the worker, a death replaces it and calls again. */
  private onFirstWorker<T>(signal: AbortSignal | undefined, call: (slot: Slot) => Promise<T>): Promise<T> {
    return this.exclusive(signal, async (turn) => {
      const slot = this.slots[0];
      const onAbort = () => slot.kill();
      turn.addEventListener('abort', onAbort, { once: true });
      try {
        return await raceAbort(withRestarts(slot, 0, turn, undefined, () => call(slot)), turn);
      } finally {
        turn.removeEventListener('abort', onAbort);
      }
    });
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
}
