/**
 * `<dl-lesson>`: the lesson player above the comparison. Shows one step at a time — the question,
 * the prediction prompt (the class's guess, and optionally its vote counts, are recorded and shown
 * next to the result), the run with the relevant controls highlighted and editable right here,
 * and the takeaway with the three factors of the social dividend from the simulation — plus
 * step navigation. Moving past the prediction without one asks first (→ again, or a button,
 * goes on); → on the last step opens the lesson list. Every step opens scrolled to its top; a
 * focused button that a step change removes hands the focus to the lesson's title.
 *
 * Properties down: lesson, step, draft (for the highlighted controls), state (the simulation),
 * resultAt (finished result of a step's scenario, or null), guess (choice index or null),
 * displayNames (the lesson's strategy names in the current language).
 * Events up: `dl-lesson-step` {step}, `dl-lesson-guess` {choice}, `dl-lesson-exit`, `dl-lesson-list`
 * (→ or "All lessons" on the last step); control edits bubble as `dl-edit` like everywhere else.
 * Methods: next(), previous() (the page's arrow keys), focusPanel().
 */
import { html, LitElement, nothing, type PropertyValues } from 'lit';
import type { SimulationResult } from '../../../runtime/resultFormat';
import { LocaleController } from '../../i18n/localeController';
import { local, t } from '../../i18n/t';
import { hasVotes } from '../classroom/classVotes';
import { lessonMove } from '../classroom/lessonNavigation';
import { loadVotes, saveVotes } from '../classroom/voteSession';
import type { VotesDetail } from '../classroom/dlVoteCounter';
import { getPath, type Draft } from '../draft';
import { dependentMax } from '../fieldSpecs';
import { localizedField } from '../fieldText';
import type { Lesson, LessonStep } from '../lessons/lessonTypes';
import { matchingChoice, measureValue, placedFieldAt } from '../lessons/lessonPlan';
import type { SimulationState } from '../simulationState';
import { controlStyles } from '../styles';
import { lessonStyles } from './lessonStyles';
import { factorsTable, formatMeasure, keyNumbersTable } from './lessonTables';
import './dlField';
import '../classroom/dlVoteCounter';
import '../classroom/dlVoteResult';

export interface LessonStepDetail {
  step: number;
}
export interface LessonGuessDetail {
  choice: number;
}

export class DlLesson extends LitElement {
  static override properties = {
    lesson: { attribute: false },
    step: { type: Number },
    draft: { attribute: false },
    state: { attribute: false },
    resultAt: { attribute: false },
    guess: { attribute: false },
    displayNames: { attribute: false },
    votes: { state: true },
    pendingStep: { state: true },
  };

  static override styles = [controlStyles, lessonStyles];

  declare lesson: Lesson;
  declare step: number;
  declare draft: Draft;
  declare state: SimulationState;
  declare resultAt: (step: number) => SimulationResult | null;
  declare guess: number | null;
  declare displayNames: readonly string[];
  /** The class's vote counts per choice (kept with the lesson session, not the scenario). */
  declare votes: number[];
  /** The step a move without a prediction would go to, while the panel asks first. */
  declare pendingStep: number | null;

  /** The element that had the focus before an update (to rescue focus when it disappears). */
  private focusedBefore: Element | null = null;

  constructor() {
    super();
    new LocaleController(this);
    this.step = 0;
    this.guess = null;
    this.displayNames = [];
    this.resultAt = () => null;
    this.votes = [];
    this.pendingStep = null;
  }

  /** → / PageDown / "Next". */
  next(): void {
    this.go(this.step + 1);
  }

  /** ← / PageUp / "Back". */
  previous(): void {
    this.go(this.step - 1);
  }

  /** Put the focus on the lesson's title: the next Tab reaches the lesson's own controls. */
  focusPanel(): void {
    this.renderRoot.querySelector<HTMLElement>('#lesson-title')?.focus();
  }

