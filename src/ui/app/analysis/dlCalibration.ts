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
import type { CalibrationState } from '../../../calibration/abcSmc';
import { CalibrationInputError, shownText } from '../../../calibration/calibrationError';
import { posteriorCsv, type CalibrationResult } from '../../../calibration/calibrationResult';
import { calibrationStateJson, parseCalibrationState } from '../../../calibration/calibrationState';
import { OBSERVABLE_COLUMNS, observedColumns } from '../../../calibration/observedTimeline';
import { MAX_FIT_PARAMETERS } from '../../../calibration/fitParams';
import type { Scenario } from '../../../core/scenario';
import { prettyJson } from '../../../runtime/prettyJson';
import '../../charts/elements/dlPosteriorIntervals';
import '../../charts/elements/dlPredictiveFit';
import type { PosteriorIntervalsData } from '../../charts/posteriorIntervals';
import { pointsInside, type PredictiveFitData } from '../../charts/predictiveFit';
import { downloadBlob } from '../../export/chartExport';
import { currentLocale } from '../../i18n/locale';
import { calibrationTextIn, formErrorIn } from '../../i18n/calibrationText';
import { LocaleController } from '../../i18n/localeController';
import type { BrowserPool } from '../../../runtime/pool.browser';
import { JobController } from './jobController';
import { formatNumber, messageIn, t, type MessageKey } from '../../i18n/t';
import { draftText, type Draft } from '../draft';
import { controlStyles } from '../styles';
import { CalibrationController, type CalibrationTaskState } from './calibrationController';
import { correlatedPairs, rangeEdges } from './calibrationReading';
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

/** A number in the table: at most 3 decimals, 3 significant digits below 1. */
export function tableNumber(value: number, locale = currentLocale()): string {
  if (!Number.isFinite(value)) return '—';
  const digits = Math.abs(value) >= 1 || value === 0 ? 3 : Math.min(6, 2 - Math.floor(Math.log10(Math.abs(value))));
  return formatNumber(value, locale, digits);
}

