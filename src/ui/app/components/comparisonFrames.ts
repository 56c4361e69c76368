/**
 * The chart frames of `<dl-results>`, in page order: which charts a result gets (presenter mode
 * drops the per-run distribution and the degree plot; money, attribution and decomposition need a
 * result that has them, else a note points at the dividend model), what each is fed, and the
 * metric pickers (incremental conversions lead for dividend results: organic buyers would buy
 * anyway). Apart from the panel, which decides when frames appear (chartPacing.ts) and shows the
 * states, the verdict and the replay around them.
 */
import { html, type TemplateResult } from 'lit';
// Only the charts this element draws: the Analyse charts (sweeps, frontier) load with its chunk.
import '../../charts/elements/dlChartFrame';
import '../../charts/elements/dlTimeSeries';
import '../../charts/elements/dlFunnel';
import '../../charts/elements/dlOutcomeDistribution';
import '../../charts/elements/dlIntervals';
import '../../charts/elements/dlPairedComparison';
import '../../charts/elements/dlAttribution';
import '../../charts/elements/dlDecomposition';
import '../../charts/elements/dlDegreeDistribution';
import type { degreeData, pairedData, ResultView } from '../resultView';
import type { SimulationState } from '../simulationState';
import { t, tPlural } from '../../i18n/t';
import { resultChartOptions } from '../chartText';
import { MODEL_KIND_LABELS } from '../fieldSpecs';
import { localizedOptions } from '../fieldText';
import type { ChartId } from './chartPacing';

const PAIRED_METRICS = ['converted', 'reached', 'shared', 'churned'] as const;
const MONEY_METRICS = ['revenue', 'cost', 'roi'] as const;
/** Dividend results lead with the lift: conversions the campaign caused, not totals with organic buyers. */
const LIFT_METRICS = ['incrementalConverted'] as const;
type MetricId = (typeof PAIRED_METRICS)[number] | (typeof MONEY_METRICS)[number] | (typeof LIFT_METRICS)[number];

/** Tick labels on a projector (the charts' default is 12 px). */
const PRESENTER_FONT_SIZE = 18;

const NO_STRATEGIES: ResultView['strategies'] = [];
const NO_ROWS: NonNullable<ResultView['attribution']> = [];
const NO_DECOMPOSITION: NonNullable<ResultView['decomposition']> = [];

/** One frame of the chart grid, keyed by its id. */
export interface ComparisonFrame {
  id: string;
  template: TemplateResult;
}

/** What the frames are built from: the panel's state, its choices and its memoised data. */
export interface FrameInputs {
  view: ResultView;
  state: SimulationState;
  /** Results of a running or stopped simulation: "N runs so far". */
  partial: boolean;
  presenter: boolean;
  pairedMetric: string;
  distributionMetric: string;
  /** The view chart `id` shows (chartPacing.ts: charts catch up one at a time). */
  at: (id: ChartId, latest: ResultView) => ResultView;
  pairedOf: (view: ResultView, metric: string) => ReturnType<typeof pairedData>;
  degreeOf: (stats: NonNullable<SimulationState['networkStats']>) => ReturnType<typeof degreeData>;
  onPairedMetric: (metric: string) => void;
  onDistributionMetric: (metric: string) => void;
}

function picker(label: string, value: string, options: readonly MetricId[], onChange: (v: string) => void) {
  return html`<label class="picker"
      >${label}
      <select @change=${(e: Event) => onChange((e.target as HTMLSelectElement).value)}>
        ${options.map((o) => html`<option value="${o}" ?selected=${o === value}>${t(`metric.${o}`)}</option>`)}
      </select></label
    >`;
}

