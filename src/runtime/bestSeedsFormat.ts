/**
 * The best-seeds result as files, the same for `lab best-seeds` and the page's downloads: JSON
 * (what was asked, greedy's seeds with their roles, communities and prices, one entry per method)
 * and CSV, one row per method or one row per greedy seed. d3-dsv csvFormatRows with text cells
 * escaped against formula injection; no lists packed in a cell.
 */
import { csvFormatRows } from 'd3-dsv';
import type { SeedingComparisonRow } from '../core/influence/compareSeeding';
import type { DividendScenario } from '../core/scenario';
import type { BestSeedsResult } from './bestSeedsJob';
import { atFeeJson, IMM_AT_FEE_NOTE } from './opimcAtFeeBestSeeds';
import { immJson } from './opimcBestSeeds';
import { escapeCsvText } from './resultFormat';

/** What `converted` means in the JSON methods (the comparison's own field names are kept). */
export const CONVERSIONS_NOTE =
  'converted = incremental conversions (the lift over the same run without a campaign), which ratioToBest and vsGreedy use; totalConverted includes the organic buyers';

/** One line for the result and the help: what the number is, and what it is not. */
export const BEST_SEEDS_CAVEAT =
  'greedy (CELF) on live-edge samples of the first wave’s sharing: at least (1 − 1/e) ≈ 63% of the best seed set on those samples, a benchmark, not the proven optimum; fatigue and later waves are left out of its objective but not of the evaluation (dividend runs 0…runs−1, common random numbers)';

/** The JSON result: what was asked, greedy's seeds and gains, one entry per method. `meta` varies between invocations. */
export function bestSeedsJson(scenario: DividendScenario, strategy: number, c: BestSeedsResult): Record<string, unknown> {
  return {
    scenario: { name: scenario.name, seed: scenario.seed, runs: scenario.runs, steps: scenario.steps },
    strategy: scenario.strategies[strategy].name,
    k: c.k,
    samples: c.greedy.samples,
    sampleRuns: [c.firstRun, c.firstRun + c.greedy.samples - 1],
    evaluationRuns: [0, c.runs - 1],
    note: BEST_SEEDS_CAVEAT,
    conversions: CONVERSIONS_NOTE,
    greedy: c.greedy,
    /** Who greedy's seeds are: node, roles (hub, bridge, …), community, audience and price (of what each is). */
    seeds: c.seedProfiles,
    seedCost: c.seedCost,
    methods: c.rows,
    /** KOLs at their fee: the KOL accounts the benchmark hires, priced at their fees (absent otherwise). */
    hiredKols: c.hiredKols,
    /** KOLs at their fee: the decision, its prices and what the heuristic rows got (opimcAtFeeBestSeeds.ts). */
    kols: (c.atFee ? atFeeJson(c.atFee, scenario.model.economics.costPerSeed) : undefined) as unknown,
    /** OPIM-C's run when it chose the set (the page; the CLI sets it from its own run, the same fields). */
    imm: (c.imm ? immJson(c.imm, c.atFee ? IMM_AT_FEE_NOTE : undefined) : undefined) as unknown,
    meta: undefined as unknown,
  };
}

/**
 * CSV columns, one row per method (seed lists stay in the JSON: no lists packed in a cell).
 * Conversions are named for what they are: the lift (incremental, what ratios and comparisons use)
 * and the total beside it.
 */
export const BEST_SEEDS_CSV_HEADER = [
  'method',
  'k',
  'shared',
  'sharedStdError',
  'reached',
  'reachedStdError',
  'incrementalConverted',
  'incrementalConvertedStdError',
  'totalConverted',
  'ratioShared',
  'ratioReached',
  'ratioIncrementalConverted',
  'estimatedShared',
  'estimatedReached',
  'sharedVsGreedy',
  'sharedVsGreedyLow95',
  'sharedVsGreedyHigh95',
  'incrementalConvertedVsGreedy',
  'incrementalConvertedVsGreedyLow95',
  'incrementalConvertedVsGreedyHigh95',
  'strategy',
  'samples',
  'runs',
  'seed',
] as const;

const cell = (x: number | null | undefined): string => (x === null || x === undefined || !Number.isFinite(x) ? '' : String(x));