/** A form error in the current language (a `label` parameter that is a message key is worded too). */
function errorText(e: CalibrationFormError): string {
  return formErrorIn(e.key, e.params);
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
    if (state) downloadBlob(new Blob([calibrationStateJson(state)], { type: 'application/json' }), STATE_FILE);
  }

  private useWorld(result: CalibrationResult): void {
    const draft = applyPosterior(this.draft, result);
    const list = result.parameters.flatMap((p) => p.fields.map((f) => `${f} = ${formatNumber(roundedMean(p.mean, p.integer), 'en', 6)}`)).join(', ');
    this.applied = { text: draftText(draft), list };
    this.dispatchEvent(new CustomEvent<AnalysisWorldDetail>('dl-analysis-world', { detail: { draft }, bubbles: true, composed: true }));
  }

  private renderObserved() {
    const o = this.observed;
    const tl = o?.timeline;
    // The native file button speaks the browser's language: a button of ours opens the hidden input.
    return html`<div class="file"><span class="label">${t('calibration.observed')}</span>
        <input type="file" id="cal-observed" accept=".csv,text/csv" hidden @change=${(e: Event) => void this.onFile(e)} />
        <span class="row"><button type="button" id="cal-choose" @click=${() => this.renderRoot.querySelector<HTMLInputElement>('#cal-observed')?.click()}>${t('calibration.choose')}</button>
        ${o ? nothing : html`<span class="muted">${t('calibration.noFile')}</span>`}</span></div>
      ${tl
        ? html`<span class="muted" id="cal-observed-summary">${t('calibration.observedLoaded', {
            name: o!.name,
            rows: tl.step.length,
            first: String(tl.step[0]),
            last: String(tl.step[tl.step.length - 1]),
            columns: observedColumns(tl).join(', '),
          })}</span>`
        : nothing}`;
  }

  private renderForm(form: CalibrationForm) {
    const running = this.st.phase === 'running';
    const strategies = this.scenario?.strategies ?? [];
    const s = Number(form.strategy);
    const num = (field: 'particles' | 'generations' | 'runsPerParticle') =>
      html`<label>${t(`calibration.field.${field}`)}<input type="number" class="num" id=${`cal-${field}`} .value=${form[field]}
        aria-invalid=${this.errors.some((e) => e.field === field) ? 'true' : 'false'} @input=${(e: Event) => this.setForm({ [field]: (e.target as HTMLInputElement).value })} /></label>`;
    return html`<form @submit=${(e: Event) => (e.preventDefault(), this.start())}>
      <div class="row">
        ${this.renderObserved()}
        ${strategies.length > 1
          ? html`<label>${t('calibration.strategy')}<select id="cal-strategy" @change=${(e: Event) => (this.form = withStrategy(form, Number((e.target as HTMLSelectElement).value)))}>
              ${strategies.map((st, i) => html`<option value=${String(i)} ?selected=${i === s}>${st.name}</option>`)}</select></label>`
          : nothing}
      </div>
      <fieldset>
        <legend>${t('calibration.parameters')}</legend>
        <datalist id="cal-paths">${SUGGESTED_FITS.map((f) => html`<option value=${suggestedPath(f.path, s)}></option>`)}</datalist>
        ${form.fits.map(
          (row, i) => html`<div class="row fit" data-index=${i}>
            <label>${t('calibration.path')}<input type="text" list="cal-paths" id=${`cal-fit-${i}-path`} .value=${row.path} spellcheck="false"
              aria-invalid=${this.errors.some((e) => e.field === `fit-${i}-path`) ? 'true' : 'false'} @input=${(e: Event) => this.setFit(i, { path: (e.target as HTMLInputElement).value })} /></label>
            <label>${t('calibration.lo')}<input type="number" step="any" class="num" id=${`cal-fit-${i}-lo`} .value=${row.lo}
              aria-invalid=${this.errors.some((e) => e.field === `fit-${i}-lo`) ? 'true' : 'false'} @input=${(e: Event) => this.setFit(i, { lo: (e.target as HTMLInputElement).value })} /></label>
            <label>${t('calibration.hi')}<input type="number" step="any" class="num" id=${`cal-fit-${i}-hi`} .value=${row.hi} @input=${(e: Event) => this.setFit(i, { hi: (e.target as HTMLInputElement).value })} /></label>
            <button type="button" id=${`cal-fit-${i}-remove`} aria-label=${t('calibration.removeLabel', { n: i + 1 })} ?disabled=${form.fits.length <= 1}
              @click=${() => this.setForm({ fits: form.fits.filter((_, j) => j !== i) })}>${t('calibration.remove')}</button>
          </div>`,
        )}
        <div><button type="button" id="cal-add" ?disabled=${form.fits.length >= MAX_FIT_PARAMETERS} @click=${() => this.setForm({ fits: [...form.fits, { path: '', lo: '', hi: '' }] })}>${t('calibration.add')}</button></div>
      </fieldset>
      <div class="row">${num('particles')}${num('generations')}${num('runsPerParticle')}</div>
    </form>
    ${this.errors.length ? html`<ul class="errors" role="alert" id="cal-errors">${this.errors.map((e) => html`<li>${errorText(e)}</li>`)}</ul>` : nothing}
    <div class="run">
      <button type="button" class="primary" id="cal-run" ?disabled=${!this.scenario || running} @click=${() => this.start()}>${t('calibration.run')}</button>
      ${running
        ? html`<progress max="1" .value=${this.st.progress} aria-label=${t('calibration.progressLabel')}></progress>
            <span class="muted" id="cal-progress">${this.st.note
              ? t('calibration.progress', { generation: this.st.note.generation + 1, generations: this.st.note.generations, accepted: this.st.note.accepted, particles: this.st.note.particles, simulations: this.st.note.simulations })
              : t('calibration.starting')}</span>
            <button type="button" id="cal-cancel" @click=${() => this.controller.cancel()}>${t('calibration.cancel')}</button>`
        : nothing}
      ${this.st.phase === 'cancelled' ? html`<span class="muted" id="cal-cancelled">${t('calibration.cancelled')}</span>` : nothing}
      ${this.st.phase === 'cancelled' && this.st.resumable > 0
        ? html`<button type="button" id="cal-resume" @click=${() => void this.controller.resume()}>${t('calibration.resume', { n: this.st.resumable })}</button>`
        : nothing}
      ${!running && this.controller.lastState
        ? html`<button type="button" id="cal-state-download" title=${t('calibration.stateDownloadHint')} @click=${() => this.downloadState()}>${t('calibration.stateDownload')}</button>`
        : nothing}
      ${running
        ? nothing
        : html`<input type="file" id="cal-state-file" accept=".json,application/json" hidden @change=${(e: Event) => void this.onStateFile(e)} />
            <button type="button" id="cal-state-choose" @click=${() => this.renderRoot.querySelector<HTMLInputElement>('#cal-state-file')?.click()}>${t('calibration.stateContinue')}</button>`}
      ${this.st.phase === 'error' ? html`<span class="errors" role="alert" id="cal-error">${t('calibration.failed', { problem: this.st.problem ? calibrationTextIn(this.st.problem) : (this.st.error ?? '') })}</span>` : nothing}
      ${this.st.phase === 'done' && this.st.elapsedMs !== null ? html`<span class="muted" id="cal-time">${t('calibration.doneIn', { s: (this.st.elapsedMs / 1000).toFixed(1) })}</span>` : nothing}
      ${this.stale ? html`<span class="stale" id="cal-stale">${t('calibration.stale')}</span>` : nothing}
    </div>
    ${this.command ? html`<p class="cli">${t('calibration.cli')} <code id="cal-cli">${this.command.split(' ').map((w, i) => html`${i ? ' ' : ''}<span class="w">${w}</span>`)}</code></p>` : nothing}`;
  }

  private get stale(): boolean {
    const st = this.st;
    if (st.result === null || st.scenarioText === null) return false;
    const now = this.text;
    return st.scenarioText !== now && this.applied?.text !== now;
  }

  private narrowingData(): PosteriorIntervalsData | undefined {
    const { params, history, result } = this.st;
    if (!params || history.length === 0) return undefined;
    const unidentified = new Set(result?.diagnostics.unidentified ?? []);
    return { params: params.map((p) => ({ path: p.path, lo: p.lo, hi: p.hi, unidentified: unidentified.has(p.path) })), generations: history };
  }

  private renderResult(r: CalibrationResult) {
    const d = r.diagnostics;
    const completed = d.generations.filter((g) => g.completed);
    const first = completed[1]?.tolerance ?? completed[0]?.tolerance ?? null;
    const fit: PredictiveFitData = {
      step: r.predictive.step,
      columns: OBSERVABLE_COLUMNS.filter((c) => r.predictive[c]).map((c) => ({ id: c, column: r.predictive[c]! })),
    };
    const { inside, total } = pointsInside(fit);
    const unidentified = r.parameters.filter((p) => d.unidentified.includes(p.path));
    const pairs = correlatedPairs(r);
    const edges = rangeEdges(r);
    return html`
      <table id="cal-table">
        <thead><tr><th>${t('calibration.table.parameter')}</th><th>${t('calibration.table.prior')}</th><th>${t('calibration.table.mean')}</th>
          <th>${t('calibration.table.p05')}</th><th>${t('calibration.table.p50')}</th><th>${t('calibration.table.p95')}</th>
          <th>${t('calibration.table.spread')}</th><th class="status">${t('calibration.table.status')}</th></tr></thead>
        <tbody>${r.parameters.map((p) => {
          const bad = d.unidentified.includes(p.path);
          return html`<tr data-path=${p.path} class=${bad ? 'unidentified' : ''}>
            <td class="path">${p.path}</td><td>${tableNumber(p.prior[0])} – ${tableNumber(p.prior[1])}</td>
            <td data-k="mean">${tableNumber(p.mean)}</td><td data-k="p05">${tableNumber(p.p05)}</td><td data-k="p50">${tableNumber(p.p50)}</td><td data-k="p95">${tableNumber(p.p95)}</td>
            <td data-k="spreadRatio">${tableNumber(p.spreadRatio)}</td>
            <td class="status">${bad ? t('calibration.status.unidentified') : t('calibration.status.identified')}</td></tr>`;
        })}</tbody>
      </table>
      ${unidentified.length
        ? html`<p class="note" role="note" id="cal-unidentified">${t('calibration.unidentified', { paths: unidentified.map((p) => p.path).join(', ') })}</p>`
        : nothing}
      ${edges.map((e) => html`<p class="note" role="note" data-edge=${`${e.path}:${e.end}`}>${t(e.end === 'lo' ? 'calibration.edge.lo' : 'calibration.edge.hi', { path: e.path, value: tableNumber(e.value) })}</p>`)}
      ${pairs.length
        ? html`<p class="muted" id="cal-correlated">${t('calibration.correlated', { list: pairs.map((x) => t('calibration.pair', { a: x.a, b: x.b, r: formatSigned(x.r) })).join('; ') })}</p>`
        : nothing}
      <p class="muted" id="cal-diagnostics">${t('calibration.diagnostics', {
        generations: completed.length,
        first: first === null ? '∞' : tableNumber(first),
        last: d.finalTolerance === null ? '∞' : tableNumber(d.finalTolerance),
        reason: t(`calibration.stop.${d.stoppedBecause}`),
        simulations: d.simulations,
        ess: Math.round(d.ess),
      })}</p>
      <div class="actions">
        <button type="button" class="primary" id="cal-use" @click=${() => this.useWorld(r)}>${t('calibration.use')}</button>
        <button type="button" id="cal-json" @click=${() => download(`${prettyJson(r)}\n`, 'calibration.json', 'application/json')}>${t('calibration.json')}</button>
        <button type="button" id="cal-csv" @click=${() => download(posteriorCsv(r, { bom: true }), 'posterior.csv', 'text/csv')}>${t('calibration.csv')}</button>
      </div>
      <p class="muted">${t('calibration.useHint')}</p>
      ${this.applied ? html`<p class="notice" role="status" id="cal-applied">${t('calibration.applied', { list: this.applied.list })}</p>` : nothing}
      <h3 id="cal-fit-h">${t('calibration.fitTitle')}</h3>
      <p class="muted" id="cal-predictive">${t('calibration.predictive', { inside, total })}</p>
      <dl-predictive-fit id="cal-fit-chart" .data=${fit} .options=${{
        locale: currentLocale(),
        title: t('calibration.fitTitle'),
        text: {
          step: t('calibration.chart.step'),
          observed: t('calibration.chart.observed'),
          band: t('calibration.chart.band'),
          mean: t('calibration.chart.mean'),
          columns: { reached: t('calibration.column.reached'), shared: t('calibration.column.shared'), converted: t('calibration.column.converted') },
        },
      }}></dl-predictive-fit>`;
  }

  protected override render() {
    if (!this.form) return html`<p class="muted">${t('calibration.hint')}</p>`;
    const narrowing = this.narrowingData();
    const result = this.st.phase === 'done' ? this.st.result : null;
    return html`<p class="intro">${t('calibration.intro')}</p>
      ${this.renderForm(this.form)}
      ${narrowing
        ? html`<h3 id="cal-narrow-h">${t('calibration.narrowTitle')}</h3>
            <dl-posterior-intervals id="cal-narrowing" .data=${narrowing} .options=${{
              locale: currentLocale(),
              title: t('calibration.narrowTitle'),
              text: { prior: t('calibration.chart.prior'), generation: (g: number) => t('calibration.chart.generation', { g }), unidentified: t('calibration.chart.unidentified') },
            }}></dl-posterior-intervals>`
        : this.st.phase === 'idle' ? html`<p class="muted">${t('calibration.hint')}</p>` : nothing}
      ${result ? this.renderResult(result) : nothing}`;
  }
}

/** A correlation with its sign: "−0.33", "+0.52". */
function formatSigned(r: number): string {
  return `${r < 0 ? '−' : '+'}${Math.abs(r).toFixed(2)}`;
}

function download(text: string, name: string, type: string): void {
  downloadBlob(new Blob([text], { type }), name);
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
