/**
 * `<dl-results>`: every strategy compared at once, using the chart elements of src/ui/charts —
 * reached and converted over time with 5–95 % bands, the paired comparison against the baseline,
 * the funnel, final-outcome distributions, cost per conversion and ROI, attribution and the
 * dividend decomposition, and the network's degree distribution with its statistics. Shows the
 * loading, empty and error states; charts update as partial results stream in.
 */
import { css, html, LitElement, nothing } from 'lit';
import '../../charts/elements/index';
import { degreeData, pairedData, resultView, type ResultView } from '../resultView';
import type { SimulationState } from '../simulationController';
import type { SimulationResult } from '../../../runtime/resultFormat';
import { controlStyles } from '../styles';

const PAIRED_METRICS = [
  { value: 'converted', label: 'Conversions' },
  { value: 'reached', label: 'People reached' },
  { value: 'shared', label: 'Shares' },
  { value: 'churned', label: 'People who muted' },
];
const MONEY_METRICS = [
  { value: 'revenue', label: 'Revenue' },
  { value: 'cost', label: 'Cost' },
  { value: 'roi', label: 'ROI' },
];

export class DlResults extends LitElement {
  static override properties = {
    state: { attribute: false },
    colors: { attribute: false },
    pairedMetric: { state: true },
    distributionMetric: { state: true },
  };

  static override styles = [
    controlStyles,
    css`
      :host {
        display: block;
      }
      .grid {
        display: grid;
        grid-template-columns: repeat(auto-fit, minmax(400px, 1fr));
        gap: 16px;
        margin-bottom: 16px;
      }
      .wide {
        grid-column: 1 / -1;
      }
      .picker {
        display: flex;
        align-items: center;
        gap: 8px;
        font-size: 13px;
        margin: 0 0 8px;
      }
      .state {
        border: 1px dashed var(--dl-border);
        border-radius: 10px;
        padding: 40px 24px;
        text-align: center;
        color: var(--dl-text-muted);
        background: var(--dl-bg);
      }
      .state h2 {
        margin: 0 0 6px;
        font-size: 18px;
        color: var(--dl-text);
      }
      .state.error h2 {
        color: var(--dl-error);
      }
      .state p {
        margin: 0;
        font-size: 14px;
      }
      .note {
        font-size: 13px;
        color: var(--dl-text-muted);
        margin: 0;
      }
      .dividend-note {
        padding: 12px 16px;
        border: 1px dashed var(--dl-border);
        border-radius: 10px;
        line-height: 1.5;
      }
    `,
  ];

  declare state: SimulationState;
  declare colors: readonly number[];
  declare pairedMetric: string;
  declare distributionMetric: string;
  private cachedFor: SimulationResult | null = null;
  private cachedColors: readonly number[] | null = null;
  private cached: ResultView | null = null;

  constructor() {
    super();
    this.colors = [];
    this.pairedMetric = 'converted';
    this.distributionMetric = 'converted';
  }

  /** The chart view, recomputed only when the result or the colours change. */
  private view(): ResultView | null {
    const result = this.state?.result ?? null;
    if (result === null) return null;
    if (result !== this.cachedFor || this.colors !== this.cachedColors) {
      this.cached = resultView(result, this.colors);
      this.cachedFor = result;
      this.cachedColors = this.colors;
    }
    return this.cached;
  }

  private picker(label: string, value: string, options: { value: string; label: string }[], onChange: (v: string) => void) {
    return html`<label class="picker"
      >${label}
      <select @change=${(e: Event) => onChange((e.target as HTMLSelectElement).value)}>
        ${options.map((o) => html`<option value="${o.value}" ?selected=${o.value === value}>${o.label}</option>`)}
      </select></label
    >`;
  }

