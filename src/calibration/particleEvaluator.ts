/**
 * Simulating particles: each particle is a validated scenario variant with one strategy and
 * `runs` = runs per particle, simulated on run indices 0 … R−1 of the same seed (common random
 * numbers: the same world and the same per-run draws for every particle). An evaluator returns,
 * per particle, the cumulative counts of the observed columns of every run at the requested steps
 * only (the observed steps and the predictive check's grid — a long horizon is never held whole),
 * placed by particle index, so the result never depends on which worker simulated what.
 *
 * Implementations: inlineEvaluator (here; the reference, used by tests), the Node pool
 * (calibrationPool.node.ts), which hands whole particles to worker threads, and simulatorEvaluator
 * (here), over any ScenarioSimulator — the page's warm browser pool (browserPoolSimulator) spreads
 * each particle's runs over its workers. All give the same numbers.
 */
import type { Scenario } from '../core/scenario';
import { jobRuns, planJobs } from '../runtime/jobs';
import { NetworkCache } from '../runtime/networkCache';
import { METRIC_COUNT, METRICS, type RunBlock } from '../runtime/runBlock';
import type { ScenarioSimulator } from '../runtime/scenarioSeries';
import { abortError } from '../runtime/scheduler';
import { simulateRuns } from '../runtime/simulateRuns';
import type { ObservableColumn } from './observedTimeline';

/** What to keep of every run: these columns at these steps (ascending). */
export interface ParticleRequest {
  columns: readonly ObservableColumn[];
  step: readonly number[];
}

/** The kept timelines of one particle: timelines[(r · C + c) · step.length + i] = column c at step[i] of run r. */
export interface ParticleRuns {
  runs: number;
  step: readonly number[];
  columns: readonly ObservableColumn[];
  timelines: Int32Array;
}

export interface EvaluateOptions {
  signal?: AbortSignal;
  /** After every simulated particle (in any order). */
  onParticle?: () => void;
}

/** Simulate every particle scenario; results in the order of `scenarios`. */
export type ParticleEvaluator = (scenarios: readonly Scenario[], request: ParticleRequest, options: EvaluateOptions) => Promise<ParticleRuns[]>;

/**
 * Keep the requested columns and steps of strategy 0 of full per-step timelines laid out as
 * source[(row · METRIC_COUNT + metric) · stride + t], row = the run's row in `source`.
 */
function keep(target: Int32Array, run: number, source: Int32Array, row: number, stride: number, request: ParticleRequest): void {
  const n = request.step.length;
  request.columns.forEach((column, k) => {
    const from = (row * METRIC_COUNT + METRICS.indexOf(column)) * stride;
    const to = (run * request.columns.length + k) * n;
    request.step.forEach((t, i) => (target[to + i] = source[from + t]));
  });
}

/** The requested part of blocks that together hold runs 0 … runs−1 of a one-strategy scenario. */
export function particleRunsFromBlocks(blocks: readonly RunBlock[], runs: number, request: ParticleRequest): ParticleRuns {
  const timelines = new Int32Array(runs * request.columns.length * request.step.length);
  for (const block of blocks) block.runs.forEach((run, r) => keep(timelines, run, block.timelines, r, block.steps + 1, request));
  return { runs, step: request.step, columns: request.columns, timelines };
}

/** In the calling thread, particle by particle (the reference the pools must match). */
export function inlineEvaluator(cache: NetworkCache = new NetworkCache()): ParticleEvaluator {
  return async (scenarios, request, { signal, onParticle }) => {
    const out: ParticleRuns[] = [];
    for (const scenario of scenarios) {
      if (signal?.aborted) throw abortError(signal);
      const blocks = planJobs(scenario.runs, 1).map((job) => simulateRuns(scenario, jobRuns(job), cache));
      out.push(particleRunsFromBlocks(blocks, scenario.runs, request));
      onParticle?.();
    }
    return out;
  };
}

/** Over a ScenarioSimulator (e.g. the browser pool): particle after particle, each split into jobs as usual. */
export function simulatorEvaluator(simulate: ScenarioSimulator): ParticleEvaluator {
  return async (scenarios, request, { signal, onParticle }) => {
    const out: ParticleRuns[] = [];
    for (const scenario of scenarios) {
      if (signal?.aborted) throw abortError(signal);
      const data = await simulate(scenario, { signal });
      const timelines = new Int32Array(data.runs * request.columns.length * request.step.length);
      for (let r = 0; r < data.runs; r++) keep(timelines, r, data.strategies[0].timelines, r, data.steps + 1, request);
      out.push({ runs: data.runs, step: request.step, columns: request.columns, timelines });
      onParticle?.();
    }
    return out;
  };
}
