/**
 * The verdict: for each goal a strategist may have — the most extra (incremental) sales, the
 * lowest cost per extra sale, the best ROI — which strategy wins, by how much, and whether the
 * simulation can tell. Pure: per-run columns in, numbers out (the words are verdictText.ts's).
 *
 * The winner is compared with the **runner-up** on the same goal, paired by run (run i of every
 * strategy is the same world): the runner-up is the alternative the strategist would otherwise
 * pick, so "clearly ahead of the runner-up" means "clearly the best choice". Compared with the
 * baseline instead, two close challengers could both look like clear winners.
 * - sales: mean difference of extra sales per run, paired t-interval (as the comparison chart);
 * - cost per extra sale: Σcost ÷ Σextra sales per strategy, delta-method paired interval
 *   (core/stats/pairedRatio); a run that sells nothing extra counts as infinitely expensive in
 *   the win rate;
 * - ROI: mean difference of the runs' ROI over the runs where both are defined (paired t).
 * With a fixed value per sale ROI = value ÷ cost per sale − 1, so the last two goals usually agree;
 * they differ when costs vary from run to run (ads, rewards).
 *
 * A winner is clear when the 95 % interval of its advantage lies above 0. Otherwise the verdict
 * says why: too few runs (the runs that would likely settle it, from the interval's width), or the
 * strategies are too close to matter (an advantage under 2 % of the goal's value, or more runs
 * than a scenario may have), or they are identical on every run.
 */
import { pairedComparison } from '../../../core/stats/pairedComparison';
import { pairedRatioComparison } from '../../../core/stats/pairedRatio';
import { MAX_RUNS } from '../../../scenario/limits';
import { costPerSaleOf, meanOf, summarise, type StrategyColumns, type StrategySummary } from './strategySummary';

export type Goal = 'sales' | 'costPerSale' | 'roi';
export const GOALS: readonly Goal[] = ['sales', 'costPerSale', 'roi'];

/** An advantage below this share of the goal's value is too small to decide on. */
const TOO_CLOSE_SHARE = 0.02;

/** Why a goal has no clear winner. */
export type UnclearReason =
  | { kind: 'fewRuns' }
  | { kind: 'moreRuns'; runs: number }
  | { kind: 'tooClose' }
  | { kind: 'identical' };

/** The verdict on one goal. */
export type GoalVerdict =
  /** No strategy has a value on this goal (nothing sells extra; nothing costs anything). */
  | { goal: Goal; status: 'none' }
  /** One strategy only has a value: nothing to compare it with. */
  | { goal: Goal; status: 'alone'; winner: number; value: number }
  | ComparedGoal;

/** A winner compared with its runner-up. */
export interface ComparedGoal {
  goal: Goal;
  status: 'clear' | 'unclear';
  /** Strategy indices. */
  winner: number;
  rival: number;
  /** The goal's value of each (extra sales per run, cost per extra sale, ROI as a ratio). */
  value: number;
  rivalValue: number;
  /** How much better the winner is, in the goal's unit (always "better" direction: positive = ahead). */
  advantage: number;
  /** 95 % interval of the advantage (paired); null with one run. */
  ci95: [number, number] | null;
  /** Share of runs where the winner does better than the runner-up (ties count half). */
  winShare: number;
  /** Runs compared. */
  n: number;
  /** Winner's mean cost per run − the runner-up's. */
  costDifference: number;
  reason: UnclearReason | null;
}

export interface Verdict {
  strategies: StrategySummary[];
  goals: GoalVerdict[];
}

/** Indices of the strategies whose `value` is finite, best first (`lowerIsBetter` for costs); ties keep the order. */
function ranked(values: readonly (number | null)[], lowerIsBetter: boolean): number[] {
  const ok = values.map((v, i) => ({ v, i })).filter((x): x is { v: number; i: number } => x.v !== null && Number.isFinite(x.v));
  return ok.sort((a, b) => (lowerIsBetter ? a.v - b.v : b.v - a.v) || a.i - b.i).map((x) => x.i);
}

/** Keep the runs where every column is finite. */
function pairedRuns(...columns: (readonly number[])[]): number[][] {
  const out = columns.map(() => [] as number[]);
  const n = Math.min(...columns.map((c) => c.length));
  for (let r = 0; r < n; r++) {
    if (columns.some((c) => !Number.isFinite(c[r]))) continue;
    columns.forEach((c, k) => out[k].push(c[r]));
  }
  return out;
}

/** Why an advantage whose interval does not clear 0 is not a verdict. */
function unclearReason(advantage: number, ci95: [number, number] | null, n: number, scale: number, allZero: boolean): UnclearReason {
  if (allZero) return { kind: 'identical' };
  if (ci95 === null || n < 2) return { kind: 'fewRuns' };
  if (!(advantage > TOO_CLOSE_SHARE * scale)) return { kind: 'tooClose' };
  // The interval's half-width shrinks as 1/√runs: it reaches the advantage at n·(half/advantage)² runs.
  const half = (ci95[1] - ci95[0]) / 2;
  const runs = Math.ceil(n * (half / advantage) ** 2);
  return runs > MAX_RUNS ? { kind: 'tooClose' } : { kind: 'moreRuns', runs: Math.max(runs, n + 1) };
}

