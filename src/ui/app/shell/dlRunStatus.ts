/**
 * `<dl-run-status>`: one line above the comparison saying where the simulation is — waiting for
 * the problems to be fixed, running (a progress bar, runs done of total, Stop), done (runs, time,
 * workers, the seed), stopped (Run again) or failed. Properties down: the simulation state, whether
 * the draft has problems, the number of workers. Events up: `dl-run-stop`, `dl-run-again`.
 */
import { css, html, LitElement, nothing } from 'lit';
import { LocaleController } from '../../i18n/localeController';
import { t, tPlural } from '../../i18n/t';
import { IDLE_STATE, type SimulationState } from '../simulationState';
import { controlStyles } from '../styles';

export class DlRunStatus extends LitElement {
  static override properties = {
    state: { attribute: false },
    hasProblems: { type: Boolean },
    awaitingAnswer: { type: Boolean },
    workers: { type: Number },
  };

  static override styles = [controlStyles, css`
    :host { display: block; }
    .status { display: flex; align-items: center; gap: 12px; margin: 0 0 14px; min-height: 28px; font-size: calc(13px * var(--dl-scale, 1)); }
    .muted { color: var(--dl-text-muted); }
    code { font-family: ui-monospace, 'SFMono-Regular', Menlo, monospace; font-size: calc(12.5px * var(--dl-scale, 1)); }
    progress { width: 220px; height: 8px; appearance: none; border: none; border-radius: 4px; background: var(--dl-grid); overflow: hidden; }
    progress::-webkit-progress-bar { background: var(--dl-grid); border-radius: 4px; }
    progress::-webkit-progress-value { background: var(--dl-focus); border-radius: 4px; }
  `];

  declare state: SimulationState;
  /** The draft has problems: nothing runs until they are fixed. */
  declare hasProblems: boolean;
  /** The page asks before this (long) run: nothing starts until the answer. */
  declare awaitingAnswer: boolean;
  /** Workers in the pool (reported with a finished run). */
  declare workers: number;

  constructor() {
    super();
    this.state = IDLE_STATE;
    this.hasProblems = false;
    this.awaitingAnswer = false;
    this.workers = 0;
    new LocaleController(this);
  }

  private ask(type: 'dl-run-stop' | 'dl-run-again'): void {
    this.dispatchEvent(new CustomEvent(type));
  }

  protected override render() {
    // The running line is announced as it changes.
    return html`<div class="status" aria-live=${this.state.phase === 'running' ? 'polite' : nothing}>${this.line()}</div>`;
  }

  private line() {
    const s = this.state;
    if (this.hasProblems && s.phase !== 'running')
      return html`<span id="progress-text" class="muted">${s.result ? t('status.waitingShowsLast') : t('status.waiting')}</span>`;
    if (s.phase === 'running')
      return html`<progress id="progress" max="${s.runsTotal}" .value=${s.runsDone} aria-label=${t('status.runsLabel')}></progress>
        <span id="progress-text">${t('status.simulating', { done: s.runsDone, total: s.runsTotal })}</span>
        <button type="button" id="stop" @click=${() => this.ask('dl-run-stop')}>${t('status.stop')}</button>`;
    // The workers the run had (a long one leaves a core to the page), else the pool's.
    const runWorkers = Number(s.result?.meta?.workers) || this.workers;
    if (s.phase === 'done')
      return html`<span id="progress-text">${tPlural('status.done', runWorkers, { runs: s.runsTotal, seconds: ((s.elapsedMs ?? 0) / 1000).toFixed(1) })} <code>${s.scenario?.seed}</code></span>`;
    if (s.phase === 'error') return html`<span id="progress-text">${t('status.failed')}</span>`;
    if (s.phase === 'stopped')
      return html`<span id="progress-text">${this.hasProblems
        ? t('status.stoppedWaiting')
        : html`${t('status.stopped', { done: s.runsDone, total: s.runsTotal })} <button type="button" @click=${() => this.ask('dl-run-again')}>${t('status.runAgain')}</button>`}</span>`;
    return html`<span id="progress-text" class="muted">${this.hasProblems ? t('status.waiting') : this.awaitingAnswer ? t('status.awaitingAnswer') : t('status.starting')}</span>`;
  }
}

if (!customElements.get('dl-run-status')) customElements.define('dl-run-status', DlRunStatus);

declare global {
  interface HTMLElementTagNameMap {
    'dl-run-status': DlRunStatus;
  }
}
