/**
 * What the charts say to a screen reader (<desc>) and the labels of their points: English by
 * default, exactly the sentences the charts said before they became templates; in Chinese with
 * the catalogue's templates and the locale's number formatting, with no English phrase left.
 */
import { describe, expect, it } from 'vitest';
import { analysisChartOptions, chartDescriptions, resultChartOptions } from '../../../src/ui/app/chartText';
import { describeAttribution } from '../../../src/ui/charts/attribution';
import { BUDGET_FRONTIER_TEXT, describeBudgetFrontier, frontierPointLabel, type FrontierChartPoint, type FrontierChartSource } from '../../../src/ui/charts/budgetFrontier';
import type { StrategyResult } from '../../../src/ui/charts/chartData';
import { CHART_DESCRIPTIONS_EN } from '../../../src/ui/charts/chartDescriptions';
import { describeDecomposition } from '../../../src/ui/charts/decomposition';
import { describeDegreeDistribution } from '../../../src/ui/charts/degreeDistribution';
import { describeFunnel } from '../../../src/ui/charts/funnel';
import { describeIntervals } from '../../../src/ui/charts/intervals';
import { describeOutcomeDistribution } from '../../../src/ui/charts/outcomeDistribution';
import { describePairedComparison } from '../../../src/ui/charts/pairedComparison';
import { SWEEP_METRIC_LABELS, type SweepChartSource } from '../../../src/ui/charts/sweepChartData';
import { describeSweepCurve, SWEEP_CURVE_TEXT } from '../../../src/ui/charts/sweepCurve';
import { describeSweepHeatmap } from '../../../src/ui/charts/sweepHeatmap';
import { describeTimeSeries } from '../../../src/ui/charts/timeSeriesBands';
import { EN } from '../../../src/ui/i18n/messages.en';
import { englishPhrases } from '../i18n/englishPhrases';

const MINUS = '\u2212';
const CJK = /[\u4e00-\u9fff]/;

const band = (mean: number[]) => ({ mean, p05: mean.map((v) => v * 0.8), p95: mean.map((v) => v * 1.2) });
const summary = (mean: number) => ({ mean, sd: 1, p05: mean * 0.8, p50: mean, p95: mean * 1.2 });
const run = (i: number, converted: number, cost: number) => ({
  run: i,
  reached: 3000 + i,
  shared: 300,
  converted,
  churned: 12,
  steps: 48,
  cost,
  revenue: converted * 20,
  roi: cost > 0 ? (converted * 20 - cost) / cost : null,
  costPerConversion: converted > 0 ? cost / converted : null,
});

const strategies: StrategyResult[] = [
  {
    name: 'Seeds',
    color: '#0078c1',
    timeline: { step: [0, 1, 2], reached: band([0, 5000, 12345]), shared: band([0, 1, 2]), converted: band([0, 1, 2]), churned: band([0, 0, 1]) },
    summary: { reached: summary(12345), shared: summary(812), converted: summary(167.4), churned: summary(3) },
    runs: [run(0, 160, 500), run(1, 170, 500), run(2, 175, 500)],
  },
  {
    name: 'KOL',
    color: '#e8710a',
    timeline: { step: [0, 1, 2], reached: band([0, 100, 250]), shared: band([0, 1, 2]), converted: band([0, 1, 2]), churned: band([0, 0, 1]) },
    summary: { reached: summary(250), shared: summary(20), converted: summary(0.4), churned: summary(0) },
    runs: [run(0, 0, 0), run(1, 0, 0)],
  },
];

const sweep: SweepChartSource = {
  params: [{ path: 'strategies[*].content.quality', values: [0, 0.5, 1] }],
  points: [0, 0.5, 1].map((q, i) => ({ values: [q], strategies: [{ name: 'Seeds', summary: { converted: { mean: 10 + 40 * i, p05: 8 + 40 * i, p95: 12 + 40 * i } } }] })),
  curves: [{ strategy: 'Seeds', tippingPoint: 0.45, steepest: 0.5 }],
};

const heat: SweepChartSource = {
  params: [
    { path: 'x', values: [1, 2] },
    { path: 'y', values: [10, 20] },
  ],
  points: [1, 2].flatMap((x) => [10, 20].map((y) => ({ values: [x, y], strategies: [{ name: 'Seeds', summary: { converted: { mean: x * y * 100 } } }] }))),
};

