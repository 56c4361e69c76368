/**
 * TEST FIXTURE, not app data: sweep and frontier results shaped like `lab sweep` / `lab frontier`
 * output, derived deterministically from hand-written curves (a logistic rise of conversions
 * around the tipping point, R growing linearly with quality, a frontier of diminishing returns),
 * plus edge cases (eight strategies, gaps, an ROI that changes sign, everything over budget).
 */

import type { FrontierChartSource } from '../../../src/ui/charts/budgetFrontier';
import type { SweepChartSource, SweepStat } from '../../../src/ui/charts/sweepChartData';

const grid = (from: number, to: number, steps: number) => Array.from({ length: steps }, (_, i) => Number((from + ((to - from) * i) / (steps - 1)).toPrecision(12)));
const stat = (mean: number | null, spread = 0.3): SweepStat =>
  mean === null ? { mean: null, p05: null, p50: null, p95: null, n: 0 } : { mean, p05: mean * (1 - spread), p50: mean, p95: mean * (1 + spread * 1.4), n: 100 };

/** Conversions of a cascade that tips at R = 1: small below, logistic rise above. */
function conversions(quality: number, tip: number, ceiling: number, seeds: number): number {
  return seeds * 2 + ceiling / (1 + Math.exp(-(quality - tip - 0.02) * 60));
}

const QUALITY = grid(0.05, 0.25, 21);
const PROFILES = [
  { name: '20 seed users', tip: 0.148, ceiling: 6000, seeds: 20, cost: 400 },
  { name: '1 KOL + 10 seed users', tip: 0.14, ceiling: 6300, seeds: 10, cost: 1200 },
  { name: '30 core fans', tip: 0.132, ceiling: 6600, seeds: 30, cost: 600 },
];

function curveSource(profiles: typeof PROFILES, gaps = false): SweepChartSource {
  return {
    params: [{ path: 'strategies[*].content.quality', values: QUALITY }],
    points: QUALITY.map((q, i) => ({
      values: [q],
      strategies: profiles.map((p) => {
        const c = conversions(q, p.tip, p.ceiling, p.seeds);
        const R = (q / p.tip) * 1.0;
        const hole = gaps && i >= 8 && i <= 9;
        return {
          name: p.name,
          summary: {
            converted: stat(hole ? null : c, 0.25 + 0.5 / (1 + Math.abs(q - p.tip) * 40)),
            R: stat(R, 0.15),
            roi: stat((c * 50 - p.cost) / p.cost, 0.3),
            cost: stat(p.cost, 0),
          },
        };
      }),
    })),
    curves: profiles.map((p) => ({ strategy: p.name, tippingPoint: p.tip, steepest: p.tip + 0.025 })),
  };
}

/** 1-D sweep of content quality, three strategies. */
export const SWEEP_CURVE: SweepChartSource = curveSource(PROFILES);

/** Eight strategies, two undefined grid points, markers crowding each other. */
export const SWEEP_CURVE_EIGHT: SweepChartSource = curveSource(
  Array.from({ length: 8 }, (_, i) => ({ name: `策略 ${i + 1}: a long strategy name number ${i + 1}`, tip: 0.12 + i * 0.008, ceiling: 4000 + i * 400, seeds: 10 + i * 5, cost: 300 + i * 100 })),
  true,
);

const QUALITY_2D = grid(0.05, 0.25, 11);
const KOLS = [0, 1, 2, 3, 4, 5];

function heatSource(profiles: typeof PROFILES): SweepChartSource {
  return {
    params: [
      { path: 'strategies[*].content.quality', values: QUALITY_2D },
      { path: 'strategies[*].kols.hire', values: KOLS },
    ],
    points: QUALITY_2D.flatMap((q) =>
      KOLS.map((k) => ({
        values: [q, k],
        strategies: profiles.map((p) => {
          // Each hired KOL lowers the tipping point a little and costs 600.
          const c = conversions(q, p.tip - k * 0.006, p.ceiling, p.seeds + k * 30);
          const cost = p.cost + k * 600;
          return { name: p.name, summary: { converted: stat(c), roi: stat((c * 4 - cost) / cost) } };
        }),
      })),
    ),
  };
}

/** 2-D sweep: quality × KOLs hired, two strategies. */
export const SWEEP_HEATMAP: SweepChartSource = heatSource(PROFILES.slice(0, 2));
/** One strategy, for the ROI view (changes sign: diverging colours). */
export const SWEEP_HEATMAP_ONE: SweepChartSource = heatSource(PROFILES.slice(2));

/** Allocations of a 3,000 budget over seeds × KOLs × rewards × ads. */
export const FRONTIER: FrontierChartSource = (() => {
  const points: FrontierChartSource['points'][number][] = [];
  let index = 0;
  for (const seeds of [0, 50, 100, 150])
    for (const kols of [0, 1, 3])
      for (const reward of [0, 2.5, 5])
        for (const ads of [0, 0.5, 1]) {
          const fixed = seeds * 20 + kols * 600;
          if (fixed > 3000) continue;
          const cost = fixed + reward * 120 + ads * 200 + reward * ads * 40;
          const value = 2000 * (1 - Math.exp(-(seeds * 2 + kols * 90 + reward * 60 + ads * 500) / 500)) + ((index * 37) % 11) * 15;
          points.push({
            index,
            allocation: { seeds, kols, rewardPerShare: reward, adReach: ads === 0 ? 0 : ads === 1 ? 1 : 0.0095, adShare: ads },
            summary: { converted: stat(value, 0.2), cost: stat(cost, 0.05) },
            withinBudget: cost <= 3000,
            onFrontier: false,
            strategy: { name: `${seeds} seeds · ${kols} KOLs · reward ${reward} · ads ${ads * 100}%` },
          });
          index++;
        }
  const eligible = points.filter((p) => p.withinBudget).sort((a, b) => a.summary.cost!.mean! - b.summary.cost!.mean! || b.summary.converted!.mean! - a.summary.converted!.mean!);
  const frontier: number[] = [];
  let best = -Infinity;
  for (const p of eligible) {
    if (p.summary.converted!.mean! > best) {
      best = p.summary.converted!.mean!;
      frontier.push(p.index);
      (p as { onFrontier: boolean }).onFrontier = true;
    }
  }
  return { budget: 3000, points, frontier };
})();

/** Everything over a tiny budget: no frontier at all. */
export const FRONTIER_OVER: FrontierChartSource = {
  budget: 50,
  points: FRONTIER.points.slice(0, 12).map((p) => ({ ...p, withinBudget: false, onFrontier: false, summary: { ...p.summary, cost: stat((p.summary.cost?.mean ?? 0) + 100, 0.05) } })),
  frontier: [],
};
