/**
 * Simulating particles: each particle is a validated scenario variant with one strategy and
 * `runs` = runs per particle, simulated on run indices 0 … R−1 of the same seed (common random
 * numbers: the same world and the same per-run draws for every particle). An evaluator returns,
 * per particle, the cumulative timelines of the observed columns of every run, placed by particle
 * index, so the result never depends on which worker simulated what.
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
import { abortError } from '../runtime/scheduler';
import { simulateRuns } from '../runtime/simulateRuns';
import type { ScenarioSimulator } from '../runtime/scenarioSeries';
import type { ObservableColumn } from './observedTimeline';

/** The simulated timelines of one particle: timelines[(r · C + c) · (steps + 1) + t]. */
export interface ParticleRuns {
  runs: number;
  steps: number;
  columns: readonly ObservableColumn[];
  timelines: Int32Array;
}

export interface EvaluateOptions {
  signal?: AbortSignal;
  /** After every simulated particle (in any order). */
  onParticle?: () => void;
}

/** Simulate every particle scenario; results in the order of `scenarios`. */
export type ParticleEvaluator = (scenarios: readonly Scenario[], columns: readonly ObservableColumn[], options: EvaluateOptions) => Promise<ParticleRuns[]>;

/** The observed columns of strategy 0 of a block that holds runs 0 … R−1 in order. */
export function particleRunsFromBlocks(blocks: readonly RunBlock[], runs: number, columns: readonly ObservableColumn[]): ParticleRuns {
  const steps = blocks[0].steps;
  const stride = steps + 1;
  const c = columns.length;
  const timelines = new Int32Array(runs * c * stride);
  const metricIndex = columns.map((col) => METRICS.indexOf(col));
  for (const block of blocks) {
    block.runs.forEach((run, r) => {
      // Strategy 0 only (a particle scenario has one strategy): row r of the block.
      metricIndex.forEach((m, k) => {
        const from = (r * METRIC_COUNT + m) * stride;
        timelines.set(block.timelines.subarray(from, from + stride), (run * c + k) * stride);
      });
    });
  }
  return { runs, steps, columns, timelines };
}

/** In the calling thread, particle by particle (the reference the pool must match). */
export function inlineEvaluator(cache: NetworkCache = new NetworkCache()): ParticleEvaluator {
  return async (scenarios, columns, { signal, onParticle }) => {
    const out: ParticleRuns[] = [];
    for (const scenario of scenarios) {
      if (signal?.aborted) throw abortError(signal);
      const blocks = planJobs(scenario.runs, 1).map((job) => simulateRuns(scenario, jobRuns(job), cache));
      out.push(particleRunsFromBlocks(blocks, scenario.runs, columns));
      onParticle?.();
    }
    return out;
  };
}

/** Over a ScenarioSimulator (e.g. the browser pool): particle after particle, each split into jobs as usual. */
export function simulatorEvaluator(simulate: ScenarioSimulator): ParticleEvaluator {
  return async (scenarios, columns, { signal, onParticle }) => {
    const out: ParticleRuns[] = [];
    for (const scenario of scenarios) {
      if (signal?.aborted) throw abortError(signal);
      const data = await simulate(scenario, { signal });
      const stride = data.steps + 1;
      const metricIndex = columns.map((col) => METRICS.indexOf(col));
      const timelines = new Int32Array(data.runs * columns.length * stride);
      const strategy = data.strategies[0];
      for (let r = 0; r < data.runs; r++) {
        metricIndex.forEach((m, k) => {
          const from = (r * METRIC_COUNT + m) * stride;
          timelines.set(strategy.timelines.subarray(from, from + stride), (r * columns.length + k) * stride);
        });
      }
      out.push({ runs: data.runs, steps: data.steps, columns, timelines });
      onParticle?.();
    }
    return out;
  };
}
