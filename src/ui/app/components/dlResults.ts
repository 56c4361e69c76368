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
import '../../network/dlNetworkView';
import { isDividendScenario } from '../../../core/scenario';
import { strategyColor } from '../../theme';

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

/**
 * Chart options, created once: a chart redraws when a property changes identity, so a fresh
 * options literal in every render would redraw all charts on every progress tick.
 */
const OPTIONS = {
  reached: { metric: 'reached', title: 'People reached over time' },
  converted: { metric: 'converted', title: 'Conversions over time' },
  paired: { title: 'Compared with the baseline' },
  funnel: { title: 'Funnel' },
  intervals: { title: 'Cost per conversion and ROI', emptyMessage: 'No costs in this scenario' },
  attribution: { title: 'Where conversions came from' },
  decomposition: { title: 'Social dividend, decomposed' },
  degreeRunning: { title: 'Degree distribution', emptyMessage: 'Network statistics follow the simulation' },
  degreeComputing: { title: 'Degree distribution', emptyMessage: 'Computing network statistics…' },
} as const;
const distributionOptions = new Map<string, { metric: string; title: string }>();
function distributionOptionsFor(metric: string) {
  let o = distributionOptions.get(metric);
  if (!o) distributionOptions.set(metric, (o = { metric, title: 'Final outcome per run' }));
  return o;
}

type ChartId = 'reached' | 'converted' | 'paired' | 'funnel' | 'distribution' | 'intervals' | 'attribution' | 'decomposition';
/** Charts in the order they catch up (top of the page first). */
const CHART_IDS: readonly ChartId[] = ['reached', 'converted', 'paired', 'funnel', 'distribution', 'intervals', 'attribution', 'decomposition'];

const NO_STRATEGIES: ResultView['strategies'] = [];
const NO_ROWS: NonNullable<ResultView['attribution']> = [];
const NO_DECOMPOSITION: NonNullable<ResultView['decomposition']> = [];

