/**
 * The work of one job: simulate every strategy of a scenario on a list of run indices.
 * Pure apart from the network cache, and used both inside workers and directly (tests, a
 * browser without workers). Every number is a function of (scenario, run) only, so the
 * same run gives the same outcome in any job, in any worker, in any order.
 */
import { chooseDividendSeeds } from '../core/dividend/coreFans';
import type { DividendRunOutcome } from '../core/dividend/dividendOutcome';
import { runDividend } from '../core/dividend/runDividend';
import { arcCount, type Graph } from '../core/graph';
import { runModel } from '../core/models/runModel';
import { rootKey, type StreamKey } from '../core/random';
import type { RunOutcome } from '../core/runOutcome';
import { isDividendScenario, type Scenario } from '../core/scenario';
import { chooseSeeds } from '../core/seeding/chooseSeeds';
import { NetworkCache } from './networkCache';
import { DIVIDEND_RUN_COLUMNS, runColumnsOf } from './runColumns';
import { METRIC_COUNT, METRICS, TOTALS_PER_RUN, type NetworkSummary, type RunBlock, type TraceBlock } from './runBlock';
import { planUncertainty, scenarioForRun } from './uncertainWorlds';

/** The cache used when none is passed: one per thread (a worker keeps its network between jobs). */
const threadCache = new NetworkCache();

/**
 * One run of strategy `s` on `graph`, whatever the model. With `trace`, a dividend run keeps its
 * per-node trace (canonical models have none).
 */
function runStrategy(scenario: Scenario, s: number, graph: Graph, root: StreamKey, run: number, trace = false): RunOutcome | DividendRunOutcome {
  if (isDividendScenario(scenario)) {
    const strategy = scenario.strategies[s];
    const seeds = chooseDividendSeeds(graph, scenario.model, strategy.seeding, strategy.content.relevance, root, run);
    return runDividend(graph, scenario.model, strategy, seeds, scenario.steps, root, run, { trace });
  }
  const seeds = chooseSeeds(graph, scenario.strategies[s].seeding, root, run);
  return runModel(graph, scenario.model, seeds, scenario.steps, root, run);
}

/** Simulate all strategies of `scenario` on the given run indices. */
export function simulateRuns(base: Scenario, runs: readonly number[], cache: NetworkCache = threadCache): RunBlock {
  // Under uncertainty each run simulates its own drawn world (the same for every strategy).
  const uncertainty = planUncertainty(base);
  let scenario = base;
  const root = rootKey(scenario.seed);
  const strategyCount = scenario.strategies.length;
  const steps = scenario.steps;
  const stride = steps + 1;
  const metricNames = runColumnsOf(scenario);
  const metricCount = metricNames.length;
  const dividend = isDividendScenario(scenario);
  const totals = new Int32Array(strategyCount * runs.length * TOTALS_PER_RUN);
  const timelines = new Int32Array(strategyCount * runs.length * METRIC_COUNT * stride);
  const metrics = new Float64Array(strategyCount * runs.length * metricCount);
  let network: NetworkSummary | null = null;
  let networkMs = 0;
  let simulateMs = 0;

  runs.forEach((run, r) => {
    if (uncertainty !== null) scenario = scenarioForRun(base, uncertainty, run);
    const t0 = performance.now();
    const { graph, generated } = cache.get(scenario.network, scenario.seed, root, run);
    const t1 = performance.now();
    if (generated) networkMs += t1 - t0;
    if (run === 0) network = summarizeNetwork(graph);

    for (let s = 0; s < strategyCount; s++) {
      const outcome = runStrategy(scenario, s, graph, root, run);
      const row = s * runs.length + r;
      const at = row * TOTALS_PER_RUN;
      totals[at] = outcome.reached;
      totals[at + 1] = outcome.shared;
      totals[at + 2] = outcome.converted;
      totals[at + 3] = outcome.churned;
      totals[at + 4] = outcome.steps;
      const m0 = row * metricCount;
      if (dividend) {
        const values = (outcome as DividendRunOutcome).metrics;
        DIVIDEND_RUN_COLUMNS.forEach((c, k) => {
          metrics[m0 + k] = values[c.metric] ?? NaN;
        });
      } else {
        for (let k = 0; k < TOTALS_PER_RUN; k++) metrics[m0 + k] = totals[at + k];
      }
      METRICS.forEach((metric, m) => {
        timelines.set(outcome.timeline[metric].subarray(0, stride), (row * METRIC_COUNT + m) * stride);
      });
    }
    simulateMs += performance.now() - t1;
  });

  return { runs: [...runs], strategyCount, steps, totals, timelines, metricNames, metrics, network, networkMs, simulateMs };
}

/**
 * Re-simulate every strategy on run `run` keeping per-node traces (the animation's data).
 * The outcome is the same as in simulateRuns: only the traces are added.
 */
export function simulateTraces(base: Scenario, run: number, cache: NetworkCache = threadCache): TraceBlock {
  const started = performance.now();
  const uncertainty = planUncertainty(base);
  const scenario = uncertainty === null ? base : scenarioForRun(base, uncertainty, run);
  const root = rootKey(scenario.seed);
  const { graph } = cache.get(scenario.network, scenario.seed, root, run);
  const strategies = scenario.strategies.map((_, s) => {
    const outcome = runStrategy(scenario, s, graph, root, run, true);
    return (outcome as Partial<DividendRunOutcome>).trace ?? null;
  });
  return { run, strategies, ms: performance.now() - started };
}

/** Cheap facts about a graph, O(nodes). */
function summarizeNetwork(graph: Graph): NetworkSummary {
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