const point = (index: number, converted: number, cost: number, onFrontier: boolean): FrontierChartPoint => ({
  index,
  allocation: { seeds: 40, kols: 1, rewardPerShare: 0, adReach: 0 },
  summary: { converted: { mean: converted, p05: converted - 5, p95: converted + 5 }, cost: { mean: cost } },
  withinBudget: cost <= 1000,
  onFrontier,
  strategy: { name: `${index * 10} seeds` },
});
const frontier: FrontierChartSource = { budget: 1000, points: [point(0, 30, 200, true), point(1, 20, 400, false), point(2, 80, 1500, false)], frontier: [0] };

/** Every description and point label, for one set of options per chart. */
function allDescriptions(o: ReturnType<typeof resultChartOptions>, a: ReturnType<typeof analysisChartOptions>): string[] {
  const pair = { strategies, comparisons: [{ name: 'KOL', metric: 'converted', meanDifference: -167, ci95: [-170, -160] as [number, number], shareBetter: 0.02, n: 100 }] };
  return [
    describeTimeSeries(strategies, o.reached),
    describeTimeSeries([], o.converted),
    describeFunnel(strategies, o.funnel),
    describeFunnel([], o.funnel),
    describeIntervals(strategies, o.intervals),
    describeIntervals([], o.intervals),
    describeOutcomeDistribution(strategies, o.distribution('converted')),
    describeOutcomeDistribution([], o.distribution('converted')),
    describePairedComparison(pair, o.paired),
    describePairedComparison({ strategies: strategies.slice(0, 1), comparisons: [] }, o.paired),
    describeAttribution([{ name: 'Seeds', color: '#000000', attribution: { seed: 12, kol: 0, organic: 140.5, ads: 15000 } }], o.attribution),
    describeAttribution([], o.attribution),
    describeDecomposition([{ name: 'Seeds', color: '#000000', factors: { information: 0.042, relationship: 8.44, interaction: 0.051 } }], o.decomposition),
    describeDecomposition([], o.decomposition),
    describeDegreeDistribution({ histogram: [[0, 7], [1, 50], [12, 3]], stats: { nodes: 5000, edges: 14870, arcs: 29740, meanDegree: 5.94, clustering: 0.284, largestComponent: 4961, components: 23, averagePathLength: 4.71 } }, o.degreeRunning),
    describeDegreeDistribution(undefined, o.degreeRunning),
    describeSweepCurve(sweep, { ...a.base, metric: 'converted', yLabel: a.metricLabel('converted'), xLabel: 'quality' }),
    describeSweepCurve(undefined, { ...a.base, yLabel: a.metricLabel('converted'), xLabel: 'quality' }),
    describeSweepHeatmap(heat, { ...a.base, valueLabel: a.metricLabel('converted'), xLabel: 'x', yLabel: 'y' }),
    describeSweepHeatmap(undefined, { ...a.base, valueLabel: a.metricLabel('roi'), xLabel: 'x', yLabel: 'y' }),
    describeBudgetFrontier(frontier, { ...a.base, currency: 'CNY' }),
    describeBudgetFrontier(undefined, a.base),
    ...frontier.points.map((p) => frontierPointLabel(p, a.base.locale, 'CNY', a.base.descriptions)),
  ];
}

