/**
 * Chart gallery for the e2e test and screenshots: every chart with the fixture result, then the
 * edge cases. `?theme=dark|light` forces a theme. Exposes `window.__gallery` for the test.
 */

import '../../../src/ui/charts/elements/index';
import type { ChartElement } from '../../../src/ui/charts/elements/chartElement';
import type { DlChartFrame } from '../../../src/ui/charts/elements/dlChartFrame';
import { chartPngBlob, chartSvgBlob } from '../../../src/ui/export/chartExport';
import { adoptThemeStyles, readChartTheme } from '../../../src/ui/theme';
import {
  ATTRIBUTION,
  COMPARISONS,
  DECOMPOSITION,
  DEGREE_HISTOGRAM,
  EIGHT_STRATEGIES,
  GAPPY_STRATEGIES,
  HUGE_STRATEGIES,
  HIGH_ROI_STRATEGIES,
  NETWORK_STATS,
  STRATEGIES,
  THOUSAND_RUNS,
  ZERO_STRATEGY,
  pairedComparisons,
} from './fixture';
import { FRONTIER, FRONTIER_OVER, SWEEP_CURVE, SWEEP_CURVE_EIGHT, SWEEP_HEATMAP, SWEEP_HEATMAP_ONE } from './sweepFixture';

interface Section {
  id: string;
  heading: string;
  hint: string;
  tag: string;
  data: unknown;
  options?: Record<string, unknown>;
  /** How many strategy legend entries the chart must show. */
  legend: number;
  half?: boolean;
}

const keys = (list: { name: string; color: string }[]) => list.map(({ name, color }) => ({ name, color }));
const eightKeys = keys(EIGHT_STRATEGIES);

