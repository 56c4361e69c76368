/**
 * Simulating a whole scenario in the calling thread, job by job: the reference the worker
 * pools must match exactly, and a fallback where workers are unavailable.
 */
import type { Scenario } from '../core/scenario';
import { ResultCollector, type SimulationData } from './collect';
import { jobRuns, planJobs } from './jobs';
import { NetworkCache } from './networkCache';
import { simulateRuns } from './simulateRuns';

export function simulateInline(
  scenario: Scenario,
  onProgress?: (runsDone: number, runsTotal: number) => void,
): SimulationData {
  const collector = new ResultCollector(scenario);
  const cache = new NetworkCache();
  for (const job of planJobs(scenario.runs)) {
    collector.add(simulateRuns(scenario, jobRuns(job), cache));
    onProgress?.(collector.runsDone, scenario.runs);
  }
  return collector.finish();
}
