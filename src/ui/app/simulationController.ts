/**
 * Runs the current scenario on the worker pool for the page: one simulation at a time, a new
 * request cancelling the stale one at once, partial results streamed while runs arrive
 * (throttled so aggregation never hogs the main thread), then the final result and the
 * network statistics. Listeners get a fresh immutable state on every change.
 */
import type { NetworkStats } from '../../core/metrics/networkStats';
import type { Scenario } from '../../core/scenario';
import type { SimulationData } from '../../runtime/collect';
import { BrowserPool } from '../../runtime/pool.browser';
import { buildResult, type SimulationResult } from '../../runtime/resultFormat';
import * as Comlink from 'comlink';
import { blockTransferables } from '../../runtime/runBlock';
import { copyBlock, createAggregator, type AggregatorApi, type AggregatorRemote } from '../../runtime/aggregation';
import { version as APP_VERSION } from '../../../package.json';

/** idle: nothing yet; stopped: cancelled by the user or by an invalid edit (the last result stays). */
export type Phase = 'idle' | 'running' | 'done' | 'error' | 'stopped';

export interface SimulationState {
  phase: Phase;
  /** The scenario being (or last) simulated. */
  scenario: Scenario | null;
  runsDone: number;
  runsTotal: number;
  /** Partial while running (the first runs that have all arrived), complete when done. */
  result: SimulationResult | null;
  /** Raw per-run data of the complete result (for the CSV exports); null until done. */
  data: SimulationData | null;
  networkStats: NetworkStats | null;
  /** What went wrong (phase error), in words. */
  error: string | null;
  /** Non-fatal news, e.g. a worker that was replaced. */
  notice: string | null;
  /** Milliseconds the last simulation took (wall clock). */
  elapsedMs: number | null;
}

/** The notice when a worker died and its runs were redone (the page shows it translated). */
export const WORKER_REPLACED_NOTICE = 'A simulation worker stopped unexpectedly; it was replaced and its runs were simulated again.';

export const IDLE_STATE: SimulationState = {
  phase: 'idle',
  scenario: null,
  runsDone: 0,
  runsTotal: 0,
  result: null,
  data: null,
  networkStats: null,
  error: null,
  notice: null,
  elapsedMs: null,
};

/** Partial results are aggregated at most this often (ms). */
export const STREAM_INTERVAL_MS = 200;

export class SimulationController {
  state: SimulationState = IDLE_STATE;
  /** Milliseconds from the last cancel request until the stale run had stopped (for tests). */
  lastCancelMs: number | null = null;
  private readonly listeners = new Set<(state: SimulationState) => void>();
  private abort: AbortController | null = null;
  private running: Promise<void> = Promise.resolve();
  private generation = 0;

  private readonly aggregator: AggregatorRemote;

  /** `aggregator` defaults to a worker (in-thread where Web Workers do not exist, e.g. unit tests). */
  constructor(
    readonly pool: BrowserPool = new BrowserPool(),
    aggregator?: AggregatorRemote,
  ) {
    this.aggregator = aggregator ?? (typeof Worker === 'undefined' ? inThreadAggregator() : startAggregatorWorker());
  }

