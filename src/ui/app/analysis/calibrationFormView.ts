/**
 * The Calibrate tab's controls: the observed-timeline file, the strategy, the parameters to fit
 * with their prior ranges, the sampler's sizes, the form's errors, then the run bar (run,
 * progress, cancel, resume, the state file to download or continue from, failure, time, out of
 * date) and the equivalent `lab calibrate` command. Template functions of `dl-calibration`, which
 * owns the state and the jobs: what the controls show comes down in `view`, what they ask for goes
 * up through `act`. Apart from the element so that its state and handlers read on their own.
 */
import { html, nothing } from 'lit';
import { MAX_FIT_PARAMETERS } from '../../../calibration/fitParams';
import { observedColumns } from '../../../calibration/observedTimeline';
import type { Scenario } from '../../../core/scenario';
import { calibrationTextIn, formErrorIn } from '../../i18n/calibrationText';
import { t } from '../../i18n/t';
import type { CalibrationController, CalibrationTaskState } from './calibrationController';
import { suggestedPath, SUGGESTED_FITS, type CalibrationForm, type CalibrationFormError, type FitRow, type ObservedFile } from './calibrationForm';

/** What the controls show: the element's state now. */
export interface CalibrationFormView {
  form: CalibrationForm;
  observed: ObservedFile | null;
  errors: readonly CalibrationFormError[];
  scenario: Scenario | null;
  /** The jobs' state now. */
  task: CalibrationTaskState;
  /** The job runner (cancel, resume, and the last state to download). */
  controller: CalibrationController;
  /** The result shown is out of date for the scenario now. */
  stale: boolean;
  /** The equivalent `lab calibrate` command of the run shown. */
  command: string | null;
}

/** What the controls ask of the element. */
export interface CalibrationFormActions {
  start(): void;
  setForm(patch: Partial<CalibrationForm>): void;
  setFit(i: number, patch: Partial<FitRow>): void;
  pickStrategy(strategy: number): void;
  /** Open the hidden file input of the observed timeline. */
  chooseObserved(): void;
  readObserved(e: Event): void;
  downloadState(): void;
  /** Open the hidden file input of a state file to continue from. */
  chooseStateFile(): void;
  readStateFile(e: Event): void;
}

/** A form error in the current language (a `label` parameter that is a message key is worded too). */
function errorText(e: CalibrationFormError): string {
  return formErrorIn(e.key, e.params);
}

