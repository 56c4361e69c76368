/**
 * `<dl-lesson>`: the lesson player above the comparison. Shows one step at a time — the question,
 * the prediction prompt (the class's guess is recorded and shown next to the result), the run
 * with the relevant controls highlighted and editable right here, and the takeaway with the
 * three factors of the social dividend taken from the simulation — plus step navigation.
 *
 * Properties down: lesson, step, draft (for the highlighted controls), state (the simulation),
 * resultAt (finished result of a step's scenario, or null), guess (choice index or null),
 * displayNames (the lesson's strategy names in the current language).
 * Events up: `dl-lesson-step` {step}, `dl-lesson-guess` {choice}, `dl-lesson-exit`, `dl-lesson-list`
 * (the last step's "All lessons"); control edits
 * bubble as `dl-edit` like everywhere else.
 */
import { html, LitElement, nothing } from 'lit';
import type { SimulationResult } from '../../../runtime/resultFormat';
import { formatCount, formatPercent } from '../../charts/format';
import { currentLocale } from '../../i18n/locale';
import { LocaleController } from '../../i18n/localeController';
import { formatNumber, local, t } from '../../i18n/t';
import { getPath, type Draft } from '../draft';
import { dependentMax } from '../fieldSpecs';
import { localizedField } from '../fieldText';
import type { Lesson, LessonMetric, LessonStep } from '../lessons/lessonTypes';
import { matchingChoice, measuredStep, measureValue, metricOf, placedFieldAt } from '../lessons/lessonPlan';
import type { SimulationState } from '../simulationController';
import { controlStyles } from '../styles';
import { lessonStyles } from './lessonStyles';
import './dlField';

export interface LessonStepDetail {
  step: number;
}
export interface LessonGuessDetail {
  choice: number;
}

/** The lesson's measure as the class reads it: "5.2×", "73%", "1,204". */
function formatMeasure(value: number, format: Lesson['measure']['format']): string {
  if (!Number.isFinite(value)) return '—';
  if (format === 'percent') return formatPercent(value, currentLocale());
  if (format === 'count') return formatCount(value, currentLocale());
  const digits = value >= 10 ? 0 : value >= 1 ? 1 : 2;
  return t('lesson.ratio', { value: formatNumber(value, currentLocale(), digits) });
}

