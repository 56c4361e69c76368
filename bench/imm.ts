/**
 * Best seeds at a million people: OPIM-C over reverse-reachable sets
 * (src/core/influence/opimc.ts) for k = 50 on the weak-ties-bridged lesson scaled to 1,000,000
 * people (communities of 100, mean degree 12, mixing 0.1, novelty half-life 24 h as in the preset),
 * with the defaults ε = 0.1 and δ = 1/n. Reports the time, RR sets, the proven ratio and the bounds
 * on OPT, and the seeds' sharers against degree seeding (the largest audiences) on dividend runs
 * 0 … EVAL_RUNS−1 (paired, common random numbers) and on the validation RR sets.
 *
 *   npx tsx bench/imm.ts            (IMM_NODES=… size, IMM_QUALITY=… content quality, IMM_EVAL_RUNS=…,
 *                                    IMM_WORKERS=… threads drawing the RR sets, default 2; 1 = this thread,
 *                                    IMM_EPSILON=… ε, default OPIMC_DEFAULTS.epsilon = 0.1)
 * Times: wall-clock seconds, and CPU seconds of this process (all its threads) for OPIM-C (less
 * sensitive to a shared machine).
 */
import { readFileSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { chooseDividendSeeds } from '../src/core/dividend/coreFans';
import { runDividend } from '../src/core/dividend/runDividend';
import { candidateNodes } from '../src/core/influence/lazyGreedy';
import { opimcSeeds } from '../src/core/influence/opimcRounds';
import { opimcSeedsOnThreads } from '../src/runtime/rrSetsParallel.node.ts';
import { dividendArcRule } from '../src/core/influence/rrSets';
import { generateNetwork } from '../src/core/networks/generateNetwork';
import { rootKey } from '../src/core/random';
import { isDividendScenario, type DividendScenario } from '../src/core/scenario';
import { validateScenario } from '../src/scenario/validateScenario';
import { meanWithError } from '../src/core/influence/compareSeeding';
import { pairedComparison } from '../src/core/stats/pairedComparison';

export interface ImmBenchRow {
  name: string;
  value: number;
  unit: string;
}

const EVAL_RUNS = Number(process.env.IMM_EVAL_RUNS ?? 20);
const WORKERS = Number(process.env.IMM_WORKERS ?? 2);
const EPSILON = process.env.IMM_EPSILON === undefined ? undefined : Number(process.env.IMM_EPSILON);

function scenarioAt(nodes: number): DividendScenario {
  const path = fileURLToPath(new URL('../scenarios/lesson-weak-ties-bridged.json', import.meta.url));
  const raw = JSON.parse(readFileSync(path, 'utf8'));
  raw.network = { ...raw.network, nodes, communities: Math.round(nodes / 100) };
  // IMM_QUALITY: content quality of the strategy (the preset's 0.7 is supercritical; 0.1 is not).
  if (process.env.IMM_QUALITY !== undefined) raw.strategies[0].content.quality = Number(process.env.IMM_QUALITY);
  const result = validateScenario(raw);
  if (!result.ok || !isDividendScenario(result.scenario)) throw new Error('not a valid dividend scenario');
  return result.scenario;
}

export async function benchImm(nodes = Number(process.env.IMM_NODES ?? 1_000_000), k = 50): Promise<ImmBenchRow[]> {
  const rows: ImmBenchRow[] = [];
  const scenario = scenarioAt(nodes);
  const root = rootKey(scenario.seed);
  const t0 = performance.now();
  const graph = generateNetwork(scenario.network, root, 0);
  const where = `${graph.nodeCount.toLocaleString('en')} people, k=${k}`;
  rows.push({ name: `network generation (${where})`, value: (performance.now() - t0) / 1000, unit: 's' });
  const strategy = scenario.strategies[0];
  const t1 = performance.now();
  const cpu1 = process.cpuUsage();
  const rule = dividendArcRule(graph, scenario.model, strategy, root, scenario.steps);
  const options = { k, epsilon: EPSILON, candidates: candidateNodes(graph, root, null) };
  const r = WORKERS > 1 ? await opimcSeedsOnThreads(graph, rule, root, options, WORKERS) : opimcSeeds(graph, rule, root, options);
  const cpu = process.cpuUsage(cpu1);
  rows.push({ name: `OPIM-C ε=${r.epsilon}, δ=1/n, ${WORKERS} thread(s): wall time`, value: (performance.now() - t1) / 1000, unit: 's' });
  rows.push({ name: `OPIM-C: CPU time (user + system; a loaded machine inflates wall time)`, value: (cpu.user + cpu.system) / 1e6, unit: 'cpu-s' });
  rows.push({ name: '  RR sets (selection + validation)', value: r.sets, unit: '' });
  rows.push({ name: '  mean RR-set size', value: r.meanSetSize, unit: 'people' });
  rows.push({ name: '  load average (1 min) after OPIM-C', value: loadavg()[0], unit: `on ${availableParallelism()} cores` });
  rows.push({ name: `  doubling rounds (of ${r.maxRounds})`, value: r.rounds, unit: '' });
  rows.push({ name: '  proven ratio σ(S)/OPT ≥ (w.p. 1−δ)', value: r.ratio, unit: '' });
  rows.push({ name: '  target 1 − 1/e − ε', value: r.target, unit: '' });
  rows.push({ name: '  lower bound on σ(S) and OPT', value: r.lowerBoundOpt, unit: 'sharers' });
  rows.push({ name: '  upper bound on OPT', value: r.upperBoundOpt, unit: 'sharers' });
  rows.push({ name: '  σ(S) estimate on validation sets', value: r.expectedShared, unit: 'sharers' });
  rows.push({ name: '  peak memory of RR sets and index', value: (r.peakInts * 4) / 2 ** 20, unit: 'MiB' });
  rows.push({ name: `  capped by memory (1 = yes)`, value: r.capped ? 1 : 0, unit: '' });

  const degree = chooseDividendSeeds(graph, scenario.model, { method: 'degree', count: k, nodes: [] }, strategy.content.relevance, root, 0);
  const rrSet = Int32Array.from(r.seeds);
  const t2 = performance.now();
  const shared = { rr: new Float64Array(EVAL_RUNS), degree: new Float64Array(EVAL_RUNS) };
  for (let run = 0; run < EVAL_RUNS; run++) {
    shared.rr[run] = runDividend(graph, scenario.model, strategy, rrSet, scenario.steps, root, run).shared;
    shared.degree[run] = runDividend(graph, scenario.model, strategy, degree, scenario.steps, root, run).shared;
  }
  rows.push({ name: `evaluation: 2 × ${EVAL_RUNS} dividend runs`, value: (performance.now() - t2) / 1000, unit: 's' });
  const a = meanWithError(shared.rr);
  const b = meanWithError(shared.degree);
  const diff = pairedComparison(shared.degree, shared.rr);
  rows.push({ name: '  mean sharers, OPIM-C seeds (dividend runs)', value: a.mean, unit: `± ${a.stdError.toFixed(1)}` });
  rows.push({ name: '  mean sharers, degree seeds (dividend runs)', value: b.mean, unit: `± ${b.stdError.toFixed(1)}` });
  rows.push({ name: '  OPIM-C − degree, paired mean', value: diff.meanDifference, unit: diff.ci95 ? `95% [${diff.ci95[0].toFixed(1)}, ${diff.ci95[1].toFixed(1)}]` : '' });
  return rows;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const rows = await benchImm();
  const width = Math.max(...rows.map((r) => r.name.length));
  for (const r of rows) console.log(`${r.name.padEnd(width)}  ${r.value.toFixed(Math.abs(r.value) >= 100 ? 0 : 3).padStart(12)} ${r.unit}`);
}
