/**
 * The chart options and the network view's words in the current language, built from the
 * message catalogue. Built once per (locale, font size) and cached: a chart redraws when its
 * options object changes identity, so the same language must give the same objects.
 *
 * Only words change; the charts' data keys, metric ids, export file names and CSV headers stay
 * English identifiers.
 */
import { CHART_DESCRIPTIONS_EN, type ChartDescriptionKey, type ChartDescriptions } from '../charts/chartDescriptions';
import type { NetworkText } from '../network/networkText';
import { networkTextIn } from '../i18n/networkWords';
import { currentLocale, type Locale } from '../i18n/locale';
import { messageIn, type MessageKey } from '../i18n/t';
import { currentCurrency } from './editing/currency';

/** Every option set the results page passes to its charts. */
export interface ResultChartOptions {
  reached: Record<string, unknown>;
  converted: Record<string, unknown>;
  paired: Record<string, unknown>;
  funnel: Record<string, unknown>;
  intervals: Record<string, unknown>;
  attribution: Record<string, unknown>;
  decomposition: Record<string, unknown>;
  degreeRunning: Record<string, unknown>;
  degreeComputing: Record<string, unknown>;
  /** Per metric of the outcome distribution. */
  distribution: (metric: string) => Record<string, unknown>;
}

const cache = new Map<string, ResultChartOptions>();

/** Chart options for `locale` with tick labels of `fontSize` px (undefined = the charts' default). */
export function resultChartOptions(locale: Locale = currentLocale(), fontSize?: number, currency: string = currentCurrency()): ResultChartOptions {
  const key = `${locale}|${fontSize ?? ''}|${currency}`;
  const cached = cache.get(key);
  if (cached) return cached;
  const m = (k: MessageKey) => messageIn(locale, k);
  // Money is labelled in the chosen currency (labels only; '' = plain numbers).
  const base = { locale, emptyMessage: m('chart.noRuns'), descriptions: chartDescriptions(locale), ...(fontSize ? { fontSize } : {}), ...(currency ? { currency } : {}) };
  const distributions = new Map<string, Record<string, unknown>>();
  const distributionLabels: Record<string, string> = {
    reached: m('distribution.reached'),
    shared: m('distribution.shared'),
    converted: m('distribution.converted'),
    incrementalConverted: m('distribution.incrementalConverted'),
    churned: m('distribution.churned'),
    revenue: m('distribution.revenue'),
    cost: m('distribution.cost'),
    roi: m('distribution.roi'),
  };
  const options: ResultChartOptions = {
    reached: { ...base, metric: 'reached', title: m('chart.reachedTitle'), yLabel: m('chart.yReached'), xLabel: m('chart.hoursSinceLaunch'), dayLabel: m('chart.day') },
    converted: { ...base, metric: 'converted', title: m('chart.convertedTitle'), yLabel: m('chart.yConverted'), xLabel: m('chart.hoursSinceLaunch'), dayLabel: m('chart.day'), baselineLabel: m('chart.organicBaseline') },
    paired: {
      ...base,
      title: m('chart.pairedTitle'),
      text: {
        baseline: m('chart.pairedBaseline'),
        beats: m('chart.pairedBeats'),
        difference: m('chart.pairedDifference'),
        cheaper: m('chart.pairedCheaper'),
        fewer: m('chart.pairedFewer'),
        costsLess: m('chart.pairedCostsLess'),
        costsMore: m('chart.pairedCostsMore'),
        costPerSaleLess: m('chart.pairedCostPerSaleLess'),
        costPerSaleMore: m('chart.pairedCostPerSaleMore'),
        fewerPerRun: m('chart.pairedFewerPerRun'),
        morePerRun: m('chart.pairedMorePerRun'),
        noDifference: m('chart.pairedNoDifference'),
        better: m('chart.pairedBetter'),
        worse: m('chart.pairedWorse'),
        axis: m('chart.pairedAxis'),
        needTwo: m('chart.pairedNeedTwo'),
        to: m('chart.intervalTo'),
      },
      nouns: {
        reached: m('noun.reached'),
        shared: m('noun.shared'),
        converted: m('noun.converted'),
        incrementalConverted: m('noun.incrementalConverted'),
        churned: m('noun.churned'),
        revenue: m('noun.revenue'),
        cost: m('noun.cost'),
        costPerConversion: m('noun.costPerConversion'),
        roi: m('noun.roi'),
      },
    },
    funnel: {
      ...base,
      title: m('chart.funnelTitle'),
      stages: {
        reached: { title: m('funnel.reached'), subtitle: m('funnel.reachedSub') },
        shared: { title: m('funnel.shared'), subtitle: m('funnel.sharedSub') },
        converted: { title: m('funnel.converted'), subtitle: m('funnel.convertedSub') },
        churned: { title: m('funnel.churned'), subtitle: m('funnel.churnedSub') },
      },
      causedStage: { title: m('funnel.caused'), subtitle: m('funnel.causedSub') },
    },
    intervals: {
      ...base,
      title: m('chart.intervalsTitle'),
      emptyMessage: m('chart.intervalsEmpty'),
      text: {
        costTitle: m('intervals.costTitle'),
        costSubtitle: m('intervals.costSubtitle'),
        roiTitle: m('intervals.roiTitle'),
        roiSubtitle: m('intervals.roiSubtitle'),
        noCost: m('intervals.noCost'),
        noConversions: m('intervals.noConversions'),
        breakEven: m('intervals.breakEven'),
        spread: m('intervals.spread'),
        median: m('intervals.median'),
        mean: m('intervals.mean'),
        to: m('chart.intervalTo'),
      },
    },
    attribution: {
      ...base,
      title: m('chart.attributionTitle'),
      sources: { seed: m('attribution.seed'), kol: m('attribution.kol'), organic: m('attribution.organic'), ads: m('attribution.ads') },
      xLabel: m('attribution.xLabel'),
      totalLabel: m('attribution.total'),
      noConversions: m('attribution.none'),
      baselineNote: m('attribution.baseline'),
    },
    decomposition: {
      ...base,
      title: m('chart.decompositionTitle'),
      formula: m('app.formula'),
      factors: {
        information: { title: m('factor.information'), explanation: m('factor.informationNote') },
        relationship: { title: m('factor.relationship'), explanation: m('factor.relationshipNote') },
        interaction: { title: m('factor.interaction'), explanation: m('factor.interactionNote') },
      },
    },
    degreeRunning: { ...degreeBase(m, base), emptyMessage: m('chart.degreeRunning') },
    degreeComputing: { ...degreeBase(m, base), emptyMessage: m('chart.degreeComputing') },
    distribution: (metric) => {
      let o = distributions.get(metric);
      if (!o) distributions.set(metric, (o = { ...base, metric, title: m('chart.distributionTitle'), xLabel: distributionLabels[metric] ?? metric, noRuns: m('distribution.noRuns'), summary: m('distribution.summary'), oneRun: m('distribution.oneRun') }));
      return o;
    },
  };
  cache.set(key, options);
  return options;
}

