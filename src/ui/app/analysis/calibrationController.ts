/**
 * Runs a calibration from the page: the same ABC-SMC (src/calibration/abcSmc.ts) as
 * `lab calibrate`, every particle simulated whole on the page's warm workers, lent by its pool for
 * the calibration (calibrationPool.browser.ts, the CLI's particle-per-worker scheme; the comparison
 * run waits its turn). The algorithm's bookkeeping between batches (distances, weights, the predictive
 * summary) is small and runs here; the result is a pure function of the inputs and the seed, so it
 * equals the CLI's JSON outside `meta` whatever the worker count.
 *
 * State for the page: the phase, progress within the current generation, and after every
 * generation a snapshot of each parameter's weighted 5/50/95 % quantiles — the posterior
 * narrowing as the tolerance tightens — then the full CalibrationResult.
 */
import { calibrate } from '../../../calibration/abcSmc';
import type { CalibrationProgress } from '../../../calibration/abcOptions';
import type { CalibrationState } from '../../../calibration/abcState';
import { CalibrationInputError } from '../../../calibration/calibrationError';
import type { CalibrationText } from '../../../calibration/calibrationText';
import { buildCalibrationResult, type CalibrationResult } from '../../../calibration/calibrationResult';
import type { FitParameter } from '../../../calibration/fitParams';
import { browserPoolScope, browserWorkersScope, type EvaluatorScope } from '../../../calibration/calibrationPool.browser';
import { weightedMean, weightedQuantiles } from '../../../calibration/weightedStats';
import type { Scenario } from '../../../core/scenario';
import { defaultBrowserWorkers, type BrowserPool } from '../../../runtime/pool.browser';
import { describeError } from '../simulationState';
import type { CalibrationRequest } from './calibrationForm';

export type CalibrationPhase = 'idle' | 'running' | 'done' | 'error' | 'cancelled';

/** One parameter's posterior after a generation. */
export interface IntervalSnapshot {
  mean: number;
  p05: number;
  p50: number;
  p95: number;
}

/** What a finished generation looked like. */
export interface GenerationSnapshot {
  generation: number;
  /** Tolerance ε (null = ∞, the prior sample). */
  tolerance: number | null;
  acceptanceRate: number;
  /** One per fitted parameter, in the form's order. */
  intervals: IntervalSnapshot[];
}

export interface CalibrationTaskState {
  phase: CalibrationPhase;
  /** 0 … 1 within the current generation (accepted / particles). */
  progress: number;
  /** The algorithm's latest progress report (generation, accepted, simulations) while running. */
  note: CalibrationProgress | null;
  /** The fitted parameters of the run shown. */
  params: FitParameter[] | null;
  /** Every completed generation so far. */
  history: GenerationSnapshot[];
  result: CalibrationResult | null;
  /** The failure in English (the error's own message). */
  error: string | null;
  /** The failure as data when the engine refused the input (worded in the page's language). */
  problem: CalibrationText | null;
  /** Draft text the result was computed from. */
  scenarioText: string | null;
  /** The observed file's name (for the CLI command and downloads). */
  observedName: string | null;
  elapsedMs: number | null;
  /** Completed generations a cancelled calibration can continue from (0: nothing to resume). */
  resumable: number;
}

const IDLE: CalibrationTaskState = {
  phase: 'idle',
  progress: 0,
  note: null,
  params: null,
  history: [],
  result: null,
  error: null,
  problem: null,
  scenarioText: null,
  observedName: null,
  elapsedMs: null,
  resumable: 0,
};

/** The generations' populations summarised (the last one after an abandoned generation repeats the previous population). */
function generationSnapshots(state: CalibrationState, done: readonly GenerationSnapshot[]): GenerationSnapshot[] {
  const completed = state.generations.filter((g) => g.completed);
  if (completed.length === done.length) return [...done];
  const record = completed[completed.length - 1];
  const weights = state.population.map((p) => p.weight);
  const intervals = state.population[0].values.map((_, a) => {
    const column = state.population.map((p) => p.values[a]);
    const [p05, p50, p95] = weightedQuantiles(column, weights, [0.05, 0.5, 0.95]);
    return { mean: weightedMean(column, weights), p05, p50, p95 };
  });
  return [...done, { generation: completed.length - 1, tolerance: record.tolerance, acceptanceRate: record.acceptanceRate, intervals }];
}

export interface CalibrationControllerOptions {
  /**
   * The page's warm simulation pool (handed down as a property): particles are simulated on its
   * workers, taking turns with the comparison run. Without one, workers are started per calibration.
   */
  pool?: () => BrowserPool | null;
  /** Where particles are simulated (default: the pool's workers, else Web Workers started per calibration; one per core, at most one per particle). */
  scope?: (workers: number) => EvaluatorScope;
  /** Workers to use (default one per core, at most 8). */
  workers?: number;
}

