/**
 * `<dl-calibration>`: the Analyse area's "Calibrate" tab — upload the observed timeline of a
 * campaign that ran, pick the parameters to fit and their prior ranges, watch the posterior
 * narrow generation by generation, read the posterior table and the fit chart (observed points
 * over the simulated 5–95 % bands), and press "Use this world" to write the posterior means into
 * the scenario. Parameters the campaign does not identify are named in a note.
 *
 * Properties down (`draft`, `scenario`); "Use this world" goes up as `dl-analysis-world` with the
 * next draft (bubbles, composed), which the page applies like any other edit.
 */
import { css, html, LitElement, nothing, type PropertyValues } from 'lit';
import type { CalibrationState } from '../../../calibration/abcState';
import { CalibrationInputError, shownText } from '../../../calibration/calibrationError';
import type { CalibrationResult } from '../../../calibration/calibrationResult';
import { calibrationStateJson, parseCalibrationState } from '../../../calibration/calibrationState';
import type { Scenario } from '../../../core/scenario';
import { downloadText } from '../../export/download';
import { LocaleController } from '../../i18n/localeController';
import type { BrowserPool } from '../../../runtime/pool.browser';
import { JobController } from './jobController';
import { formatNumber, messageIn, t, type MessageKey } from '../../i18n/t';
import { draftText, type Draft } from '../draft';
import { controlStyles } from '../styles';
import { CalibrationController, type CalibrationTaskState } from './calibrationController';
import { calibrationFormView } from './calibrationFormView';
import { calibrationResultView, narrowingChart, narrowingData } from './calibrationPosteriorView';
import {
  applyPosterior,
  cliCommand,
  defaultCalibrationForm,
  readObservedFile,
  roundedMean,
  suggestedPath,
  SUGGESTED_FITS,
  validateCalibrationForm,
  withStrategy,
  type CalibrationForm,
  type CalibrationFormError,
  type FitRow,
  type ObservedFile,
} from './calibrationForm';

/** The state file's name (the CLI command shown names it). */
const STATE_FILE = 'calibration-state.json';
/** Largest state file read (20,000 particles of 8 parameters with their predictive bands fit well inside). */
const MAX_STATE_BYTES = 64 * 1024 * 1024;

/** Detail of `dl-analysis-world`: the draft with the posterior means written in. */
export interface AnalysisWorldDetail {
  draft: Draft;
}

export class DlCalibration extends LitElement {
  static override properties = {
    draft: { attribute: false },
    scenario: { attribute: false },
    form: { state: true },
    observed: { state: true },
    errors: { state: true },
    pool: { attribute: false },
    command: { state: true },
    applied: { state: true },
  };

  declare draft: Draft;
  declare scenario: Scenario | null;
  declare form: CalibrationForm | null;
  declare observed: ObservedFile | null;
  declare errors: CalibrationFormError[];
  /** The page's warm worker pool (its jobs take turns with the comparison run); null: one of its own. */
  declare pool: BrowserPool | null;
  /** The equivalent `lab calibrate` command of the run shown. */
  declare command: string | null;
  /** The draft text after "Use this world" (a result is not out of date for the world it made) and what was set. */
  declare applied: { text: string; list: string } | null;

  /** Start, progress, cancel and errors of the calibration; disposed (cancelling it) when the element leaves the page. */
  private readonly jobs = new JobController(this, new CalibrationController({ pool: () => this.pool }));

  constructor() {
    super();
    new LocaleController(this);
    this.draft = {};
    this.scenario = null;
    this.form = null;
    this.observed = null;
    this.errors = [];
    this.pool = null;
    this.command = null;
    this.applied = null;
  }

  /** The job runner (tests read its state). */
  get controller(): CalibrationController {
    return this.jobs.runner;
  }

  /** The jobs' state now. */
  private get st(): CalibrationTaskState {
    return this.jobs.state;
  }

  protected override willUpdate(changed: PropertyValues): void {
    if (changed.has('scenario') && this.form === null && this.scenario) this.form = defaultCalibrationForm(this.scenario);
  }

