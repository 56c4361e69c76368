/**
 * Best-seeds benchmark (single thread): greedy (CELF over live-edge samples) on the 10k-node
 * lesson presets, and the full comparison with the heuristics.
 *
 *   npx tsx bench/influence.ts
 *
 * 1. Greedy k = 50 at the default sample count on three presets: weak ties bridged (novelty
 *    decay, no KOLs), key people (heavy-tailed friend counts and KOLs: the slowest preset) and
 *    weak ties bridged without decay (halfLife null: plain reachability with hub pruning). Greedy
 *    is prefix-consistent, so the time at which the 20th seed is chosen is the time of k = 20.
 *    Also the share of time per phase and the gain evaluations made.
 * 2. compareSeedingToGreedy k = 20 on weak ties bridged: greedy plus 6 methods × 100 dividend
 *    runs, the wait of a `lab best-seeds` user; and the seeds' quality vs degree seeding.
 * Times are CPU seconds of this process (user + system): less sensitive to other work on a shared
 * machine than wall-clock, not immune to it.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { compareSeedingToGreedy } from '../src/core/influence/compareSeeding';
import { GREEDY_DEFAULTS, greedySeeds, type GreedyPhase } from '../src/core/influence/lazyGreedy';
import { generateNetwork } from '../src/core/networks/generateNetwork';
import { rootKey } from '../src/core/random';
import { isDividendScenario, type DividendScenario } from '../src/core/scenario';
import { validateScenario } from '../src/scenario/validateScenario';

export interface InfluenceBenchRow {
  name: string;
  value: number;
  unit: string;
}

function cpuSeconds(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1e6;
}

function preset(file: string): DividendScenario {
  const path = fileURLToPath(new URL(`../scenarios/${file}`, import.meta.url));
  const result = validateScenario(JSON.parse(readFileSync(path, 'utf8')));
  if (!result.ok || !isDividendScenario(result.scenario)) throw new Error(`${file}: not a valid dividend scenario`);
  return result.scenario;
}

function withoutDecay(s: DividendScenario): DividendScenario {
  return { ...s, strategies: s.strategies.map((st) => ({ ...st, content: { ...st.content, halfLife: null } })) };
}

export async function benchInfluence(): Promise<InfluenceBenchRow[]> {
  const rows: InfluenceBenchRow[] = [];
  const samples = GREEDY_DEFAULTS.samples;
  const cases: [string, DividendScenario][] = [
    ['weak ties bridged (decay)', preset('lesson-weak-ties-bridged.json')],
    ['key people (decay, KOLs, heavy tail)', preset('lesson-key-people.json')],
    ['weak ties bridged, no decay', withoutDecay(preset('lesson-weak-ties-bridged.json'))],
  ];
  for (const [label, scenario] of cases) {
    const root = rootKey(scenario.seed);
    const graph = generateNetwork(scenario.network, root, 0);
    const phaseEnd: Partial<Record<GreedyPhase, number>> = {};
    let at20 = NaN;
    const start = cpuSeconds();
    const result = greedySeeds(graph, scenario.model, scenario.strategies[0], root, {
      k: 50,
      steps: scenario.steps,
      samples,
      onProgress: (p) => {
        if (p.done === p.total) phaseEnd[p.phase] = cpuSeconds();
        if (p.phase === 'seeds' && p.done === 20) at20 = cpuSeconds() - start;
      },
    });
    const total = cpuSeconds() - start;
    const where = `${label}, ${graph.nodeCount.toLocaleString('en')} nodes, R=${samples}`;
    rows.push({ name: `greedy k=20: ${where}`, value: at20, unit: 'cpu-s' });
    rows.push({ name: `greedy k=50: ${where}`, value: total, unit: 'cpu-s' });
    const samplesAt = (phaseEnd.samples ?? start) - start;
    const gainsAt = (phaseEnd.gains ?? start) - (phaseEnd.samples ?? start);
    rows.push({ name: '  of which drawing the samples', value: samplesAt, unit: 'cpu-s' });
    rows.push({ name: '  of which first-round gains (every node, every sample)', value: gainsAt, unit: 'cpu-s' });
    rows.push({ name: '  of which choosing 50 seeds (lazy re-evaluations)', value: total - samplesAt - gainsAt, unit: 'cpu-s' });
    rows.push({ name: `  gain evaluations k=50 (plain greedy: ~${(50 * graph.nodeCount).toLocaleString('en')})`, value: result.evaluated, unit: '' });
    rows.push({ name: `  expected sharers of the 50 seeds (live-edge estimate)`, value: result.expectedShared, unit: '' });
    await Promise.resolve();
  }

  const scenario = preset('lesson-weak-ties-bridged.json');
  const root = rootKey(scenario.seed);
  const graph = generateNetwork(scenario.network, root, 0);
  const start = cpuSeconds();
  const c = compareSeedingToGreedy(
    { graph, model: scenario.model, strategy: scenario.strategies[0], root, runs: scenario.runs, steps: scenario.steps },
    20,
    { samples },
  );
  rows.push({ name: `best-seeds k=20 on weak ties bridged: greedy + 6 methods × ${scenario.runs} dividend runs`, value: cpuSeconds() - start, unit: 'cpu-s' });
  const greedy = c.rows.find((r) => r.method === 'greedy')!;
  const degree = c.rows.find((r) => r.method === 'degree')!;
  rows.push({ name: '  mean sharers, greedy (dividend runs, out of sample)', value: greedy.shared.mean, unit: '' });
  rows.push({ name: '  mean sharers, degree seeding', value: degree.shared.mean, unit: '' });
  rows.push({ name: '  best heuristic as % of the best found (sharers)', value: 100 * Math.max(...c.rows.slice(1).map((r) => r.ratioToBest.shared ?? 0)), unit: '%' });
  return rows;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const rows = await benchInfluence();
  const width = Math.max(...rows.map((r) => r.name.length));
  for (const r of rows) console.log(`${r.name.padEnd(width)}  ${r.value.toFixed(r.value >= 100 ? 0 : 3).padStart(9)} ${r.unit}`);
}