/** Where a cancelled calibration stopped: its inputs and the state after its last generation. */
interface ResumePoint {
  scenario: Scenario;
  scenarioText: string;
  request: CalibrationRequest;
  observedName: string;
  state: CalibrationState;
  history: GenerationSnapshot[];
}

export class CalibrationController {
  state: CalibrationTaskState = IDLE;
  private resumePoint: ResumePoint | null = null;
  private readonly listeners = new Set<(s: CalibrationTaskState) => void>();
  private abort: AbortController | null = null;
  private readonly scope: (workers: number) => EvaluatorScope;
  private readonly workers: number;

  constructor(options: CalibrationControllerOptions = {}) {
    this.workers = options.workers ?? defaultBrowserWorkers();
    this.scope =
      options.scope ??
      ((workers) => {
        const pool = options.pool?.() ?? null;
        return pool === null ? browserWorkersScope(workers) : browserPoolScope(pool)(workers);
      });
  }

  subscribe(listener: (s: CalibrationTaskState) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private patch(patch: Partial<CalibrationTaskState>): void {
    this.state = { ...this.state, ...patch };
    this.listeners.forEach((l) => l(this.state));
  }

  get running(): boolean {
    return this.abort !== null;
  }

  /** Stop the calibration under way (the panel says "cancelled"; an earlier result is cleared by the start). */
  cancel(): void {
    this.abort?.abort();
  }

  /** Calibrate `scenario` (validated, the page's) as `lab calibrate` would with the request's arguments. */
  run(scenario: Scenario, scenarioText: string, request: CalibrationRequest, observedName: string): Promise<void> {
    return this.execute({ scenario, scenarioText, request, observedName }, null, []);
  }

  /**
   * Continue the cancelled calibration from its last completed generation (its inputs, not the
   * form's current ones): the result equals an uninterrupted calibration's, as `lab calibrate
   * --state` does.
   */
  resume(): Promise<void> {
    const point = this.resumePoint;
    if (point === null) return Promise.resolve();
    return this.execute(point, point.state, point.history);
  }

  /**
   * Continue from a state file (`lab calibrate --state` writes one; the page offers it for download):
   * the form's inputs must be the ones the state was computed from, or the engine refuses it.
   */
  continueFrom(state: CalibrationState, scenario: Scenario, scenarioText: string, request: CalibrationRequest, observedName: string): Promise<void> {
    return this.execute({ scenario, scenarioText, request, observedName }, state, generationSnapshots(state, []));
  }

  /** The state after the last completed generation, for `lab calibrate --state` (null when there is none). */
  get lastState(): CalibrationState | null {
    return this.resumePoint?.state ?? null;
  }

  private async execute(inputs: Omit<ResumePoint, 'state' | 'history'>, from: CalibrationState | null, fromHistory: GenerationSnapshot[]): Promise<void> {
    this.cancel();
    const { scenario, scenarioText, request, observedName } = inputs;
    const abort = new AbortController();
    this.abort = abort;
    this.resumePoint = null;
    const started = performance.now();
    let history: GenerationSnapshot[] = fromHistory;
    let last: ResumePoint | null = from === null ? null : { ...inputs, state: from, history };
    this.patch({ ...IDLE, phase: 'running', params: request.plan.params, observedName, history });
    // As the CLI: no more workers than particles.
    const workers = Math.max(1, Math.min(this.workers, request.options.particles));
    try {
      const state = await this.scope(workers)((evaluate) =>
        calibrate({ plan: request.plan, observed: request.observed, options: request.options }, evaluate, {
          signal: abort.signal,
          state: from,
          onProgress: (p) => this.patch({ note: p, progress: p.particles ? p.accepted / p.particles : 0 }),
          onGeneration: (s) => {
            history = generationSnapshots(s, history);
            last = { ...inputs, state: s, history };
            this.patch({ history });
          },
        }),
      );
      if (abort.signal.aborted) throw new DOMException('cancelled', 'AbortError');
      const result = buildCalibrationResult({
        scenario,
        strategy: request.plan.base.strategies[0].name,
        observed: request.observed,
        params: request.plan.params,
        options: request.options,
        state,
        meta: {},
      });
      const elapsedMs = performance.now() - started;
      result.meta = { generator: 'dividend-lab', createdAt: new Date().toISOString(), workers, observedFile: observedName, timings: { totalMs: elapsedMs } };
      this.resumePoint = { ...inputs, state, history };
      this.patch({ phase: 'done', progress: 1, note: null, result, scenarioText, elapsedMs });
    } catch (error) {
      if (abort.signal.aborted) {
        // Keep where it stopped: "Continue" picks up after the last completed generation.
        this.resumePoint = last;
        this.patch({ phase: 'cancelled', note: null, resumable: last === null ? 0 : last.state.generations.filter((g) => g.completed).length });
      } else this.patch({ phase: 'error', error: describeError(error), problem: error instanceof CalibrationInputError ? error.text : null, note: null });
    } finally {
      if (this.abort === abort) this.abort = null;
    }
  }

  dispose(): void {
    this.cancel();
  }
}