/** Columns added with KOLs at their fee (`--kols at-fee`): what each row hires and spends, and the budget. */
export const AT_FEE_CSV_COLUMNS = ['kolsFromRank', 'kolsHired', 'kolFees', 'seedUsers', 'cost', 'budget'] as const;

export function bestSeedsCsv(scenario: DividendScenario, strategy: number, c: BestSeedsResult, bom = false): string {
  const hired = c.hiredKols;
  const perSeed = scenario.model.economics.costPerSeed;
  // At fee the benchmark row hires its range beside its seed users; the heuristic rows get k seed users and no KOL.
  const atFeeCells = (r: SeedingComparisonRow): string[] => {
    if (hired === undefined) return [];
    const benchmark = r.method === 'greedy';
    const users = benchmark ? c.greedy.seeds.length : c.k;
    const fees = benchmark ? hired.fee : 0;
    return [benchmark && hired.hire > 0 ? String(hired.fromRank) : '', String(benchmark ? hired.hire : 0), cell(fees), String(users), cell(fees + users * perSeed), cell(c.k * perSeed)];
  };
  const rows = c.rows.map((r: SeedingComparisonRow) => [
    r.method,
    String(c.k),
    cell(r.shared.mean),
    cell(r.shared.stdError),
    cell(r.reached.mean),
    cell(r.reached.stdError),
    cell(r.converted.mean),
    cell(r.converted.stdError),
    cell(r.totalConverted.mean),
    cell(r.ratioToBest.shared),
    cell(r.ratioToBest.reached),
    cell(r.ratioToBest.converted),
    cell(r.estimatedShared),
    cell(r.estimatedReached),
    cell(r.vsGreedy.shared.meanDifference),
    cell(r.vsGreedy.shared.ci95?.[0]),
    cell(r.vsGreedy.shared.ci95?.[1]),
    cell(r.vsGreedy.converted.meanDifference),
    cell(r.vsGreedy.converted.ci95?.[0]),
    cell(r.vsGreedy.converted.ci95?.[1]),
    escapeCsvText(scenario.strategies[strategy].name),
    String(c.greedy.samples),
    String(c.runs),
    escapeCsvText(scenario.seed),
    ...atFeeCells(r),
  ]);
  const header = hired === undefined ? [...BEST_SEEDS_CSV_HEADER] : [...BEST_SEEDS_CSV_HEADER, ...AT_FEE_CSV_COLUMNS];
  return (bom ? '\uFEFF' : '') + csvFormatRows([header, ...rows]) + '\n';
}

/** Columns of the per-seed CSV (greedy's seeds in the order chosen). */
export const SEED_PROFILES_CSV_HEADER = ['order', 'node', 'roles', 'community', 'audience', 'communitiesReached', 'price', 'marginalGain', 'strategy', 'seed'] as const;

/** With OPIM-C the per-seed CSV also says, on every row, what immJson says about the run (no JSON packed in a cell). */
export const IMM_CSV_COLUMNS = ['method', 'guaranteed', 'ratio', 'target', 'epsilon', 'delta', 'sets', 'rounds', 'maxRounds', 'lowerBoundOpt', 'upperBoundOpt', 'estimatedShared', 'capped', 'ms'] as const;

/** One row per greedy seed: who it is and what it costs; roles joined with "+" (hub+bridge). */
export function seedProfilesCsv(scenario: DividendScenario, strategy: number, c: BestSeedsResult, bom = false): string {
  const imm = c.imm ? immJson(c.imm) : null;
  const immCells = imm ? IMM_CSV_COLUMNS.map((key) => (typeof imm[key] === 'number' ? cell(imm[key]) : escapeCsvText(String(imm[key])))) : [];
  const header = imm ? [...SEED_PROFILES_CSV_HEADER, ...IMM_CSV_COLUMNS] : [...SEED_PROFILES_CSV_HEADER];
  const rows = c.seedProfiles.map((p, i) => [
    String(i + 1),
    String(p.node),
    p.roles.join('+'),
    p.community === null ? '' : String(p.community),
    String(p.audience),
    String(p.communitiesReached),
    cell(p.price),
    cell(c.greedy.marginalGains[i]),
    escapeCsvText(scenario.strategies[strategy].name),
    escapeCsvText(scenario.seed),
    ...immCells,
  ]);
  return (bom ? '\uFEFF' : '') + csvFormatRows([header, ...rows]) + '\n';
}