/** The observed timeline: a file button and, once read, what the file holds. */
function observedPicker(observed: ObservedFile | null, act: CalibrationFormActions) {
  const o = observed;
  const tl = o?.timeline;
  // The native file button speaks the browser's language: a button of ours opens the hidden input.
  return html`<div class="file"><span class="label">${t('calibration.observed')}</span>
      <input type="file" id="cal-observed" accept=".csv,text/csv" hidden @change=${(e: Event) => act.readObserved(e)} />
      <span class="row"><button type="button" id="cal-choose" @click=${() => act.chooseObserved()}>${t('calibration.choose')}</button>
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

/** The form, its errors, the run bar and the CLI command of the run shown. */
export function calibrationFormView(view: CalibrationFormView, act: CalibrationFormActions) {
  const { form, task, errors, scenario, controller } = view;
  const running = task.phase === 'running';
  const strategies = scenario?.strategies ?? [];
  const s = Number(form.strategy);
  const num = (field: 'particles' | 'generations' | 'runsPerParticle') =>
    html`<label>${t(`calibration.field.${field}`)}<input type="number" class="num" id=${`cal-${field}`} .value=${form[field]}
      aria-invalid=${errors.some((e) => e.field === field) ? 'true' : 'false'} @input=${(e: Event) => act.setForm({ [field]: (e.target as HTMLInputElement).value })} /></label>`;
  return html`<form @submit=${(e: Event) => (e.preventDefault(), act.start())}>
    <div class="row">
      ${observedPicker(view.observed, act)}
      ${strategies.length > 1
        ? html`<label>${t('calibration.strategy')}<select id="cal-strategy" @change=${(e: Event) => act.pickStrategy(Number((e.target as HTMLSelectElement).value))}>
            ${strategies.map((st, i) => html`<option value=${String(i)} ?selected=${i === s}>${st.name}</option>`)}</select></label>`
        : nothing}
    </div>
    <fieldset>
      <legend>${t('calibration.parameters')}</legend>
      <datalist id="cal-paths">${SUGGESTED_FITS.map((f) => html`<option value=${suggestedPath(f.path, s)}></option>`)}</datalist>
      ${form.fits.map(
        (row, i) => html`<div class="row fit" data-index=${i}>
          <label>${t('calibration.path')}<input type="text" list="cal-paths" id=${`cal-fit-${i}-path`} .value=${row.path} spellcheck="false"
            aria-invalid=${errors.some((e) => e.field === `fit-${i}-path`) ? 'true' : 'false'} @input=${(e: Event) => act.setFit(i, { path: (e.target as HTMLInputElement).value })} /></label>
          <label>${t('calibration.lo')}<input type="number" step="any" class="num" id=${`cal-fit-${i}-lo`} .value=${row.lo}
            aria-invalid=${errors.some((e) => e.field === `fit-${i}-lo`) ? 'true' : 'false'} @input=${(e: Event) => act.setFit(i, { lo: (e.target as HTMLInputElement).value })} /></label>
          <label>${t('calibration.hi')}<input type="number" step="any" class="num" id=${`cal-fit-${i}-hi`} .value=${row.hi} @input=${(e: Event) => act.setFit(i, { hi: (e.target as HTMLInputElement).value })} /></label>
          <button type="button" id=${`cal-fit-${i}-remove`} aria-label=${t('calibration.removeLabel', { n: i + 1 })} ?disabled=${form.fits.length <= 1}
            @click=${() => act.setForm({ fits: form.fits.filter((_, j) => j !== i) })}>${t('calibration.remove')}</button>
        </div>`,
      )}
      <div><button type="button" id="cal-add" ?disabled=${form.fits.length >= MAX_FIT_PARAMETERS} @click=${() => act.setForm({ fits: [...form.fits, { path: '', lo: '', hi: '' }] })}>${t('calibration.add')}</button></div>
    </fieldset>
    <div class="row">${num('particles')}${num('generations')}${num('runsPerParticle')}</div>
  </form>
  ${errors.length ? html`<ul class="errors" role="alert" id="cal-errors">${errors.map((e) => html`<li>${errorText(e)}</li>`)}</ul>` : nothing}
  <div class="run">
    <button type="button" class="primary" id="cal-run" ?disabled=${!scenario || running} @click=${() => act.start()}>${t('calibration.run')}</button>
    ${running
      ? html`<progress max="1" .value=${task.progress} aria-label=${t('calibration.progressLabel')}></progress>
          <span class="muted" id="cal-progress">${task.note
            ? t('calibration.progress', { generation: task.note.generation + 1, generations: task.note.generations, accepted: task.note.accepted, particles: task.note.particles, simulations: task.note.simulations })
            : t('calibration.starting')}</span>
          <button type="button" id="cal-cancel" @click=${() => controller.cancel()}>${t('calibration.cancel')}</button>`
      : nothing}
    ${task.phase === 'cancelled' ? html`<span class="muted" id="cal-cancelled">${t('calibration.cancelled')}</span>` : nothing}
    ${task.phase === 'cancelled' && task.resumable > 0
      ? html`<button type="button" id="cal-resume" @click=${() => void controller.resume()}>${t('calibration.resume', { n: task.resumable })}</button>`
      : nothing}
    ${!running && controller.lastState
      ? html`<button type="button" id="cal-state-download" title=${t('calibration.stateDownloadHint')} @click=${() => act.downloadState()}>${t('calibration.stateDownload')}</button>`
      : nothing}
    ${running
      ? nothing
      : html`<input type="file" id="cal-state-file" accept=".json,application/json" hidden @change=${(e: Event) => act.readStateFile(e)} />
          <button type="button" id="cal-state-choose" @click=${() => act.chooseStateFile()}>${t('calibration.stateContinue')}</button>`}
    ${task.phase === 'error' ? html`<span class="errors" role="alert" id="cal-error">${t('calibration.failed', { problem: task.problem ? calibrationTextIn(task.problem) : (task.error ?? '') })}</span>` : nothing}
    ${task.phase === 'done' && task.elapsedMs !== null ? html`<span class="muted" id="cal-time">${t('calibration.doneIn', { s: (task.elapsedMs / 1000).toFixed(1) })}</span>` : nothing}
    ${view.stale ? html`<span class="stale" id="cal-stale">${t('calibration.stale')}</span>` : nothing}
  </div>
  ${view.command ? html`<p class="cli">${t('calibration.cli')} <code id="cal-cli">${view.command.split(' ').map((w, i) => html`${i ? ' ' : ''}<span class="w">${w}</span>`)}</code></p>` : nothing}`;
}
