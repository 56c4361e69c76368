/**
 * The Node worker pool: K worker_threads running workers/simulation.node.ts behind Comlink.
 * Used by the CLI (and tests); the browser has its own pool over Web Workers and shares
 * the scheduler, so both give identical numbers.
 *
 * Start-up: a worker that registers tsx and compiles ~100 TypeScript modules takes ~0.4 s of
 * CPU before it can simulate; workers instead load one pre-bundled ES module — the one the CLI
 * build made (dist-cli), or under tsx/vitest one bundled on first use (workerBundle.node.ts) —
 * and fall back to tsx when no bundle can be made (simulationWorkerFile.node.ts).
 */
import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import * as Comlink from 'comlink';
import nodeEndpoint from 'comlink/dist/esm/node-adapter.mjs';
import type { Scenario } from '../core/scenario';
import type { SimulationData } from './collect';
import { SIMULATION_WORKER_SOURCE, simulationWorkerModule } from './simulationWorkerFile.node.ts';
import { planJobs } from './jobs';
import { runOnWorkers, type ScheduleOptions } from './scheduler';
import type { PoolWorker, SimulationWorkerApi, SimulationWorkerRemote } from './workerApi';
import { CallsInOrder, DeathSignal, JobClock, WorkerCrashedError } from './workerDeath';

/** Most workers a pool starts (more than the cores only adds memory: each holds its own network). */
export const MAX_POOL_WORKERS = 64;

export interface NodePoolOptions extends Omit<ScheduleOptions, 'jobs'> {
  /** Worker threads (default: os.availableParallelism()); never more than there are jobs. */
  workers?: number;
  /** A worker died and was replaced; its job runs again (the CLI says so once). */
  onWorkerRestart?: (slot: number, error: unknown) => void;
  /** Starts one worker thread (tests wrap the real one to end it mid-run). */
  startWorker?: () => NodePoolWorker;
  /** The job clock whose deadline declares a silent worker dead (tests pass a short one). */
  jobClock?: JobClock;
}

/** Replacements per worker slot and run before the run fails (a worker that always dies must not loop). */
const MAX_NODE_RESTARTS_PER_SLOT = 3;

/** A started worker thread with its death signal. */
export interface NodePoolWorker extends PoolWorker {
  death: DeathSignal;
}

/** Default worker count: every core. */
export function defaultWorkerCount(): number {
  return Math.max(1, Math.min(MAX_POOL_WORKERS, availableParallelism()));
}

/**
 * Simulate all strategies × runs of a scenario on a pool of worker threads. The workers are
 * started for this call and terminated before it returns (or rejects), also on abort.
 */
export async function simulateOnNodePool(scenario: Scenario, options: NodePoolOptions = {}): Promise<SimulationData> {
  const jobs = planJobs(scenario.runs);
  const count = Math.max(1, Math.min(options.workers ?? defaultWorkerCount(), jobs.length, MAX_POOL_WORKERS));
  const slots: RestartingWorker[] = [];
  try {
    for (let i = 0; i < count; i++) slots.push(new RestartingWorker(i, options));
    return await runOnWorkers(slots, scenario, { ...options, jobs });
  } finally {
    for (const slot of slots) slot.terminate();
  }
}

/**
 * One worker slot of a run: its calls go to the current thread, guarded by the thread's death
 * signal and the job clock's deadline; when the thread dies (an error, an exit without one, no
 * answer in time) a new thread takes its place, loads the scenario and takes the same call again.
 * Jobs are pure functions of (scenario, runs), so the result is the same as without the death.
 */
export class RestartingWorker implements PoolWorker {
  private current: NodePoolWorker | null = null;
  /** Job times of the loaded scenario (a new one per scenario: a sweep's variants differ in cost). */
  private clock: JobClock;
  private readonly start: () => NodePoolWorker;
  private scenario: Scenario | null = null;
  private loaded = false;
  /** The current thread has finished a job of the loaded scenario (its network exists). */
  private warm = false;
  private restarts = 0;
  private stopped = false;
  /** The jobs sent to the current thread, timed one after another. */
  private readonly calls = new CallsInOrder();
  readonly remote: SimulationWorkerRemote;

