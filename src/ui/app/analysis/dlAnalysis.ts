/**
 * `<dl-analysis>`: the Analyse area — a parameter sweep (curve or heatmap), the best seeds
 * (greedy vs heuristics) and the budget frontier, each with progress, cancel and an "out of date —
 * rerun" note after the scenario changes. Properties down (`draft`, `scenario`, `colors`);
 * a new strategy card goes up as `dl-analysis-card` with the next strategies state, which the
 * page applies like any other strategy edit.
 */
import { css, html, LitElement, nothing } from 'lit';
import type { FrontierPickDetail } from '../../charts/elements/dlBudgetFrontier';
import '../../charts/elements/dlBudgetFrontier';
import './dlCalibration';
import './dlFrontierTable';
import { seedsResultView } from './seedsResultView';
import { bestSeedsLimits } from '../../../runtime/bestSeedsRules';
import { OPIMC_DEFAULTS } from '../../../core/influence/opimc';
import { isDividendScenario, type Scenario } from '../../../core/scenario';
import { draftText, type Draft, type StrategiesState } from '../draft';
import { controlStyles } from '../styles';
import { AnalysisController, type AnalysisState } from './analysisController';
import {
  CAP_MESSAGE,
  cardFromFrontierPoint,
  cardFromSeeds,
  sweepStrategyName,
  validateBestSeedsForm,
  validateFrontierForm,
  validateSweepForm,
  type BestSeedsForm,
  type CardResult,
  type FieldError,
  type FrontierForm,
  type SweepForm,
} from './analysisForms';
import { leversFor } from './sweepLevers';
import { AnalysisTabControls, type Tab } from './analysisTabControls';
import { sweepTab } from './sweepTab';
import { LocaleController } from '../../i18n/localeController';
import type { BrowserPool } from '../../../runtime/pool.browser';
import { JobController } from './jobController';
import { t } from '../../i18n/t';
import { MAX_STRATEGIES } from '../../../scenario/limits';
import { analysisChartOptions } from '../chartText';
import { strategyColor } from '../../theme';

/** Detail of `dl-analysis-card`: the strategies after adding the card. */
export interface AnalysisCardDetail {
  state: StrategiesState;
  name: string;
}

export class DlAnalysis extends LitElement {
  static override properties = {
    draft: { attribute: false },
    scenario: { attribute: false },
    colors: { attribute: false },
    tab: { state: true },
    pool: { attribute: false },
    sweepForm: { state: true },
    seedsForm: { state: true },
    frontierForm: { state: true },
    errors: { state: true },
    metric: { state: true },
    notice: { state: true },
  };

  declare draft: Draft;
  declare scenario: Scenario | null;
  declare colors: number[];
  declare tab: Tab;
  /** The page's warm worker pool (its jobs take turns with the comparison run); null: one of its own. */
  declare pool: BrowserPool | null;
  declare sweepForm: SweepForm;
  declare seedsForm: BestSeedsForm;
  declare frontierForm: FrontierForm;
  declare errors: Record<Tab, FieldError[]>;
  declare metric: string;
  /** The last card added or refused; its text is worded at render time (a language switch rewords it). */
  declare notice: { tab: Tab; text: () => string; ok: boolean } | null;

  /** Start, progress, cancel and errors of the jobs; disposed (cancelling them) when the element leaves the page. */
  private readonly jobs = new JobController(this, new AnalysisController({ pool: () => this.pool }));
  /** The field, strategy picker, error list, run bar and card notice every tab shows. */
  private readonly controls = new AnalysisTabControls(this);

  constructor() {
    super();
    new LocaleController(this);
    this.draft = {};
    this.scenario = null;
    this.colors = [];
    this.tab = 'sweep';
    this.pool = null;
    this.sweepForm = { lever: 'strategies[{s}].content.quality', strategy: 'all', from: '0', to: '1', steps: '21', lever2: '', from2: '0', to2: '10', steps2: '6' };
    this.seedsForm = { strategy: '0', k: '10', samples: '200', method: 'celf', epsilon: String(OPIMC_DEFAULTS.epsilon), delta: '' };
    this.frontierForm = { strategy: '0', budget: '10000', levels: '3' };
    this.errors = { sweep: [], seeds: [], frontier: [], calibrate: [] };
    // '' = the scenario's default: incremental conversions for the dividend model, else conversions.
    this.metric = '';
    this.notice = null;
  }

