/**
 * `<dl-results>`: every strategy compared at once, using the chart elements of src/ui/charts —
 * reached and converted over time with 5–95 % bands, the paired comparison against the baseline,
 * the funnel, final-outcome distributions, cost per incremental sale and ROI, attribution of the
 * campaign-caused conversions and the dividend decomposition (incremental conversions lead the
 * metric pickers of dividend results: organic buyers would buy anyway), and the network's
 * degree distribution with its statistics. Shows the loading, empty and error states; charts
 * update as partial results stream in.
 */
import { html, LitElement, nothing, type PropertyValues } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
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
import { degreeData, pairedData, resultView, type ResultView } from '../resultView';
import type { SimulationState } from '../simulationController';
import type { SimulationResult } from '../../../runtime/resultFormat';
import { controlStyles, placeholderBoxStyles } from '../styles';
import { resultsStyles } from './resultsStyles';
import { LazyElements } from '../lazyElements';
import { isDividendScenario } from '../../../core/scenario';
import { strategyColor } from '../../theme';
import { LocaleController } from '../../i18n/localeController';
import { t, tPlural } from '../../i18n/t';
import { networkTextFor, resultChartOptions } from '../chartText';
import { shownScenarioText } from '../presetText';
import { MODEL_KIND_LABELS } from '../fieldSpecs';
import { localizedOptions } from '../fieldText';
import type { Scenario } from '../../../core/scenario';
import '../verdict/dlVerdict';
import { CurrencyController } from '../editing/currency';
import '../verdict/dlRobustness';
import { downloadSummaryCsv, resultVerdict } from '../verdict/resultVerdict';
import { printReport } from '../verdict/printReport';
import { drawsSettled, queueDraw } from '../../charts/elements/drawQueue';
import { ChartElement } from '../../charts/elements/chartElement';
import type { BaseChartOptions } from '../../charts/chartSvg';
import type { VerdictExportDetail } from '../verdict/dlVerdict';
import type { DlNetworkView } from '../../network/dlNetworkView';

const PAIRED_METRICS = ['converted', 'reached', 'shared', 'churned'] as const;
const MONEY_METRICS = ['revenue', 'cost', 'roi'] as const;
/** Dividend results lead with the lift: conversions the campaign caused, not totals with organic buyers. */
const LIFT_METRICS = ['incrementalConverted'] as const;
type MetricId = (typeof PAIRED_METRICS)[number] | (typeof MONEY_METRICS)[number] | (typeof LIFT_METRICS)[number];

/** Up to this many strategies the printed report puts its two charts side by side on the verdict's page; more get a page of full-width charts. */
const PRINT_SIDE_BY_SIDE_MAX = 4;

/** Tick labels on a projector (the charts' default is 12 px). */
const PRESENTER_FONT_SIZE = 18;

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

/** Chart frames added per step while the first partial result of a run appears (after the verdict, which has a step of its own). */
const REVEAL_STEP = 1;

/** The parts of the simulation state this element shows. */
const SHOWN_STATE = ['phase', 'error', 'result', 'scenario', 'networkStats'] as const satisfies readonly (keyof SimulationState)[];

export class DlResults extends LitElement {
  static override properties = {
    state: { attribute: false },
    colors: { attribute: false },
    names: { attribute: false },
    presenter: { type: Boolean, reflect: true },
    awaitingAnswer: { type: Boolean },
    pairedMetric: { state: true },
    distributionMetric: { state: true },
  };

  static override styles = [controlStyles, placeholderBoxStyles, resultsStyles];

  declare state: SimulationState;
  declare colors: readonly number[];
  /** Display names of the strategies (a lesson's, in the current language), or null for the data's. */
  declare names: readonly string[] | null;
  /** Presenter mode: larger chart text, fewer charts (no per-run distribution, no degree plot). */
  declare presenter: boolean;
  /** The page asks before this (long) run: the panel says so rather than "fix the fields". */
  declare awaitingAnswer: boolean;
  declare pairedMetric: string;
  declare distributionMetric: string;
  /**
   * Chart frames rendered so far (−1: not even the verdict). The first partial result of a run
   * builds the whole comparison (verdict, every frame, chart element and shadow root) — over
   * 100 ms in one task beside a 1M-person run — so it appears in steps paced with the charts'
   * draws (drawQueue.ts): the verdict, then REVEAL_STEP frames per step. A finished result shown
   * at once (nothing running) is rendered whole.
   */
  private revealed = Number.POSITIVE_INFINITY;
  private frameCount = 0;
  /** The view each chart currently shows: charts catch up with the latest view one per task. */
  private readonly shown = new Map<string, ResultView>();
  private pumping = false;
  private readonly viewOf = memo((result: SimulationResult, colors: readonly number[], names: readonly string[] | null) => resultView(result, colors, names));
  /** The scenario the replay shows, with the display names (same object while they stay). */
  private readonly namedScenarioOf = memo((scenario: Scenario, names: readonly string[] | null): Scenario =>
    names ? ({ ...scenario, strategies: scenario.strategies.map((s, i) => ({ ...s, name: names[i] ?? s.name })) } as Scenario) : scenario,
  );
  private readonly pairedOf = memo((view: ResultView, metric: string) => pairedData(view, metric));
  /** The verdict above the charts (dividend results), from the latest view. */
  private readonly verdictOf = memo((view: ResultView, scenario: Scenario | null) => resultVerdict(view, scenario));
  private readonly degreeOf = memo((stats: NonNullable<SimulationState['networkStats']>) => degreeData(stats));
  /** CSS colours for the network view; memoised so the view does not reload on every render. */
  private readonly networkColorsOf = memo((colors: readonly number[], count: number) => Array.from({ length: count }, (_, i) => strategyColor(colors[i] ?? i)));