/** One-entry memo: recompute only when an input changes identity. */
function memo<A extends unknown[], R>(compute: (...args: A) => R): (...args: A) => R {
  let last: A | null = null;
  let value: R;
  return (...args: A) => {
    if (last === null || args.length !== last.length || args.some((a, i) => a !== last![i])) {
      value = compute(...args);
      last = args;
    }
    return value;
  };
}

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
        grid-template-columns: repeat(2, minmax(0, 1fr));
        gap: 16px;
        margin-bottom: 16px;
      }
      .wide {
        grid-column: 1 / -1;
      }
      @media (max-width: 1180px) {
        .grid {
          grid-template-columns: minmax(0, 1fr);
        }
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
      .network {
        padding: 16px 18px 14px;
        border: 1px solid var(--dl-border);
        border-radius: 10px;
        background: var(--dl-bg);
      }
      .network h2 {
        margin: 0 0 2px;
        font-size: 16px;
      }
      .network .note {
        margin-bottom: 10px;
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
  /** The view each chart currently shows: charts catch up with the latest view one per task. */
  private readonly shown = new Map<string, ResultView>();
  private pumping = false;
  private readonly viewOf = memo((result: SimulationResult, colors: readonly number[]) => resultView(result, colors));
  private readonly pairedOf = memo((view: ResultView, metric: string) => pairedData(view, metric));
  private readonly degreeOf = memo((stats: NonNullable<SimulationState['networkStats']>) => degreeData(stats));
  /** CSS colours for the network view; memoised so the view does not reload on every render. */
  private readonly networkColorsOf = memo((colors: readonly number[], count: number) => Array.from({ length: count }, (_, i) => strategyColor(colors[i] ?? i)));

  constructor() {
    super();
    this.colors = [];
    this.pairedMetric = 'converted';
    this.distributionMetric = 'converted';
  }

  /** The chart view, recomputed only when the result or the colours change. */
  private view(): ResultView | null {
    const result = this.state?.result ?? null;
    return result === null ? null : this.viewOf(result, this.colors);
  }

  /** The view chart `id` shows (the latest once it has caught up). */
  private at(id: ChartId, latest: ResultView): ResultView {
    return this.shown.get(id) ?? latest;
  }

  /**
   * Bring the charts up to the latest view one at a time, each in its own task: drawing all of
   * them at once takes longer than a frame while the workers keep the cores busy.
   */
  private pump(): void {
    if (this.pumping) return;
    this.pumping = true;
    const step = () => {
      const latest = this.view();
      const behind = latest ? CHART_IDS.find((id) => this.shown.has(id) && this.shown.get(id) !== latest) : undefined;
      if (!latest || behind === undefined) {
        this.pumping = false;
        this.toggleAttribute('data-settled', true);
        return;
      }
      this.shown.set(behind, latest);
      this.requestUpdate();
      void this.updateComplete.then(() => setTimeout(step, 0));
    };
    setTimeout(step, 0);
  }

  protected override updated(): void {
    const latest = this.view();
    if (!latest) {
      this.shown.clear();
      return;
    }
    // A chart seen for the first time shows the latest view at once (nothing to catch up from).
    for (const id of CHART_IDS) if (!this.shown.has(id)) this.shown.set(id, latest);
    if (CHART_IDS.some((id) => this.shown.get(id) !== latest)) {
      this.toggleAttribute('data-settled', false);
      this.pump();
    } else this.toggleAttribute('data-settled', true);
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
    const partial = state.phase === 'running' || state.phase === 'stopped';
    const runText = `${runs} run${runs === 1 ? '' : 's'}${partial ? ' so far' : ''}`;
    const metrics = view.hasMoney ? [...PAIRED_METRICS, ...MONEY_METRICS] : PAIRED_METRICS;
    const paired = metrics.some((m) => m.value === this.pairedMetric) ? this.pairedMetric : 'converted';
    const distribution = metrics.some((m) => m.value === this.distributionMetric) ? this.distributionMetric : 'converted';
    const stats = state.networkStats;
    return html`
      <div class="grid">
        <dl-chart-frame id="chart-reached" heading="People reached over time" hint="Line: mean of ${runText}. Band: 5–95% of runs." filename="reached-over-time">
          <dl-time-series .data=${this.at('reached', view).strategies} .options=${OPTIONS.reached}></dl-time-series>
        </dl-chart-frame>
        <dl-chart-frame id="chart-converted" heading="Conversions over time" hint="Line: mean of ${runText}. Band: 5–95% of runs." filename="conversions-over-time">
          <dl-time-series .data=${this.at('converted', view).strategies} .options=${OPTIONS.converted}></dl-time-series>
        </dl-chart-frame>
        <dl-chart-frame class="wide" id="chart-paired" heading="Compared with the baseline" hint="Same world, same run: the difference is due to the strategy. Filled point: the 95% CI excludes zero." filename="paired-comparison">
          ${this.picker('Compare on', paired, metrics, (v) => (this.pairedMetric = v))}
          <dl-paired-comparison .data=${this.pairedOf(this.at('paired', view), paired)} .options=${OPTIONS.paired}></dl-paired-comparison>
        </dl-chart-frame>
        <dl-chart-frame class="wide" id="chart-funnel" heading="Funnel" hint="Bars: mean per run; whiskers: 5–95% of runs." filename="funnel">
          <dl-funnel .data=${this.at('funnel', view).strategies} .options=${OPTIONS.funnel}></dl-funnel>
        </dl-chart-frame>
        <dl-chart-frame id="chart-distribution" heading="Final outcome per run" hint="Each dot is one run. Box: middle 50%, line: median, whiskers: 5–95%." filename="outcome-distribution">
          ${this.picker('Show', distribution, metrics, (v) => (this.distributionMetric = v))}
          <dl-outcome-distribution .data=${this.at('distribution', view).strategies} .options=${distributionOptionsFor(distribution)}></dl-outcome-distribution>
        </dl-chart-frame>
        <dl-chart-frame id="chart-degree" heading="The network" hint="Degree distribution on log–log axes: a straight line means a heavy tail of hubs." filename="degree-distribution">
          <dl-degree-distribution
            .data=${stats ? this.degreeOf(stats) : undefined}
            .options=${state.phase === 'running' ? OPTIONS.degreeRunning : OPTIONS.degreeComputing}
          ></dl-degree-distribution>
        </dl-chart-frame>
        ${view.hasMoney || view.attribution || view.decomposition
          ? html`
              <dl-chart-frame class="wide" id="chart-intervals" heading="Cost per conversion and ROI" hint="Point: median over runs; line: 5–95% of runs." filename="cost-and-roi">
                <dl-intervals .data=${view.hasMoney ? this.at('intervals', view).strategies : NO_STRATEGIES} .options=${OPTIONS.intervals}></dl-intervals>
              </dl-chart-frame>
              <dl-chart-frame class="wide" id="chart-attribution" heading="Where conversions came from" hint="Mean conversions per run by the source that tipped them (last touch)." filename="attribution">
                <dl-attribution .data=${this.at('attribution', view).attribution ?? NO_ROWS} .options=${OPTIONS.attribution}></dl-attribution>
              </dl-chart-frame>
              <dl-chart-frame class="wide" id="chart-decomposition" heading="Social dividend, decomposed" hint="Information × relationship chain × interaction; each factor on its own scale." filename="decomposition">
                <dl-decomposition .data=${this.at('decomposition', view).decomposition ?? NO_DECOMPOSITION} .options=${OPTIONS.decomposition}></dl-decomposition>
              </dl-chart-frame>
            `
          : html`<p class="wide note dividend-note" id="dividend-note">
              Cost per conversion, ROI, attribution and the social-dividend decomposition come with the dividend model: choose
              <strong>Dividend</strong> under <em>Interaction: the model</em>. This scenario uses a textbook model (${state.scenario?.model.kind ?? ''}).
            </p>`}
      </div>
      ${state.phase === 'done' && state.scenario && isDividendScenario(state.scenario) && state.result
        ? html`<section class="network" id="network-view">
            <h2>Watch it spread</h2>
            <p class="note">
              Run ${state.result.representativeRun.run + 1} (the baseline's conversions closest to its median) replayed for every strategy on the same
              world. Hover or tap a person for their story; space plays, ←/→ step.
            </p>
            <dl-network-view
              .scenario=${state.scenario}
              .run=${state.result.representativeRun.run}
              .colors=${this.networkColorsOf(this.colors, state.scenario.strategies.length)}
              heading=${state.scenario.name}
            ></dl-network-view>
          </section>`
        : nothing}
    `;
  }
}

if (!customElements.get('dl-results')) customElements.define('dl-results', DlResults);

declare global {
  interface HTMLElementTagNameMap {
    'dl-results': DlResults;
  }
}