  /** The job runner (tests read its state). */
  get controller(): AnalysisController {
    return this.jobs.runner;
  }

  /** The jobs' state now. */
  private get st(): AnalysisState {
    return this.jobs.state;
  }

  static override styles = [
    controlStyles,
    css`
      :host { display: block; }
      [role='tablist'] { display: flex; gap: 4px; border-bottom: 1px solid var(--dl-border); margin-bottom: 12px; }
      [role='tab'] { border: 1px solid transparent; border-bottom: none; border-radius: 6px 6px 0 0; background: none; padding: 6px 12px; }
      [role='tab'][aria-selected='true'] { border-color: var(--dl-border); background: var(--dl-bg); font-weight: 600; margin-bottom: -1px; }
      form { display: flex; flex-wrap: wrap; gap: 10px 14px; align-items: end; margin-bottom: 10px; }
      label { display: flex; flex-direction: column; gap: 3px; font-size: 12px; color: var(--dl-muted); }
      input[type='text'], input[type='number'] { width: 7em; }
      .errors { color: var(--dl-danger, #b42318); margin: 4px 0 8px; font-size: 13px; }
      .run { display: flex; gap: 10px; align-items: center; margin: 8px 0; min-height: 30px; }
      progress { width: 220px; }
      .stale { background: #fff4ce; color: #4d3800; padding: 4px 8px; border-radius: 4px; font-size: 13px; }
      .muted { color: var(--dl-muted); font-size: 13px; }
      .caveat { font-size: 13px; color: var(--dl-muted); margin: 6px 0; }
      table { border-collapse: collapse; font-size: 13px; margin: 8px 0; }
      th, td { padding: 4px 10px; text-align: right; border-bottom: 1px solid var(--dl-border); }
      th:first-child, td:first-child, td.ratio, th.ratio { text-align: left; }
      .bar { display: inline-block; height: 10px; background: var(--dl-strategy-1); vertical-align: middle; margin-right: 6px; border-radius: 2px; }
      .notice { font-size: 13px; margin: 6px 0; }
      .notice.bad { color: var(--dl-danger, #b42318); }
      .metric { display: inline-flex; flex-direction: row; gap: 8px; align-items: center; font-size: 13px; color: var(--dl-text); }
      .metric label { flex-direction: row; gap: 4px; }
      .beside { display: flex; flex-wrap: wrap; gap: 12px; align-items: flex-start; }
      .beside > dl-budget-frontier { flex: 1 1 520px; min-width: 0; }
      .beside > dl-frontier-table { flex: 1 1 440px; min-width: 0; }
      h4 { margin: 10px 0 4px; font-size: 14px; }
    `,
  ];

  private get text(): string {
    return draftText(this.draft);
  }

  /** The colour of the strategy card called `name` (its palette slot; the scenario order when unset). */
  private cardColor(name: string): string {
    const index = this.scenario?.strategies.findIndex((s) => s.name === name) ?? -1;
    return strategyColor(index < 0 ? 0 : (this.colors[index] ?? index));
  }

  private startSweep(): void {
    if (!this.scenario) return;
    const checked = validateSweepForm(this.sweepForm, this.scenario);
    this.errors = { ...this.errors, sweep: checked.ok ? [] : checked.errors };
    if (checked.ok) void this.controller.runSweep(this.scenario, this.text, checked.value, sweepStrategyName(this.sweepForm, this.scenario));
  }

  private startSeeds(): void {
    if (!this.scenario) return;
    const checked = validateBestSeedsForm(this.seedsForm, this.scenario);
    this.errors = { ...this.errors, seeds: checked.ok ? [] : checked.errors };
    if (checked.ok) void this.controller.runBestSeeds(this.scenario, this.text, checked.value);
  }

  private startFrontier(): void {
    if (!this.scenario) return;
    const checked = validateFrontierForm(this.frontierForm, this.scenario);
    this.errors = { ...this.errors, frontier: checked.ok ? [] : checked.errors };
    if (checked.ok) void this.controller.runFrontier(this.scenario, this.text, checked.value);
  }