  constructor() {
    super();
    new LocaleController(this);
    // The network view (animation, layout client) is a chunk of its own: loaded when shown or when idle.
    new LazyElements(this, { 'dl-network-view': () => import('../../network/dlNetworkView') }, { preloadWhenIdle: true });
    this.colors = [];
    this.names = null;
    this.presenter = false;
    this.awaitingAnswer = false;
    new CurrencyController(this);
    // '' = the default of the result: incremental conversions when it has them, else conversions.
    this.pairedMetric = '';
    this.distributionMetric = '';
  }

  /**
   * Space in a lesson: play or pause the replay. False when no replay is on the page (not shown,
   * or its chunk not loaded yet), so the page can re-run or stop the simulation instead.
   */
  togglePlayback(): boolean {
    const view = this.renderRoot.querySelector<DlNetworkView>('dl-network-view:defined');
    if (!view) return false;
    if (view.playing) view.pause();
    else {
      view.scrollIntoView({ block: 'nearest', behavior: 'smooth' });
      view.play();
    }
    return true;
  }

  /**
   * A new simulation state that changes nothing shown here (runs done, a notice, the raw data of a
   * finished run) is not rendered: progress arrives many times a second during a run, and each
   * render of this template costs the main thread milliseconds the simulation workers want.
   */
  protected override shouldUpdate(changed: PropertyValues<this>): boolean {
    if (changed.size !== 1 || !changed.has('state')) return true;
    const before = changed.get('state') as SimulationState | undefined;
    const now = this.state;
    return !before || SHOWN_STATE.some((key) => before[key] !== now[key]);
  }

  protected override willUpdate(): void {
    const hasView = this.view() !== null;
    if (!hasView) this.revealed = Number.POSITIVE_INFINITY;
    else if (!this.hadView && this.state.phase === 'running') this.revealed = -1;
    this.hadView = hasView;
  }

  private hadView = false;

  /** Render the next frames in a task of their own, paced with the charts' draws (drawQueue.ts), until all are. */
  private revealMore(): void {
    if (this.revealed < this.frameCount) queueDraw(this.revealStep);
  }

  private readonly revealStep = (): void => {
    if (this.revealed >= this.frameCount) return;
    this.revealed = this.revealed < 0 ? 0 : this.revealed + REVEAL_STEP;
    this.requestUpdate();
  };

  /** The chart view, recomputed only when the result or the colours change. */
  private view(): ResultView | null {
    const result = this.state?.result ?? null;
    return result === null ? null : this.viewOf(result, this.colors, this.names ?? null);
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
    queueDraw(this.pumpStep);
  }

  /** One chart brought up to the latest view; the next step is queued once that update is rendered. */
  private readonly pumpStep = (): void => {
    const latest = this.view();
    const behind = latest ? CHART_IDS.find((id) => this.shown.has(id) && this.shown.get(id) !== latest) : undefined;
    if (!latest || behind === undefined) {
      this.pumping = false;
      this.markSettled();
      return;
    }
    this.shown.set(behind, latest);
    this.requestUpdate();
    void this.updateComplete.then(() => queueDraw(this.pumpStep));
  };

  protected override updated(): void {
    const latest = this.view();
    if (!latest) {
      this.shown.clear();
      return;
    }
    if (this.revealed < this.frameCount) {
      this.toggleAttribute('data-settled', false);
      this.revealMore();
      return;
    }
    // A chart seen for the first time shows the latest view at once (nothing to catch up from).
    for (const id of CHART_IDS) if (!this.shown.has(id)) this.shown.set(id, latest);
    if (CHART_IDS.some((id) => this.shown.get(id) !== latest)) {
      this.toggleAttribute('data-settled', false);
      this.pump();
    } else this.markSettled();
  }