  subscribe(listener: (state: SimulationState) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private set(patch: Partial<SimulationState>, generation: number): void {
    if (generation !== this.generation) return; // a stale run must not overwrite the new one
    this.state = { ...this.state, ...patch };
    this.listeners.forEach((l) => l(this.state));
  }

  /** Cancel whatever runs; the state stays as it was (the last partial result remains visible). */
  cancel(): void {
    if (!this.abort) return;
    const started = performance.now();
    const stale = this.running;
    this.abort.abort();
    this.abort = null;
    void stale.then(() => {
      this.lastCancelMs = performance.now() - started;
    });
  }

  /** Cancel the running simulation and say so in the state (the last partial result stays). */
  stop(): void {
    if (this.state.phase !== 'running') return;
    this.cancel();
    this.set({ phase: 'stopped' }, this.generation);
  }

  /**
   * Show a finished simulation again without re-running it (the same scenario text gives the same
   * numbers, so a lesson stepping back and forth reuses its results): cancels whatever runs.
   */
  restore(state: SimulationState): void {
    this.cancel();
    ++this.generation;
    this.state = state;
    this.listeners.forEach((l) => l(this.state));
  }

  /** Simulate `scenario`, cancelling the previous simulation. Resolves when this one has ended. */
  start(scenario: Scenario): Promise<void> {
    this.cancel();
    const generation = ++this.generation;
    const abort = new AbortController();
    this.abort = abort;
    const previous = this.running;
    this.running = previous.then(() => this.simulate(scenario, abort.signal, generation));
    return this.running;
  }

  private async simulate(scenario: Scenario, signal: AbortSignal, generation: number): Promise<void> {
    if (signal.aborted) return;
    const started = performance.now();
    const aggregator = this.aggregator;
    let timer: ReturnType<typeof setTimeout> | null = null;
    let lastSnapshot = 0;
    let snapshotInFlight = false;
    let final = false;
    const publishSnapshot = () => {
      timer = null;
      if (signal.aborted || final || snapshotInFlight) return;
      lastSnapshot = performance.now();
      snapshotInFlight = true;
      aggregator.snapshot().then(
        (result) => {
          snapshotInFlight = false;
          if (result && !signal.aborted && !final) this.set({ result }, generation);
        },
        () => (snapshotInFlight = false), // a partial view is optional; the final result reports errors
      );
    };
    this.set(
      { ...IDLE_STATE, phase: 'running', scenario, runsTotal: scenario.runs, result: this.state.result, networkStats: this.state.networkStats },
      generation,
    );
    let aggregatorOk = true;
    const noteFailure = () => (aggregatorOk = false);
    aggregator.begin(scenario).catch(noteFailure);
    try {
      const data = await this.pool.run(scenario, {
        signal,
        traces: false, // the comparison views need no per-node traces
        onProgress: (runsDone, runsTotal) => this.set({ runsDone, runsTotal }, generation),
        onBlock: (block) => {
          const copy = copyBlock(block);
          aggregator.add(Comlink.transfer(copy, blockTransferables(copy))).catch(noteFailure);
          if (timer === null) timer = setTimeout(publishSnapshot, Math.max(0, STREAM_INTERVAL_MS - (performance.now() - lastSnapshot)));
        },
        onWorkerRestart: () =>
          this.set({ notice: WORKER_REPLACED_NOTICE }, generation),
      });
      final = true;
      if (timer !== null) clearTimeout(timer);
      const elapsedMs = performance.now() - started;
      const meta = {
        generator: 'dividend-lab',
        version: APP_VERSION,
        createdAt: new Date().toISOString(),
        runtime: 'browser',
        userAgent: typeof navigator !== 'undefined' ? navigator.userAgent : 'unknown',
        workers: this.pool.size,
        timings: { totalMs: elapsedMs, networkMs: data.networkMs, simulateMs: data.simulateMs },
      };
      // Off the main thread when the aggregator worked; in this thread (same numbers) if it did not.
      const result = aggregatorOk ? await aggregator.finish(meta).catch(() => buildResult(scenario, data, meta)) : buildResult(scenario, data, meta);
      if (signal.aborted) return;
      this.set({ phase: 'done', result, data, runsDone: scenario.runs, elapsedMs }, generation);
      const networkStats = await this.pool.networkStats(scenario, signal);
      this.set({ networkStats }, generation);
    } catch (error) {
      final = true;
      if (timer !== null) clearTimeout(timer);
      if (signal.aborted) return; // superseded: the next run reports
      this.set({ phase: 'error', error: describeError(error) }, generation);
    }
  }

  dispose(): void {
    this.cancel();
    this.pool.dispose();
  }
}

/** A message for a person: the error's own message (model errors name the field), never a stack. */
export function describeError(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.length > 300 ? `${message.slice(0, 300)}…` : message;
}

/** The aggregation worker (workers/aggregate.worker.ts). */
function startAggregatorWorker(): AggregatorRemote {
  const worker = new Worker(new URL('../../../workers/aggregate.worker.ts', import.meta.url), { type: 'module', name: 'aggregate' });
  // A crashed worker leaves Comlink calls pending forever: reject them instead (the controller
  // then aggregates in this thread).
  const died = new Promise<never>((_, reject) =>
    worker.addEventListener('error', (event) => {
      event.preventDefault();
      reject(new Error('the aggregation worker stopped'));
    }),
  );
  died.catch(() => undefined);
  const remote = Comlink.wrap<AggregatorApi>(worker);
  return {
    begin: (scenario) => Promise.race([remote.begin(scenario), died]),
    add: (block) => Promise.race([remote.add(block), died]),
    snapshot: () => Promise.race([remote.snapshot(), died]),
    finish: (meta) => Promise.race([remote.finish(meta), died]),
  };
}

/** The aggregator in this thread, behind the same asynchronous interface. */
export function inThreadAggregator(): AggregatorRemote {
  const api = createAggregator();
  return {
    begin: async (scenario) => api.begin(scenario),
    add: async (block) => api.add(block),
    snapshot: async () => api.snapshot(),
    finish: async (meta) => api.finish(meta),
  };
}
