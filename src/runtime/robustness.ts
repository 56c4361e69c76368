/**
 * Does the ranking survive what the scenario does not know? Under `uncertainty` every run index
 * is one plausible world (its own draw of the uncertain parameters, shared by every strategy),
 * so the runs answer two questions per goal:
 *
 * - **Win share**: in what share of the worlds each strategy wins the goal — most incremental
 *   conversions (canonical models: conversions), lowest cost per incremental sale, best ROI. A
 *   tie splits that world equally among the tied strategies; a world where no strategy has the
 *   number defined (no strategy caused a sale, so no cost per sale) is `undecided`. Win shares
 *   and `undecided` add up to 1. Each world also carries its run's own luck (who happened to
 *   share), so a win share is "the chance this strategy comes out ahead in the campaign you will
 *   actually run", not only across parameter values.
 * - **Sensitivity**: which uncertain parameter the ranking hangs on. For the leader (highest win
 *   share) and the runner-up, the per-world advantage of the leader — leader − runner-up, or
 *   runner-up − leader when lower is better — is rank-correlated (Spearman's ρ, ties given their
 *   mean rank) with each drawn parameter across the worlds where both numbers are defined. ρ near
 *   ±1: the lead grows (+) or shrinks (−) steadily with that parameter, so learning it decides
 *   the choice; ρ near 0: the lead does not depend on it. Rank correlation catches any monotone
 *   dependence (thresholds included) and ignores outliers; it does not see a lead that peaks in
 *   the middle of the range, and parameters drawn together from a posterior share their
 *   credit when they are correlated.
 * - **Verdict**: `robust` when the leader wins at least ROBUST_SHARE (90 %) of the worlds — the
 *   same conclusion in nine plausible worlds out of ten, the confidence at which a strategist
 *   usually acts — else `depends` on the most sensitive parameter (null when there is none).
 */
import type { Scenario } from '../core/scenario';
import { metricColumn, type SimulationData } from './collect';
import { conversionMetric } from './strategyComparison';
import { drawsByRun, planUncertainty } from './uncertainWorlds';

/** A leader winning at least this share of the worlds is `robust`. */
export const ROBUST_SHARE = 0.9;

export type Goal = 'mostConversions' | 'lowestCostPerSale' | 'bestRoi';

export interface Sensitivity {
  path: string;
  /** Spearman's ρ between the path's drawn value and the leader's advantage; null when undefined (fewer than 3 worlds, or a constant). */
  rankCorrelation: number | null;
}

export type Verdict =
  | { word: 'robust'; winner: string; share: number }
  | { word: 'depends'; winner: string; share: number; on: string | null };

export interface GoalRobustness {
  goal: Goal;
  /** The per-run column ranked. */
  metric: string;
  better: 'higher' | 'lower';
  /** Share of the worlds each strategy wins, by strategy name. */
  winShare: Record<string, number>;
  /** Share of the worlds where no strategy has the metric defined. */
  undecided: number;
  /** Highest win share (ties: the better mean of the metric, then scenario order). */
  leader: string;
  /** Second highest; null with one strategy. */
  runnerUp: string | null;
  /** Most sensitive first (largest |ρ|; undefined last). */
  sensitivity: Sensitivity[];
  verdict: Verdict;
}

export interface Robustness {
  /** Worlds (run indices) the shares are over. */
  worlds: number;
  threshold: number;
  /** The uncertain paths, in the order of each `draws` row. */
  paths: string[];
  /** draws[run]: the values run `run` simulated. */
  draws: number[][];
  goals: GoalRobustness[];
  /** The first goal's sensitivity and verdict (most incremental conversions). */
  sensitivity: Sensitivity[];
  verdict: Verdict;
}

/** Mid-ranks (1-based; tied values share their mean rank). */
export function ranks(values: readonly number[]): number[] {
  const order = values.map((_, i) => i).sort((a, b) => values[a] - values[b] || a - b);
  const out = new Array<number>(values.length);
  for (let i = 0; i < order.length; ) {
    let j = i;
    while (j + 1 < order.length && values[order[j + 1]] === values[order[i]]) j++;
    const rank = (i + j) / 2 + 1;
    for (let k = i; k <= j; k++) out[order[k]] = rank;
    i = j + 1;
  }
  return out;
}

/** Spearman's rank correlation of paired samples; null with fewer than 3 pairs or a constant side. */
export function spearman(x: readonly number[], y: readonly number[]): number | null {
  const n = x.length;
  if (n < 3) return null;
  const rx = ranks(x);
  const ry = ranks(y);
  const mean = (n + 1) / 2;
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (let i = 0; i < n; i++) {
    sxy += (rx[i] - mean) * (ry[i] - mean);
    sxx += (rx[i] - mean) * (rx[i] - mean);
    syy += (ry[i] - mean) * (ry[i] - mean);
  }
  return sxx > 0 && syy > 0 ? sxy / Math.sqrt(sxx * syy) : null;
}