function compared(
  goal: Goal,
  winner: number,
  rival: number,
  values: readonly (number | null)[],
  advantage: number,
  ci95: [number, number] | null,
  winShare: number,
  n: number,
  allZero: boolean,
  summaries: readonly StrategySummary[],
): ComparedGoal {
  const value = values[winner] as number;
  const rivalValue = values[rival] as number;
  const clear = ci95 !== null && ci95[0] > 0 && advantage > 0;
  const scale = Math.max(Math.abs(value), Math.abs(rivalValue), goal === 'roi' ? 1 : 0);
  return {
    goal,
    status: clear ? 'clear' : 'unclear',
    winner,
    rival,
    value,
    rivalValue,
    advantage,
    ci95,
    winShare,
    n,
    costDifference: summaries[winner].cost - summaries[rival].cost,
    reason: clear ? null : unclearReason(advantage, ci95, n, scale, allZero),
  };
}

/** The most extra sales per run. */
function salesGoal(columns: readonly StrategyColumns[], summaries: readonly StrategySummary[]): GoalVerdict {
  const values = summaries.map((s) => (Number.isFinite(s.lift) ? s.lift : null));
  const order = ranked(values, false);
  if (order.length === 0) return { goal: 'sales', status: 'none' };
  const [w, r] = order;
  if (r === undefined) return { goal: 'sales', status: 'alone', winner: w, value: values[w] as number };
  const [a, b] = pairedRuns(columns[r].lift, columns[w].lift);
  const c = pairedComparison(a, b);
  return compared('sales', w, r, values, c.meanDifference, c.ci95, c.shareBetter, c.n, a.every((x, i) => x === b[i]), summaries);
}

/** The lowest cost per extra sale (strategies that sell something extra on average). */
function costGoal(columns: readonly StrategyColumns[], summaries: readonly StrategySummary[]): GoalVerdict {
  const values = summaries.map((s) => s.costPerSale);
  const order = ranked(values, true);
  if (order.length === 0) return { goal: 'costPerSale', status: 'none' };
  const [w, r] = order;
  if (r === undefined) return { goal: 'costPerSale', status: 'alone', winner: w, value: values[w] as number };
  const [costW, liftW, costR, liftR] = pairedRuns(columns[w].cost, columns[w].lift, columns[r].cost, columns[r].lift);
  // Over the paired runs (the same as the summaries' unless a run lacks a value).
  const paired = costPerSaleOf({ cost: costW, lift: liftW }) !== null && costPerSaleOf({ cost: costR, lift: liftR }) !== null;
  const c = paired ? pairedRatioComparison(costW, liftW, costR, liftR) : null;
  // Per run, a run that sells nothing extra has no cost per sale: count it as infinitely expensive.
  const perRun = (cost: number, lift: number) => (lift > 0 ? cost / lift : Infinity);
  let better = 0;
  let same = true;
  for (let i = 0; i < costW.length; i++) {
    const x = perRun(costW[i], liftW[i]);
    const y = perRun(costR[i], liftR[i]);
    better += x < y ? 1 : x === y ? 0.5 : 0;
    same &&= costW[i] === costR[i] && liftW[i] === liftR[i];
  }
  const n = costW.length;
  return compared('costPerSale', w, r, values, c ? c.difference : NaN, c ? c.ci95 : null, n ? better / n : NaN, n, same, summaries);
}

/** The best mean ROI (strategies that spend money). */
function roiGoal(columns: readonly StrategyColumns[], summaries: readonly StrategySummary[]): GoalVerdict {
  const values = summaries.map((s) => s.roi);
  const order = ranked(values, false);
  if (order.length === 0) return { goal: 'roi', status: 'none' };
  const [w, r] = order;
  if (r === undefined) return { goal: 'roi', status: 'alone', winner: w, value: values[w] as number };
  const [a, b] = pairedRuns(columns[r].roi, columns[w].roi);
  const c = pairedComparison(a, b);
  return compared('roi', w, r, values, c.meanDifference, c.ci95, c.shareBetter, c.n, a.every((x, i) => x === b[i]), summaries);
}

/** The verdict over every goal; null without incremental conversions (canonical models). */
export function verdictOf(columns: readonly StrategyColumns[]): Verdict | null {
  if (columns.length === 0 || columns.every((c) => !Number.isFinite(meanOf(c.lift)))) return null;
  const strategies = columns.map(summarise);
  return { strategies, goals: [salesGoal(columns, strategies), costGoal(columns, strategies), roiGoal(columns, strategies)] };
}