  static override styles = [
    controlStyles,
    css`
      :host { display: block; }
      :host([hidden]) { display: none; }
      .intro, .muted { color: var(--dl-muted); font-size: 13px; margin: 4px 0 10px; max-width: 72em; }
      form { display: flex; flex-direction: column; gap: 10px; margin-bottom: 8px; }
      .row { display: flex; flex-wrap: wrap; gap: 10px 14px; align-items: end; }
      label { display: flex; flex-direction: column; gap: 3px; font-size: 12px; color: var(--dl-muted); }
      input[type='text'] { width: 22em; }
      input[type='number'], input.num { width: 6.5em; }
      fieldset { border: 1px solid var(--dl-border); border-radius: 6px; padding: 8px 10px; display: flex; flex-direction: column; gap: 6px; margin: 0; }
      legend { font-size: 12px; color: var(--dl-muted); padding: 0 4px; }
      .errors { color: var(--dl-danger, #b42318); margin: 4px 0 8px; font-size: 13px; }
      .run { display: flex; flex-wrap: wrap; gap: 10px; align-items: center; margin: 8px 0; min-height: 30px; }
      progress { width: 220px; }
      .stale { background: #fff4ce; color: #4d3800; padding: 4px 8px; border-radius: 4px; font-size: 13px; }
      .note { border-left: 4px solid #b35c00; background: var(--dl-surface, transparent); padding: 6px 10px; font-size: 13px; margin: 8px 0; max-width: 72em; }
      table { border-collapse: collapse; font-size: 13px; margin: 8px 0; }
      th, td { padding: 4px 10px; text-align: right; border-bottom: 1px solid var(--dl-border); }
      th:first-child, td:first-child, td.status, th.status { text-align: left; }
      td.path { font-family: var(--dl-mono, ui-monospace, monospace); font-size: 12px; }
      tr.unidentified td.status { color: #b35c00; font-weight: 600; }
      code { font-size: 12px; overflow-wrap: anywhere; }
      code .w { white-space: nowrap; }
      .file { display: flex; flex-direction: column; gap: 3px; }
      .file .label { font-size: 12px; color: var(--dl-muted); }
      .file .row { align-items: center; }
      .file .muted { margin: 0; }
      .cli { font-size: 12px; color: var(--dl-muted); margin: 6px 0; max-width: 90em; }
      h3 { font-size: 14px; margin: 14px 0 4px; }
      .actions { display: flex; flex-wrap: wrap; gap: 10px; align-items: center; margin: 10px 0; }
      .notice { font-size: 13px; }
    `,
  ];

  private get text(): string {
    return draftText(this.draft);
  }

  private setForm(patch: Partial<CalibrationForm>): void {
    if (this.form) this.form = { ...this.form, ...patch };
  }

  private setFit(i: number, patch: Partial<FitRow>): void {
    if (!this.form) return;
    const fits = this.form.fits.map((f, j) => (j === i ? { ...f, ...patch } : f));
    // A suggested path typed or picked into an empty range brings its usual range.
    const row = fits[i];
    if (patch.path !== undefined && row.lo === '' && row.hi === '') {
      const s = Number(this.form.strategy);
      const hit = SUGGESTED_FITS.find((f) => suggestedPath(f.path, s) === row.path.trim());
      if (hit) fits[i] = { ...row, lo: String(hit.lo), hi: String(hit.hi) };
    }
    this.form = { ...this.form, fits };
  }

  private async onFile(e: Event): Promise<void> {
    const file = (e.target as HTMLInputElement).files?.[0];
    if (!file) return;
    this.observed = readObservedFile(file.name, await file.text());
    this.errors = this.errors.filter((x) => x.field !== 'observed');
  }

  private start(): void {
    if (!this.scenario || !this.form) return;
    const checked = validateCalibrationForm(this.form, this.observed, this.scenario);
    this.errors = checked.ok ? [] : checked.errors;
    if (!checked.ok) return;
    this.applied = null;
    this.command = cliCommand(checked.value, this.observed!.name, this.scenario.strategies.length);
    void this.controller.run(this.scenario, this.text, checked.value, this.observed!.name);
  }

