/**
 * Runs the current scenario on the worker pool for the page: one simulation at a time, a new
 * request cancelling the stale one at once, partial results streamed while runs arrive
 * (throttled so aggregation never hogs the main thread), then the final result and the
 * network statistics. Listeners get a fresh immutable state on every change.
 */
import type { Scenario } from '../../core/scenario';
import { BrowserPool } from '../../runtime/pool.browser';
import { buildResult, type SimulationResult } from '../../runtime/resultFormat';
import * as Comlink from 'comlink';
import { blockTransferables } from '../../runtime/runBlock';
import { copyBlock, createAggregator, type AggregatorRemote } from '../../runtime/aggregation';
import { startAggregatorWorker, type AggregatorWorker } from './aggregatorWorker';
import { raceAbort } from '../../runtime/scheduler';
import { WorkerCrashedError } from '../../runtime/workerDeath';
import { version as APP_VERSION } from '../../../package.json';
import { drawsSettled } from '../charts/elements/drawQueue';
import { Coalescer } from './coalescer';
import { pageRunWorkers } from '../../runtime/runEstimate';
import { describeError, IDLE_STATE, WORKER_REPLACED_NOTICE, type SimulationState } from './simulationState';

/** After the listeners' renders: Lit updates run in microtasks, charts draw in tasks of their own. */
async function afterRender(): Promise<void> {
  await new Promise<void>((resolve) => setTimeout(resolve, 0));
  await drawsSettled();
}

/** Partial results are aggregated at most this often (ms). */
const STREAM_INTERVAL_MS = 200;
/**
 * …and no sooner than this many times the last partial result took to show (its charts drawn):
 * the page spends at most about a fifth of its main thread on partial results, however large
 * the world (a partial of a 1M-person run costs the same charts as a small one, but the page may
 * be busier), and input and animation keep the rest.
 */
const STREAM_RENDER_FACTOR = 4;
/**
 * Progress (runs done) is published at most this often (ms): workers report every block, up to
 * hundreds of times a second on a small world, and each publication renders the page; ten a
 * second moves the bar smoothly. The last count is always published before the run ends.
 */
const PROGRESS_INTERVAL_MS = 100;

export class SimulationController {
  state: SimulationState = IDLE_STATE;
  /** Milliseconds from the last cancel request until the stale run had stopped (reported by `npm run bench -- browser`; tests assert order, not time). */
  lastCancelMs: number | null = null;
  private readonly listeners = new Set<(state: SimulationState) => void>();
  private abort: AbortController | null = null;
  private running: Promise<void> = Promise.resolve();
  private generation = 0;

  private aggregator: AggregatorRemote | AggregatorWorker;
  /** The result the aggregator finished last, while it still holds that run (its per-step CSV is built there). */
  private aggregated: { result: SimulationResult; aggregator: AggregatorRemote | AggregatorWorker } | null = null;
  private readonly startAggregator: (() => AggregatorRemote | AggregatorWorker) | null;

  /**
   * `aggregator` defaults to a worker (in-thread where Web Workers do not exist, e.g. unit tests);
   * a factory is called again for the next run when the aggregator it gave has died.
   */
  constructor(
    readonly pool: BrowserPool = new BrowserPool(),
    aggregator?: AggregatorRemote | (() => AggregatorRemote | AggregatorWorker),
  ) {
    this.startAggregator = typeof aggregator === 'function' ? aggregator : aggregator ? null : typeof Worker === 'undefined' ? null : () => startAggregatorWorker();
    this.aggregator = typeof aggregator === 'object' ? aggregator : this.startAggregator?.() ?? inThreadAggregator();
  }

  /** The aggregator for a new run: a fresh one when the last one died (a new run never waits on a dead one). */
  private liveAggregator(): AggregatorRemote {
    if ('death' in this.aggregator && this.aggregator.death.dead && this.startAggregator) this.aggregator = this.startAggregator();
    return this.aggregator;
  }