  constructor(
    private readonly index: number,
    private readonly options: Pick<NodePoolOptions, 'signal' | 'onWorkerRestart' | 'startWorker' | 'jobClock'> = {},
  ) {
    this.start = options.startWorker ?? (() => startNodeWorker());
    this.clock = options.jobClock ?? new JobClock();
    this.remote = {
      load: async (scenario) => {
        if (scenario !== this.scenario && !this.options.jobClock) this.clock = new JobClock();
        this.scenario = scenario;
        this.loaded = false;
        this.warm = false;
        await this.attempt(async () => undefined);
      },
      simulate: (runs) =>
        this.attempt(async (w) => {
          // The thread's first job also generates its network: a longer deadline, not timed.
          const sent = w.remote.simulate(runs);
          const block = await this.clock.guard(w.death, sent, !this.warm, this.calls.behind(sent));
          this.warm = true;
          return block;
        }),
      trace: (run) => this.attempt((w) => w.death.guard(w.remote.trace!(run))),
    };
  }

  private async attempt<T>(call: (worker: NodePoolWorker) => Promise<T>): Promise<T> {
    for (;;) {
      if (this.stopped) throw new WorkerCrashedError('the worker pool was stopped');
      const worker = (this.current ??= this.start());
      try {
        if (!this.loaded && this.scenario !== null) {
          await worker.death.guard(worker.remote.load(this.scenario));
          this.loaded = true;
        }
        return await call(worker);
      } catch (error) {
        if (!(error instanceof WorkerCrashedError) || this.stopped || this.options.signal?.aborted) throw error;
        // The thread held two jobs (scheduler.ts): the first of them to fail replaces it, the other retries on the replacement.
        if (this.current !== worker) continue;
        if (this.restarts >= MAX_NODE_RESTARTS_PER_SLOT) throw error;
        this.restarts++;
        worker.terminate();
        this.current = null;
        this.loaded = false;
        this.warm = false;
        this.calls.clear();
        this.options.onWorkerRestart?.(this.index, error);
      }
    }
  }

  terminate(): void {
    this.stopped = true;
    this.current?.terminate();
    this.current = null;
  }
}

/**
 * Start one simulation worker thread. Its death signal fires on an `error` (e.g. a module that
 * fails to load, an uncaught exception) and on `exit` — a thread that ends without an error,
 * `process.exit()` in the worker or a terminate from outside, would otherwise leave its calls
 * pending forever. `onThread` hands the thread to tests.
 */
export function startNodeWorker(onThread?: (thread: Worker) => void): NodePoolWorker {
  const bundle = simulationWorkerModule();
  const thread = bundle !== null ? new Worker(bundle) : new Worker(bootstrapSource(), { eval: true });
  const death = new DeathSignal();
  thread.once('error', (error) => death.die(`a simulation worker crashed: ${error instanceof Error ? error.message : String(error)}`));
  thread.once('exit', (code) => death.die(`a simulation worker ended (exit code ${code})`));
  onThread?.(thread);
  const remote = Comlink.wrap<Required<SimulationWorkerApi>>(nodeEndpoint(thread));
  const guarded: SimulationWorkerRemote = {
    load: (scenario) => death.guard(remote.load(scenario)),
    simulate: (runs) => death.guard(remote.simulate(runs)),
    // Our worker entry always implements trace (createSimulationWorkerApi).
    trace: (run) => death.guard(remote.trace(run)),
  };
  let terminated = false;
  return {
    remote: guarded,
    death,
    terminate: () => {
      if (terminated) return;
      terminated = true;
      death.die('a simulation worker was stopped');
      void thread.terminate();
    },
  };
}

/**
 * Without a bundle: the worker file is TypeScript, which Node cannot load by itself: the worker first registers
 * tsx's loader (resolved here, from this package, whatever the current directory), then
 * imports the entry point.
 */
function bootstrapSource(): string {
  const tsxApi = resolveTsxApi();
  return `import(${JSON.stringify(tsxApi)}).then((m) => { (m.register ?? m.default.register)(); return import(${JSON.stringify(SIMULATION_WORKER_SOURCE.href)}); });`;
}

let tsxApiUrl: string | null = null;

function resolveTsxApi(): string {
  if (tsxApiUrl === null) {
    const resolve = (import.meta as { resolve?: (specifier: string) => string }).resolve;
    // import.meta.resolve gives tsx's ESM entry; under test runners that lack it, require's resolution gives the CJS one.
    tsxApiUrl = resolve ? resolve('tsx/esm/api') : pathToFileURL(createRequire(import.meta.url).resolve('tsx/esm/api')).href;
  }
  return tsxApiUrl;
}
