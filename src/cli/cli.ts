/**
 * The `lab` command line: run, network, validate. Kept apart from main.ts (the process entry)
 * so tests can call it in-process with their own output streams.
 */
import { generateNetwork } from '../core/networks/generateNetwork';
import { networkStats } from '../core/metrics/networkStats';
import { rootKey } from '../core/random';
import { simulateOnNodePool } from '../runtime/pool.node.ts';
import { parseWorkers } from './workerCount';
import { planJobs } from '../runtime/jobs';
import { prettyJson } from '../runtime/prettyJson';
import { buildResult, resultToJson, runsCsv, stepsCsvChunks } from '../runtime/resultFormat';
import { HELP_TEXT, parseCliArgs, type CliArgs } from './args';
import { loadScenarioFile } from './loadScenarioFile';
import { frontierCommand, sweepCommand } from './sweepCommand';
import { bestSeedsCommand } from './commands/bestSeedsCommand';
import { calibrateCommand } from './calibrateCommand';
import { mergeCommand } from './mergeCommand';
import { refuseWithShard, runShard, shardOption } from './shardCommand';
import { loadScenarioWithPosterior } from './uncertaintyFrom';
import { sinkFor, writeAll, type OutputSink } from './output';
import { labMeta } from './labMeta';
import { EXIT_INTERNAL_ERROR, EXIT_USER_ERROR, problemsLine, UserError } from './userError';
import type { Scenario } from '../core/scenario';
import { escapeControl } from '../scenario/controlText';
import { describeEstimate, estimateRun, isLongRun } from '../runtime/runEstimate';

export interface CliIO {
  /** Standard output (or what stands for it in tests). */
  stdout: OutputSink;
  /** One line of diagnostics (no trailing newline). */
  stderrLine(line: string): void;
  /** Progress text, e.g. `\rruns 120/400`; absent when stderr is not a terminal. */
  progress?: (text: string) => void;
  /** Cancels a running simulation (e.g. on Ctrl-C). */
  signal?: AbortSignal;
}

/** Exit code after Ctrl-C (128 + SIGINT), as shells expect. */
const EXIT_CANCELLED = 130;

/** Run the CLI; resolves to the exit code. */
export async function runCli(argv: string[], io: CliIO): Promise<number> {
  try {
    // sweep and frontier repeat options (--param … --param …): they parse their own arguments.
    if (argv[0] === 'sweep' || argv[0] === 'frontier') {
      await (argv[0] === 'sweep' ? sweepCommand : frontierCommand)(argv.slice(1), io);
      return 0;
    }
    if (argv[0] === 'merge') {
      await mergeCommand(argv.slice(1), io);
      return 0;
    }
    if (argv[0] === 'calibrate') {
      await calibrateCommand(argv.slice(1), io);
      return 0;
    }
    if (argv[0] === 'best-seeds') {
      await bestSeedsCommand(argv.slice(1), io);
      return 0;
    }
    const args = parseCliArgs(argv);
    if (args.help || args.command === 'help') {
      await writeAll(io.stdout, [HELP_TEXT]);
      return 0;
    }
    const file = args.file!;
    switch (args.command) {
      case 'validate':
        return await validateCommand(file, io);
      case 'network':
        await networkCommand(file, args, io);
        return 0;
      case 'run':
        await runCommand(file, args, io);
        return 0;
    }
  } catch (error) {
    if (io.signal?.aborted) {
      io.stderrLine('cancelled');
      return EXIT_CANCELLED;
    }
    if (error instanceof UserError) {
      io.stderrLine(error.message);
      return EXIT_USER_ERROR;
    }
    io.stderrLine(escapeControl(`internal error (please report): ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`));
    return EXIT_INTERNAL_ERROR;
  }
}

async function loadOrFail(file: string, args: Pick<CliArgs, 'runs' | 'seed'>, io: CliIO): Promise<Scenario> {
  const loaded = await loadScenarioFile(file, { runs: args.runs, seed: args.seed });
  if (!loaded.ok) throw new UserError(problemsLine(file, loaded.errors));
  for (const warning of loaded.warnings) io.stderrLine(`warning: ${warning}`);
  return loaded.scenario;
}

async function loadWithPosterior(file: string, calibration: string, args: Pick<CliArgs, 'runs' | 'seed'>, io: CliIO): Promise<Scenario> {
  const loaded = await loadScenarioWithPosterior(file, calibration, { runs: args.runs, seed: args.seed });
  if (!loaded.ok) throw new UserError(problemsLine(file, loaded.errors));
  for (const line of [...loaded.warnings, ...loaded.notes]) io.stderrLine(`warning: ${line}`);
  return loaded.scenario;
}