/** The frames for one render, in page order. */
export function comparisonFrames(inputs: FrameInputs): ComparisonFrame[] {
  const { view, state, partial } = inputs;
  const options = resultChartOptions(undefined, inputs.presenter ? PRESENTER_FONT_SIZE : undefined);
  const runs = view.runs;
  // While partial results stream in, charts out of view wait until they are scrolled to (chartElement.ts).
  const running = state.phase === 'running';
  const runText = partial ? tPlural('results.runsSoFar', runs) : tPlural('results.runs', runs);
  const timeHint = t('chart.timeHint', { runs: runText });
  const metrics: readonly MetricId[] = [...(view.hasLift ? LIFT_METRICS : []), ...PAIRED_METRICS, ...(view.hasMoney ? MONEY_METRICS : [])];
  const fallback: MetricId = view.hasLift ? 'incrementalConverted' : 'converted';
  const paired = (metrics as readonly string[]).includes(inputs.pairedMetric) ? inputs.pairedMetric : fallback;
  const distribution = (metrics as readonly string[]).includes(inputs.distributionMetric) ? inputs.distributionMetric : fallback;
  const stats = state.networkStats;
  const download = t('chart.download', { chart: '{chart}', format: '{format}' });
  const frame = (id: string, heading: string, hint: string, filename: string, body: unknown, wide = false) => ({
    id,
    template: html`<dl-chart-frame class=${wide ? 'wide' : ''} id=${id} heading=${heading} hint=${hint} filename=${filename} download-label=${download}>${body}</dl-chart-frame>`,
  });
  return [
    frame('chart-reached', t('chart.reachedTitle'), timeHint, 'reached-over-time',
      html`<dl-time-series ?defer-hidden=${running} .data=${inputs.at('reached', view).strategies} .options=${options.reached}></dl-time-series>`),
    frame('chart-converted', t('chart.convertedTitle'), Number.isFinite(view.organicBaseline) ? t('chart.convertedHint', { runs: runText }) : timeHint, 'conversions-over-time',
      html`<dl-time-series ?defer-hidden=${running} .data=${inputs.at('converted', view).strategies} .options=${options.converted}></dl-time-series>`),
    frame('chart-paired', t('chart.pairedTitle'), t('chart.pairedHint'), 'paired-comparison',
      html`${picker(t('results.compareOn'), paired, metrics, inputs.onPairedMetric)}
          <dl-paired-comparison ?defer-hidden=${running} .data=${inputs.pairedOf(inputs.at('paired', view), paired)} .options=${options.paired}></dl-paired-comparison>`, true),
    frame('chart-funnel', t('chart.funnelTitle'), t('chart.funnelHint'), 'funnel',
      html`<dl-funnel ?defer-hidden=${running} .data=${inputs.at('funnel', view).strategies} .options=${options.funnel}></dl-funnel>`, true),
    ...(inputs.presenter
      ? []
      : [
          frame('chart-distribution', t('chart.distributionTitle'), t('chart.distributionHint'), 'outcome-distribution',
            html`${picker(t('results.show'), distribution, metrics, inputs.onDistributionMetric)}
                <dl-outcome-distribution ?defer-hidden=${running} .data=${inputs.at('distribution', view).strategies} .options=${options.distribution(distribution)}></dl-outcome-distribution>`),
          frame('chart-degree', t('chart.networkTitle'), t('chart.networkHint'), 'degree-distribution',
            html`<dl-degree-distribution ?defer-hidden=${running} .data=${stats ? inputs.degreeOf(stats) : undefined} .options=${state.phase === 'running' ? options.degreeRunning : options.degreeComputing}></dl-degree-distribution>`),
        ]),
    ...(view.hasMoney || view.attribution || view.decomposition
      ? [
          frame('chart-intervals', t('chart.intervalsTitle'), t('chart.intervalsHint'), 'cost-and-roi',
            html`<dl-intervals ?defer-hidden=${running} .data=${view.hasMoney ? inputs.at('intervals', view).strategies : NO_STRATEGIES} .options=${options.intervals}></dl-intervals>`, true),
          frame('chart-attribution', t('chart.attributionTitle'), t('chart.attributionHint'), 'attribution',
            html`<dl-attribution ?defer-hidden=${running} .data=${inputs.at('attribution', view).attribution ?? NO_ROWS} .options=${options.attribution}></dl-attribution>`, true),
          frame('chart-decomposition', t('chart.decompositionTitle'), t('chart.decompositionHint'), 'decomposition',
            html`<dl-decomposition ?defer-hidden=${running} .data=${inputs.at('decomposition', view).decomposition ?? NO_DECOMPOSITION} .options=${options.decomposition}></dl-decomposition>`, true),
        ]
      : [
          { id: 'dividend-note', template: html`<p class="wide note dividend-note" id="dividend-note">
              ${t('results.dividendNote', {
                dividend: localizedOptions('model.kind', [{ value: 'dividend', label: MODEL_KIND_LABELS.dividend }])[0].label,
                section: t('panel.model'),
                model: state.scenario?.model.kind ?? '',
              })}
            </p>` },
        ]),
  ];
}