  private addCard(tab: Tab, result: CardResult): void {
    if (!result.ok) {
      const message = result.message;
      // The one refusal is the strategy cap; anything else keeps its own words.
      this.notice = { tab, text: () => (message === CAP_MESSAGE ? t('analysis.cap', { max: MAX_STRATEGIES }) : message), ok: false };
      return;
    }
    const name = result.name;
    this.notice = { tab, text: () => t('analysis.added', { name }), ok: true };
    this.dispatchEvent(new CustomEvent<AnalysisCardDetail>('dl-analysis-card', { detail: { state: result.state, name: result.name }, bubbles: true, composed: true }));
  }

  private onLeverChange(which: '' | '2', id: string): void {
    const scenario = this.scenario;
    const l = scenario ? leversFor(scenario).find((x) => x.id === id) : undefined;
    const next = { ...this.sweepForm, [`lever${which}`]: id };
    if (l) Object.assign(next, { [`from${which}`]: String(l.from), [`to${which}`]: String(l.to), [`steps${which}`]: String(which === '2' ? Math.min(l.steps, 6) : l.steps) });
    this.sweepForm = next;
  }

  private renderSweep() {
    return sweepTab(this.controls, { form: this.sweepForm, scenario: this.scenario, task: this.st.sweep, metric: this.metric }, {
      set: (patch) => (this.sweepForm = { ...this.sweepForm, ...patch }),
      pickLever: (which, id) => this.onLeverChange(which, id),
      pickMetric: (metric) => (this.metric = metric),
      start: () => this.startSweep(),
      colorOf: (name) => this.cardColor(name),
    });
  }

  private renderSeeds() {
    const f = this.seedsForm;
    const set = (patch: Partial<BestSeedsForm>) => (this.seedsForm = { ...this.seedsForm, ...patch });
    const task = this.st.seeds;
    const r = task.result;
    return html`<form @submit=${(e: Event) => (e.preventDefault(), this.startSeeds())}>
        ${this.controls.strategySelect('seeds', f.strategy, (v) => set({ strategy: v }), false)}
        ${this.controls.fieldInput('seeds', f as unknown as Record<string, string>, 'k', t('analysis.k', { max: this.scenario ? bestSeedsLimits(this.scenario).maxK : 1 }), (v) => set({ k: v }))}
        <label>${t('analysis.seedMethod')}<select id="seeds-method" @change=${(e: Event) => set({ method: (e.target as HTMLSelectElement).value === 'imm' ? 'imm' : 'celf' })}>
          <option value="celf" ?selected=${f.method !== 'imm'}>${t('analysis.seedMethods.celf')}</option>
          <option value="imm" ?selected=${f.method === 'imm'}>${t('analysis.seedMethods.imm')}</option>
        </select></label>
        ${f.method === 'imm'
          ? html`${this.controls.fieldInput('seeds', f as unknown as Record<string, string>, 'epsilon', t('analysis.epsilon'), (v) => set({ epsilon: v }))}
            ${this.controls.fieldInput('seeds', f as unknown as Record<string, string>, 'delta', t('analysis.delta'), (v) => set({ delta: v }))}
            <label>${t('analysis.kolsChoice')}<select id="seeds-kols" @change=${(e: Event) => set({ kols: (e.target as HTMLSelectElement).value === 'at-fee' ? 'at-fee' : 'excluded' })}>
              <option value="excluded" ?selected=${f.kols !== 'at-fee'}>${t('analysis.kolsModes.excluded')}</option>
              <option value="at-fee" ?selected=${f.kols === 'at-fee'}>${t('analysis.kolsModes.atFee')}</option>
            </select></label>`
          : this.controls.fieldInput('seeds', f as unknown as Record<string, string>, 'samples', t('analysis.samples'), (v) => set({ samples: v }))}
      </form>
      ${this.controls.errorList('seeds')}
      <p class="caveat">${t(f.method === 'imm' ? (f.kols === 'at-fee' ? 'analysis.caveatAtFee' : 'analysis.caveatImm') : 'analysis.caveat')}</p>
      ${this.controls.runBar('seeds', task, () => this.startSeeds(), t('analysis.runSeeds'))}
      ${r && this.scenario && isDividendScenario(this.scenario)
        ? seedsResultView(r, this.scenario, task.strategy, (seeds, kols) => this.addCard('seeds', cardFromSeeds({ draft: this.draft, colors: this.colors }, task.strategy, seeds, 'greedy', kols)))
        : nothing}
      ${this.controls.renderNotice('seeds')}`;
  }