  subscribe(listener: (state: SimulationState) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private set(patch: Partial<SimulationState>, generation: number): void {
    if (generation !== this.generation) return; // a stale run must not overwrite the new one
    const next = { ...this.state, ...patch };
    // The scenario the shown result belongs to: kept while the previous result stays (a run that
    // has not sent results yet), the running scenario's once a new result arrives.
    if ('result' in patch) next.resultFor = patch.result === this.state.result ? this.state.resultFor : patch.result === null ? null : next.scenario;
    this.state = next;
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

  /**
   * The per-step CSV of `result` built by the aggregation worker, which still holds that run's
   * data; null when it does not (another run began since, the result was built in the page, the
   * worker died), and the caller builds it in the page instead (the same bytes).
   */
  async stepsCsvOffThread(result: SimulationResult): Promise<Blob | null> {
    const held = this.aggregated;
    if (held === null || held.result !== result || held.aggregator !== this.aggregator) return null;
    return held.aggregator.stepsCsv({ bom: true }).catch(() => null);
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
    const workers = pageRunWorkers(scenario, this.pool.size);
    const aggregator = this.liveAggregator();
    let timer: ReturnType<typeof setTimeout> | null = null;
    let lastSnapshot = 0;
    let streamGap = STREAM_INTERVAL_MS;
    let snapshotInFlight = false;
    /** Blocks arrived that the last snapshot does not show. */
    let unseenBlocks = false;
    let final = false;
    const progress = new Coalescer<Pick<SimulationState, 'runsDone' | 'runsTotal'>>(PROGRESS_INTERVAL_MS, (p) => {
      if (!signal.aborted) this.set(p, generation);
    });
    const scheduleSnapshot = () => {
      if (timer === null) timer = setTimeout(publishSnapshot, Math.max(0, streamGap - (performance.now() - lastSnapshot)));
    };
    const snapshotSettled = () => {
      lastSnapshot = performance.now();
      snapshotInFlight = false;
      if (unseenBlocks && !signal.aborted && !final) scheduleSnapshot();
    };
    const publishSnapshot = () => {
      timer = null;
      if (signal.aborted || final || snapshotInFlight) return;
      snapshotInFlight = true;
      unseenBlocks = false;
      aggregator.snapshot().then(
        async (result) => {
          if (result && !signal.aborted && !final) {
            const shown = performance.now();
            this.set({ result: { ...result, scenario } }, generation);
            await afterRender();
            streamGap = Math.max(STREAM_INTERVAL_MS, STREAM_RENDER_FACTOR * (performance.now() - shown));
          }
          snapshotSettled();
        },
        (error: unknown) => {
          snapshotSettled(); // a partial view is optional; the final result reports errors
          noteFailure(error);
        },
      );
    };
    this.set(
      { ...IDLE_STATE, phase: 'running', scenario, runsTotal: scenario.runs, result: this.state.result, networkStats: this.state.networkStats },
      generation,
    );
    let aggregatorOk = true;
    let toldOfDeath = false;
    const noteFailure = (error?: unknown) => {
      aggregatorOk = false;
      // Said once per run: the numbers are still exact (the page builds the result itself).
      if (error instanceof WorkerCrashedError && !toldOfDeath && !signal.aborted) {
        toldOfDeath = true;
        this.set({ notice: WORKER_REPLACED_NOTICE }, generation);
      }
    };
    // The aggregator needs the scenario's settings, not an inline edge list's text (up to 150 MB,
    // which would be copied to it and back with every partial result): the page puts the scenario
    // it simulated back into each result.
    aggregator.begin(withoutEdgeText(scenario)).catch(noteFailure);
    try {
      const data = await this.pool.run(scenario, {
        workers,
        signal,
        traces: false, // the comparison views need no per-node traces
        onProgress: (runsDone, runsTotal) => progress.note({ runsDone, runsTotal }),
        onBlock: (block) => {
          const copy = copyBlock(block);
          aggregator.add(Comlink.transfer(copy, blockTransferables(copy))).catch(noteFailure);
          unseenBlocks = true;
          if (!snapshotInFlight) scheduleSnapshot();
        },
        onWorkerRestart: () =>
          this.set({ notice: WORKER_REPLACED_NOTICE }, generation),
      });
      final = true;
      if (timer !== null) clearTimeout(timer);
      progress.flush(); // every run is in: the bar shows it while the result is assembled
      const elapsedMs = performance.now() - started;
      const meta = {
        generator: 'dividend-lab',
        version: APP_VERSION,
        createdAt: new Date().toISOString(),
        runtime: 'browser',
        userAgent: typeof navigator !== 'undefined' ? navigator.userAgent : 'unknown',
        workers,
        timings: { totalMs: elapsedMs, networkMs: data.networkMs, simulateMs: data.simulateMs },
      };
      // Off the main thread when the aggregator worked; in this thread (same numbers) if it did not.
      // Raced against the signal: a cancelled run never waits on the aggregator, dead or alive.
      let aggregated = aggregatorOk;
      const result = aggregatorOk
        ? await raceAbort(aggregator.finish(meta), signal).then((r) => ({ ...r, scenario }), (error: unknown) => {
            if (signal.aborted) throw error;
            noteFailure(error);
            aggregated = false;
            return buildResult(scenario, data, meta);
          })
        : buildResult(scenario, data, meta);
      if (signal.aborted) return;
      this.aggregated = aggregated ? { result, aggregator } : null;
      this.set({ phase: 'done', result, data, runsDone: scenario.runs, elapsedMs }, generation);
      const networkStats = await this.pool.networkStats(scenario, signal);
      this.set({ networkStats }, generation);
    } catch (error) {
      final = true;
      if (timer !== null) clearTimeout(timer);
      progress.cancel();
      if (signal.aborted) return; // superseded: the next run reports
      this.set({ phase: 'error', error: describeError(error) }, generation);
    }
  }

  dispose(): void {
    this.cancel();
    this.pool.dispose();
    if ('terminate' in this.aggregator) this.aggregator.terminate();
  }

  /** End the aggregation worker from outside, as a crash would (tests of the recovery path). */
  killAggregator(): boolean {
    if (!('terminate' in this.aggregator)) return false;
    this.aggregator.terminate();
    return true;
  }
}

/** `scenario` without the text of an inline edge list (the same object when there is none). */
export function withoutEdgeText(scenario: Scenario): Scenario {
  const network = scenario.network;
  return network.kind === 'edge-list' ? ({ ...scenario, network: { ...network, edges: '' } } as Scenario) : scenario;
}

/** The aggregator in this thread, behind the same asynchronous interface. */
export function inThreadAggregator(): AggregatorRemote {
  const api = createAggregator();
  return {
    begin: async (scenario) => api.begin(scenario),
    add: async (block) => api.add(block),
    snapshot: async () => api.snapshot(),
    finish: async (meta) => api.finish(meta),
    stepsCsv: async (options) => api.stepsCsv(options),
  };
}