/** A number with exactly `digits` decimals in the locale's style ("7.9", "8.0"). */
function formatFixed(value: number, digits: number): string {
  if (!Number.isFinite(value)) return '—';
  return new Intl.NumberFormat(currentLocale(), { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(value);
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
  };

  static override styles = [controlStyles, lessonStyles];

  declare lesson: Lesson;
  declare step: number;
  declare draft: Draft;
  declare state: SimulationState;
  declare resultAt: (step: number) => SimulationResult | null;
  declare guess: number | null;
  declare displayNames: readonly string[];

  constructor() {
    super();
    new LocaleController(this);
    this.step = 0;
    this.guess = null;
    this.displayNames = [];
    this.resultAt = () => null;
  }

  private go(step: number): void {
    if (step < 0 || step >= this.lesson.steps.length) return;
    this.dispatchEvent(new CustomEvent<LessonStepDetail>('dl-lesson-step', { detail: { step }, bubbles: true, composed: true }));
  }

  private pick(choice: number): void {
    this.dispatchEvent(new CustomEvent<LessonGuessDetail>('dl-lesson-guess', { detail: { choice }, bubbles: true, composed: true }));
  }

  private kindLabel(step: LessonStep): string {
    return t(`lesson.kind.${step.kind}`);
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

  /** The measure and the class's guess: on run steps that measure, and on the takeaway. */
  private renderMeasure() {
    const lesson = this.lesson;
    const measured = measureValue(lesson, this.resultAt);
    const guess = this.guess;
    const guessLine =
      guess === null
        ? this.lesson.steps[this.step]?.kind === 'takeaway'
          ? html`<p class="line">${t('lesson.noGuess')}</p>`
          : nothing
        : html`<p class="line">${t('lesson.yourGuess', { choice: local(lesson.choices[guess].text) })}</p>`;
    if ('missingStep' in measured) {
      const running = this.state?.phase === 'running' || this.state?.phase === 'idle';
      const waiting = measured.missingStep === this.step || running;
      return html`${guessLine}<p class="line" id="lesson-measure">${waiting ? t('lesson.measuring') : t('lesson.notRunYet', { n: measured.missingStep + 1 })}</p>`;
    }
    const text = local(lesson.measure.text).replace('{value}', formatMeasure(measured.value, lesson.measure.format));
    const right = guess !== null && matchingChoice(lesson.choices, measured.value) === guess;
    return html`${guessLine}
      <p class="line" id="lesson-measure">
        <span class="answer">${t('lesson.measured', { value: text })}</span>
        ${guess !== null ? html` — <span class="verdict ${right ? 'right' : 'wrong'}">${right ? `✓ ${t('lesson.guessRight')}` : t('lesson.guessWrong')}</span>` : nothing}
      </p>`;
  }

  /** A run step's key numbers per strategy (R, buyers, …) from this step's result. */
  private renderKeyNumbers(metrics: readonly LessonMetric[]) {
    const result = this.resultAt(this.step);
    if (!result || metrics.length === 0) return nothing;
    const locale = currentLocale();
    const format = (metric: LessonMetric, v: number) => {
      if (!Number.isFinite(v)) return '—';
      if (metric === 'R') return formatFixed(v, 2);
      if (metric === 'depth') return formatFixed(v, 1);
      if (metric === 'roi' || metric === 'concentration') return formatPercent(v, locale);
      if (metric === 'costPerConversion') return formatFixed(v, 2);
      return formatCount(v, locale);
    };
    return html`<table id="lesson-numbers">
      <caption>${t('lesson.keyNumbers')}</caption>
      <thead>
        <tr>
          <th scope="col">${t('lesson.colStrategy')}</th>
          ${metrics.map((m) => html`<th scope="col">${t(`lesson.metric.${m}`)}</th>`)}
        </tr>
      </thead>
      <tbody>
        ${result.strategies.map(
          (s, i) => html`<tr>
            <th scope="row">${this.displayNames[i] ?? s.name}</th>
            ${metrics.map((m) => html`<td>${format(m, metricOf(result, i, m))}</td>`)}
          </tr>`,
        )}
      </tbody>
    </table>`;
  }

  /** The factors of each strategy (and each world the lesson compares), from the results. */
  private renderFactors() {
    const lesson = this.lesson;
    const steps = [...new Set([measuredStep(lesson, lesson.measure.over ?? lesson.measure.of), measuredStep(lesson, lesson.measure.of)])];
    const rows: { label: string; result: SimulationResult; strategy: number }[] = [];
    for (const step of steps) {
      const result = this.resultAt(step);
      if (!result) continue;
      const world = lesson.steps[step]?.world;
      result.strategies.forEach((_, s) => {
        const name = this.displayNames[s] ?? result.strategies[s].name;
        rows.push({ label: world && steps.length > 1 ? `${name} · ${local(world)}` : name, result, strategy: s });
      });
    }
    if (rows.length === 0) return nothing;
    const locale = currentLocale();
    const factor = (r: (typeof rows)[number], k: 'information' | 'relationship' | 'interaction') => r.result.strategies[r.strategy].decomposition?.[k] ?? NaN;
    return html`<table id="lesson-factors">
      <caption>${t('lesson.factorsTitle')}</caption>
      <thead>
        <tr>
          <th scope="col">${t('lesson.colStrategy')}</th>
          <th scope="col">${t('lesson.colInformation')}<small>${t('lesson.colInformationNote')}</small></th>
          <th scope="col">${t('lesson.colRelationship')}<small>${t('lesson.colRelationshipNote')}</small></th>
          <th scope="col">${t('lesson.colInteraction')}<small>${t('lesson.colInteractionNote')}</small></th>
          <th scope="col">${t('lesson.colReached')}</th>
          <th scope="col">${t('lesson.colConverted')}</th>
        </tr>
      </thead>
      <tbody>
        ${rows.map(
          (r) => html`<tr>
            <th scope="row">${r.label}</th>
            <td>${formatPercent(factor(r, 'information'), locale)}</td>
            <td>${formatFixed(factor(r, 'relationship'), 1)}</td>
            <td>${formatPercent(factor(r, 'interaction'), locale)}</td>
            <td>${formatCount(metricOf(r.result, r.strategy, 'reached'), locale)}</td>
            <td>${formatCount(metricOf(r.result, r.strategy, 'converted'), locale)}</td>
          </tr>`,
        )}
      </tbody>
    </table>`;
  }

  private renderBody(step: LessonStep) {
    const lesson = this.lesson;
    const measuresHere = step.kind === 'run' && lesson.steps.slice(0, this.step).some((s) => s.kind === 'predict');
    return html`
      <p class="kind ${step.kind}" id="lesson-kind">${this.kindLabel(step)}</p>
      <p class="text" id="lesson-text">${local(step.text)}</p>
      ${step.change?.length ? html`<p class="line">${t('lesson.changed', { what: step.change.map((c) => local(c.what)).join('; ') })}</p>` : nothing}
      ${step.kind === 'predict'
        ? html`<div class="choices" role="group" aria-label=${t('lesson.guessPrompt')}>
              ${lesson.choices.map(
                (c, i) => html`<button type="button" class="choice" aria-pressed=${this.guess === i ? 'true' : 'false'} @click=${() => this.pick(i)}>${local(c.text)}</button>`,
              )}
            </div>
            ${this.guess !== null ? html`<p class="line" role="status">${t('lesson.guessRecorded', { choice: local(lesson.choices[this.guess].text) })}</p>` : nothing}`
        : nothing}
      ${step.kind === 'question' || step.kind === 'run' ? this.renderControls(step) : nothing}
      ${measuresHere || step.kind === 'takeaway' ? this.renderMeasure() : nothing}
      ${step.kind === 'run' && step.metrics ? this.renderKeyNumbers(step.metrics) : nothing}
      ${step.kind === 'takeaway' ? this.renderFactors() : nothing}
    `;
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
        <h2 class="title" id="lesson-title">${local(lesson.title)}</h2>
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
      <footer>
        <button type="button" id="lesson-prev" ?disabled=${this.step === 0} @click=${() => this.go(this.step - 1)}>${t('lesson.previous')}</button>
        ${last
          ? html`<button type="button" class="primary" id="lesson-list" @click=${() => this.dispatchEvent(new CustomEvent('dl-lesson-list', { bubbles: true, composed: true }))}>${t('lesson.allLessons')}</button>`
          : html`<button type="button" class="primary" id="lesson-next" @click=${() => this.go(this.step + 1)}>${t('lesson.next')}</button>`}
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