  private renderFrontier() {
    const f = this.frontierForm;
    const set = (patch: Partial<FrontierForm>) => (this.frontierForm = { ...this.frontierForm, ...patch });
    const task = this.st.frontier;
    const r = task.result;
    return html`<form @submit=${(e: Event) => (e.preventDefault(), this.startFrontier())}>
        ${this.controls.strategySelect('frontier', f.strategy, (v) => set({ strategy: v }), false)}
        ${this.controls.fieldInput('frontier', f as unknown as Record<string, string>, 'budget', t('analysis.budget'), (v) => set({ budget: v }))}
        ${this.controls.fieldInput('frontier', f as unknown as Record<string, string>, 'levels', t('analysis.levels'), (v) => set({ levels: v }))}
      </form>
      ${this.controls.errorList('frontier')}
      ${this.controls.runBar('frontier', task, () => this.startFrontier(), t('analysis.runFrontier'))}
      ${r
        ? html`<p class="muted">${t('analysis.frontierHint', { n: String(r.points.length), f: String(r.frontier.length) })}</p>
            <p class="muted" id="frontier-pruned">${t('analysis.prunedHint', { simulated: String(r.points.length), grid: String(r.points.length + r.skipped), skipped: String(r.skipped) })}</p>
            <div class="beside">
              <dl-budget-frontier id="frontier-chart" .data=${r} .options=${{ ...analysisChartOptions().base, ...analysisChartOptions().frontier, title: t('analysis.frontierTitle') }}
                @dl-frontier-pick=${(e: CustomEvent<FrontierPickDetail>) => this.addCard('frontier', cardFromFrontierPoint({ draft: this.draft, colors: this.colors }, e.detail.strategy))}></dl-budget-frontier>
              <dl-frontier-table .result=${r}></dl-frontier-table>
            </div>`
        : nothing}
      ${this.controls.renderNotice('frontier')}`;
  }

  protected override render() {
    const tabs: [Tab, string][] = [['sweep', t('analysis.tabs.sweep')], ['seeds', t('analysis.tabs.seeds')], ['frontier', t('analysis.tabs.frontier')], ['calibrate', t('calibration.tab')]];
    return html`<div role="tablist" aria-label=${t('analysis.heading')}>
        ${tabs.map(([id, label]) => html`<button type="button" role="tab" id=${`tab-${id}`} aria-selected=${this.tab === id ? 'true' : 'false'} @click=${() => (this.tab = id)}>${label}</button>`)}
      </div>
      <div role="tabpanel" aria-labelledby=${`tab-${this.tab}`}>
        ${!this.scenario ? html`<p class="muted">${t('analysis.needsValid')}</p>` : nothing}
        ${this.tab === 'sweep' ? this.renderSweep() : this.tab === 'seeds' ? this.renderSeeds() : this.tab === 'frontier' ? this.renderFrontier() : nothing}
        <dl-calibration ?hidden=${this.tab !== 'calibrate'} .draft=${this.draft} .scenario=${this.scenario} .pool=${this.pool}></dl-calibration>
      </div>`;
  }

  protected override updated(): void {
    // Bar widths through CSSOM (the app's CSP blocks inline style attributes).
    this.renderRoot.querySelectorAll<HTMLElement>('.bar[data-w]').forEach((el) => (el.style.width = `${Number(el.dataset.w) * 1.2}px`));
  }
}

if (!customElements.get('dl-analysis')) customElements.define('dl-analysis', DlAnalysis);

declare global {
  interface HTMLElementTagNameMap {
    'dl-analysis': DlAnalysis;
  }
  interface HTMLElementEventMap {
    'dl-analysis-card': CustomEvent<AnalysisCardDetail>;
  }
}