  /** Continue from a state file: the form must describe the calibration the state came from. */
  private async onStateFile(e: Event): Promise<void> {
    const input = e.target as HTMLInputElement;
    const file = input.files?.[0];
    input.value = '';
    if (!file || !this.scenario || !this.form) return;
    const checked = validateCalibrationForm(this.form, this.observed, this.scenario);
    this.errors = checked.ok ? [] : checked.errors;
    if (!checked.ok) return;
    let state: CalibrationState;
    try {
      if (file.size > MAX_STATE_BYTES) throw new CalibrationInputError({ key: 'calibrationInput.fileTooLong', params: { length: file.size, max: MAX_STATE_BYTES } });
      state = parseCalibrationState(await file.text(), shownText(file.name));
    } catch (error) {
      if (!(error instanceof CalibrationInputError)) throw error;
      this.errors = [{ field: 'state', key: 'calibration.error.state', params: { problem: error.text } }];
      return;
    }
    this.applied = null;
    this.command = `${cliCommand(checked.value, this.observed!.name, this.scenario.strategies.length)} --state ${STATE_FILE}`;
    void this.controller.continueFrom(state, this.scenario, this.text, checked.value, this.observed!.name);
  }

  private downloadState(): void {
    const state = this.controller.lastState;
    if (state) downloadText(calibrationStateJson(state), STATE_FILE, 'application/json');
  }

  private useWorld(result: CalibrationResult): void {
    const draft = applyPosterior(this.draft, result);
    const list = result.parameters.flatMap((p) => p.fields.map((f) => `${f} = ${formatNumber(roundedMean(p.mean, p.integer), 'en', 6)}`)).join(', ');
    this.applied = { text: draftText(draft), list };
    this.dispatchEvent(new CustomEvent<AnalysisWorldDetail>('dl-analysis-world', { detail: { draft }, bubbles: true, composed: true }));
  }

  private renderForm(form: CalibrationForm) {
    const view = { form, observed: this.observed, errors: this.errors, scenario: this.scenario, task: this.st, controller: this.controller, stale: this.stale, command: this.command };
    return calibrationFormView(view, {
      start: () => this.start(),
      setForm: (patch) => this.setForm(patch),
      setFit: (i, patch) => this.setFit(i, patch),
      pickStrategy: (strategy) => (this.form = withStrategy(form, strategy)),
      chooseObserved: () => this.renderRoot.querySelector<HTMLInputElement>('#cal-observed')?.click(),
      readObserved: (e) => void this.onFile(e),
      downloadState: () => this.downloadState(),
      chooseStateFile: () => this.renderRoot.querySelector<HTMLInputElement>('#cal-state-file')?.click(),
      readStateFile: (e) => void this.onStateFile(e),
    });
  }

  private get stale(): boolean {
    const st = this.st;
    if (st.result === null || st.scenarioText === null) return false;
    const now = this.text;
    return st.scenarioText !== now && this.applied?.text !== now;
  }

  protected override render() {
    if (!this.form) return html`<p class="muted">${t('calibration.hint')}</p>`;
    const narrowing = narrowingData(this.st);
    const result = this.st.phase === 'done' ? this.st.result : null;
    return html`<p class="intro">${t('calibration.intro')}</p>
      ${this.renderForm(this.form)}
      ${narrowing
        ? narrowingChart(narrowing)
        : this.st.phase === 'idle' ? html`<p class="muted">${t('calibration.hint')}</p>` : nothing}
      ${result ? calibrationResultView(result, this.applied, (r) => this.useWorld(r)) : nothing}`;
  }
}

if (!customElements.get('dl-calibration')) customElements.define('dl-calibration', DlCalibration);

declare global {
  interface HTMLElementTagNameMap {
    'dl-calibration': DlCalibration;
  }
  interface HTMLElementEventMap {
    'dl-analysis-world': CustomEvent<AnalysisWorldDetail>;
  }
}