  /**
   * `data-settled` (what tests and the print view wait for): every chart shows the latest view and
   * has drawn it — draws wait for frames (drawQueue.ts), so after the queue empties, and only if
   * nothing newer came meanwhile.
   */
  private markSettled(): void {
    const latest = this.view();
    void this.chartsDrawn().then(() => {
      const current = latest !== null && latest === this.view() && !this.pumping && this.revealed >= this.frameCount;
      if (current && CHART_IDS.every((id) => this.shown.get(id) === latest)) this.toggleAttribute('data-settled', true);
    });
  }

  /**
   * Every chart of this panel has run its pending update and drawn it, and no draw waits. The
   * queue alone is not enough: this panel's `updated` runs before its new charts have had their
   * first update, so their draws were not queued yet (it once marked a panel settled with six
   * empty charts).
   */
  private async chartsDrawn(): Promise<void> {
    const charts = [...this.renderRoot.querySelectorAll('*')].filter((e): e is ChartElement<unknown, BaseChartOptions> => e instanceof ChartElement);
    await Promise.all(charts.map((c) => c.updateComplete));
    await drawsSettled();
  }

  private onVerdictExport(detail: VerdictExportDetail, verdict: NonNullable<ReturnType<typeof resultVerdict>>['verdict'], scenario: Scenario): void {
    if (detail.kind === 'csv') downloadSummaryCsv(verdict, scenario);
    else void printReport(this);
  }

  private picker(label: string, value: string, options: readonly MetricId[], onChange: (v: string) => void) {
    return html`<label class="picker"
      >${label}
      <select @change=${(e: Event) => onChange((e.target as HTMLSelectElement).value)}>
        ${options.map((o) => html`<option value="${o}" ?selected=${o === value}>${t(`metric.${o}`)}</option>`)}
      </select></label
    >`;
  }