async function validateCommand(file: string, io: CliIO): Promise<number> {
  const loaded = await loadScenarioFile(file);
  if (loaded.ok) {
    for (const warning of loaded.warnings) io.stderrLine(`warning: ${warning}`);
    await writeAll(io.stdout, ['ok\n']);
    return 0;
  }
  // Every problem on its own line for reading, plus the usual one-line summary on stderr.
  await writeAll(io.stdout, [loaded.errors.map((e) => `${e}\n`).join('')]);
  io.stderrLine(problemsLine(file, loaded.errors));
  return EXIT_USER_ERROR;
}

async function networkCommand(file: string, args: CliArgs, io: CliIO): Promise<void> {
  const scenario = await loadOrFail(file, args, io);
  const root = rootKey(scenario.seed);
  const stats = networkStats(generateNetwork(scenario.network, root, 0), root);
  await writeAll(await sinkFor(args.out, io.stdout), [`${prettyJson(stats)}\n`]);
}

function parseFormat(args: CliArgs): 'json' | 'csv' {
  const format = args.format ?? (args.perStep ? 'csv' : 'json');
  if (format !== 'json' && format !== 'csv') throw new UserError(`--format: must be json or csv (got "${format.slice(0, 20)}")`);
  if (args.perStep && format !== 'csv') throw new UserError('--per-step: only with --format csv');
  if (args.bom && format !== 'csv') throw new UserError('--bom: only with --format csv');
  if (args.traces && format !== 'json') throw new UserError('--traces: only with --format json');
  return format;
}

async function runCommand(file: string, args: CliArgs, io: CliIO): Promise<void> {
  const started = performance.now();
  const workersWanted = parseWorkers(args.workers);
  const shard = args.shard === undefined ? undefined : shardOption(args.shard);
  if (shard !== undefined) refuseWithShard({ format: args.format !== undefined, 'per-step': args.perStep, bom: args.bom, traces: args.traces });
  const format = parseFormat(args);
  const scenario = args.uncertaintyFrom === undefined ? await loadOrFail(file, args, io) : await loadWithPosterior(file, args.uncertaintyFrom, args, io);
  const loaded = performance.now();
  if (shard !== undefined) return runShard(scenario, shard, Math.min(workersWanted, planJobs(scenario.runs).length), args.out, io);

  const workers = Math.min(workersWanted, planJobs(scenario.runs).length);
  // Said before a long run starts, so that nobody waits hours for a scenario they did not mean.
  const estimate = estimateRun(scenario, workers);
  if (isLongRun(estimate)) io.stderrLine(`warning: ${file}: this run may take up to ${describeEstimate(estimate, workers)} (estimated as if every run reached everyone; most take far less; Ctrl-C stops it)`);
  let toldOfRestart = false;
  const data = await simulateOnNodePool(scenario, {
    workers,
    traces: args.traces,
    signal: io.signal,
    onWorkerRestart: () => {
      if (toldOfRestart) return;
      toldOfRestart = true;
      io.stderrLine('warning: a simulation worker stopped unexpectedly; it was replaced and its runs were simulated again (the results are unaffected)');
    },
    onProgress: io.progress && ((done, total) => io.progress!(`\rruns ${done}/${total}`)),
  });
  io.progress?.('\r\x1b[K');
  const simulated = performance.now();

  const sink = await sinkFor(args.out, io.stdout);
  if (format === 'csv') {
    await writeAll(sink, args.perStep ? stepsCsvChunks(scenario, data, { bom: args.bom }) : [runsCsv(scenario, data, { bom: args.bom })]);
    return;
  }
  const timings: Record<string, number> = {
    loadMs: loaded - started,
    // Summed over workers: with K workers each generates the shared network once.
    networkMs: data.networkMs,
    simulateMs: data.simulateMs,
    // Re-simulating the representative run with traces (only with --traces).
    traceMs: data.traces?.ms ?? 0,
    // Wall time of the pool: worker start-up (~0.1 s for the built worker) + simulation.
    poolMs: simulated - loaded,
  };
  const meta = labMeta({ workers, timings });
  const result = buildResult(scenario, data, meta, { traces: args.traces });
  timings.aggregateMs = performance.now() - simulated;
  timings.totalMs = performance.now() - started;
  await writeAll(sink, [resultToJson(result)]);
}