  private go(step: number): void {
    if (!this.lesson) return;
    // → while the panel asks is the answer "go on"; a different move is a new question.
    const confirmed = this.pendingStep !== null && this.pendingStep === step;
    const move = lessonMove(this.lesson, this.step, step, this.guess !== null || hasVotes(this.votes), confirmed);
    if (move.kind === 'confirm') {
      this.pendingStep = move.step;
      void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('#lesson-confirm-back')?.focus());
      return;
    }
    this.pendingStep = null;
    if (move.kind === 'list') this.dispatchEvent(new CustomEvent('dl-lesson-list', { bubbles: true, composed: true }));
    else if (move.kind === 'step') this.dispatchEvent(new CustomEvent<LessonStepDetail>('dl-lesson-step', { detail: { step: move.step }, bubbles: true, composed: true }));
  }

  private backToPrediction(): void {
    this.pendingStep = null;
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('button.choice')?.focus());
  }

  private pick(choice: number): void {
    this.pendingStep = null;
    this.dispatchEvent(new CustomEvent<LessonGuessDetail>('dl-lesson-guess', { detail: { choice }, bubbles: true, composed: true }));
  }

  private onVotes(e: CustomEvent<VotesDetail>): void {
    this.votes = e.detail.counts;
    if (hasVotes(this.votes)) this.pendingStep = null;
    saveVotes(this.lesson.id, this.votes);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('lesson') && this.lesson) this.votes = loadVotes(this.lesson.id, this.lesson.choices.length);
    if (changed.has('step') || changed.has('lesson')) this.pendingStep = null;
    this.focusedBefore = this.shadowRoot?.activeElement ?? null;
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (this.focusedBefore && !this.focusedBefore.isConnected) this.focusPanel(); // e.g. "Next" became "All lessons"
    if (changed.has('step') && changed.get('step') !== undefined) this.scrollToTop();
  }

  /** A new step opens at its top: the panel's own scroll (presenter mode) and the page's. */
  private scrollToTop(): void {
    this.scrollTop = 0;
    const top = this.getBoundingClientRect().top;
    const margin = parseFloat(getComputedStyle(this).scrollMarginTop) || 0;
    if (top < margin - 1 || top > window.innerHeight * 0.5) this.scrollIntoView({ block: 'start', behavior: 'instant' });
  }

  private kindLabel(step: LessonStep): string {
    return t(`lesson.kind.${step.kind}`);
  }

  private choiceTexts(): string[] {
    return this.lesson.choices.map((c) => local(c.text));
  }

  private renderControls(step: LessonStep) {
    const fields = (step.highlight ?? []).map((path) => placedFieldAt(this.draft, path)).filter((f) => f !== undefined);
    if (fields.length === 0) return nothing;
    return html`<div class="watch" role="group" aria-label=${t('lesson.watch')}>
      <span class="watch-label">${t('lesson.watch')}</span>
      ${fields.map((f) => {
        const strategy = /^strategies\[(\d+)\]/.exec(f.path);
        const spec = localizedField(f.spec);
        const labelled = strategy ? { ...spec, label: `${this.displayNames[Number(strategy[1])] ?? ''} · ${spec.label}` } : spec;
        return html`<dl-field
          data-path=${f.path}
          .spec=${labelled}
          .path=${f.path}
          .value=${getPath(this.draft, f.path)}
          .max=${dependentMax(this.draft, f.path)}
        ></dl-field>`;
      })}
    </div>`;
  }

  /** The measure, the class's guess and its vote: on run steps that measure, and on the takeaway. */
  private renderMeasure() {
    const lesson = this.lesson;
    const measured = measureValue(lesson, this.resultAt);
    const guess = this.guess;
    const votes = hasVotes(this.votes)
      ? html`<dl-vote-result .choices=${this.choiceTexts()} .counts=${this.votes} .answer=${'missingStep' in measured ? null : matchingChoice(lesson.choices, measured.value)}></dl-vote-result>`
      : nothing;
    const guessLine =
      guess === null
        ? this.lesson.steps[this.step]?.kind === 'takeaway' && !hasVotes(this.votes)
          ? html`<p class="line">${t('lesson.noGuess')}</p>`
          : nothing
        : html`<p class="line">${t('lesson.yourGuess', { choice: local(lesson.choices[guess].text) })}</p>`;
    if ('missingStep' in measured) {
      const running = this.state?.phase === 'running' || this.state?.phase === 'idle';
      const waiting = measured.missingStep === this.step || running;
      return html`${guessLine}<p class="line" id="lesson-measure">${waiting ? t('lesson.measuring') : t('lesson.notRunYet', { n: measured.missingStep + 1 })}</p>${votes}`;
    }
    const text = local(lesson.measure.text).replace('{value}', formatMeasure(measured.value, lesson.measure.format));
    const right = guess !== null && matchingChoice(lesson.choices, measured.value) === guess;
    return html`${guessLine}
      <p class="line" id="lesson-measure">
        <span class="answer">${t('lesson.measured', { value: text })}</span>
        ${guess !== null ? html` — <span class="verdict ${right ? 'right' : 'wrong'}">${right ? `✓ ${t('lesson.guessRight')}` : t('lesson.guessWrong')}</span>` : nothing}
      </p>
      ${votes}`;
  }

  private renderPredict() {
    const lesson = this.lesson;
    return html`<div class="choices" role="group" aria-label=${t('lesson.guessPrompt')}>
        ${lesson.choices.map(
          (c, i) => html`<button type="button" class="choice" aria-pressed=${this.guess === i ? 'true' : 'false'} @click=${() => this.pick(i)}>${local(c.text)}</button>`,
        )}
      </div>
      ${this.guess !== null ? html`<p class="line" role="status">${t('lesson.guessRecorded', { choice: local(lesson.choices[this.guess].text) })}</p>` : nothing}
      <dl-vote-counter .choices=${this.choiceTexts()} .counts=${this.votes} @dl-votes=${this.onVotes}></dl-vote-counter>`;
  }

  private renderBody(step: LessonStep) {
    const lesson = this.lesson;
    const measuresHere = step.kind === 'run' && lesson.steps.slice(0, this.step).some((s) => s.kind === 'predict');
    return html`
      <p class="kind ${step.kind}" id="lesson-kind">${this.kindLabel(step)}</p>
      <p class="text" id="lesson-text">${local(step.text)}</p>
      ${step.change?.length ? html`<p class="line">${t('lesson.changed', { what: step.change.map((c) => local(c.what)).join('; ') })}</p>` : nothing}
      ${step.kind === 'predict' ? this.renderPredict() : nothing}
      ${step.kind === 'question' || step.kind === 'run' ? this.renderControls(step) : nothing}
      ${measuresHere || step.kind === 'takeaway' ? this.renderMeasure() : nothing}
      ${step.kind === 'run' && step.metrics ? keyNumbersTable(this.resultAt(this.step), step.metrics, this.displayNames) : nothing}
      ${step.kind === 'takeaway' ? factorsTable(lesson, this.resultAt, this.displayNames) : nothing}
    `;
  }

  /** "Go on without a prediction?": keyboard-reachable, focus on the safe answer. */
  private renderConfirm() {
    if (this.pendingStep === null) return nothing;
    const target = this.pendingStep;
    return html`<div class="confirm" role="alertdialog" aria-labelledby="lesson-confirm-title" aria-describedby="lesson-confirm-text" id="lesson-confirm"
      @keydown=${(e: KeyboardEvent) => {
        if (e.key !== 'Escape') return;
        e.preventDefault(); // the page's Esc (leave presenter mode) waits for the next one
        this.backToPrediction();
      }}>
      <p class="confirm-title" id="lesson-confirm-title">${t('classroom.confirmTitle')}</p>
      <p class="line" id="lesson-confirm-text">${t('classroom.confirmText')}</p>
      <div class="confirm-buttons">
        <button type="button" class="primary" id="lesson-confirm-back" @click=${this.backToPrediction}>${t('classroom.confirmBack')}</button>
        <button type="button" id="lesson-confirm-go" @click=${() => this.go(target)}>${t('classroom.confirmGo')}</button>
      </div>
    </div>`;
  }

  protected override render() {
    const lesson = this.lesson;
    if (!lesson) return nothing;
    const step = lesson.steps[this.step] ?? lesson.steps[0];
    const total = lesson.steps.length;
    const last = this.step >= total - 1;
    return html`<section aria-labelledby="lesson-title">
      <header>
        <span class="kicker">${t('lesson.region')}</span>
        <h2 class="title" id="lesson-title" tabindex="-1">${local(lesson.title)}</h2>
        <span class="grow"></span>
        <ol class="steps" aria-label=${t('lesson.stepsNav')}>
          ${lesson.steps.map(
            (s, i) => html`<li>
              <button type="button" aria-current=${i === this.step ? 'step' : 'false'} aria-label=${t('lesson.goToStep', { n: i + 1, kind: this.kindLabel(s) })} title=${this.kindLabel(s)} @click=${() => this.go(i)}>
                ${i + 1}
              </button>
            </li>`,
          )}
        </ol>
        <button type="button" id="lesson-leave" @click=${() => this.dispatchEvent(new CustomEvent('dl-lesson-exit', { bubbles: true, composed: true }))}>${t('lesson.leave')}</button>
      </header>
      <div class="visually-hidden" aria-live="polite" id="lesson-announce">${t('lesson.stepAnnounce', { n: this.step + 1, total, kind: this.kindLabel(step) })}</div>
      <div class="body" id="lesson-body">${this.renderBody(step)}</div>
      ${this.renderConfirm()}
      <footer>
        <button type="button" id="lesson-prev" ?disabled=${this.step === 0} @click=${() => this.previous()}>${t('lesson.previous')}</button>
        ${last
          ? html`<button type="button" class="primary" id="lesson-list" @click=${() => this.next()}>${t('lesson.allLessons')}</button>`
          : html`<button type="button" class="primary" id="lesson-next" @click=${() => this.next()}>${t('lesson.next')}</button>`}
        <span id="lesson-step-of">${t('lesson.stepOf', { n: this.step + 1, total })}</span>
        <span class="grow"></span>
        <span class="keys">${t('lesson.keys')}</span>
      </footer>
    </section>`;
  }
}

if (!customElements.get('dl-lesson')) customElements.define('dl-lesson', DlLesson);

declare global {
  interface HTMLElementTagNameMap {
    'dl-lesson': DlLesson;
  }
}
