/**
 * Runs the Analyse area's three computations — a sweep, the best seeds, the budget frontier —
 * one at a time on the page's warm worker pool (taking turns with the comparison run), with progress,
 * cancel, and the scenario text each result was computed from, so the page can say "out of
 * date — rerun" after an edit. Sweeps and frontiers use the same planners, scheduler and job
 * split as `lab sweep` / `lab frontier`, so their JSON equals the CLI's outside `meta`; CELF's best
 * seeds run bestSeedsJob.ts on the pool's first worker, the function Node runs too, and OPIM-C's
 * (method imm) draw their sets on every worker of the pool (opimcPeers.ts), as the CLI's threads do.
 */
import type { BestSeedsProgress, BestSeedsResult } from '../../../runtime/bestSeedsJob';
import type { GreedyProgress } from '../../../core/influence/lazyGreedy';
import type { Scenario } from '../../../core/scenario';
import { runFrontier, type FrontierResult } from '../../../runtime/frontierResult';
import { BrowserPool } from '../../../runtime/pool.browser';
import type { ScenarioSimulator, SeriesProgress } from '../../../runtime/scenarioSeries';
import { browserPoolSimulator } from '../../../runtime/sweepPool.browser';
import { runSweep, type SweepPointResult, type SweepResult } from '../../../runtime/sweepResult';
import { planFrontier } from '../../../sweep/frontierPlan';
import { SweepInputError, type SweepErrorDetail } from '../../../sweep/sweepError';
import { planSweep, type SweepParamSpec } from '../../../sweep/sweepPlan';
import { describeError } from '../simulationState';
import type { BestSeedsRequest } from '../../../runtime/bestSeedsJob';
import type { FrontierRequest } from './analysisForms';

export type AnalysisKind = 'sweep' | 'seeds' | 'frontier';
export type TaskPhase = 'idle' | 'running' | 'done' | 'error' | 'cancelled';

/** Where a computation is, as data (worded in the UI language by analysisMessages.ts). */
export type ProgressNote =
  | { kind: 'starting' }
  /** A sweep's grid point or a frontier's batch `point` of `points`, and simulations `done` of `total`. */
  | { kind: 'gridPoint' | 'batch'; point: number; points: number; done: number; total: number }
  | { kind: 'greedy'; phase: GreedyProgress['phase']; done: number; total: number }
  /** OPIM-C: RR sets drawn so far and the ratio proven by the last round. */
  | { kind: 'rrSets'; sets: number; ratio: number };

/** The state of one panel's computation. */
export interface TaskState<R> {
  phase: TaskPhase;
  /** 0 … 1. */
  progress: number;
  /** Where it is ("grid point 3 of 21"), while running. */
  progressNote: ProgressNote | null;
  result: R | null;
  /** The failure in English (the error's own message). */
  error: string | null;
  /** The failure as data when the app can word it (a grid point outside a field's range…). */
  errorDetail: SweepErrorDetail | null;
  /** Draft text the result was computed from (compared with the current draft: stale when different). */
  scenarioText: string | null;
  elapsedMs: number | null;
}

export interface AnalysisState {
  sweep: TaskState<SweepResult> & { partial: SweepPointResult[] };
  seeds: TaskState<BestSeedsResult> & { strategy: number };
  frontier: TaskState<FrontierResult>;
}

const idle = <R>(): TaskState<R> => ({ phase: 'idle', progress: 0, progressNote: null, result: null, error: null, errorDetail: null, scenarioText: null, elapsedMs: null });

/** Runs a greedy search (default: on the pool); replaceable in tests. */
export type GreedyRunner = (scenario: Scenario, request: BestSeedsRequest, onProgress: (p: BestSeedsProgress) => void, signal: AbortSignal) => Promise<BestSeedsResult>;

function abortError(): Error {
  return new DOMException('cancelled', 'AbortError');
}

export interface AnalysisControllerOptions {
  /**
   * The page's warm simulation pool (SimulationController.pool, handed down as a property): sweeps,
   * frontiers and best seeds take turns with the comparison run on its workers and their networks.
   * Without one (a component on its own), a pool of 2 workers is started on first use.
   */
  pool?: () => BrowserPool | null;
  /** Simulator for sweeps and frontiers (default: the pool's). */
  simulator?: () => ScenarioSimulator;
  greedy?: GreedyRunner;
}

export class AnalysisController {
  state: AnalysisState = { sweep: { ...idle<SweepResult>(), partial: [] }, seeds: { ...idle<BestSeedsResult>(), strategy: 0 }, frontier: idle<FrontierResult>() };
  private readonly listeners = new Set<(s: AnalysisState) => void>();
  private abort: AbortController | null = null;
  private running: AnalysisKind | null = null;
  /** The pool started for want of the page's (disposed with this controller; the page's never is). */
  private ownPool: BrowserPool | null = null;
  private readonly simulatorFactory: () => ScenarioSimulator;
  private readonly greedy: GreedyRunner;

  constructor(options: AnalysisControllerOptions = {}) {
    const pool = () => options.pool?.() ?? (this.ownPool ??= new BrowserPool({ size: 2 }));
    this.simulatorFactory = options.simulator ?? (() => browserPoolSimulator(pool()));
    // On the pool's first worker, which keeps the network the comparison built (no fresh worker per request).
    this.greedy = options.greedy ?? ((scenario, request, onProgress, signal) => pool().bestSeeds(scenario, request, onProgress, signal));
  }