describe('chart descriptions in English', () => {
  it('the defaults are the catalogue’s English', () => {
    for (const [key, text] of Object.entries(CHART_DESCRIPTIONS_EN)) expect(EN[key as keyof typeof EN], key).toBe(text);
    expect(chartDescriptions('en')).toEqual(CHART_DESCRIPTIONS_EN);
    const a = analysisChartOptions('en');
    expect(a.curveText).toEqual(SWEEP_CURVE_TEXT);
    expect(a.frontier.text).toEqual(BUDGET_FRONTIER_TEXT);
    for (const metric of Object.keys(SWEEP_METRIC_LABELS)) expect(a.metricLabel(metric)).toBe(SWEEP_METRIC_LABELS[metric]);
  });

  it('say what the charts said before they had templates', () => {
    const o = { locale: 'en' };
    expect(describeTimeSeries(strategies, o)).toBe('People reached (cumulative) over 2 hours, mean and 5–95% band per strategy. Final means: Seeds 12.3K; KOL 250.');
    expect(describeTimeSeries([], o)).toBe('People reached (cumulative): no runs yet.');
    expect(describeFunnel(strategies, o)).toBe('Funnel per strategy (mean over runs): Seeds: reached 12.3K, shared 812, converted 167, churned 3; KOL: reached 250, shared 20, converted 0.4, churned 0.');
    expect(describeIntervals(strategies, { ...o, currency: 'USD' })).toBe(
      'Cost per incremental sale and return on investment on incremental sales per strategy: Seeds: cost per incremental sale median $2.94, 5–95% $2.87–$3.11; ROI median +580%, 5–95% +544% to +598%. KOL: cost per incremental sale n/a: costs nothing; ROI n/a: costs nothing.',
    );
    expect(describeOutcomeDistribution(strategies, o)).toBe('Conversions per run, distribution over runs per strategy: Seeds median 170 · mean 168 (3 runs); KOL median 0 · mean 0 (2 runs).');
    expect(describePairedComparison({ strategies, comparisons: [{ name: 'KOL', metric: 'converted', meanDifference: -167, ci95: [-170, -160], shareBetter: 0.02, n: 100 }] }, o)).toBe(
      `Paired comparison with Seeds: KOL beats Seeds in 2% of runs, ${MINUS}167 conversions per run [95% CI ${MINUS}170 to ${MINUS}160].`,
    );
    expect(describeAttribution([{ name: 'S', color: '#000000', attribution: { seed: 12, kol: 0, organic: 140.5, ads: 15000 } }], o)).toBe(
      'Where the campaign’s conversions came from (mean per run): S: Seed users 12, KOLs 0, Word of mouth 141, Ads 15K.',
    );
    expect(describeAttribution([{ name: 'S', color: '#000000', attribution: { seed: 3, kol: 0, organic: 1, ads: 0 }, baseline: 2.5 }], o)).toBe(
      'Where the campaign’s conversions came from (mean per run): S: Seed users 3, KOLs 0, Word of mouth 1, Ads 0. Not counted: 2.5 organic buyers per run, who buy without any campaign (the baseline).',
    );
    expect(describeDecomposition([{ name: 'S', color: '#000000', factors: { information: 0.042, relationship: 8.44, interaction: 0.051 } }], o)).toBe(
      'social dividend = information × relationship chain × interaction. S: Information 4.2%, Relationship chain 8.4, Interaction 5.1%.',
    );
    expect(describeDegreeDistribution({ histogram: [[0, 7], [1, 50], [12, 3]] }, o)).toBe(
      'Degree distribution on log–log axes, degrees 1 to 12. . 7 people with degree 0 not shown (log scale).',
    );
    expect(describeSweepCurve(sweep, { ...o, xLabel: 'quality' })).toBe(
      'Conversions (mean per run) against quality (3 grid points), mean and 5–95% band per strategy. Seeds: from 10 to 90; R crosses 1 at 0.45, steepest at 0.5.',
    );
    expect(describeSweepHeatmap(heat, o)).toBe('Conversions (mean per run) over x (across, 2 values) and y (up, 2 values). Seeds: highest 4,000 at x 2, y 20.');
    expect(describeBudgetFrontier(frontier, { ...o, currency: 'USD' })).toBe(
      'Budget frontier for a budget of $1,000: 3 allocations, 2 within budget, 1 on the frontier. Frontier: 0 seeds, 30 conversions for $200.',
    );
    expect(frontierPointLabel(frontier.points[2], 'en', 'USD')).toBe('20 seeds: 80 conversions for $1,500 (over budget)');
  });
});

describe('chart descriptions in Chinese', () => {
  const zh = allDescriptions(resultChartOptions('zh-CN'), analysisChartOptions('zh-CN'));
  // English phrases of two words or more from the templates (single words may be names).
  const fragments = englishPhrases(CHART_DESCRIPTIONS_EN);

  it('every description and point label is Chinese, with no English phrase left', () => {
    expect(zh.length).toBeGreaterThan(20);
    const bad = zh.filter((text) => !CJK.test(text) || fragments.some((f) => text.includes(f)) || /\{\w+\}/.test(text));
    expect(bad).toEqual([]);
  });

  it('formats numbers for the locale and keeps data names as they are', () => {
    const [series, , funnel] = zh;
    expect(series).toBe('触达人数（累计），共 2 小时，每个策略的平均值与 5–95% 色带。最终平均值：Seeds 1.23万；KOL 250。');
    expect(funnel).toBe('每个策略的漏斗（各次运行的平均值）：Seeds：触达 1.23万，分享 812，转化 167，屏蔽 3；KOL：触达 250，分享 20，转化 0.4，屏蔽 0。');
    expect(zh.find((t) => t.startsWith('预算为'))).toBe('预算为 ¥1,000 时的预算前沿：3 种分配，2 种在预算内，1 种在前沿上。前沿：0 seeds，30 次转化，花费 ¥200。');
    expect(zh.at(-1)).toBe('20 seeds：80 次转化，花费 ¥1,500（超出预算）');
  });
});
