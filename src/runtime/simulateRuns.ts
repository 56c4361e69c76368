/**
 * The work of one job: simulate every strategy of a scenario on a list of run indices.
 * Pure apart from the network cache, and used both inside workers and directly (tests, a
 * browser without workers). Every number is a function of (scenario, run) only, so the
 * same run gives the same outcome in any job, in any worker, in any order.
 */
import { arcCount, type Graph } from '../core/graph';
import { runModel } from '../core/models/runModel';
import { rootKey } from '../core/random';
import type { Scenario } from '../core/scenario';
import { chooseSeeds } from '../core/seeding/chooseSeeds';
import { NetworkCache } from './networkCache';
import { METRIC_COUNT, METRICS, TOTALS_PER_RUN, type NetworkSummary, type RunBlock } from './runBlock';

/** The cache used when none is passed: one per thread (a worker keeps its network between jobs). */
const threadCache = new NetworkCache();

/** Simulate all strategies of `scenario` on the given run indices. */
export function simulateRuns(scenario: Scenario, runs: readonly number[], cache: NetworkCache = threadCache): RunBlock {
  const root = rootKey(scenario.seed);
  const strategyCount = scenario.strategies.length;
  const steps = scenario.steps;
  const stride = steps + 1;
  const totals = new Int32Array(strategyCount * runs.length * TOTALS_PER_RUN);
  const timelines = new Int32Array(strategyCount * runs.length * METRIC_COUNT * stride);
  let network: NetworkSummary | null = null;
  let networkMs = 0;
  let simulateMs = 0;

  runs.forEach((run, r) => {
    const t0 = performance.now();
    const { graph, generated } = cache.get(scenario.network, scenario.seed, root, run);
    const t1 = performance.now();
    if (generated) networkMs += t1 - t0;
    if (run === 0) network = summarizeNetwork(graph);

    scenario.strategies.forEach((strategy, s) => {
      const seeds = chooseSeeds(graph, strategy.seeding, root, run);
      const outcome = runModel(graph, scenario.model, seeds, steps, root, run);
      const row = s * runs.length + r;
      const at = row * TOTALS_PER_RUN;
      totals[at] = outcome.reached;
      totals[at + 1] = outcome.shared;
      totals[at + 2] = outcome.converted;
      totals[at + 3] = outcome.churned;
      totals[at + 4] = outcome.steps;
      METRICS.forEach((metric, m) => {
        timelines.set(outcome.timeline[metric].subarray(0, stride), (row * METRIC_COUNT + m) * stride);
      });
    });
    simulateMs += performance.now() - t1;
  });

  return { runs: [...runs], strategyCount, steps, totals, timelines, network, networkMs, simulateMs };
}

/** Cheap facts about a graph, O(nodes). */
export function summarizeNetwork(graph: Graph): NetworkSummary {
  const n = graph.nodeCount;
  let maxOut = 0;
  let maxIn = 0;
  for (let i = 0; i < n; i++) {
    const out = graph.offsets[i + 1] - graph.offsets[i];
    if (out > maxOut) maxOut = out;
    if (graph.inDegree[i] > maxIn) maxIn = graph.inDegree[i];
  }
  const arcs = arcCount(graph);
  return {
    nodes: n,
    arcs,
    meanDegree: n > 0 ? arcs / n : 0,
    maxOutDegree: maxOut,
    maxInDegree: maxIn,
    kols: graph.kolNodes.length,
    communities: graph.communityCount,
    fullyMixed: graph.fullyMixed,
  };
}