const descriptions = new Map<Locale, ChartDescriptions>();

/** The charts' screen-reader sentences and point labels in `locale`. */
export function chartDescriptions(locale: Locale = currentLocale()): ChartDescriptions {
  let d = descriptions.get(locale);
  if (!d) {
    const keys = Object.keys(CHART_DESCRIPTIONS_EN) as ChartDescriptionKey[];
    descriptions.set(locale, (d = Object.fromEntries(keys.map((k) => [k, messageIn(locale, k)])) as ChartDescriptions));
  }
  return d;
}

/** Options of the Analyse area's charts (sweep curve, heatmap, budget frontier) in one language. */
export interface AnalysisChartOptions {
  /** For every chart: locale, empty state, screen-reader sentences. */
  base: { locale: Locale; emptyMessage: string; descriptions: ChartDescriptions };
  /** Axis title (curve) or colour-scale title (heatmap) of a sweep metric. */
  metricLabel: (metric: string) => string;
  curveText: { tipping: string; steepest: string };
  frontier: { xLabel: string; yLabel: string; liftLabel: string; text: { frontier: string; within: string; over: string; budget: string; offChart: string } };
}

const analysisOptions = new Map<Locale, AnalysisChartOptions>();

/** The Analyse charts' words in `locale` (cached: the same language gives the same objects). */
export function analysisChartOptions(locale: Locale = currentLocale()): AnalysisChartOptions {
  let o = analysisOptions.get(locale);
  if (o) return o;
  const m = (k: MessageKey) => messageIn(locale, k);
  const metrics: Record<string, string> = {
    reached: m('analysisChart.reached'),
    shared: m('analysisChart.shared'),
    converted: m('analysisChart.converted'),
    incrementalConverted: m('analysisChart.incrementalConverted'),
    roi: m('analysisChart.roi'),
    R: m('analysisChart.R'),
    cost: m('analysisChart.cost'),
  };
  o = {
    base: { locale, emptyMessage: m('chart.noRuns'), descriptions: chartDescriptions(locale) },
    metricLabel: (metric) => metrics[metric] ?? metric,
    curveText: { tipping: m('analysisChart.tipping'), steepest: m('analysisChart.steepest') },
    frontier: {
      xLabel: metrics.cost,
      yLabel: metrics.converted,
      liftLabel: metrics.incrementalConverted,
      text: {
        frontier: m('analysisChart.frontier'),
        within: m('analysisChart.within'),
        over: m('analysisChart.over'),
        budget: m('analysisChart.budget'),
        offChart: m('analysisChart.offChart'),
      },
    },
  };
  analysisOptions.set(locale, o);
  return o;
}

function degreeBase(k: (key: MessageKey) => string, base: Record<string, unknown>): Record<string, unknown> {
  return {
    ...base,
    title: k('chart.degreeTitle'),
    xLabel: k('degree.xLabel'),
    yLabel: k('degree.yLabel'),
    summaryText: {
      people: k('degree.people'),
      ties: k('degree.ties'),
      meanDegree: k('degree.meanDegree'),
      clustering: k('degree.clustering'),
      largestGroup: k('degree.largestGroup'),
      averagePath: k('degree.averagePath'),
      zeroNote: k('degree.zeroNote'),
    },
  };
}

/** The network view's words in `locale` (undefined in English: the view's defaults are the catalogue's English). */
export function networkTextFor(locale: Locale = currentLocale()): NetworkText | undefined {
  return locale === 'en' ? undefined : networkTextIn(locale);
}
