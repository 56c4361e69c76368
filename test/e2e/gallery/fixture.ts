/**
 * TEST FIXTURE, not app data: a result that looks like a real one (3 strategies, 72 hourly steps,
 * 100 runs on a 5,000-node network), derived deterministically from a few hand-written numbers,
 * plus edge cases (8 strategies, one run, zeros, undefined ROI, huge numbers).
 */

import type {
  AttributionCounts,
  DividendFactors,
  NetworkStats,
  PairedComparison,
  RunRow,
  StrategyResult,
  TimelineColumns,
} from '../../../src/ui/charts/chartData';
import { strategyColor } from '../../../src/ui/theme';

/** Small deterministic generator so the fixture is identical on every load. */
function lcg(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 4294967296;
  };
}

function normal(rand: () => number): number {
  const u = Math.max(1e-12, rand());
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * rand());
}

/** Hand-written shape of each strategy's typical outcome. */
interface Profile {
  name: string;
  reached: number;
  shareRate: number;
  convertRate: number;
  churnRate: number;
  midpoint: number;
  steepness: number;
  spread: number;
  cost: number;
  attribution: AttributionCounts;
  factors: DividendFactors;
  /** Population cap for reached (default the fixture network's size). */
  nodes?: number;
}

const NODES = 5000;
const VALUE_PER_CONVERSION = 40;

const PROFILES: Profile[] = [
  { name: 'Seed 50 fans', reached: 1850, shareRate: 0.21, convertRate: 0.062, churnRate: 0.018, midpoint: 26, steepness: 0.16, spread: 0.22, cost: 1500, attribution: { seed: 21, kol: 0, organic: 94, ads: 0 }, factors: { information: 0.042, relationship: 5.1, interaction: 0.062 } },
  { name: 'Hire 2 KOLs', reached: 3120, shareRate: 0.16, convertRate: 0.051, churnRate: 0.035, midpoint: 14, steepness: 0.24, spread: 0.14, cost: 6000, attribution: { seed: 0, kol: 71, organic: 88, ads: 0 }, factors: { information: 0.038, relationship: 8.4, interaction: 0.051 } },
  { name: 'KOLs + ads', reached: 3950, shareRate: 0.12, convertRate: 0.044, churnRate: 0.091, midpoint: 11, steepness: 0.3, spread: 0.1, cost: 11000, attribution: { seed: 0, kol: 64, organic: 70, ads: 40 }, factors: { information: 0.031, relationship: 9.2, interaction: 0.044 } },
];

export const FIXTURE_STEPS = 72;
export const FIXTURE_RUNS = 100;

function logistic(t: number, mid: number, k: number): number {
  const f = (x: number) => 1 / (1 + Math.exp(-k * (x - mid)));
  return (f(t) - f(0)) / (1 - f(0));
}

function quantile(sorted: number[], p: number): number {
  const h = (sorted.length - 1) * p;
  const lo = Math.floor(h);
  const hi = Math.min(sorted.length - 1, lo + 1);
  return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
}

function summarize(values: number[]) {
  const finite = values.filter((v) => Number.isFinite(v)).sort((a, b) => a - b);
  const mean = finite.reduce((a, b) => a + b, 0) / finite.length;
  const sd = Math.sqrt(finite.reduce((a, b) => a + (b - mean) ** 2, 0) / Math.max(1, finite.length - 1));
  return { mean, sd, p05: quantile(finite, 0.05), p50: quantile(finite, 0.5), p95: quantile(finite, 0.95) };
}

/** Per-run "world luck" shared by all strategies on the same run index (common random numbers). */
const worldLuck = (() => {
  const rand = lcg(7);
  return Array.from({ length: FIXTURE_RUNS }, () => normal(rand));
})();

function buildStrategy(p: Profile, index: number, runs: number, steps: number): StrategyResult {
  const rand = lcg(1000 + index);
  const rows: RunRow[] = [];
  const curves: number[][] = []; // per run: fraction of final value at each step
  const speeds: number[] = [];
  for (let r = 0; r < runs; r++) {
    const luck = 0.7 * worldLuck[r % worldLuck.length] + 0.7 * normal(rand);
    const reached = Math.min(p.nodes ?? NODES, Math.round(p.reached * Math.exp(p.spread * luck)));
    const shared = Math.round(reached * p.shareRate * Math.exp(0.08 * normal(rand)));
    const converted = Math.round(reached * p.convertRate * Math.exp(0.12 * normal(rand)));
    const churned = Math.round(reached * p.churnRate * Math.exp(0.15 * normal(rand)));
    const cost = p.cost;
    const revenue = converted * VALUE_PER_CONVERSION;
    rows.push({
      run: r,
      reached,
      shared,
      converted,
      churned,
      steps: Math.min(steps, Math.round(p.midpoint * 2.6 + 6 * normal(rand))),
      cost,
      revenue,
      roi: cost > 0 ? (revenue - cost) / cost : null,
      costPerConversion: converted > 0 ? cost / converted : null,
    });
    speeds.push(Math.exp(0.15 * normal(rand)));
    curves.push([]);
  }
  const step = Array.from({ length: steps + 1 }, (_, t) => t);
  const timeline = { step } as unknown as TimelineColumns;
  for (const metric of ['reached', 'shared', 'converted', 'churned'] as const) {
    const lag = metric === 'converted' ? 5 : metric === 'churned' ? 9 : metric === 'shared' ? 2 : 0;
    const mean: number[] = [];
    const p05: number[] = [];
    const p95: number[] = [];
    for (const t of step) {
      const vals = rows
        .map((row, r) => row[metric] * logistic(t * speeds[r], p.midpoint + lag, p.steepness))
        .sort((a, b) => a - b);
      mean.push(vals.reduce((a, b) => a + b, 0) / vals.length);
      p05.push(quantile(vals, 0.05));
      p95.push(quantile(vals, 0.95));
    }
    timeline[metric] = { mean, p05, p95 };
  }
  const summary: StrategyResult['summary'] = {};
  for (const metric of ['reached', 'shared', 'converted', 'churned', 'cost', 'revenue', 'roi', 'costPerConversion'] as const) {
    summary[metric] = summarize(rows.map((r) => Number(r[metric] ?? NaN)));
  }
  return { name: p.name, color: strategyColor(index), timeline, summary, runs: rows };
}

