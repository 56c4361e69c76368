/**
 * The Node worker pool: K worker_threads running workers/simulation.node.ts behind Comlink.
 * Used by the CLI (and tests); the browser has its own pool over Web Workers and shares
 * the scheduler, so both give identical numbers.
 *
 * Start-up: a worker that registers tsx and compiles ~100 TypeScript modules takes ~0.4 s of
 * CPU before it can simulate; workers instead load one pre-bundled ES module (workerBundle.node.ts,
 * built with esbuild once and cached on disk), and fall back to tsx when no bundle can be made.
 */
import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import * as Comlink from 'comlink';
import nodeEndpoint from 'comlink/dist/esm/node-adapter.mjs';
import type { Scenario } from '../core/scenario';
import type { SimulationData } from './collect';
import { bundledWorkerFile } from './workerBundle.node.ts';
import { planJobs } from './jobs';
import { runOnWorkers, type ScheduleOptions } from './scheduler';
import type { PoolWorker, SimulationWorkerApi, SimulationWorkerRemote } from './workerApi';

/** Most workers a pool starts (more than the cores only adds memory: each holds its own network). */
export const MAX_POOL_WORKERS = 64;

const WORKER_FILE = new URL('../../workers/simulation.node.ts', import.meta.url);

export interface NodePoolOptions extends Omit<ScheduleOptions, 'jobs'> {
  /** Worker threads (default: os.availableParallelism()); never more than there are jobs. */
  workers?: number;
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
  const workers: PoolWorker[] = [];
  try {
    for (let i = 0; i < count; i++) workers.push(startNodeWorker());
    return await runOnWorkers(workers, scenario, { ...options, jobs });
  } finally {
    for (const worker of workers) worker.terminate();
  }
}

/** Start one simulation worker thread. */
export function startNodeWorker(): PoolWorker {
  const bundle = bundledWorkerFile(WORKER_FILE);
  const thread = bundle !== null ? new Worker(bundle) : new Worker(bootstrapSource(), { eval: true });
  // An exception thrown while the worker starts (e.g. a module that fails to load) must
  // reject the pending calls rather than go unhandled: Comlink calls race against it.
  let failure: unknown = null;
  const failed = new Promise<never>((_, reject) => {
    thread.once('error', (error) => {
      failure = error;
      reject(error);
    });
  });
  failed.catch(() => undefined);
  const remote = Comlink.wrap<Required<SimulationWorkerApi>>(nodeEndpoint(thread));
  const guard = <T>(call: () => Promise<T>): Promise<T> => (failure ? Promise.reject(failure) : Promise.race([call(), failed]));
  const guarded: SimulationWorkerRemote = {
    load: (scenario) => guard(() => remote.load(scenario)),
    simulate: (runs) => guard(() => remote.simulate(runs)),
    // Our worker entry always implements trace (createSimulationWorkerApi).
    trace: (run) => guard(() => remote.trace(run)),
  };
  let terminated = false;
  return {
    remote: guarded,
    terminate: () => {
      if (terminated) return;
      terminated = true;
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
  return `import(${JSON.stringify(tsxApi)}).then((m) => { (m.register ?? m.default.register)(); return import(${JSON.stringify(WORKER_FILE.href)}); });`;
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
