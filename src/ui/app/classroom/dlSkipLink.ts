/**
 * `<dl-skip-link>`: the page's first focusable element, hidden until the keyboard reaches it:
 * "Skip to the lessons (L)" (or "Skip to the lesson" while one is open). Properties down:
 * inLesson. Events up: `dl-skip-lessons` (the page decides where the focus goes).
 */
import { css, html, LitElement } from 'lit';
import { LocaleController } from '../../i18n/localeController';
import { t } from '../../i18n/t';
import { controlStyles } from '../styles';

export class DlSkipLink extends LitElement {
  static override properties = { inLesson: { type: Boolean } };

  static override styles = [
    controlStyles,
    css`
      :host {
        position: absolute;
        top: 6px;
        left: 8px;
        z-index: 20;
      }
      /* Out of sight (but focusable) until it has the focus. */
      button:not(:focus) {
        position: absolute;
        width: 1px;
        height: 1px;
        min-height: 0;
        padding: 0;
        border: 0;
        overflow: hidden;
        clip: rect(0 0 0 0);
        white-space: nowrap;
      }
      button:focus {
        font-size: calc(15px * var(--dl-scale, 1));
        font-weight: 600;
        box-shadow: 0 4px 16px rgb(0 0 0 / 20%);
      }
    `,
  ];

  declare inLesson: boolean;

  constructor() {
    super();
    new LocaleController(this);
    this.inLesson = false;
  }

  protected override render() {
    return html`<button type="button" class="primary" id="skip-to-lessons"
      @click=${() => this.dispatchEvent(new CustomEvent('dl-skip-lessons', { bubbles: true, composed: true }))}>
      ${this.inLesson ? t('classroom.skipToLesson') : t('classroom.skipToLessons')}
    </button>`;
  }
}

if (!customElements.get('dl-skip-link')) customElements.define('dl-skip-link', DlSkipLink);

declare global {
  interface HTMLElementTagNameMap {
    'dl-skip-link': DlSkipLink;
  }
}