/** The main fixture: 3 strategies × 100 runs × 72 steps. */
export const STRATEGIES: StrategyResult[] = PROFILES.map((p, i) => buildStrategy(p, i, FIXTURE_RUNS, FIXTURE_STEPS));

/** The main fixture's strategies at a 200th of the cost: ROIs in the tens of thousands of per cent (wide interval labels). */
export const HIGH_ROI_STRATEGIES: StrategyResult[] = PROFILES.map((p, i) => buildStrategy({ ...p, cost: p.cost / 200 }, i, FIXTURE_RUNS, FIXTURE_STEPS));

/** Paired comparisons of strategies 2 and 3 against the first on conversions. */
export function pairedComparisons(strategies: StrategyResult[], metric: 'converted' | 'reached' = 'converted'): PairedComparison[] {
  const base = strategies[0].runs ?? [];
  return strategies.slice(1).map((s) => {
    const diffs = (s.runs ?? []).map((r, i) => r[metric] - (base[i]?.[metric] ?? 0));
    const n = diffs.length;
    const mean = diffs.reduce((a, b) => a + b, 0) / n;
    const sd = Math.sqrt(diffs.reduce((a, b) => a + (b - mean) ** 2, 0) / Math.max(1, n - 1));
    const half = (1.984 * sd) / Math.sqrt(n);
    return { name: s.name, metric, meanDifference: mean, ci95: [mean - half, mean + half], shareBetter: diffs.filter((d) => d > 0).length / n, n };
  });
}

export const COMPARISONS = pairedComparisons(STRATEGIES);

export const ATTRIBUTION = PROFILES.map((p, i) => ({ name: p.name, color: strategyColor(i), attribution: p.attribution }));
export const DECOMPOSITION = PROFILES.map((p, i) => ({ name: p.name, color: strategyColor(i), factors: p.factors }));

/** A heavy-tailed degree histogram (exponent ≈ 2.5) of ~5,000 nodes: sparse, noisy tail as in a real graph. */
export const DEGREE_HISTOGRAM: [number, number][] = (() => {
  const rand = lcg(99);
  const out: [number, number][] = [[0, 12]];
  for (let k = 1; k <= 400; k++) {
    const expected = 3100 * k ** -2.5 * (k < 3 ? 0.55 + 0.2 * k : 1);
    // Integer counts: the fractional expectation becomes a 0/1 draw, so the tail thins out.
    const count = Math.floor(expected + rand());
    if (count > 0) out.push([k, count]);
  }
  return out;
})();

export const NETWORK_STATS: NetworkStats = {
  nodes: NODES,
  edges: 14870,
  arcs: 31290,
  meanDegree: 6.26,
  clustering: 0.284,
  largestComponent: 4961,
  components: 23,
  averagePathLength: 4.71,
};

/** Edge cases: 8 strategies with long names, one run, zeros and undefined ROI, huge numbers. */
export const EIGHT_STRATEGIES: StrategyResult[] = Array.from({ length: 8 }, (_, i) => {
  const p = PROFILES[i % 3];
  const names = ['Baseline', 'Seed 200 micro-influencers in three cities', 'KOL only', 'Ads only', 'Referral reward ¥5', 'Free sample', 'Live stream', '小红书 KOL + 社群'];
  const s = buildStrategy({ ...p, reached: p.reached * (0.5 + i * 0.2), cost: i === 4 ? 0 : p.cost }, i, i === 7 ? 1 : 40, 30);
  return { ...s, name: names[i] };
});

export const HUGE_STRATEGIES: StrategyResult[] = PROFILES.slice(0, 2).map((p, i) =>
  buildStrategy({ ...p, reached: p.reached * 400_000, nodes: 2e9, cost: p.cost * 1e5 }, i, 60, 200),
);

/** A strategy that converts nobody and costs nothing: every money figure is undefined. */
export const ZERO_STRATEGY: StrategyResult = (() => {
  const s = buildStrategy({ ...PROFILES[0], convertRate: 0, shareRate: 0, churnRate: 0, cost: 0 }, 7, 20, 72);
  s.name = 'Do nothing';
  return s;
})();

/** 1,000 runs per strategy: the strip must still read (small, faint dots). */
export const THOUSAND_RUNS: StrategyResult[] = PROFILES.slice(0, 2).map((p, i) => buildStrategy(p, i, 1000, 24));

/** A timeline with holes (NaN means and bands), as a partially loaded result might have. */
export const GAPPY_STRATEGIES: StrategyResult[] = STRATEGIES.slice(0, 2).map((s, i) => {
  const t = s.timeline!;
  const holes = (band: { mean: ArrayLike<number>; p05: ArrayLike<number>; p95: ArrayLike<number> }) => ({
    mean: Array.from(band.mean, (v, k) => (k >= 20 + 10 * i && k < 30 + 10 * i ? NaN : v)),
    p05: Array.from(band.p05, (v, k) => (k >= 40 && k < 44 ? NaN : v)),
    p95: Array.from(band.p95),
  });
  return { ...s, timeline: { step: t.step, reached: holes(t.reached), shared: t.shared, converted: t.converted, churned: t.churned } };
});