  protected override render() {
    const state = this.state;
    const view = this.view();
    if (!view) {
      if (state?.phase === 'error')
        return html`<div class="state error" role="alert"><h2>The simulation could not run</h2><p>${state.error}</p></div>`;
      if (state?.phase === 'running')
        return html`<div class="state" aria-live="polite"><h2>Simulating…</h2><p>The first runs arrive in a moment; the charts fill in as they do.</p></div>`;
      return html`<div class="state"><h2>No results yet</h2><p>Fix the highlighted fields, or pick a preset, and the comparison appears here.</p></div>`;
    }
    const runs = view.runs;
    const partial = state.phase === 'running';
    const runText = `${runs} run${runs === 1 ? '' : 's'}${partial ? ' so far' : ''}`;
    const metrics = view.hasMoney ? [...PAIRED_METRICS, ...MONEY_METRICS] : PAIRED_METRICS;
    const paired = metrics.some((m) => m.value === this.pairedMetric) ? this.pairedMetric : 'converted';
    const distribution = metrics.some((m) => m.value === this.distributionMetric) ? this.distributionMetric : 'converted';
    const stats = state.networkStats;
    return html`
      <div class="grid">
        <dl-chart-frame id="chart-reached" heading="People reached over time" hint="Line: mean of ${runText}. Band: 5–95% of runs." filename="reached-over-time">
          <dl-time-series .data=${view.strategies} .options=${{ metric: 'reached', title: 'People reached over time' }}></dl-time-series>
        </dl-chart-frame>
        <dl-chart-frame id="chart-converted" heading="Conversions over time" hint="Line: mean of ${runText}. Band: 5–95% of runs." filename="conversions-over-time">
          <dl-time-series .data=${view.strategies} .options=${{ metric: 'converted', title: 'Conversions over time' }}></dl-time-series>
        </dl-chart-frame>
        <dl-chart-frame class="wide" id="chart-paired" heading="Compared with the baseline" hint="Same world, same run: the difference is due to the strategy. Filled point: the 95% CI excludes zero." filename="paired-comparison">
          ${this.picker('Compare on', paired, metrics, (v) => (this.pairedMetric = v))}
          <dl-paired-comparison .data=${pairedData(view, paired)} .options=${{ title: 'Compared with the baseline' }}></dl-paired-comparison>
        </dl-chart-frame>
        <dl-chart-frame class="wide" id="chart-funnel" heading="Funnel" hint="Bars: mean per run; whiskers: 5–95% of runs." filename="funnel">
          <dl-funnel .data=${view.strategies} .options=${{ title: 'Funnel' }}></dl-funnel>
        </dl-chart-frame>
        <dl-chart-frame id="chart-distribution" heading="Final outcome per run" hint="Each dot is one run. Box: middle 50%, line: median, whiskers: 5–95%." filename="outcome-distribution">
          ${this.picker('Show', distribution, metrics, (v) => (this.distributionMetric = v))}
          <dl-outcome-distribution .data=${view.strategies} .options=${{ metric: distribution, title: 'Final outcome per run' }}></dl-outcome-distribution>
        </dl-chart-frame>
        <dl-chart-frame id="chart-degree" heading="The network" hint="Degree distribution on log–log axes: a straight line means a heavy tail of hubs." filename="degree-distribution">
          <dl-degree-distribution
            .data=${stats ? degreeData(stats) : undefined}
            .options=${{ title: 'Degree distribution', emptyMessage: state.phase === 'running' ? 'Network statistics follow the simulation' : 'Computing network statistics…' }}
          ></dl-degree-distribution>
        </dl-chart-frame>
        ${view.hasMoney || view.attribution || view.decomposition
          ? html`
              <dl-chart-frame class="wide" id="chart-intervals" heading="Cost per conversion and ROI" hint="Point: median over runs; line: 5–95% of runs." filename="cost-and-roi">
                <dl-intervals .data=${view.hasMoney ? view.strategies : []} .options=${{ title: 'Cost per conversion and ROI', emptyMessage: 'No costs in this scenario' }}></dl-intervals>
              </dl-chart-frame>
              <dl-chart-frame id="chart-attribution" heading="Where conversions came from" hint="Mean conversions per run by the source that tipped them (last touch)." filename="attribution">
                <dl-attribution .data=${view.attribution ?? []} .options=${{ title: 'Where conversions came from' }}></dl-attribution>
              </dl-chart-frame>
              <dl-chart-frame id="chart-decomposition" heading="Social dividend, decomposed" hint="Information × relationship chain × interaction; each factor on its own scale." filename="decomposition">
                <dl-decomposition .data=${view.decomposition ?? []} .options=${{ title: 'Social dividend, decomposed' }}></dl-decomposition>
              </dl-chart-frame>
            `
          : html`<p class="wide note dividend-note" id="dividend-note">
              Cost per conversion, ROI, attribution and the social-dividend decomposition come with the dividend model: choose
              <strong>Dividend</strong> under <em>Interaction: the model</em>. This scenario uses a textbook model (${state.scenario?.model.kind ?? ''}).
            </p>`}
      </div>
      ${nothing}
    `;
  }
}

if (!customElements.get('dl-results')) customElements.define('dl-results', DlResults);

declare global {
  interface HTMLElementTagNameMap {
    'dl-results': DlResults;
  }
}