interface GoalSpec {
  goal: Goal;
  metric: string;
  better: 'higher' | 'lower';
}

function goalsOf(data: SimulationData): GoalSpec[] {
  const goals: GoalSpec[] = [{ goal: 'mostConversions', metric: conversionMetric(data), better: 'higher' }];
  if (data.metricNames.includes('costPerConversion')) goals.push({ goal: 'lowestCostPerSale', metric: 'costPerConversion', better: 'lower' });
  if (data.metricNames.includes('roi')) goals.push({ goal: 'bestRoi', metric: 'roi', better: 'higher' });
  return goals;
}

/** Win shares, leader, sensitivity and verdict of one goal. */
export function goalRobustness(spec: GoalSpec, names: readonly string[], columns: readonly Float64Array[], paths: readonly string[], draws: readonly number[][]): GoalRobustness {
  const runs = draws.length;
  const sign = spec.better === 'higher' ? 1 : -1;
  const wins = new Array<number>(names.length).fill(0);
  let undecided = 0;
  for (let r = 0; r < runs; r++) {
    let best = -Infinity;
    for (const c of columns) if (!Number.isNaN(c[r]) && sign * c[r] > best) best = sign * c[r];
    if (best === -Infinity) {
      undecided++;
      continue;
    }
    const tied = columns.map((c, s) => (!Number.isNaN(c[r]) && sign * c[r] === best ? s : -1)).filter((s) => s >= 0);
    for (const s of tied) wins[s] += 1 / tied.length;
  }
  const means = columns.map((c) => {
    let sum = 0;
    let n = 0;
    for (let r = 0; r < runs; r++) if (!Number.isNaN(c[r])) (sum += c[r]), n++;
    return n > 0 ? sign * (sum / n) : -Infinity;
  });
  const order = names.map((_, s) => s).sort((a, b) => wins[b] - wins[a] || means[b] - means[a] || a - b);
  const [lead, second] = order;
  const winShare: Record<string, number> = {};
  names.forEach((name, s) => (winShare[name] = runs > 0 ? wins[s] / runs : 0));

  let sensitivity: Sensitivity[] = paths.map((path) => ({ path, rankCorrelation: null }));
  if (second !== undefined) {
    const kept: number[] = [];
    const advantage: number[] = [];
    for (let r = 0; r < runs; r++) {
      const a = columns[lead][r];
      const b = columns[second][r];
      if (Number.isNaN(a) || Number.isNaN(b)) continue;
      kept.push(r);
      advantage.push(sign * (a - b));
    }
    sensitivity = paths.map((path, k) => ({ path, rankCorrelation: spearman(kept.map((r) => draws[r][k]), advantage) }));
  }
  const strength = (s: Sensitivity) => (s.rankCorrelation === null ? -1 : Math.abs(s.rankCorrelation));
  sensitivity = sensitivity.map((s, k) => ({ s, k })).sort((a, b) => strength(b.s) - strength(a.s) || a.k - b.k).map((x) => x.s);

  const share = winShare[names[lead]];
  const top = sensitivity.find((s) => s.rankCorrelation !== null);
  const verdict: Verdict =
    share >= ROBUST_SHARE ? { word: 'robust', winner: names[lead], share } : { word: 'depends', winner: names[lead], share, on: top?.path ?? null };
  return {
    goal: spec.goal,
    metric: spec.metric,
    better: spec.better,
    winShare,
    undecided: runs > 0 ? undecided / runs : 0,
    leader: names[lead],
    runnerUp: second === undefined ? null : names[second],
    sensitivity,
    verdict,
  };
}

/** The robustness of a scenario's result; null when the scenario declares no uncertainty. */
export function robustnessOf(scenario: Scenario, data: SimulationData): Robustness | null {
  const plan = planUncertainty(scenario);
  if (plan === null) return null;
  const draws = drawsByRun(plan, data.runs);
  const names = data.strategies.map((s) => s.name);
  const goals = goalsOf(data).map((spec) =>
    goalRobustness(
      spec,
      names,
      data.strategies.map((s) => metricColumn(data, s, spec.metric)),
      plan.paths,
      draws,
    ),
  );
  return { worlds: data.runs, threshold: ROBUST_SHARE, paths: plan.paths, draws, goals, sensitivity: goals[0].sensitivity, verdict: goals[0].verdict };
}
