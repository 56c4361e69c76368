/**
 * How long a scenario will take and how much memory it will hold, estimated before it runs: the
 * validator's limits bound each field alone, but a scenario at several limits at once validated
 * and then needed about 39 hours. The estimate is deliberately pessimistic — every run is costed
 * as if the campaign reached everyone — and built from costs measured on the 2-core development
 * machine (README, Performance): it says "minutes, not seconds", not a stopwatch time.
 */
import type { Scenario } from '../core/scenario';
import { countLines } from '../scenario/edgeListLines';
import { estimateArcs } from '../scenario/networkChecks';

/** A run expected to take longer than this (wall clock) asks first (page) or warns (CLI). */
export const LONG_RUN_SECONDS = 180;
/** A run expected to hold more than this asks first too: a browser tab rarely gets more than ~4 GB. */
const LARGE_RUN_BYTES = 2_000_000_000;

/**
 * Nanoseconds per arc of one run that reaches everyone, per model, while the network fits in the
 * CPU's caches (measured: independent cascade ~5.4 ns/arc, the dividend model 3.4–5.4× that;
 * linear threshold and Bass between), rounded up.
 */
const NS_PER_ARC: Record<string, number> = { 'independent-cascade': 7, 'linear-threshold': 12, bass: 10, dividend: 40 };
/** Per person and step: the dividend model's and Bass's step loops (the cascades move by frontier). */
const NS_PER_NODE_STEP: Record<string, number> = { 'independent-cascade': 0, 'linear-threshold': 0, bass: 1.5, dividend: 1.5 };
/**
 * Past the caches every arc and person costs more: measured 8× at 100,000 people (IC, 1M arcs:
 * 75 ns/arc; dividend, 50,000 people reached by every run: 7×), on 2 busy cores. The slowdown
 * grows with the bytes a run touches, from 1 (about 1.25 MB) to 8 (10 MB and more).
 */
const CACHE_BYTES = 1_250_000;
const MAX_CACHE_SLOWDOWN = 8;
/** Per person and run: resetting the per-person state. */
const NS_PER_NODE_RUN = 25;
/** Generating a network: per arc and per person (1M people, 10M arcs: ~0.7 s measured). */
const GENERATE_NS_PER_ARC = 60;
const GENERATE_NS_PER_NODE = 150;
/** Bytes a worker holds per arc (target + tie kind + weight) and per person (graph, agent state). */
const BYTES_PER_ARC = 9;
const BYTES_PER_NODE = { canonical: 24, dividend: 96 };
/** Bytes per (run, step, strategy) cell of the timelines, counted in the pool, the aggregator and the result. */
const BYTES_PER_TIMELINE_CELL = 4 * 4 * 3;

export interface RunEstimate {
  /** Wall-clock seconds on `workers` workers. */
  seconds: number;
  /** Bytes held at once: every worker's network and state, plus the results. */
  bytes: number;
  /** Estimated arcs and people of one network (for the message). */
  arcs: number;
  nodes: number;
}

/** Estimated arcs and people of one network of `scenario`. */
function networkSize(scenario: Scenario): { arcs: number; nodes: number } {
  const net = scenario.network;
  const nodes = net.nodes + (net.kols?.count ?? 0);
  const arcs = net.kind === 'edge-list' ? countLines(net.edges) * (net.directed ? 1 : 2) : estimateArcs(net);
  return { arcs, nodes };
}

/** Bytes one worker holds for `scenario`: its copy of the network and the per-person state. */
export function bytesPerWorker(scenario: Scenario): number {
  const { arcs, nodes } = networkSize(scenario);
  return arcs * BYTES_PER_ARC + nodes * (scenario.model.kind === 'dividend' ? BYTES_PER_NODE.dividend : BYTES_PER_NODE.canonical);
}

/**
 * Most workers a page should run `scenario` on: each holds its own network, and a tab that runs
 * out of memory in a worker is lost whole, so a huge network runs on fewer workers (the numbers
 * are the same with any worker count; only the time changes).
 */
export function workersWithinMemory(scenario: Scenario, wanted: number, budgetBytes = WORKER_MEMORY_BUDGET): number {
  return Math.max(1, Math.min(wanted, Math.floor(budgetBytes / Math.max(1, bytesPerWorker(scenario)))));
}

/** The memory all of a page's simulation workers together may plan to hold. */
const WORKER_MEMORY_BUDGET = 1_500_000_000;

/** The estimate for `scenario` on `workers` workers. */
export function estimateRun(scenario: Scenario, workers: number): RunEstimate {
  const net = scenario.network;
  const { arcs, nodes } = networkSize(scenario);
  const model = scenario.model.kind;
  const strategies = scenario.strategies.length;
  const perWorker = bytesPerWorker(scenario);
  const slowdown = Math.min(MAX_CACHE_SLOWDOWN, Math.max(1, perWorker / CACHE_BYTES));
  const perRun =
    slowdown * (arcs * (NS_PER_ARC[model] ?? NS_PER_ARC.dividend) + nodes * scenario.steps * (NS_PER_NODE_STEP[model] ?? 1.5) + nodes * NS_PER_NODE_RUN);
  const generate = arcs * GENERATE_NS_PER_ARC + nodes * GENERATE_NS_PER_NODE;
  const w = Math.max(1, Math.min(workers, scenario.runs));
  // A network per worker, or one per run index when it is redrawn every run.
  const generations = net.resample ? scenario.runs : w;
  const cpuNs = scenario.runs * strategies * perRun + generations * generate;
  const cells = scenario.runs * (scenario.steps + 1) * strategies;
  return { seconds: cpuNs / 1e9 / w, bytes: w * perWorker + cells * BYTES_PER_TIMELINE_CELL, arcs, nodes };
}

/** Whether the estimate calls for asking (page) or warning (CLI) before the run. */
export function isLongRun(estimate: RunEstimate): boolean {
  return estimate.seconds > LONG_RUN_SECONDS || estimate.bytes > LARGE_RUN_BYTES;
}

/**
 * Workers of a pool of `poolSize` the page gives a comparison run of `scenario`: all of them,
 * except that a long run (one the page asks about first) leaves one core to the page itself. The
 * page draws the partial results, compiles and collects while the workers run; with every core
 * simulating, that work came out of the workers' time and a chart's draw stretched into frames of
 * over 100 ms. Measured at a million people on 2 cores (README, "The browser at a million"): one
 * worker finished 0.3 s (6 %) after two but showed its first result sooner, kept every frame
 * under 100 ms and finished as fast as the CLI with one worker. The numbers do not depend on it.
 */
export function pageRunWorkers(scenario: Scenario, poolSize: number, onWholePool: RunEstimate = estimateRun(scenario, poolSize)): number {
  // `onWholePool`: the estimate the caller already has (an uploaded edge list's lines are counted per estimate).
  return poolSize > 1 && isLongRun(onWholePool) ? poolSize - 1 : poolSize;
}

/** "about 39 minutes and 850 MB" — the CLI's words (the page words its own). */
export function describeEstimate(estimate: RunEstimate, workers: number): string {
  const minutes = estimate.seconds / 60;
  const time = minutes >= 120 ? `${(minutes / 60).toFixed(1)} hours` : minutes >= 1 ? `${Math.round(minutes)} minutes` : `${Math.ceil(estimate.seconds)} seconds`;
  return `about ${time} on ${workers} worker${workers === 1 ? '' : 's'} and ${Math.round(estimate.bytes / 1e6).toLocaleString('en-US')} MB of memory`;
}