const SECTIONS: Section[] = [
  { id: 'time-reached', heading: 'People reached over time', hint: 'Line: mean of 100 runs. Band: 5–95% of runs. The number at the end is the final mean.', tag: 'dl-time-series', data: STRATEGIES, options: { metric: 'reached' }, legend: 3 },
  { id: 'funnel', heading: 'Funnel', hint: 'Bars: mean per run; whiskers: 5–95% of runs. Percentages are relative to people reached.', tag: 'dl-funnel', data: STRATEGIES, legend: 3 },
  { id: 'distribution', heading: 'Conversions per run', hint: 'Each dot is one run. Box: middle 50% of runs, line: median, whiskers: 5–95%.', tag: 'dl-outcome-distribution', data: STRATEGIES, legend: 3 },
  { id: 'intervals', heading: 'Cost per conversion and ROI', hint: 'Point: median over runs; line: 5–95% of runs.', tag: 'dl-intervals', data: STRATEGIES, options: { currency: 'USD' }, legend: 3 },
  { id: 'paired', heading: 'Compared with the baseline', hint: 'Same world, same run: the difference is due to the strategy. Filled point: the 95% CI excludes zero.', tag: 'dl-paired-comparison', data: { strategies: keys(STRATEGIES), comparisons: COMPARISONS }, legend: 3 },
  { id: 'attribution', heading: 'Where conversions came from', hint: 'Mean conversions per run by first source of influence.', tag: 'dl-attribution', data: ATTRIBUTION, legend: 3 },
  { id: 'decomposition', heading: 'Social dividend, decomposed', hint: 'Each factor on its own scale: longer bar = stronger factor.', tag: 'dl-decomposition', data: DECOMPOSITION, legend: 3 },
  { id: 'degree', heading: 'Degree distribution', hint: 'A straight line on log–log axes means a heavy tail of hubs.', tag: 'dl-degree-distribution', data: { histogram: DEGREE_HISTOGRAM, stats: NETWORK_STATS }, legend: 0, half: true },
  { id: 'time-converted', heading: 'Conversions over time', hint: 'Mean and 5–95% band of cumulative conversions.', tag: 'dl-time-series', data: STRATEGIES, options: { metric: 'converted' }, legend: 3, half: true },
  // Edge cases: 8 strategies with long and Chinese names, a single run, zero cost, huge numbers.
  { id: 'edge-funnel-8', heading: 'Eight strategies', hint: 'Edge case: long names are shortened; one strategy has a single run.', tag: 'dl-funnel', data: EIGHT_STRATEGIES, legend: 8 },
  { id: 'edge-time-8', heading: 'Eight strategies over time', hint: 'Edge case: crowded end labels are pushed apart.', tag: 'dl-time-series', data: EIGHT_STRATEGIES, options: { metric: 'converted' }, legend: 8 },
  { id: 'edge-distribution-8', heading: 'Eight strategies, 1–40 runs', hint: 'Edge case: one strategy has a single run.', tag: 'dl-outcome-distribution', data: EIGHT_STRATEGIES, legend: 8 },
  { id: 'edge-intervals', heading: 'ROI undefined', hint: 'Edge case: a free strategy (no ROI) and one without conversions.', tag: 'dl-intervals', data: [...EIGHT_STRATEGIES.slice(3, 6), ZERO_STRATEGY], options: { locale: 'zh-CN', currency: 'CNY' }, legend: 4 },
  { id: 'edge-paired-8', heading: 'Seven comparisons', hint: 'Edge case: eight strategies, reach.', tag: 'dl-paired-comparison', data: { strategies: eightKeys, comparisons: pairedComparisons(EIGHT_STRATEGIES, 'reached') }, legend: 8 },
  { id: 'edge-huge', heading: 'Huge numbers', hint: 'Edge case: billions, compact notation.', tag: 'dl-time-series', data: HUGE_STRATEGIES, legend: 2, half: true },
  { id: 'edge-huge-funnel', heading: 'Huge numbers (funnel)', hint: 'Edge case: billions, compact notation.', tag: 'dl-funnel', data: HUGE_STRATEGIES, legend: 2, half: true },
  { id: 'edge-intervals-high-roi', heading: 'ROI in the tens of thousands', hint: 'Edge case: wide interval labels (+60,000% [+40,000% to +80,000%]) stay inside the card.', tag: 'dl-intervals', data: HIGH_ROI_STRATEGIES, options: { currency: 'USD' }, legend: 3 },
  { id: 'edge-narrow-intervals', heading: 'Narrow: cost and ROI', hint: 'Edge case: panels stack in a half-width card.', tag: 'dl-intervals', data: STRATEGIES, options: { currency: 'USD' }, legend: 3, half: true },
  { id: 'edge-narrow-decomposition', heading: 'Narrow: decomposition', hint: 'Edge case: panels wrap in a half-width card.', tag: 'dl-decomposition', data: DECOMPOSITION, legend: 3, half: true },
  { id: 'edge-distribution-1000', heading: '1,000 runs', hint: 'Edge case: many runs, small faint dots.', tag: 'dl-outcome-distribution', data: THOUSAND_RUNS, options: { metric: 'reached' }, legend: 2, half: true },
  { id: 'edge-gaps', heading: 'Missing values', hint: 'Edge case: NaN in means and bands leave gaps.', tag: 'dl-time-series', data: GAPPY_STRATEGIES, legend: 2, half: true },
  { id: 'edge-empty-time', heading: 'Empty: time series', hint: 'No runs yet.', tag: 'dl-time-series', data: [], legend: 0, half: true },
  { id: 'edge-empty-paired', heading: 'Empty: one strategy', hint: 'Nothing to compare.', tag: 'dl-paired-comparison', data: { strategies: keys(STRATEGIES.slice(0, 1)), comparisons: [] }, legend: 0, half: true },
  { id: 'edge-zero-attribution', heading: 'Zero conversions', hint: 'Edge case: a strategy without conversions.', tag: 'dl-attribution', data: [...ATTRIBUTION, { name: 'Do nothing', color: ZERO_STRATEGY.color, attribution: { seed: 0, kol: 0, organic: 0, ads: 0 } }], options: { mode: 'share' }, legend: 4, half: true },
  { id: 'edge-degree-zero', heading: 'Isolated nodes only', hint: 'Edge case: every node has degree 0.', tag: 'dl-degree-distribution', data: { histogram: [[0, 500]] }, legend: 0, half: true },
  // Sweeps and the budget frontier.
  { id: 'sweep-curve', heading: 'Conversions against content quality', hint: 'Line: mean of 100 runs at each grid point (same runs everywhere); band: 5–95% of runs. Dashed: R crosses 1; dotted: steepest rise.', tag: 'dl-sweep-curve', data: SWEEP_CURVE, legend: 3 },
  { id: 'sweep-heatmap', heading: 'Conversions: quality × KOLs hired', hint: 'Mean conversions per run at each grid point; hover a cell for its values.', tag: 'dl-sweep-heatmap', data: SWEEP_HEATMAP, legend: 2 },
  { id: 'budget-frontier', heading: 'Budget frontier', hint: 'Each point is one way to spend the budget. Line: the most conversions for the money. Click a point to make it a strategy card.', tag: 'dl-budget-frontier', data: FRONTIER, options: { currency: 'USD' }, legend: 0 },
  { id: 'sweep-curve-r', heading: 'R against content quality', hint: 'Above the dashed line R > 1: the campaign feeds itself.', tag: 'dl-sweep-curve', data: SWEEP_CURVE, options: { metric: 'R' }, legend: 3, half: true },
  { id: 'sweep-heatmap-roi', heading: 'ROI: quality × KOLs hired', hint: 'Red loses money, blue makes money.', tag: 'dl-sweep-heatmap', data: SWEEP_HEATMAP_ONE, options: { metric: 'roi' }, legend: 1, half: true },
  { id: 'edge-sweep-8', heading: 'Eight strategies swept', hint: 'Edge case: crowded markers, a gap where a mean is undefined.', tag: 'dl-sweep-curve', data: SWEEP_CURVE_EIGHT, legend: 8 },
  { id: 'edge-frontier-over', heading: 'Everything over budget', hint: 'Edge case: no allocation fits the budget, so there is no frontier.', tag: 'dl-budget-frontier', data: FRONTIER_OVER, options: { locale: 'zh-CN', currency: 'CNY' }, legend: 0, half: true },
  { id: 'edge-empty-sweep', heading: 'Empty: sweep', hint: 'No sweep yet.', tag: 'dl-sweep-curve', data: undefined, legend: 0, half: true },
];

