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
import { degreeData, pairedData, resultView, type ResultView } from '../resultView';
import type { SimulationState } from '../simulationState';
import type { SimulationResult } from '../../../runtime/resultFormat';
import { controlStyles, placeholderBoxStyles } from '../styles';
import { resultsStyles } from './resultsStyles';
import { LazyElements } from '../lazyElements';
import { isDividendScenario } from '../../../core/scenario';
import { strategyColor } from '../../theme';
import { LocaleController } from '../../i18n/localeController';
import { t } from '../../i18n/t';
import { networkTextFor } from '../chartText';
import { shownScenarioText } from '../presetText';
import type { Scenario } from '../../../core/scenario';
import '../verdict/dlVerdict';
import { CurrencyController } from '../editing/currency';
import '../verdict/dlRobustness';
import { downloadSummaryCsv, resultVerdict } from '../verdict/resultVerdict';
import { printReport } from '../verdict/printReport';
import type { VerdictExportDetail } from '../verdict/dlVerdict';
import type { DlNetworkView } from '../../network/dlNetworkView';
import { ChartPacing } from './chartPacing';
import { comparisonFrames } from './comparisonFrames';

/** Up to this many strategies the printed report puts its two charts side by side on the verdict's page; more get a page of full-width charts. */
const PRINT_SIDE_BY_SIDE_MAX = 4;

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
  /** The first partial result appears in steps, charts catch up one per task, `data-settled` when drawn (chartPacing.ts). */
  private readonly pacing: ChartPacing;
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
    // Last of the controllers: its hooks run where the element's willUpdate and updated did.
    this.pacing = new ChartPacing(this, { view: () => this.view(), running: () => this.state.phase === 'running' });
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

  /** The chart view, recomputed only when the result or the colours change. */
  private view(): ResultView | null {
    const result = this.state?.result ?? null;
    return result === null ? null : this.viewOf(result, this.colors, this.names ?? null);
  }

  private onVerdictExport(detail: VerdictExportDetail, verdict: NonNullable<ReturnType<typeof resultVerdict>>['verdict'], scenario: Scenario): void {
    if (detail.kind === 'csv') downloadSummaryCsv(verdict, scenario);
    else void printReport(this);
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
    const runs = view.runs;
    const partial = state.phase === 'running' || state.phase === 'stopped';
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
    const frames = comparisonFrames({
      view,
      state,
      partial,
      presenter: this.presenter,
      pairedMetric: this.pairedMetric,
      distributionMetric: this.distributionMetric,
      at: (id, latest) => this.pacing.at(id, latest),
      pairedOf: this.pairedOf,
      degreeOf: this.degreeOf,
      onPairedMetric: (v) => (this.pairedMetric = v),
      onDistributionMetric: (v) => (this.distributionMetric = v),
    });
    this.pacing.frameCount = frames.length;
    return html`
      ${this.presenter ? network : nothing}
      ${verdict && state.scenario && this.pacing.revealed >= 0
        ? html`<dl-verdict
            .verdict=${verdict.verdict}
            .notes=${verdict.notes}
            .scenario=${state.scenario}
            .colors=${this.colors}
            .partialRuns=${partial ? runs : null}
            @dl-verdict-export=${(e: CustomEvent<VerdictExportDetail>) => this.onVerdictExport(e.detail, verdict.verdict, state.scenario!)}
          ></dl-verdict>`
        : nothing}
      ${verdict && state.result?.robustness && this.pacing.revealed >= 0
        ? html`<dl-robustness .robustness=${state.result.robustness} .shown=${(name: string) => view.strategies[state.scenario!.strategies.findIndex((s) => s.name === name)]?.name ?? name}></dl-robustness>`
        : nothing}
      <div class="grid ${view.strategies.length > PRINT_SIDE_BY_SIDE_MAX ? 'many' : ''}">${repeat(frames.slice(0, Math.max(0, this.pacing.revealed)), (f) => f.id, (f) => f.template)}</div>
      ${this.presenter || this.pacing.revealed < frames.length ? nothing : network}
    `;
  }
}

if (!customElements.get('dl-results')) customElements.define('dl-results', DlResults);

declare global {
  interface HTMLElementTagNameMap {
    'dl-results': DlResults;
  }
}
