/**
 * The sentences a chart says to a screen reader (its <desc>) and the labels of its points (their
 * <title> and aria-label), as `{name}` templates. These English defaults are what a chart says
 * when the page passes nothing; the app passes the catalogue's words of the UI language (the
 * catalogue includes this table: src/ui/i18n/messages.en.ts), and numbers are formatted for
 * the chart's locale before they are filled in.
 */
import type { BaseChartOptions } from './chartSvg';

export const CHART_DESCRIPTIONS_EN = {
  // ── Joining parts ──
  'describe.list': '{a}; {b}',
  'describe.sentences': '{a}. {b}',
  'describe.parts': '{a}, {b}',
  'describe.item': '{name}: {parts}',
  'describe.part': '{label} {value}',
  // ── Time series ──
  'describe.timeSeriesEmpty': '{y}: no runs yet.',
  'describe.timeSeries': '{y} over {hours} hours, mean and 5–95% band per strategy. Final means: {list}.',
  'describe.timeSeriesItem': '{name} {value}',
  // ── Funnel ──
  'describe.funnelEmpty': 'Funnel: no runs yet.',
  'describe.funnel': 'Funnel per strategy (mean over runs): {list}.',
  'describe.funnelItem': '{name}: reached {reached}, shared {shared}, converted {converted}, churned {churned}',
  'describe.funnelItemCaused': '{name}: reached {reached}, shared {shared}, bought because of the campaign {converted}, churned {churned}',
  // ── Cost per incremental sale and ROI ──
  'describe.intervalsEmpty': 'Cost per incremental sale and ROI: no runs yet.',
  'describe.intervals': 'Cost per incremental sale and return on investment on incremental sales per strategy: {list}.',
  'describe.intervalsItem': '{name}: cost per incremental sale {cost}; ROI {roi}',
  'describe.intervalsValue': '{center} {value}, 5–95% {interval}',
  // ── Outcome distribution ──
  'describe.distributionEmpty': '{x}: no runs yet.',
  'describe.distribution': '{x}, distribution over runs per strategy: {list}.',
  'describe.distributionItem': '{name} {summary} ({n} runs)',
  // ── Paired comparison ──
  'describe.pairedEmpty': '{text}.',
  'describe.paired': 'Paired comparison with {baseline}: {list}.',
  // ── Attribution ──
  'describe.attributionEmpty': 'Sources of campaign-caused conversions: no runs yet.',
  'describe.attribution': 'Where the campaign’s conversions came from (mean per run): {list}.',
  'describe.attributionSegment': '{name} — {source}: {count} ({share})',
  // ── Decomposition ──
  'describe.decompositionEmpty': 'Dividend decomposition: no runs yet.',
  'describe.decomposition': '{formula}. {list}.',
  // ── Degree distribution ──
  'describe.degreeEmpty': 'Degree distribution: no network yet.',
  'describe.degree': 'Degree distribution on log–log axes, degrees 1 to {max}. {summary}{zero}.',
  'describe.degreeZero': '. {note}',
  'describe.degreePoint': 'degree {degree}: {count} people',
  // ── Sweep curve ──
  'describe.sweepEmpty': '{y} against {x}: no sweep yet.',
  'describe.sweep': '{y} against {x} ({points} grid points), mean and 5–95% band per strategy. {list}.',
  'describe.sweepItem': '{name}: from {first} to {last}; {marks}',
  'describe.sweepTipping': 'R crosses 1 at {x}',
  'describe.sweepNoTipping': 'R never crosses 1',
  'describe.sweepSteepest': 'steepest at {x}',
  'describe.sweepPoint': '{name} — {x} = {value}: {mean}{band}',
  'describe.sweepBand': ' (5–95%: {lo} to {hi})',
  // ── Sweep heatmap ──
  'describe.heatmapEmpty': '{value} over {x} and {y}: no sweep yet.',
  'describe.heatmap': '{value} over {x} (across, {nx} values) and {y} (up, {ny} values). {list}.',
  'describe.heatmapItem': '{name}: highest {best} at {x} {xv}, {y} {yv}',
  'describe.heatmapNoValues': '{name}: no values',
  'describe.heatmapBand': '5–95% of runs: {lo} to {hi}',
  // ── Budget frontier ──
  'describe.frontierEmpty': 'Budget frontier: nothing simulated yet.',
  'describe.frontier': 'Budget frontier for a budget of {budget}: {n} allocations, {within} within budget, {onFrontier} on the frontier. Frontier: {list}.',
  'describe.frontierItem': '{name}, {conversions} conversions for {cost}',
  'describe.frontierPoint': '{name}: {conversions} conversions for {cost} ({state})',
  'describe.frontierOn': 'on the frontier',
  'describe.frontierWithin': 'within budget',
  'describe.frontierOver': 'over budget',
} as const;

export type ChartDescriptionKey = keyof typeof CHART_DESCRIPTIONS_EN;
export type ChartDescriptions = Readonly<Record<ChartDescriptionKey, string>>;

/** The descriptions of one chart's options: `say(key, params)` fills a template, `list`/`sentences`/`parts` join. */
export function describer(options: Pick<BaseChartOptions, 'descriptions'>) {
  const words: ChartDescriptions = { ...CHART_DESCRIPTIONS_EN, ...options.descriptions };
  const say = (key: ChartDescriptionKey, params: Readonly<Record<string, string | number>> = {}) =>
    words[key].replace(/\{(\w+)\}/g, (whole, name: string) => (params[name] === undefined ? whole : String(params[name])));
  const join = (key: 'describe.list' | 'describe.sentences' | 'describe.parts') => (items: readonly string[]) =>
    items.length === 0 ? '' : items.reduce((a, b) => say(key, { a, b }));
  return { say, list: join('describe.list'), sentences: join('describe.sentences'), parts: join('describe.parts') };
}