const params = new URLSearchParams(location.search);
const theme = params.get('theme');
if (theme === 'dark' || theme === 'light') document.documentElement.dataset.theme = theme;
adoptThemeStyles(document);

const main = document.getElementById('gallery')!;
const title = document.createElement('h1');
title.textContent = 'Dividend Lab — chart gallery (test fixture)';
main.append(title);

let row: HTMLElement | null = null;
for (const s of SECTIONS) {
  const frame = document.createElement('dl-chart-frame');
  frame.id = s.id;
  frame.heading = s.heading;
  frame.hint = s.hint;
  frame.dataset.legend = String(s.legend);
  const chart = document.createElement(s.tag) as ChartElement<unknown, never>;
  chart.options = { title: s.heading, ...s.options } as never;
  chart.data = s.data;
  frame.append(chart);
  if (s.half) {
    if (!row) {
      row = document.createElement('div');
      row.className = 'pair';
      main.append(row);
    }
    row.append(frame);
    if (row.children.length === 2) row = null;
  } else {
    row = null;
    main.append(frame);
  }
}

function frameChart(id: string): { frame: DlChartFrame; svg: SVGSVGElement } {
  const frame = document.getElementById(id) as DlChartFrame;
  const svg = frame.chartElement()?.getSvgElement();
  if (!svg) throw new Error(`no chart in #${id}`);
  return { frame, svg };
}

/** Test hooks. */
const api = {
  sections: SECTIONS.map((s) => ({ id: s.id, legend: s.legend })),
  /** Export as PNG (scale 1) and report size, PNG signature and the share of non-background pixels. */
  async exportPng(id: string): Promise<{ bytes: number; width: number; height: number; signature: string; ink: number }> {
    const { frame, svg } = frameChart(id);
    const t = readChartTheme(frame);
    const blob = await chartPngBlob(svg, { title: frame.heading, subtitle: frame.hint, theme: t, scale: 1 });
    const head = new Uint8Array(await blob.slice(0, 4).arrayBuffer());
    const bitmap = await createImageBitmap(blob);
    const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
    const ctx = canvas.getContext('2d')!;
    ctx.drawImage(bitmap, 0, 0);
    const px = ctx.getImageData(0, 0, bitmap.width, bitmap.height).data;
    const bg = [1, 3, 5].map((i) => parseInt(t.background.slice(i, i + 2), 16));
    let ink = 0;
    for (let i = 0; i < px.length; i += 4) {
      if (Math.abs(px[i] - bg[0]) + Math.abs(px[i + 1] - bg[1]) + Math.abs(px[i + 2] - bg[2]) > 60) ink++;
    }
    return { bytes: blob.size, width: bitmap.width, height: bitmap.height, signature: Array.from(head).join(','), ink: ink / (bitmap.width * bitmap.height) };
  },
  async exportSvg(id: string): Promise<string> {
    const { frame, svg } = frameChart(id);
    return chartSvgBlob(svg, { title: frame.heading, subtitle: frame.hint, theme: readChartTheme(frame) }).text();
  },
};
(window as unknown as { __gallery: typeof api }).__gallery = api;
