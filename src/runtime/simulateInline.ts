/**
 * Simulating a whole scenario in the calling thread, job by job: the reference the worker
 * pools must match exactly, and a fallback where workers are unavailable.
 */
import type { Scenario } from '../core/scenario';
import { ResultCollector, type SimulationData } from './collect';
import { jobRuns, planJobs } from './jobs';
import { NetworkCache } from './networkCache';
import { simulateRuns, simulateTraces } from './simulateRuns';

export interface InlineOptions {
  /** Also re-simulate the representative run with per-node traces (SimulationData.traces). Default true. */
  traces?: boolean;
}

export function simulateInline(
  scenario: Scenario,
  onProgress?: (runsDone: number, runsTotal: number) => void,
  options: InlineOptions = {},
): SimulationData {
  const collector = new ResultCollector(scenario);
  const cache = new NetworkCache();
  for (const job of planJobs(scenario.runs)) {
    collector.add(simulateRuns(scenario, jobRuns(job), cache));
    onProgress?.(collector.runsDone, scenario.runs);
  }
  const data = collector.finish();
  if (options.traces !== false) data.traces = simulateTraces(scenario, data.representativeRun.run, cache);
  return data;
}
