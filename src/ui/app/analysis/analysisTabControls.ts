/**
 * The controls the Analyse area's tabs share (sweep, best seeds, frontier): a labelled number
 * field marked when its value was refused, the strategy picker, the list of the form's errors,
 * the run bar (run, progress, cancel, time, "out of date") and the notice of the last strategy
 * card added or refused. Template helpers bound to `<dl-analysis>`, which owns the state they
 * read; apart from it so that the element reads as its tabs and their jobs.
 */
import { html, nothing } from 'lit';
import type { Scenario } from '../../../core/scenario';
import { t } from '../../i18n/t';
import { draftText, type Draft } from '../draft';
import { isStale, type TaskState } from './analysisController';
import type { FieldError } from './analysisForms';
import { formErrorText, progressText, taskErrorText } from './analysisMessages';

export type Tab = 'sweep' | 'seeds' | 'frontier' | 'calibrate';

/** What the controls read of the element. */
export interface AnalysisTabHost {
  readonly errors: Record<Tab, FieldError[]>;
  readonly scenario: Scenario | null;
  readonly draft: Draft;
  readonly controller: { cancel(): void };
  /** The last card added or refused; its text is worded at render time (a language switch rewords it). */
  readonly notice: { tab: Tab; text: () => string; ok: boolean } | null;
}

export class AnalysisTabControls {
  constructor(private readonly host: AnalysisTabHost) {}

  fieldInput(tab: Tab, form: Record<string, string>, field: string, label: string, set: (v: string) => void, type = 'number') {
    const error = this.host.errors[tab].find((e) => e.field === field);
    return html`<label>${label}<input type=${type} step="any" id=${`${tab}-${field}`} name=${field} .value=${form[field]} aria-invalid=${error ? 'true' : 'false'}
      @input=${(e: Event) => set((e.target as HTMLInputElement).value)} /></label>`;
  }

  strategySelect(tab: Tab, value: string, set: (v: string) => void, allowAll: boolean) {
    const names = this.host.scenario?.strategies.map((s) => s.name) ?? [];
    return html`<label>${t('analysis.strategy')}<select id=${`${tab}-strategy`} @change=${(e: Event) => set((e.target as HTMLSelectElement).value)}>
      ${allowAll ? html`<option value="all" ?selected=${value === 'all'}>${t('analysis.allStrategies')}</option>` : nothing}
      ${names.map((n, i) => html`<option value=${String(i)} ?selected=${value === String(i)}>${n}</option>`)}
    </select></label>`;
  }

  runBar(kind: Tab, task: TaskState<unknown>, start: () => void, label: string) {
    const running = task.phase === 'running';
    return html`<div class="run">
      <button type="button" class="primary" id=${`${kind}-run`} ?disabled=${!this.host.scenario || running} @click=${start}>${label}</button>
      ${running
        ? html`<progress max="1" .value=${task.progress} aria-label=${t('analysis.progress')}></progress><span class="muted" id=${`${kind}-progress`}>${progressText(task.progressNote)}</span>
            <button type="button" id=${`${kind}-cancel`} @click=${() => this.host.controller.cancel()}>${t('analysis.cancel')}</button>`
        : nothing}
      ${task.phase === 'cancelled' ? html`<span class="muted">${t('analysis.cancelled')}</span>` : nothing}
      ${task.phase === 'error' ? html`<span class="errors" role="alert" id=${`${kind}-error`}>${taskErrorText(task)}</span>` : nothing}
      ${task.phase === 'done' && task.elapsedMs !== null ? html`<span class="muted" id=${`${kind}-time`}>${t('analysis.doneIn', { s: (task.elapsedMs / 1000).toFixed(1) })}</span>` : nothing}
      ${isStale(task, draftText(this.host.draft)) ? html`<span class="stale" id=${`${kind}-stale`}>${t('analysis.stale')}</span>` : nothing}
    </div>`;
  }

  errorList(tab: Tab) {
    const errors = this.host.errors[tab];
    return errors.length ? html`<ul class="errors" role="alert" id=${`${tab}-errors`}>${errors.map((e) => html`<li>${formErrorText(e)}</li>`)}</ul>` : nothing;
  }

  renderNotice(tab: Tab) {
    return this.host.notice?.tab === tab ? html`<p class="notice ${this.host.notice.ok ? '' : 'bad'}" role="status" id=${`${tab}-notice`}>${this.host.notice.text()}</p>` : nothing;
  }
}
