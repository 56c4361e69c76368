/**
 * Handing jobs to workers, for any kind of worker (worker_threads in Node, Web Workers in the
 * browser). Each worker holds the job it computes and the next one; blocks are placed by run
 * index, so the result is the same with 1 or 8 workers.
 */
import type { Scenario } from '../core/scenario';
import { ResultCollector, type SimulationData } from './collect';
import { jobRuns, planJobs, type RunJob } from './jobs';
import type { PoolWorker } from './workerApi';

export interface ScheduleOptions {
  /** Cancels the simulation: workers are terminated and the promise rejects with the signal's reason. */
  signal?: AbortSignal;
  /** Called after every finished job with runs done so far and the run count. */
  onProgress?: (runsDone: number, runsTotal: number) => void;
  /** Jobs to run (default planJobs(scenario.runs)). */
  jobs?: RunJob[];
  /**
   * Re-simulate the representative run with per-node traces (one more job, after the others),
   * into SimulationData.traces. Default true; workers without `trace` give none.
   */
  traces?: boolean;
}

/** The error a cancelled simulation rejects with when the signal gives no reason. */
export function abortError(signal: AbortSignal): unknown {
  if (signal.reason !== undefined) return signal.reason;
  const error = new Error('The simulation was cancelled');
  error.name = 'AbortError';
  return error;
}

/**
 * A promise that settles like `promise`, or rejects as soon as `signal` aborts. A terminated
 * worker leaves its Comlink call pending forever, so every call must be raced like this.
 */
export function raceAbort<T>(promise: Promise<T>, signal: AbortSignal | undefined): Promise<T> {
  if (!signal) return promise;
  if (signal.aborted) {
    promise.catch(() => undefined); // its worker is being stopped: its rejection is expected, not news
    return Promise.reject(abortError(signal));
  }
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(abortError(signal));
    signal.addEventListener('abort', onAbort, { once: true });
    promise.then(
      (value) => {
        signal.removeEventListener('abort', onAbort);
        resolve(value);
      },
      (error: unknown) => {
        signal.removeEventListener('abort', onAbort);
        reject(error);
      },
    );
  });
}

/**
 * Jobs a worker holds at once: the one it computes and the next, already in its message queue, so
 * it starts that the moment it finishes instead of waiting for this thread to hear back and send
 * one. A page's main thread is often busy drawing the partial results just in, and a worker given
 * one job at a time sat idle meanwhile (README, "The browser at a million").
 */
export const JOBS_IN_FLIGHT_PER_WORKER = 2;

/** Run all jobs of `scenario` on the given started workers. The caller terminates the workers afterwards. */
export async function runOnWorkers(workers: PoolWorker[], scenario: Scenario, options: ScheduleOptions = {}): Promise<SimulationData> {
  if (workers.length === 0) throw new Error('runOnWorkers: no workers');
  const { signal, onProgress } = options;
  const jobs = options.jobs ?? planJobs(scenario.runs);
  const collector = new ResultCollector(scenario);
  let next = 0;
  let failed = false;

  const onAbort = () => workers.forEach((w) => w.terminate());
  signal?.addEventListener('abort', onAbort, { once: true });
  try {
    await Promise.all(
      workers.map(async (worker) => {
        try {
          await raceAbort(worker.remote.load(scenario), signal);
          const inFlight = new Set<Promise<void>>();
          const send = (job: RunJob) => {
            const answered: Promise<void> = raceAbort(worker.remote.simulate(jobRuns(job)), signal)
              .then((block) => {
                collector.add(block);
                onProgress?.(collector.runsDone, scenario.runs);
              })
              .finally(() => inFlight.delete(answered));
            answered.catch(() => undefined); // a failure is seen by the race or the final wait below
            inFlight.add(answered);
          };
          while (!failed) {
            const remaining = jobs.length - next;
            // A job ahead is queued only while every worker can still have one: the last jobs go to whoever is free.
            if (remaining > 0 && (inFlight.size === 0 || (inFlight.size < JOBS_IN_FLIGHT_PER_WORKER && remaining > workers.length))) {
              send(jobs[next++]);
              continue;
            }
            if (inFlight.size === 0) break;
            await Promise.race(inFlight);
          }
          await Promise.all(inFlight);
        } catch (error) {
          failed = true; // the other workers stop taking jobs
          throw error;
        }
      }),
    );
    const data = collector.finish();
    // The representative run is known only once every run is in: its traces are a job of their own.
    const tracer = workers.find((w) => w.remote.trace !== undefined);
    if (options.traces !== false && tracer !== undefined)
      data.traces = await raceAbort(tracer.remote.trace!(data.representativeRun.run), signal);
    return data;
  } finally {
    signal?.removeEventListener('abort', onAbort);
  }
}