  subscribe(listener: (s: AnalysisState) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private patch<K extends AnalysisKind>(kind: K, patch: Partial<AnalysisState[K]>): void {
    this.state = { ...this.state, [kind]: { ...this.state[kind], ...patch } };
    this.listeners.forEach((l) => l(this.state));
  }

  /** The computation running now, if any. */
  get busy(): AnalysisKind | null {
    return this.running;
  }

  /** Cancel whatever runs (its panel says "cancelled"; an earlier result stays). */
  cancel(): void {
    this.abort?.abort();
  }

  private async task<K extends AnalysisKind, R>(kind: K, scenarioText: string, body: (signal: AbortSignal) => Promise<R>, extra: Partial<AnalysisState[K]> = {}): Promise<void> {
    this.cancel();
    const abort = new AbortController();
    this.abort = abort;
    this.running = kind;
    const started = performance.now();
    this.patch(kind, { phase: 'running', progress: 0, progressNote: { kind: 'starting' }, error: null, errorDetail: null, ...extra } as Partial<AnalysisState[K]>);
    try {
      const result = await body(abort.signal);
      if (abort.signal.aborted) throw abortError();
      this.patch(kind, { phase: 'done', progress: 1, progressNote: null, result, scenarioText, elapsedMs: performance.now() - started } as unknown as Partial<AnalysisState[K]>);
    } catch (error) {
      if (abort.signal.aborted) this.patch(kind, { phase: 'cancelled', progressNote: null } as Partial<AnalysisState[K]>);
      else {
        const errorDetail = error instanceof SweepInputError ? error.detail : null;
        this.patch(kind, { phase: 'error', error: describeError(error), errorDetail, progressNote: null } as Partial<AnalysisState[K]>);
      }
    } finally {
      if (this.abort === abort) {
        this.abort = null;
        this.running = null;
      }
    }
  }

  private seriesProgress(kind: 'sweep' | 'frontier', what: 'gridPoint' | 'batch') {
    return (p: SeriesProgress) =>
      this.patch(kind, {
        progress: p.total ? p.done / p.total : 0,
        progressNote: { kind: what, point: Math.min(p.variantsDone + 1, p.variantsTotal), points: p.variantsTotal, done: p.done, total: p.total },
      });
  }

  /**
   * Plan (may throw SweepInputError, reported as the panel's error) and run a sweep. With
   * `strategy` (a name) only that strategy is simulated at every grid point, as `lab sweep
   * --strategy`: the others would cost time and change nothing the curve shows.
   */
  runSweep(scenario: Scenario, scenarioText: string, params: SweepParamSpec[], strategy?: string): Promise<void> {
    return this.task(
      'sweep',
      scenarioText,
      async (signal) => {
        const plan = planSweep(scenario, params, { strategy });
        const partial: SweepPointResult[] = [];
        return runSweep(plan, this.simulatorFactory(), {
          signal,
          onProgress: this.seriesProgress('sweep', 'gridPoint'),
          onPoint: (p) => {
            partial.push(p);
            this.patch('sweep', { partial: [...partial] });
          },
        });
      },
      { partial: [] },
    );
  }

  runBestSeeds(scenario: Scenario, scenarioText: string, request: BestSeedsRequest): Promise<void> {
    return this.task(
      'seeds',
      scenarioText,
      (signal) =>
        this.greedy(
          scenario,
          request,
          (p) =>
            this.patch('seeds', {
              progress: phaseProgress(p, request.method === 'imm'),
              progressNote: p.phase === 'rrSets' ? { kind: 'rrSets', sets: p.sets, ratio: p.ratio } : { kind: 'greedy', phase: p.phase, done: p.done, total: p.total },
            }),
          signal,
        ),
      { strategy: request.strategy },
    );
  }

  runFrontier(scenario: Scenario, scenarioText: string, request: FrontierRequest): Promise<void> {
    return this.task('frontier', scenarioText, (signal) => {
      const plan = planFrontier(scenario, { budget: request.budget, strategy: request.strategy, levels: request.levels });
      return runFrontier(plan, this.simulatorFactory(), { signal, onProgress: this.seriesProgress('frontier', 'batch') });
    });
  }

  dispose(): void {
    this.cancel();
    this.ownPool?.dispose();
    this.ownPool = null;
  }
}

/**
 * Overall progress of a best-seeds run. CELF: samples 0–30 %, gains 30–40 %, seeds 40–70 %,
 * evaluation 70–100 %. OPIM-C: its doubling rounds (of the most it may need: usually it proves the
 * target sooner) 0–70 %, then the evaluation (the live-edge estimates run first, quickly).
 */
export function phaseProgress(p: BestSeedsProgress, opimc = false): number {
  const span: Record<BestSeedsProgress['phase'], [number, number]> = opimc
    ? { rrSets: [0, 0.7], samples: [0.7, 0.7], gains: [0.7, 0.7], seeds: [0.7, 0.7], evaluate: [0.7, 1] }
    : { rrSets: [0, 0], samples: [0, 0.3], gains: [0.3, 0.4], seeds: [0.4, 0.7], evaluate: [0.7, 1] };
  const [a, b] = span[p.phase];
  return a + (b - a) * (p.total > 0 ? p.done / p.total : 0);
}

/** True when a result was computed from a different scenario than the one edited now. */
export function isStale(task: TaskState<unknown>, currentText: string): boolean {
  return task.result !== null && task.scenarioText !== null && task.scenarioText !== currentText;
}