  protected override render() {
    const state = this.state;
    const view = this.view();
    if (!view) {
      if (state?.phase === 'error')
        return html`<div class="state error" role="alert"><h2>${t('results.errorTitle')}</h2><p>${state.error}</p></div>`;
      if (state?.phase === 'running')
        return html`<div class="state" aria-live="polite"><h2>${t('results.simulatingTitle')}</h2><p>${t('results.simulatingText')}</p></div>`;
      if (this.awaitingAnswer)
        return html`<div class="state" id="awaiting-answer"><h2>${t('results.askTitle')}</h2><p>${t('results.askText')}</p></div>`;
      return html`<div class="state"><h2>${t('results.noneTitle')}</h2><p>${t('results.noneText')}</p></div>`;
    }
    const options = resultChartOptions(undefined, this.presenter ? PRESENTER_FONT_SIZE : undefined);
    const runs = view.runs;
    const partial = state.phase === 'running' || state.phase === 'stopped';
    // While partial results stream in, charts out of view wait until they are scrolled to (chartElement.ts).
    const running = state.phase === 'running';
    const runText = partial ? tPlural('results.runsSoFar', runs) : tPlural('results.runs', runs);
    const timeHint = t('chart.timeHint', { runs: runText });
    const metrics: readonly MetricId[] = [...(view.hasLift ? LIFT_METRICS : []), ...PAIRED_METRICS, ...(view.hasMoney ? MONEY_METRICS : [])];
    const fallback: MetricId = view.hasLift ? 'incrementalConverted' : 'converted';
    const paired = (metrics as readonly string[]).includes(this.pairedMetric) ? this.pairedMetric : fallback;
    const distribution = (metrics as readonly string[]).includes(this.distributionMetric) ? this.distributionMetric : fallback;
    const stats = state.networkStats;
    const download = t('chart.download', { chart: '{chart}', format: '{format}' });
    const frame = (id: string, heading: string, hint: string, filename: string, body: unknown, wide = false) => ({
      id,
      template: html`<dl-chart-frame class=${wide ? 'wide' : ''} id=${id} heading=${heading} hint=${hint} filename=${filename} download-label=${download}>${body}</dl-chart-frame>`,
    });
    // On a projector the replay comes first: it is what the class watches.
    const network =
      state.phase === 'done' && state.scenario && isDividendScenario(state.scenario) && state.result
        ? html`<section class="network" id="network-view">
            <h2>${t('results.watchTitle')}</h2>
            <p class="note">${t('results.watchNote', { run: state.result.representativeRun.run + 1 })}</p>
            <dl-network-view
              .scenario=${this.namedScenarioOf(state.scenario, this.names ?? null)}
              .run=${state.result.representativeRun.run}
              .colors=${this.networkColorsOf(this.colors, state.scenario.strategies.length)}
              .text=${networkTextFor()}
              heading=${shownScenarioText('name', state.scenario.name)}
            ></dl-network-view>
          </section>`
        : nothing;
    const verdict = this.presenter ? null : this.verdictOf(view, state.scenario ?? null);
    const frames = [
      frame('chart-reached', t('chart.reachedTitle'), timeHint, 'reached-over-time',
        html`<dl-time-series ?defer-hidden=${running} .data=${this.at('reached', view).strategies} .options=${options.reached}></dl-time-series>`),
      frame('chart-converted', t('chart.convertedTitle'), Number.isFinite(view.organicBaseline) ? t('chart.convertedHint', { runs: runText }) : timeHint, 'conversions-over-time',
        html`<dl-time-series ?defer-hidden=${running} .data=${this.at('converted', view).strategies} .options=${options.converted}></dl-time-series>`),
      frame('chart-paired', t('chart.pairedTitle'), t('chart.pairedHint'), 'paired-comparison',
        html`${this.picker(t('results.compareOn'), paired, metrics, (v) => (this.pairedMetric = v))}
          <dl-paired-comparison ?defer-hidden=${running} .data=${this.pairedOf(this.at('paired', view), paired)} .options=${options.paired}></dl-paired-comparison>`, true),
      frame('chart-funnel', t('chart.funnelTitle'), t('chart.funnelHint'), 'funnel',
        html`<dl-funnel ?defer-hidden=${running} .data=${this.at('funnel', view).strategies} .options=${options.funnel}></dl-funnel>`, true),
      ...(this.presenter
        ? []
        : [
            frame('chart-distribution', t('chart.distributionTitle'), t('chart.distributionHint'), 'outcome-distribution',
              html`${this.picker(t('results.show'), distribution, metrics, (v) => (this.distributionMetric = v))}
                <dl-outcome-distribution ?defer-hidden=${running} .data=${this.at('distribution', view).strategies} .options=${options.distribution(distribution)}></dl-outcome-distribution>`),
            frame('chart-degree', t('chart.networkTitle'), t('chart.networkHint'), 'degree-distribution',
              html`<dl-degree-distribution ?defer-hidden=${running} .data=${stats ? this.degreeOf(stats) : undefined} .options=${state.phase === 'running' ? options.degreeRunning : options.degreeComputing}></dl-degree-distribution>`),
          ]),
      ...(view.hasMoney || view.attribution || view.decomposition
        ? [
            frame('chart-intervals', t('chart.intervalsTitle'), t('chart.intervalsHint'), 'cost-and-roi',
              html`<dl-intervals ?defer-hidden=${running} .data=${view.hasMoney ? this.at('intervals', view).strategies : NO_STRATEGIES} .options=${options.intervals}></dl-intervals>`, true),
            frame('chart-attribution', t('chart.attributionTitle'), t('chart.attributionHint'), 'attribution',
              html`<dl-attribution ?defer-hidden=${running} .data=${this.at('attribution', view).attribution ?? NO_ROWS} .options=${options.attribution}></dl-attribution>`, true),
            frame('chart-decomposition', t('chart.decompositionTitle'), t('chart.decompositionHint'), 'decomposition',
              html`<dl-decomposition ?defer-hidden=${running} .data=${this.at('decomposition', view).decomposition ?? NO_DECOMPOSITION} .options=${options.decomposition}></dl-decomposition>`, true),
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
    this.frameCount = frames.length;
    return html`
      ${this.presenter ? network : nothing}
      ${verdict && state.scenario && this.revealed >= 0
        ? html`<dl-verdict
            .verdict=${verdict.verdict}
            .notes=${verdict.notes}
            .scenario=${state.scenario}
            .colors=${this.colors}
            .partialRuns=${partial ? runs : null}
            @dl-verdict-export=${(e: CustomEvent<VerdictExportDetail>) => this.onVerdictExport(e.detail, verdict.verdict, state.scenario!)}
          ></dl-verdict>`
        : nothing}
      ${verdict && state.result?.robustness && this.revealed >= 0
        ? html`<dl-robustness .robustness=${state.result.robustness} .shown=${(name: string) => view.strategies[state.scenario!.strategies.findIndex((s) => s.name === name)]?.name ?? name}></dl-robustness>`
        : nothing}
      <div class="grid ${view.strategies.length > PRINT_SIDE_BY_SIDE_MAX ? 'many' : ''}">${repeat(frames.slice(0, Math.max(0, this.revealed)), (f) => f.id, (f) => f.template)}</div>
      ${this.presenter || this.revealed < frames.length ? nothing : network}
    `;
  }
}

if (!customElements.get('dl-results')) customElements.define('dl-results', DlResults);

declare global {
  interface HTMLElementTagNameMap {
    'dl-results': DlResults;
  }
}
