/**
 * Running a planned budget frontier and assembling its result: every candidate allocation
 * simulated on the same runs (common random numbers: candidate A's run 7 and candidate B's run 7
 * share the world), summarised like a sweep point, marked within budget when its mean cost is at
 * most the budget, and the Pareto frontier (most incremental conversions — the lift over the same
 * run without a campaign — for the least mean cost) of the candidates within budget. Each point carries its complete strategy, ready for a strategy card.
 */
import type { DividendScenario, DividendStrategy } from '../core/scenario';
import { paretoFrontier } from '../sweep/pareto';
import type { Allocation, FrontierPlan } from '../sweep/frontierPlan';
import type { ResultMeta } from './resultFormat';
import { simulateSeries, type ScenarioSimulator, type SeriesOptions } from './scenarioSeries';
import { pointStrategies, SWEEP_METRICS, type SweepMetric, type SweepPointStrategy, type SweepSummary } from './sweepResult';

export interface FrontierPoint {
  index: number;
  allocation: Allocation;
  /** Seed users + KOL fees, known before simulating. */
  fixedCost: number;
  /** Summaries over runs of reached, shared, converted, incrementalConverted, roi, R, cost. */
  summary: Partial<Record<SweepMetric, SweepSummary>>;
  /** Mean cost ≤ budget. */
  withinBudget: boolean;
  /** On the Pareto frontier of the points within budget. */
  onFrontier: boolean;
  /** The complete strategy (the chosen strategy with this allocation). */
  strategy: DividendStrategy;
}

export interface FrontierResult {
  kind: 'frontier';
  /** The scenario the frontier was computed for (every strategy, runs and seed as simulated). */
  scenario: DividendScenario;
  /** Name of the strategy whose money was reallocated. */
  strategy: string;
  budget: number;
  /** The lever levels of the grid. */
  levels: FrontierPlan['levels'];
  /** Combinations not simulated: seed users and KOL fees alone exceed the budget. */
  skipped: number;
  points: FrontierPoint[];
  /** Indices into `points` of the frontier, by increasing mean cost. */
  frontier: number[];
  meta: ResultMeta;
}

/** Simulate every candidate of `plan` and assemble the result (meta left empty). */
export async function runFrontier(plan: FrontierPlan, simulate: ScenarioSimulator, options: SeriesOptions = {}): Promise<FrontierResult> {
  const metrics: SweepMetric[] = [...SWEEP_METRICS];
  const batches = await simulateSeries(plan.batches, simulate, (data) => pointStrategies(data, metrics), options);
  return assembleFrontier(plan, batches);
}

/** The result from each batch's per-strategy summaries, in plan order (also the merge of sharded batches). */
export function assembleFrontier(plan: FrontierPlan, batches: SweepPointStrategy[][]): FrontierResult {
  const summaries = batches.flat();
  const points: FrontierPoint[] = plan.candidates.map((c, i) => {
    if (summaries[i]?.name !== c.strategy.name) throw new Error('runFrontier: results out of step with the candidates');
    const summary = summaries[i].summary;
    const cost = summary.cost?.mean ?? 0;
    return {
      index: c.index,
      allocation: c.allocation,
      fixedCost: c.fixedCost,
      summary,
      withinBudget: cost <= plan.budget,
      onFrontier: false,
      strategy: c.strategy,
    };
  });
  // Ranked on the lift: sales that happen without the campaign are no candidate's.
  const frontier = paretoFrontier(
    points.map((p) => ({ cost: p.summary.cost?.mean ?? NaN, value: p.summary.incrementalConverted?.mean ?? NaN, eligible: p.withinBudget })),
  );
  for (const i of frontier) points[i].onFrontier = true;
  return {
    kind: 'frontier',
    scenario: plan.scenario,
    strategy: plan.strategy,
    budget: plan.budget,
    levels: plan.levels,
    skipped: plan.skipped,
    points,
    frontier,
    meta: {},
  };
}
