/**
 * `lab sweep` and `lab frontier`: a parameter sweep (1-D curve or 2-D grid) and the budget
 * frontier of a scenario file, simulated on worker threads with the same code as the app, printed
 * as JSON (default) or CSV. Bad input — an unknown path, a text field, a grid value out of the
 * field's range, a missing budget — is a UserError: one line, exit code 2.
 */
import type { Scenario } from '../core/scenario';
import { runFrontier } from '../runtime/frontierResult';
import { planJobs } from '../runtime/jobs';
import { parseWorkers } from './workerCount';
import type { SeriesProgress } from '../runtime/scenarioSeries';
import { frontierCsv, seriesResultToJson, sweepCsv } from '../runtime/sweepFormat';
import { withNodePoolSimulator } from '../runtime/sweepPool.node.ts';
import { runSweep } from '../runtime/sweepResult';
import { planFrontier } from '../sweep/frontierPlan';
import { SweepInputError } from '../sweep/sweepError';
import { planSweep } from '../sweep/sweepPlan';
import { HELP_TEXT } from './args';
import type { CliIO } from './cli';
import { loadScenarioFile } from './loadScenarioFile';
import { sinkFor, writeAll } from './output';
import { labMeta } from './labMeta';
import { parseFrontierArgs, parseSweepArgs, type SeriesCliArgs } from './sweepArgs';
import { problemsLine, UserError } from './userError';
import { frontierShard, refuseWithShard, shardOption, sweepShard } from './shardCommand';
import type { ShardSpec } from '../shard/shardSpec';

/** --shard, parsed, with the options a partial result cannot honour refused. */
function shardOf(args: SeriesCliArgs): ShardSpec | undefined {
  if (args.shard === undefined) return undefined;
  const shard = shardOption(args.shard);
  refuseWithShard({ format: args.formatGiven, bom: args.bom });
  return shard;
}

async function loadScenario(args: SeriesCliArgs, io: CliIO): Promise<Scenario> {
  const loaded = await loadScenarioFile(args.file, { runs: args.runs, seed: args.seed });
  if (!loaded.ok) throw new UserError(problemsLine(args.file, loaded.errors));
  for (const warning of loaded.warnings) io.stderrLine(`warning: ${warning}`);
  return loaded.scenario;
}

/** Planning errors name the file, like validation errors. */
function planOrFail<T>(file: string, plan: () => T): T {
  try {
    return plan();
  } catch (error) {
    if (error instanceof SweepInputError) throw new UserError(`${file}: ${error.message}`);
    throw error;
  }
}

/** Never more threads than the largest variant has jobs (a thread costs ~0.4 s to start). */
function workersFor(wanted: number, scenarios: readonly Scenario[]): number {
  return Math.max(1, Math.min(wanted, Math.max(...scenarios.map((s) => planJobs(s.runs).length))));
}

function progressReporter(io: CliIO, what: string): ((p: SeriesProgress) => void) | undefined {
  const show = io.progress;
  return show && ((p) => show(`\r${what} ${Math.min(p.variantsDone + 1, p.variantsTotal)}/${p.variantsTotal}, simulations ${p.done}/${p.total}`));
}

/** `lab sweep FILE --param PATH --from A --to B --steps K [second --param …] [options]`. */
export async function sweepCommand(argv: string[], io: CliIO): Promise<void> {
  const started = performance.now();
  const args = parseSweepArgs(argv);
  if (args.help) return writeAll(io.stdout, [HELP_TEXT]);
  const wanted = parseWorkers(args.workers);
  const shard = shardOf(args);
  const scenario = await loadScenario(args, io);
  const plan = planOrFail(args.file, () => planSweep(scenario, args.params, { strategy: args.strategy }));
  const planned = performance.now();
  const workers = workersFor(wanted, plan.points.map((p) => p.scenario));
  if (shard !== undefined) return sweepShard(scenario, { params: args.params, strategy: args.strategy }, plan, shard, workers, args.out, io);
  const result = await withNodePoolSimulator(workers, (simulate) =>
    runSweep(plan, simulate, { signal: io.signal, onProgress: progressReporter(io, 'grid point') }),
  );
  io.progress?.('\r\x1b[K');
  const simulated = performance.now();
  const sink = await sinkFor(args.out, io.stdout);
  if (args.format === 'csv') {
    await writeAll(sink, [sweepCsv(result, { bom: args.bom })]);
    return;
  }
  // Wall time of the pool includes starting the workers (~0.1 s each for the built worker).
  result.meta = labMeta({ workers, timings: { planMs: planned - started, poolMs: simulated - planned, totalMs: performance.now() - started } });
  await writeAll(sink, [seriesResultToJson(result)]);
}

/** `lab frontier FILE --budget B [--strategy NAME] [--grid SxKxRxA] [--max-reward R] [options]`. */
export async function frontierCommand(argv: string[], io: CliIO): Promise<void> {
  const started = performance.now();
  const args = parseFrontierArgs(argv);
  if (args.help) return writeAll(io.stdout, [HELP_TEXT]);
  const wanted = parseWorkers(args.workers);
  const shard = shardOf(args);
  const scenario = await loadScenario(args, io);
  const plan = planOrFail(args.file, () =>
    planFrontier(scenario, { budget: args.budget, strategy: args.strategy, levels: args.levels, maxRewardPerShare: args.maxReward }),
  );
  const planned = performance.now();
  const workers = workersFor(wanted, plan.batches);
  if (shard !== undefined)
    return frontierShard(scenario, { budget: args.budget, strategy: args.strategy, levels: args.levels, maxReward: args.maxReward }, plan, shard, workers, args.out, io);
  const result = await withNodePoolSimulator(workers, (simulate) =>
    runFrontier(plan, simulate, { signal: io.signal, onProgress: progressReporter(io, 'batch') }),
  );
  io.progress?.('\r\x1b[K');
  const simulated = performance.now();
  const sink = await sinkFor(args.out, io.stdout);
  if (args.format === 'csv') {
    await writeAll(sink, [frontierCsv(result, { bom: args.bom })]);
    return;
  }
  result.meta = labMeta({ workers, timings: { planMs: planned - started, poolMs: simulated - planned, totalMs: performance.now() - started } });
  await writeAll(sink, [seriesResultToJson(result)]);
}
