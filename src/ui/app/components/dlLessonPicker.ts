/**
 * `<dl-lesson-picker>`: the list of lessons ("Lessons" in the top bar): each with its title,
 * one-sentence summary and step count, in the current language. Opening the list moves the
 * focus to a lesson's Start button — the first lesson's, or the one after `lastLesson` (the lesson
 * just finished), so Enter starts the next lesson. Properties down: lastLesson (a lesson id or null).
 * Events up: `dl-lesson-open` {id}, `dl-lesson-picker-close`. Method: focusStart().
 */
import { css, html, LitElement } from 'lit';
import { LocaleController } from '../../i18n/localeController';
import { local, t, tPlural } from '../../i18n/t';
import { LESSONS } from '../lessons/index';
import { controlStyles } from '../styles';

export interface LessonOpenDetail {
  id: string;
}

export class DlLessonPicker extends LitElement {
  static override properties = { lastLesson: { attribute: false } };

  static override styles = [
    controlStyles,
    css`
      :host {
        display: block;
        margin: 0 0 16px;
        padding: 14px 18px 16px;
        border: 1px solid var(--dl-border);
        border-radius: 12px;
        background: var(--dl-bg);
      }
      header {
        display: flex;
        align-items: baseline;
        gap: 12px;
      }
      h2 {
        margin: 0;
        font-size: calc(18px * var(--dl-scale, 1));
      }
      .intro {
        flex: 1;
        margin: 0;
        color: var(--dl-text-muted);
        font-size: calc(13px * var(--dl-scale, 1));
      }
      ul {
        display: grid;
        grid-template-columns: repeat(auto-fill, minmax(calc(260px * var(--dl-scale, 1)), 1fr));
        gap: 12px;
        margin: 12px 0 0;
        padding: 0;
        list-style: none;
      }
      li {
        display: flex;
        flex-direction: column;
        gap: 6px;
        padding: 12px 14px;
        border: 1px solid var(--dl-border);
        border-radius: 10px;
        background: var(--dl-surface);
      }
      h3 {
        margin: 0;
        font-size: calc(15px * var(--dl-scale, 1));
      }
      p {
        margin: 0;
        flex: 1;
        font-size: calc(13px * var(--dl-scale, 1));
        line-height: 1.4;
        color: var(--dl-text-muted);
      }
      .row {
        display: flex;
        align-items: center;
        justify-content: space-between;
        gap: 8px;
        font-size: calc(12px * var(--dl-scale, 1));
        color: var(--dl-text-muted);
      }
    `,
  ];

  /** The lesson just taught: the focus goes to the next one. */
  declare lastLesson: string | null;

  constructor() {
    super();
    new LocaleController(this);
    this.lastLesson = null;
  }

  protected override firstUpdated(): void {
    this.focusStart();
  }

  /** Focus the Start button of the lesson after `lastLesson` (the first lesson without one). */
  focusStart(): void {
    const index = LESSONS.findIndex((l) => l.id === this.lastLesson);
    const next = LESSONS[(index + 1) % LESSONS.length];
    this.renderRoot.querySelector<HTMLButtonElement>(`li[data-lesson="${next.id}"] button.primary`)?.focus();
  }

  private open(id: string): void {
    this.dispatchEvent(new CustomEvent<LessonOpenDetail>('dl-lesson-open', { detail: { id }, bubbles: true, composed: true }));
  }

  protected override render() {
    return html`<section aria-labelledby="picker-title">
      <header>
        <h2 id="picker-title">${t('lesson.pickerTitle')}</h2>
        <p class="intro">${t('lesson.pickerIntro')}</p>
        <button type="button" @click=${() => this.dispatchEvent(new CustomEvent('dl-lesson-picker-close', { bubbles: true, composed: true }))}>${t('lesson.close')}</button>
      </header>
      <ul>
        ${LESSONS.map(
          (lesson) => html`<li data-lesson=${lesson.id}>
            <h3>${local(lesson.title)}</h3>
            <p>${local(lesson.summary)}</p>
            <div class="row">
              <span>${tPlural('lesson.steps', lesson.steps.length)}</span>
              <button type="button" class="primary" @click=${() => this.open(lesson.id)}>${t('lesson.start')}</button>
            </div>
          </li>`,
        )}
      </ul>
    </section>`;
  }
}

if (!customElements.get('dl-lesson-picker')) customElements.define('dl-lesson-picker', DlLessonPicker);

declare global {
  interface HTMLElementTagNameMap {
    'dl-lesson-picker': DlLessonPicker;
  }
}
